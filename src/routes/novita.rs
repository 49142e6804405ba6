//! Novità: the hub, the paginated list of each kind and the page of one item.

use super::home::NewsCard;
use super::not_found::NotFound;
use crate::api;
use crate::components::loaded::Loaded;
use crate::components::page::{fixed_page_title, trail_to, Breadcrumb, PageMeta, SitePage};
use crate::components::pagination::Pagination;
use crate::model::content::{NewsHubData, NewsItem, NewsKind, NewsListPage, NewsSummary};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

#[component]
pub fn NewsHubRoute() -> impl IntoView {
    view! {
        <SitePage path="/novita" lead="Le notizie, i comunicati stampa e gli avvisi pubblicati dall'ente.">
            <Loaded source=api::news_hub() view=|hub: NewsHubData| view! { <NewsHub hub=hub/> }/>
        </SitePage>
    }
}

#[component]
pub fn NewsHub(hub: NewsHubData) -> impl IntoView {
    NewsKind::ALL
        .into_iter()
        .map(|kind| {
            let heading_id = format!("sezione-{}", kind.segment());
            let labelled_by = heading_id.clone();
            let title = fixed_page_title(kind.list_path());
            view! {
                <section class="py-4" aria-labelledby=labelled_by>
                    <h2 id=heading_id>{title.clone()}</h2>
                    <NewsCards items=hub.of_kind(kind)/>
                    <p class="mt-3"><a href=kind.list_path()>{format!("Vai all'elenco: {}", title.to_lowercase())}</a></p>
                </section>
            }
        })
        .collect_view()
}

#[component]
fn NewsCards(items: Vec<NewsSummary>) -> impl IntoView {
    if items.is_empty() {
        return view! { <p>"Nessun contenuto pubblicato."</p> }.into_any();
    }
    view! { <div class="row g-4">{items.into_iter().map(|item| view! { <NewsCard item=item/> }).collect_view()}</div> }
        .into_any()
}

/// `/novita/{tipo}` and `/novita/{tipo}/pagina/{n}`.
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
                    <Loaded source=api::news_page(kind, number) view=|page: NewsListPage| view! { <NewsListView page=page/> }/>
                </SitePage>
            }
            .into_any(),
            _ => view! { <NotFound/> }.into_any(),
        }
    }
}

#[component]
pub fn NewsListView(page: NewsListPage) -> impl IntoView {
    let kind = page.tipo;
    let label = fixed_page_title(kind.list_path());
    let count = match page.totale {
        0 => "Nessun contenuto pubblicato.".to_string(),
        1 => "1 contenuto pubblicato.".to_string(),
        n => format!("{n} contenuti pubblicati, pagina {} di {}.", page.pagina, page.pagine),
    };
    view! {
        <p class="list-count">{count}</p>
        <NewsCards items=page.elementi/>
        <Pagination current=page.pagina total=page.pagine href=move |n| kind.page_path(n) label=label/>
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
                <Loaded source=api::news_item(kind, &slug) whole_page=true view=|item: NewsItem| view! { <NewsDetail item=item/> }/>
            }
            .into_any(),
        }
    }
}

#[component]
pub fn NewsDetail(item: NewsItem) -> impl IntoView {
    let path = item.path();
    let validity = item.scadenza.map(|end| {
        if item.scaduto {
            view! {
                <div class="callout warning notice-expired">
                    <div class="callout-title">"Avviso scaduto"</div>
                    <p>"Questo avviso è scaduto il " <time datetime=end.iso()>{end.italian()}</time> ". Resta pubblicato per consultazione."</p>
                </div>
            }
            .into_any()
        } else {
            view! { <p class="notice-validity">"In vigore fino al " <time datetime=end.iso()>{end.italian()}</time></p> }
                .into_any()
        }
    });
    let updated = item.aggiornato.map(|date| {
        view! { <p class="mb-1">"Aggiornato il " <time datetime=date.iso()>{date.italian()}</time></p> }
    });
    let image = item.immagine.map(|image| {
        view! {
            <figure class="figure news-image">
                <img src=image.src alt=image.alt class="figure-img img-fluid"/>
                {image.didascalia.map(|caption| view! { <figcaption class="figure-caption">{caption}</figcaption> })}
            </figure>
        }
    });
    let topics = (!item.argomenti.is_empty()).then(|| {
        view! {
            <section class="mt-4" aria-labelledby="argomenti-contenuto">
                <h2 id="argomenti-contenuto" class="h6">"Argomenti"</h2>
                <ul class="list-inline topic-list">
                    {item.argomenti.iter().map(|t| view! {
                        <li class="list-inline-item"><a class="chip chip-simple" href=t.path() data-element="topic-element"><span class="chip-label">{t.nome.clone()}</span></a></li>
                    }).collect_view()}
                </ul>
            </section>
        }
    });
    view! {
        <PageMeta title=item.titolo.clone() description=item.sommario.clone() article=true/>
        <div class="container px-4 my-4">
            <Breadcrumb trail=trail_to(&path) current=item.titolo.clone()/>
            <article class="row">
                <div class="col-lg-8 px-lg-4 py-lg-2">
                    <p class="category-top">
                        <span class="category">{item.tipo.label()}</span>
                    </p>
                    <h1 tabindex="-1">{item.titolo.clone()}</h1>
                    <p class="lead">{item.sommario.clone()}</p>
                    <p class="mb-1">"Pubblicato il " <time datetime=item.data.iso()>{item.data.italian()}</time></p>
                    {updated}
                    {validity}
                    {image}
                    <div class="content-body mt-4" inner_html=item.corpo_html></div>
                    {topics}
                </div>
            </article>
        </div>
    }
}
