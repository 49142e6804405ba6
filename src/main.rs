use leptos::prelude::*;
use provincia_sito::app::App;
use provincia_sito::embedded_config;
use provincia_sito::model::preloaded::{Preloaded, EMBEDDED_DATA_ID};
use wasm_bindgen::JsCast;

/// Id of the element holding the site; the pre-renderer fills it.
const ROOT_ID: &str = "sito";

fn main() {
    let Ok(config) = embedded_config() else {
        // Cannot happen with a configuration that passed the build, but a
        // visitor must never get an empty page.
        return mount_to_body(|| {
            view! {
                <main>
                    <h1>"Sito temporaneamente non disponibile"</h1>
                    <p>"La configurazione del sito non è leggibile. Riprova più tardi."</p>
                </main>
            }
        });
    };
    let document = document();
    let preloaded = document
        .get_element_by_id(EMBEDDED_DATA_ID)
        .and_then(|script| script.text_content())
        .map(|text| Preloaded::from_embedded(&text));
    // The head tags of the pre-rendered page are written again by the app;
    // removing them first avoids duplicates.
    if let Ok(tags) = document
        .query_selector_all(r#"head meta[name="description"], head link[rel="canonical"], head link[rel="alternate"], head meta[property^="og:"]"#)
    {
        for i in 0..tags.length() {
            if let Some(tag) = tags.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) {
                tag.remove();
            }
        }
    }
    // The app renders off-screen from the embedded data, then takes the
    // pre-rendered markup's place in one step: no flash, no duplicate.
    let fresh: web_sys::HtmlElement = document
        .create_element("div")
        .expect("a div can always be created")
        .unchecked_into();
    fresh.set_id(ROOT_ID);
    mount_to(
        fresh.clone(),
        move || view! { <App config=config preloaded=preloaded.unwrap_or_else(Preloaded::none)/> },
    )
    .forget();
    match document.get_element_by_id(ROOT_ID) {
        Some(prerendered) => {
            let _ = prerendered.replace_with_with_node_1(&fresh);
        }
        None => {
            let _ = document.body().map(|body| body.append_child(&fresh));
        }
    }
    // Tells tests (and styles, if ever needed) that the app is in charge.
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute("data-app", "avviata");
    }
}
