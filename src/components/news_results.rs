//! The results of a filtered list: the notes on what the URL asked that made
//! no sense, the count, one page of cards and numbered pages. The count is
//! also spoken by a live region that stays in place while results change.

use super::focus::PendingFocus;
use super::news_card::NewsCards;
use super::news_filters::ListScope;
use super::pagination::Pagination;
use crate::model::content::NewsSummary;
use crate::model::news_filter::{count_label, results_label, NewsCatalog, NewsFilter};
use leptos::prelude::*;
use std::sync::Arc;

/// The live region the count is announced in; rendered once per list page,
/// outside the parts that are replaced.
#[component]
pub fn ResultsAnnouncer(text: RwSignal<String>) -> impl IntoView {
    view! { <p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true" id="conteggio-risultati">{text}</p> }
}

/// Where the filter form's button takes the reader.
pub const LIST_COUNT_ID: &str = "conteggio-elenco";

/// The count above the cards ("12 risultati, pagina 1 di 2"): a heading, so
/// the cards' h3 follow an h2, and the place the filter form leads to.
#[component]
pub fn ListCount(text: String) -> impl IntoView {
    let heading = NodeRef::<leptos::html::H2>::new();
    let pending = use_context::<PendingFocus>();
    Effect::new(move |_| {
        if let (Some(heading), Some(pending)) = (heading.get(), pending) {
            if pending.take() {
                let _ = heading.focus();
            }
        }
    });
    view! { <h2 id=LIST_COUNT_ID node_ref=heading class="list-count h6 fw-normal" tabindex="-1">{text}</h2> }
}

/// One page of results, owned so it can live in a memo.
#[derive(Clone, PartialEq)]
struct ResultsPage {
    total: usize,
    page: u32,
    pages: u32,
    items: Vec<NewsSummary>,
    note: Option<String>,
    filter: NewsFilter,
}

#[component]
pub fn FilteredResults(
    catalog: Arc<NewsCatalog>,
    filter: Memo<(NewsFilter, Vec<String>)>,
    scope: ListScope,
    announce: RwSignal<String>,
    /// What the list is, for the pagination landmark ("Avvisi").
    #[prop(into)]
    label: String,
) -> impl IntoView {
    let results = Memo::new(move |_| {
        filter.with(|(filter, _)| {
            let page = catalog.page(filter);
            ResultsPage {
                total: page.total,
                page: page.page,
                pages: page.pages,
                items: page.items.into_iter().cloned().collect(),
                note: page.note,
                filter: filter.clone(),
            }
        })
    });
    Effect::new(move |_| announce.set(results.with(|r| results_label(r.total))));
    let notes = move || {
        let mut notes = filter.with(|(_, notes)| notes.clone());
        notes.extend(results.with(|r| r.note.clone()));
        (!notes.is_empty()).then(|| {
            view! {
                <div class="alert alert-info filter-notes" role="note">
                    <ul class="mb-0">{notes.into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}</ul>
                </div>
            }
        })
    };
    let base = scope.base_path();
    move || {
        let r = results.get();
        let count = count_label(r.total, r.page, r.pages);
        let filter = r.filter.clone();
        let base = base.clone();

        view! {
            {notes}
            <div class="news-results" data-testo=r.filter.text.clone()>
                <ListCount text=count/>
                <NewsCards items=r.items empty="Nessun contenuto corrisponde ai filtri scelti: prova a toglierne qualcuno."/>
                <Pagination current=r.page total=r.pages label=label.clone()
                    href=move |n| format!("{base}{}", filter.with_page(n).to_query())/>
            </div>
        }
    }
}
