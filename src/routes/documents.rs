//! `/amministrazione/documenti`: the editors' introduction, then where the
//! acts with legal effect are: the Albo pretorio online and its copy on
//! this site.

use crate::components::loaded::LoadedPage;
use crate::context::use_site;
use crate::model::albo::{ALBO_LABEL, ALBO_PATH};
use crate::model::content::TextPage;
use crate::model::endpoint;
use crate::routes::people::IntroPage;
use leptos::prelude::*;

pub const DOCUMENTS_PATH: &str = "/amministrazione/documenti";

#[component]
pub fn DocumentsRoute() -> impl IntoView {
    view! {
        <LoadedPage source=endpoint::text_page(DOCUMENTS_PATH) view=|intro: TextPage| {
            view! { <IntroPage intro=intro><AlboSection/></IntroPage> }
        }/>
    }
}

/// Where a reader finds the acts in publication; nothing while the ente
/// has not configured its Albo pretorio.
#[component]
pub fn AlboSection() -> impl IntoView {
    use_site().albo_pretorio.clone().map(|albo| {
        let copy = (!albo.esportazione.is_empty()).then(|| {
            view! {
                <p>
                    "L'elenco degli atti in pubblicazione oggi, con il collegamento a ciascuno, è anche in "
                    <a href=ALBO_PATH>"Atti in pubblicazione all'Albo pretorio"</a>"."
                </p>
            }
        });
        view! {
            <section class="py-3 col-lg-8 px-lg-4" aria-labelledby="albo-pretorio">
                <h2 id="albo-pretorio">{ALBO_LABEL}</h2>
                <p>
                    "Deliberazioni, decreti, determinazioni, ordinanze e avvisi hanno valore legale quando sono pubblicati all'"
                    <a href=albo.url rel="noopener">{ALBO_LABEL}</a>
                    " (legge 69/2009, articolo 32), per il tempo previsto dalla legge."
                </p>
                {copy}
            </section>
        }
    })
}
