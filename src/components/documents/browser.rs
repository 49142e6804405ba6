//! The documents list with its filters. Without a query the list is the
//! pre-rendered numbered page (readable without JavaScript); with filters
//! in the query the whole catalogue is loaded once and filtered in the
//! browser at every change, as the news lists are. The form and the live
//! region stay in place while the results change.
//!
//! An island of the documents page's own bundle (`bundles/isole-documenti`,
//! feature `isole-documenti`): no other page carries this code.

use super::filters::DocumentFilterForm;
use super::DocumentCards;
use crate::components::address_query::use_address_query;
use crate::components::focus::PendingFocus;
use crate::components::loaded::Loaded;
use crate::components::news_results::{ListCount, ResultsAnnouncer};
use crate::components::pagination::Pagination;
use crate::model::documents::{
    DocumentCatalog, DocumentCatalogFile, DocumentChoices, DocumentFilter, DocumentListPage, DOCUMENTS_PATH,
};
use crate::model::news_filter::{count_label, results_label};
use crate::model::{endpoint, paths};
use leptos::prelude::*;
use std::sync::Arc;

/// What the pagination landmark is named.
const LIST_LABEL: &str = "Documenti";

#[cfg_attr(feature = "isole-documenti", island)]
#[cfg_attr(not(feature = "isole-documenti"), component)]
pub fn DocumentBrowser(
    /// Page of the unfiltered list, from the address.
    number: u32,
    choices: DocumentChoices,
) -> impl IntoView {
    let query = use_address_query();
    let pending = PendingFocus::new();
    provide_context(pending);
    let filter = {
        let choices = choices.clone();
        Memo::new(move |_| {
            let pairs = query.pairs();
            DocumentFilter::from_query(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())), &choices)
        })
    };
    let filtered = Memo::new(move |_| query.is_set());
    let announce = RwSignal::new(String::new());
    let results = move || {
        pending.set_drawn(false);
        if filtered.get() {
            let view = move |file: DocumentCatalogFile| {
                pending.set_drawn(true);
                let catalog = Arc::new(DocumentCatalog::new(file.elementi));
                view! { <FilteredDocuments catalog=catalog filter=filter announce=announce/> }
            };
            view! { <Loaded source=endpoint::documents_catalog() view=view/> }.into_any()
        } else {
            let view = move |page: DocumentListPage| {
                pending.set_drawn(true);
                view! { <DocumentPageView page=page announce=announce/> }
            };
            view! { <Loaded source=endpoint::documents_page(number) view=view/> }.into_any()
        }
    };
    view! {
        <DocumentFilterForm choices=choices query=query filter=filter/>
        <ResultsAnnouncer text=announce/>
        {results}
    }
}

/// A numbered page of the whole list, as pre-rendered.
#[component]
fn DocumentPageView(page: DocumentListPage, announce: RwSignal<String>) -> impl IntoView {
    let total = page.totale as usize;
    Effect::new(move |_| announce.set(results_label(total)));
    view! {
        <div class="news-results">
            <ListCount text=count_label(total, page.pagina, page.pagine)/>
            <DocumentCards items=page.elementi empty="Non ci sono ancora documenti pubblicati."/>
            <Pagination current=page.pagina total=page.pagine label=LIST_LABEL
                href=|n| paths::list_page(DOCUMENTS_PATH, n)/>
        </div>
    }
}

#[component]
fn FilteredDocuments(
    catalog: Arc<DocumentCatalog>,
    filter: Memo<(DocumentFilter, Vec<String>)>,
    announce: RwSignal<String>,
) -> impl IntoView {
    let results = Memo::new(move |_| {
        filter.with(|(filter, _)| {
            let page = catalog.page(filter);
            let items: Vec<_> = page.items.into_iter().cloned().collect();
            (page.total, page.page, page.pages, items, page.note, filter.clone())
        })
    });
    Effect::new(move |_| announce.set(results.with(|r| results_label(r.0))));
    move || {
        let (total, current, pages, items, note, filter_now) = results.get();
        // What the address asked that made no sense, and a page past the end.
        let mut notes = filter.with(|(_, notes)| notes.clone());
        notes.extend(note);
        let notes = (!notes.is_empty()).then(|| {
            view! {
                <div class="alert alert-info filter-notes" role="note">
                    <ul class="mb-0">{notes.into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}</ul>
                </div>
            }
        });
        let words = filter_now.text.clone();
        view! {
            {notes}
            <div class="news-results" data-testo=words>
                <ListCount text=count_label(total, current, pages)/>
                <DocumentCards items=items empty="Nessun documento corrisponde ai filtri scelti: prova a toglierne qualcuno."/>
                <Pagination current=current total=pages label=LIST_LABEL
                    href=move |n| format!("{DOCUMENTS_PATH}{}", filter_now.with_page(n).to_query())/>
            </div>
        }
    }
}
