//! A list of news with its filters: a kind's list or a topic's. Without a
//! query the list is the pre-rendered numbered page of the API (readable
//! without JavaScript); with filters in the query the whole list is loaded
//! once and filtered in the browser at every keystroke. The form and the
//! live region stay in place while the results change, so typing keeps the
//! focus and every new count is spoken.
//!
//! An island of the news lists' own bundle (`bundles/isole-novita`, feature
//! `isole-novita`): no other page carries the filtering code.

use super::address_query::use_address_query;
use super::focus::PendingFocus;
use super::loaded::Loaded;
use super::news_card::NewsCards;
use super::news_filters::{use_news_filter, FilterForm, ListScope};
use super::news_results::{FilteredResults, ListCount, ResultsAnnouncer};
use super::pagination::Pagination;
use crate::model::content::{NewsCatalogFile, NewsListPage, TopicRef};
use crate::model::endpoint;
use crate::model::news_filter::{count_label, key, results_label, NewsCatalog, YES};
use leptos::prelude::*;
use std::sync::Arc;

#[cfg_attr(feature = "isole-novita", island)]
#[cfg_attr(not(feature = "isole-novita"), component)]
pub fn NewsBrowser(
    scope: ListScope,
    /// Page of the unfiltered list, from the address.
    number: u32,
    /// Topic vocabulary for the topic filter (kind lists only).
    topics: Vec<TopicRef>,
    /// What the list is ("Avvisi"), for the pagination landmark.
    label: String,
) -> impl IntoView {
    let query = use_address_query();
    // The filter form's button leads to the results, drawn after it is sent.
    let pending = PendingFocus::new();
    provide_context(pending);
    let filter = use_news_filter(query, topics.clone(), &scope);
    let filtered = Memo::new(move |_| query.is_set());
    let announce = RwSignal::new(String::new());
    let results = {
        let (scope, label) = (scope.clone(), label.clone());
        move || {
            let (scope, label) = (scope.clone(), label.clone());
            // Drawn again once its data is there (at once when preloaded).
            pending.set_drawn(false);
            if filtered.get() {
                let source = catalog_source(&scope);
                let view = move |file: NewsCatalogFile| {
                    pending.set_drawn(true);
                    let catalog = Arc::new(NewsCatalog::new(file.elementi));
                    view! { <FilteredResults catalog=catalog filter=filter scope=scope.clone() announce=announce label=label.clone()/> }
                };
                view! { <Loaded source=source view=view/> }.into_any()
            } else {
                let source = page_source(&scope, number);
                let view = move |page: NewsListPage| {
                    pending.set_drawn(true);
                    view! { <ListPageView page=page scope=scope.clone() announce=announce label=label.clone()/> }
                };
                view! { <Loaded source=source view=view/> }.into_any()
            }
        }
    };
    view! {
        <FilterForm scope=scope topics=topics query=query filter=filter/>
        <ResultsAnnouncer text=announce/>
        {results}
    }
    .into_any()
}

fn page_source(scope: &ListScope, number: u32) -> endpoint::Endpoint<NewsListPage> {
    match scope {
        ListScope::Kind(kind) => endpoint::news_page(*kind, number),
        ListScope::Topic(slug) => endpoint::topic_news_page(slug, number),
    }
}

fn catalog_source(scope: &ListScope) -> endpoint::Endpoint<NewsCatalogFile> {
    match scope {
        ListScope::Kind(kind) => endpoint::news_catalog(*kind),
        ListScope::Topic(slug) => endpoint::topic_catalog(slug),
    }
}

/// A numbered page of the unfiltered list, as pre-rendered.
#[component]
fn ListPageView(page: NewsListPage, scope: ListScope, announce: RwSignal<String>, label: String) -> impl IntoView {
    let total = page.totale as usize;
    Effect::new(move |_| announce.set(results_label(total)));
    let count = count_label(total, page.pagina, page.pagine);
    let expired = scope.has_expiring().then(|| {
        view! {
            <p class="needs-js">
                "Gli avvisi scaduti non sono in elenco ma restano consultabili: "
                <a href=format!("{}?{}={YES}", scope.base_path(), key::EXPIRED)>"mostra anche gli avvisi scaduti"</a>"."
            </p>
        }
    });
    view! {
        <div class="news-results" data-testo="">
            <ListCount text=count/>
            {expired}
            <NewsCards items=page.elementi/>
            <Pagination current=page.pagina total=page.pagine href=move |n| scope.page_path(n) label=label/>
        </div>
    }
}
