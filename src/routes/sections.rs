//! Section pages (services, archives, PNRR, topics, transparency…) and the
//! pages below them. Their full content types arrive with later work; until
//! then each page is titled and described from the site index.

use super::not_found::NotFound;
use crate::api;
use crate::app::use_site;
use crate::components::loaded::Loaded;
use crate::components::page::{Page, SitePage};
use crate::model::content::{IndexEntry, SiteIndex};
use leptos::prelude::*;
use leptos_router::hooks::use_location;

/// A fixed section page listing the pages below it.
#[component]
pub fn SectionRoute(path: &'static str) -> impl IntoView {
    let list = move |index: SiteIndex| {
        let entries: Vec<IndexEntry> = index.children_of(path).into_iter().cloned().collect();
        view! { <EntryList entries=entries/> }
    };
    view! {
        <SitePage path=path>
            <Loaded load=api::site_index view=list/>
        </SitePage>
    }
}

#[component]
pub fn EntryList(entries: Vec<IndexEntry>) -> impl IntoView {
    if entries.is_empty() {
        return view! { <p>"In questa sezione non ci sono ancora pagine pubblicate."</p> }.into_any();
    }
    let external_platform = use_site().footer.amministrazione_trasparente_esterna.clone();
    view! {
        <ul class="row g-4 list-unstyled entry-list">
            {entries
                .into_iter()
                .map(|entry| {
                    let element = data_element(&entry.percorso);
                    view! {
                        <li class="col-12 col-md-6">
                            <div class="card card-teaser shadow-sm rounded h-100">
                                <div class="card-body">
                                    <h2 class="card-title h5">
                                        <a href=entry.percorso data-element=element>{entry.titolo}</a>
                                    </h2>
                                    <p class="card-text">{entry.descrizione}</p>
                                </div>
                            </div>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
        {(!external_platform.is_empty()).then(|| view! {
            <p class="mt-4">"Altri contenuti sono pubblicati sulla " <a href=external_platform>"piattaforma per la trasparenza"</a>"."</p>
        })}
    }
    .into_any()
}

/// Designers Italia checker names for links to service and topic pages.
fn data_element(path: &str) -> Option<&'static str> {
    if path.starts_with("/servizi/") {
        Some("service-category-link")
    } else if path.starts_with("/argomenti/") {
        Some("topic-element")
    } else {
        None
    }
}

/// Any page below a section: found in the site index by its path.
#[component]
pub fn EntryRoute() -> impl IntoView {
    let location = use_location();
    move || {
        let path = location.pathname.get();
        view! {
            <Loaded
                load=api::site_index
                whole_page=true
                view=move |index: SiteIndex| match index.find(&path) {
                    Some(entry) => view! { <EntryPage entry=entry.clone()/> }.into_any(),
                    None => view! { <NotFound/> }.into_any(),
                }
            />
        }
    }
}

#[component]
pub fn EntryPage(entry: IndexEntry) -> impl IntoView {
    view! {
        <Page path=entry.percorso.clone() title=entry.titolo.clone() description=entry.descrizione.clone() lead=entry.descrizione.clone()>
            <div class="callout note">
                <div class="callout-title">"Pagina in costruzione"</div>
                <p>"I contenuti completi di questa pagina sono in preparazione. Per informazioni usa i " <a href="/contatti">"contatti dell'ente"</a>"."</p>
            </div>
        </Page>
    }
}
