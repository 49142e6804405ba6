use leptos::prelude::*;
use provincia_sito::app::App;
use provincia_sito::embedded_config;

fn main() {
    match embedded_config() {
        Ok(config) => mount_to_body(move || view! { <App config=config/> }),
        // Cannot happen with a configuration that passed the build, but a
        // visitor must never get an empty page.
        Err(_) => mount_to_body(|| {
            view! {
                <main>
                    <h1>"Sito temporaneamente non disponibile"</h1>
                    <p>"La configurazione del sito non è leggibile. Riprova più tardi."</p>
                </main>
            }
        }),
    }
}
