//! `/amministrazione/enti-e-fondazioni`: the editors' introduction, then the
//! bodies the Provincia controls or takes part in, grouped as D.Lgs. 33/2013
//! art. 22 lists them, each with the data that article asks for.

use crate::components::loaded::{Loaded, LoadedPage};
use crate::model::bodies::{Body, BodyList};
use crate::model::content::TextPage;
use crate::model::endpoint;
use crate::routes::people::IntroPage;
use leptos::prelude::*;

/// The list page, whose introduction is content/pagine/amministrazione/enti-e-fondazioni.md.
pub const BODIES_PAGE: &str = "/amministrazione/enti-e-fondazioni";

#[component]
pub fn BodiesRoute() -> impl IntoView {
    view! {
        <LoadedPage source=endpoint::text_page(BODIES_PAGE) view=move |intro: TextPage| {
            view! {
                <IntroPage intro=intro>
                    <Loaded source=endpoint::bodies() view=|list: BodyList| view! { <BodyLists list=list/> }/>
                </IntroPage>
            }
        }/>
    }
}

#[component]
pub fn BodyLists(list: BodyList) -> impl IntoView {
    let groups = list.by_kind();
    if groups.is_empty() {
        return view! { <p>"La Provincia non ha partecipazioni da pubblicare."</p> }.into_any();
    }
    groups
        .into_iter()
        .map(|(kind, bodies)| {
            let id = format!("enti-{}", kind.key());
            let labelled_by = id.clone();
            view! {
                <section class="py-3" aria-labelledby=labelled_by>
                    <h2 id=id>{kind.plural()}</h2>
                    {bodies.into_iter().map(|body| view! { <BodyCard body=body/> }).collect_view()}
                </section>
            }
        })
        .collect_view()
        .into_any()
}

#[component]
fn BodyCard(body: Body) -> impl IntoView {
    let results = if body.risultati.is_empty() {
        "non disponibili".to_string()
    } else {
        body.risultati
            .iter()
            .map(|r| format!("{}: {}", r.anno, r.risultato.italian()))
            .collect::<Vec<_>>()
            .join("; ")
    };
    let share = body
        .quota
        .map(|q| q.italian())
        .unwrap_or_else(|| "nessuna quota (ente vigilato)".to_string());
    view! {
        <article class="card card-teaser shadow-sm rounded mb-4 body-card">
            <div class="card-body">
                <h3 class="card-title h5">{body.nome}</h3>
                <p class="card-text">{body.funzioni}</p>
                <dl class="row body-data mb-0">
                    <dt class="col-sm-5">"Quota della Provincia"</dt>
                    <dd class="col-sm-7">{share}</dd>
                    <dt class="col-sm-5">"Durata dell'impegno"</dt>
                    <dd class="col-sm-7">{body.durata}</dd>
                    <dt class="col-sm-5">"Onere annuo sul bilancio della Provincia"</dt>
                    <dd class="col-sm-7">{body.onere_annuo.italian()}</dd>
                    <dt class="col-sm-5">"Rappresentanti della Provincia negli organi"</dt>
                    <dd class="col-sm-7">{body.rappresentanti.to_string()}</dd>
                    <dt class="col-sm-5">"Risultati di bilancio"</dt>
                    <dd class="col-sm-7">{results}</dd>
                    <dt class="col-sm-5">"Sito"</dt>
                    <dd class="col-sm-7"><a href=body.sito.clone()>{body.sito.clone()}</a></dd>
                </dl>
            </div>
        </article>
    }
}
