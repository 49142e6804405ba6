//! `/amministrazione/albo-pretorio`: a copy of the acts in publication on
//! the Albo pretorio online, made each night from the platform's export,
//! with the platform's link wherever an act is named. Search engines are
//! asked not to index it (Garante privacy guidelines of 15 May 2014), and
//! it says the platform's copy is the legally valid one.

use crate::components::icon::Icon;
use crate::components::loaded::LoadedPage;
use crate::components::page::{Page, TextColumn};
use crate::components::pnrr::ScrollTable;
use crate::model::albo::{AlboItem, AlboPage, ALBO_DESCRIPTION, ALBO_FEED, ALBO_LABEL, ALBO_PATH, ALBO_TITLE};
use crate::model::endpoint;
use leptos::prelude::*;
use leptos_meta::{Link, Meta};

#[component]
pub fn AlboRoute() -> impl IntoView {
    view! { <LoadedPage source=endpoint::albo() view=|page: AlboPage| view! { <AlboView page=page/> }/> }
}

#[component]
pub fn AlboView(page: AlboPage) -> impl IntoView {
    let platform = page.piattaforma.clone();
    let body = if !page.copia {
        view! {
            <p>"Gli atti in pubblicazione si consultano sulla piattaforma dell'Albo pretorio online."</p>
        }
        .into_any()
    } else if page.atti.is_empty() {
        view! { <p>{format!("Al {} non risultano atti in pubblicazione.", page.aggiornato.italian())}</p> }.into_any()
    } else {
        view! { <AlboTable items=page.atti.clone() day=page.aggiornato.after("al")/> }.into_any()
    };
    let feed = page.copia.then(|| {
        view! {
            <Link rel="alternate" type_="application/rss+xml" href=ALBO_FEED title="Atti in pubblicazione all'Albo pretorio"/>
            <p>
                <a href=ALBO_FEED class="feed-link">
                    <Icon name="it-rss" class="icon icon-sm icon-primary me-1"/>
                    "Feed RSS degli atti"
                </a>
                " (formato AlboPOP)"
            </p>
        }
    });
    view! {
        // Published acts name people: a copy for readers, not for search engines.
        <Meta name="robots" content="noindex"/>
        <Page path=ALBO_PATH title=ALBO_TITLE description=ALBO_DESCRIPTION lead=ALBO_DESCRIPTION>
            <TextColumn>
                <div class="alert alert-info" role="note">
                    <p class="mb-2">
                        "La pubblicazione con valore legale (legge 69/2009, articolo 32) è quella sull'"
                        <strong>{ALBO_LABEL}</strong>
                        ": questo elenco ne è una copia, aggiornata ogni notte, e in caso di differenze vale la piattaforma."
                    </p>
                    <a class="btn btn-primary" href=platform rel="noopener">{format!("Vai all'{ALBO_LABEL}")}</a>
                </div>
            </TextColumn>
            // Outside the text column: a wide table scrolls in its own region.
            {body}
            <TextColumn>{feed}</TextColumn>
        </Page>
    }
}

#[component]
fn AlboTable(items: Vec<AlboItem>, day: String) -> impl IntoView {
    let rows = items
        .into_iter()
        .map(|item| {
            let period = item.period();
            view! {
                <tr>
                    <td><code>{item.registro}</code></td>
                    <td>{item.tipo}</td>
                    <th scope="row"><a href=item.url rel="noopener">{item.oggetto}</a></th>
                    <td>{item.ufficio}</td>
                    <td>{period}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <ScrollTable id="albo-titolo" caption=format!("Atti in pubblicazione {day}") class="albo-table">
            <thead>
                <tr>
                    <th scope="col">"Registro"</th>
                    <th scope="col">"Tipo"</th>
                    <th scope="col">"Oggetto"</th>
                    <th scope="col">"Ufficio"</th>
                    <th scope="col">"Pubblicazione"</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </ScrollTable>
    }
}
