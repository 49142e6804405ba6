//! Novità: the hub, the list of each kind (paged, filterable) and the page
//! of one item.

mod detail;
mod list;

pub use detail::{NewsDetail, NewsDetailRoute};
pub use list::NewsListRoute;

use crate::components::loaded::Loaded;
use crate::components::news_card::{NewsCard, NewsCards};
use crate::components::page::{fixed_page_title, SitePage};
use crate::components::share::FeedLink;
use crate::model::content::{feed_path, NewsHubData, NewsKind};
use crate::model::{endpoint, paths, site_map};
use leptos::prelude::*;
use leptos_router::any_nested_route::{AnyNestedRoute, IntoAnyNestedRoute};
use leptos_router::components::Route;
use leptos_router::path;

/// News: the hub, each kind's list and its numbered pages, each item.
#[component(transparent)]
pub fn NewsRoutes() -> AnyNestedRoute {
    view! {
        <Route path=path!("/novita") view=NewsHubRoute/>
        <Route path=path!("/novita/:tipo") view=NewsListRoute/>
        <Route path=path!("/novita/:tipo/pagina/:numero") view=NewsListRoute/>
        <Route path=path!("/novita/:tipo/:slug") view=NewsDetailRoute/>
    }
    .into_inner()
    .into_any_nested_route()
}

#[component]
pub fn NewsHubRoute() -> impl IntoView {
    view! {
        <SitePage path="/novita" lead="Le notizie, i comunicati stampa e gli avvisi pubblicati dall'ente.">
            <Loaded source=endpoint::news_hub() view=|hub: NewsHubData| view! { <NewsHub hub=hub/> }/>
        </SitePage>
    }
}

/// The latest item of each kind in evidence, then each list with its next
/// items, then the topics.
#[component]
pub fn NewsHub(hub: NewsHubData) -> impl IntoView {
    let latest: Vec<_> = NewsKind::ALL
        .into_iter()
        .filter_map(|kind| hub.of_kind(kind).into_iter().next())
        .collect();
    let sections = NewsKind::ALL
        .into_iter()
        .map(|kind| {
            let heading_id = format!("sezione-{}", kind.segment());
            let labelled_by = heading_id.clone();
            let title = fixed_page_title(kind.list_path());
            let next: Vec<_> = hub.of_kind(kind).into_iter().skip(1).collect();
            view! {
                <section class="py-4" aria-labelledby=labelled_by>
                    <h2 id=heading_id>{title.clone()}</h2>
                    <NewsCards items=next empty="Nessun altro contenuto recente."/>
                    <p class="mt-3 d-flex flex-wrap gap-4">
                        <a href=kind.list_path()>{format!("Vai all'elenco: {}", title.to_lowercase())}</a>
                        <FeedLink href=feed_path::kind(kind) title=title.clone()/>
                    </p>
                </section>
            }
        })
        .collect_view();
    let topics = (!hub.argomenti.is_empty()).then(|| {
        view! {
            <section class="py-4" aria-labelledby="novita-argomenti">
                <h2 id="novita-argomenti">"Argomenti"</h2>
                <ul class="list-inline topic-list">
                    {hub.argomenti.into_iter().map(|t| view! {
                        <li class="list-inline-item mb-2">
                            <a class="chip chip-simple chip-lg" href=paths::topic(&t.slug) data-element="topic-element">
                                <span class="chip-label">{format!("{} ({})", t.nome, t.contenuti)}</span>
                            </a>
                        </li>
                    }).collect_view()}
                </ul>
            </section>
        }
    });
    let categories = NewsKind::ALL
        .into_iter()
        .map(|kind| {
            view! {
                <li class="col-12 col-md-4">
                    <div class="card card-teaser shadow-sm rounded h-100">
                        <div class="card-body">
                            <h3 class="card-title h5">
                                <a href=kind.list_path() data-element="news-category-link">{kind.category()}</a>
                            </h3>
                            <p class="card-text">{site_map::find(kind.list_path()).map(|p| p.description)}</p>
                        </div>
                    </div>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="py-3" aria-labelledby="novita-categorie">
            <h2 id="novita-categorie">"Categorie"</h2>
            <ul class="row g-4 list-unstyled">{categories}</ul>
        </nav>
        <section class="py-3" aria-labelledby="novita-evidenza">
            <h2 id="novita-evidenza">"In evidenza"</h2>
            <ul class="row g-4 list-unstyled news-cards news-highlight">
                {latest.into_iter().map(|item| view! { <NewsCard item=item/> }).collect_view()}
            </ul>
        </section>
        {sections}
        {topics}
    }
}
