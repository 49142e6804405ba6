use crate::api;
use crate::components::loaded::Loaded;
use crate::components::page::SitePage;
use crate::components::search_form::SearchForm;
use crate::model::content::{SearchEntry, SearchIndex};
use crate::model::search::search;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

#[component]
pub fn SearchRoute() -> impl IntoView {
    let query = use_query_map();
    let current = move || query.with(|q| q.get("q").unwrap_or_default());
    view! {
        <SitePage path="/cerca">
            <SearchForm id="cerca-pagina" visible_label="Parole da cercare" value=Signal::derive(current) class="mb-4 search-page-form"/>
            {move || {
                let q = current();
                if q.trim().is_empty() {
                    return view! { <p>"Scrivi una o più parole: cerchiamo tra notizie, avvisi e pagine del sito."</p> }.into_any();
                }
                view! {
                    <Loaded source=api::search_index() view=move |index: SearchIndex| {
                        let hits: Vec<SearchEntry> = search(&q, &index.voci).into_iter().cloned().collect();
                        view! { <SearchResults query=q.clone() hits=hits/> }
                    }/>
                }
                .into_any()
            }}
        </SitePage>
    }
}

#[component]
pub fn SearchResults(query: String, hits: Vec<SearchEntry>) -> impl IntoView {
    let summary = match hits.len() {
        0 => format!("Nessun risultato per «{query}»."),
        1 => format!("1 risultato per «{query}»."),
        n => format!("{n} risultati per «{query}»."),
    };
    view! {
        <p role="status" class="search-summary">{summary}</p>
        <ul class="list-unstyled search-results">
            {hits
                .into_iter()
                .map(|hit| {
                    view! {
                        <li class="mb-3">
                            <p class="mb-0"><a href=hit.path>{hit.title}</a>" · "<span class="text-muted">{hit.kind}</span></p>
                            <p class="mb-0">{hit.summary}</p>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
