//! Novità: the hub, the list of each kind and the page of one item.

use super::home::NewsCard;
use super::not_found::NotFound;
use crate::api;
use crate::components::loaded::Loaded;
use crate::components::page::{fixed_page_title, trail_to, Breadcrumb, PageMeta, SitePage};
use crate::model::content::{NewsItem, NewsKind, NewsList};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

#[component]
pub fn NewsHubRoute() -> impl IntoView {
    view! {
        <SitePage path="/novita" lead="Le notizie, i comunicati stampa e gli avvisi pubblicati dall'ente.">
            <Loaded load=api::news view=|list: NewsList| view! { <NewsHub list=list/> }/>
        </SitePage>
    }
}

#[component]
pub fn NewsHub(list: NewsList) -> impl IntoView {
    NewsKind::ALL
        .into_iter()
        .map(|kind| {
            let heading_id = format!("sezione-{}", kind.segment());
            let labelled_by = heading_id.clone();
            let latest: Vec<NewsItem> = list.of_kind(kind).into_iter().take(3).collect();
            let title = fixed_page_title(kind.list_path());
            view! {
                <section class="py-4" aria-labelledby=labelled_by>
                    <h2 id=heading_id>{title.clone()}</h2>
                    <NewsCards items=latest/>
                    <p class="mt-3"><a href=kind.list_path()>{format!("Vai all'elenco: {}", title.to_lowercase())}</a></p>
                </section>
            }
        })
        .collect_view()
}

#[component]
fn NewsCards(items: Vec<NewsItem>) -> impl IntoView {
    if items.is_empty() {
        return view! { <p>"Nessun contenuto pubblicato."</p> }.into_any();
    }
    view! { <div class="row g-4">{items.into_iter().map(|item| view! { <NewsCard item=item/> }).collect_view()}</div> }
        .into_any()
}

#[component]
pub fn NewsListRoute() -> impl IntoView {
    let params = use_params_map();
    move || match params
        .with(|p| p.get("tipo"))
        .as_deref()
        .and_then(NewsKind::from_segment)
    {
        None => view! { <NotFound/> }.into_any(),
        Some(kind) => view! {
            <SitePage path=kind.list_path()>
                <Loaded load=api::news view=move |list: NewsList| view! { <NewsCards items=list.of_kind(kind)/> }/>
            </SitePage>
        }
        .into_any(),
    }
}

#[component]
pub fn NewsDetailRoute() -> impl IntoView {
    let params = use_params_map();
    move || {
        let (kind, slug) = params.with(|p| (p.get("tipo"), p.get("slug").unwrap_or_default()));
        match kind.as_deref().and_then(NewsKind::from_segment) {
            None => view! { <NotFound/> }.into_any(),
            Some(kind) => view! {
                <Loaded
                    load=api::news
                    whole_page=true
                    view=move |list: NewsList| match list.find(kind, &slug) {
                        Some(item) => view! { <NewsDetail item=item.clone()/> }.into_any(),
                        None => view! { <NotFound/> }.into_any(),
                    }
                />
            }
            .into_any(),
        }
    }
}

#[component]
pub fn NewsDetail(item: NewsItem) -> impl IntoView {
    let path = item.path();
    view! {
        <PageMeta title=item.titolo.clone() description=item.sommario.clone()/>
        <div class="container px-4 my-4">
            <Breadcrumb trail=trail_to(&path) current=item.titolo.clone()/>
            <article class="row">
                <div class="col-lg-8 px-lg-4 py-lg-2">
                    <p class="category-top">
                        <span class="category">{item.tipo.label()}</span>
                    </p>
                    <h1 tabindex="-1">{item.titolo.clone()}</h1>
                    <p class="lead">{item.sommario.clone()}</p>
                    <p>"Pubblicato il " <time datetime=item.data.iso()>{item.data.italian()}</time></p>
                    {item.testo.into_iter().map(|paragraph| view! { <p>{paragraph}</p> }).collect_view()}
                </div>
            </article>
        </div>
    }
}
