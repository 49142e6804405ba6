//! `/novita/{tipo}` and `/novita/{tipo}/pagina/{n}`. Without a query the
//! list is the pre-rendered page of the API (readable without JavaScript);
//! with filters in the query the whole list of that kind is loaded once and
//! filtered in the browser at every keystroke.

use crate::api;
use crate::components::loaded::Loaded;
use crate::components::news_card::NewsCards;
use crate::components::news_filters::{use_is_filtered, use_news_filter, FilterForm, ListScope};
use crate::components::news_results::{FilteredResults, ResultsAnnouncer};
use crate::components::page::{fixed_page_title, SitePage};
use crate::components::pagination::Pagination;
use crate::components::share::FeedLink;
use crate::model::content::{feed_path, NewsCatalogFile, NewsKind, NewsListPage, TopicList};
use crate::model::news_filter::{key, results_label, NewsCatalog, YES};
use crate::routes::not_found::NotFound;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use std::sync::Arc;

#[component]
pub fn NewsListRoute() -> impl IntoView {
    let params = use_params_map();
    move || {
        let (kind, number) = params.with(|p| {
            let kind = p.get("tipo").as_deref().and_then(NewsKind::from_segment);
            let number = match p.get("numero") {
                None => Some(1),
                // Page 1 has one address only: the list itself.
                Some(text) => text.parse::<u32>().ok().filter(|&n| n >= 2),
            };
            (kind, number)
        });
        match (kind, number) {
            (Some(kind), Some(number)) => view! {
                <SitePage path=kind.list_path()>
                    <Loaded source=api::topics() view=move |topics: TopicList| view! { <NewsList kind=kind number=number topics=topics/> }/>
                </SitePage>
            }
            .into_any(),
            _ => view! { <NotFound/> }.into_any(),
        }
    }
}

#[component]
fn NewsList(kind: NewsKind, number: u32, topics: TopicList) -> impl IntoView {
    let label = fixed_page_title(kind.list_path());
    let scope = ListScope::Kind(kind);
    let filter = use_news_filter(topics.argomenti.clone(), &scope);
    let filtered = use_is_filtered();
    let announce = RwSignal::new(String::new());
    let results = {
        let (scope, label) = (scope.clone(), label.clone());
        move || {
            if filtered.get() {
                let (scope, label) = (scope.clone(), label.clone());
                let view = move |file: NewsCatalogFile| {
                    let catalog = Arc::new(NewsCatalog::new(file.elementi));
                    view! { <FilteredResults catalog=catalog filter=filter scope=scope.clone() announce=announce label=label.clone()/> }
                };
                view! { <Loaded source=api::news_catalog(kind) view=view/> }.into_any()
            } else {
                let view = move |page: NewsListPage| view! { <NewsListView page=page announce=announce/> };
                view! { <Loaded source=api::news_page(kind, number) view=view/> }.into_any()
            }
        }
    };
    view! {
        <FilterForm scope=scope topics=topics.argomenti filter=filter/>
        <ResultsAnnouncer text=announce/>
        {results}
        <p class="mt-4"><FeedLink href=feed_path::kind(kind) title=label/></p>
    }
}

/// A page of the unfiltered list, as pre-rendered.
#[component]
pub fn NewsListView(page: NewsListPage, announce: RwSignal<String>) -> impl IntoView {
    let kind = page.tipo;
    let label = fixed_page_title(kind.list_path());
    let total = page.totale as usize;
    Effect::new(move |_| announce.set(results_label(total)));
    let count = if page.pagine > 1 {
        format!("{}, pagina {} di {}.", results_label(total), page.pagina, page.pagine)
    } else {
        format!("{}.", results_label(total))
    };
    let expired = (kind == NewsKind::Avviso).then(|| {
        view! {
            <p class="needs-js">
                "Gli avvisi scaduti non sono in elenco ma restano consultabili: "
                <a href=format!("{}?{}={YES}", kind.list_path(), key::EXPIRED)>"mostra anche gli avvisi scaduti"</a>"."
            </p>
        }
    });
    view! {
        <div class="news-results" data-testo="">
            <p class="list-count">{count}</p>
            {expired}
            <NewsCards items=page.elementi/>
            <Pagination current=page.pagina total=page.pagine href=move |n| kind.page_path(n) label=label/>
        </div>
    }
}
