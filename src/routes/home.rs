use crate::components::icon::Icon;
use crate::components::loaded::Loaded;
use crate::components::news_card::NewsCards;
use crate::components::page::fixed_page_title;
use crate::components::page::PageMeta;
use crate::components::rating::Rating;
use crate::components::restrictions::{none_in, ComputedOn};
use crate::components::share::FeedLink;
use crate::context::use_site;
use crate::model::config::SiteConfig;
use crate::model::content::{feed_path, HomeData, NewsKind, PnrrHighlight, RoadsToday, Shortcut};
use crate::model::endpoint;
use crate::model::territory::{Period, RESTRICTIONS_PATH};
use leptos::prelude::*;

#[component]
pub fn HomeRoute() -> impl IntoView {
    let site = use_site();
    view! {
        <PageMeta title="" description=site.ente.descrizione.clone()/>
        <HomeHero site=site.as_ref().clone()/>
        <Loaded source=endpoint::home() view=|data: HomeData| view! { <HomeSections data=data/> }/>
        <div class="container px-4">
            <Rating page="/"/>
        </div>
    }
}

/// The top of the home page: known from the configuration, so it shows even
/// while (or if) the news cannot be loaded.
#[component]
pub fn HomeHero(site: SiteConfig) -> impl IntoView {
    view! {
        <section class="it-hero-wrapper it-hero-small-size bg-primary home-hero" aria-labelledby="titolo-home">
            <div class="container">
                <div class="row">
                    <div class="col-12">
                        <div class="it-hero-text-wrapper">
                            <h1 id="titolo-home" tabindex="-1" class="text-white">{site.ente.nome.clone()}</h1>
                            <p class="d-block text-white">{site.ente.descrizione.clone()}</p>
                            <div class="it-btn-container">
                                <a class="btn btn-sm btn-secondary" href="/servizi">"Tutti i servizi"</a>
                                <a class="btn btn-sm btn-outline-white" href="/novita">"Tutte le novità"</a>
                            </div>
                        </div>
                    </div>
                </div>
            </div>
        </section>
    }
}

/// Everything on the home page that comes from content.
#[component]
pub fn HomeSections(data: HomeData) -> impl IntoView {
    let pnrr = data.pnrr.map(|pnrr| view! { <PnrrBox pnrr=pnrr/> });
    let roads = data.strade_oggi.map(|today| view! { <RoadsTodayBox today=today/> });
    view! {
        <section class="container py-5" aria-labelledby="titolo-notizie">
            <h2 id="titolo-notizie" class="mb-4">"Ultime notizie"</h2>
            <NewsCards items=data.notizie/>
            <p class="mt-4"><a href="/novita" class="read-more">"Vedi tutte le novità"</a></p>
        </section>
        <section class="container pb-5" aria-labelledby="titolo-avvisi">
            <h2 id="titolo-avvisi" class="mb-4">"Avvisi in vigore"</h2>
            <NewsCards items=data.avvisi empty="Nessun avviso in vigore."/>
            <p class="mt-4"><a href="/novita/avvisi">"Tutti gli avvisi"</a></p>
        </section>
        {roads}
        <section class="bg-grey-card py-5" aria-labelledby="titolo-servizi">
            <div class="container">
                <h2 id="titolo-servizi" class="mb-4">"Servizi"</h2>
                <ShortcutCards items=data.servizi/>
                <p class="mt-4"><a href="/servizi" data-element="all-services">"Tutti i servizi"</a></p>
            </div>
        </section>
        <section class="container py-5" aria-labelledby="titolo-archivi">
            <h2 id="titolo-archivi" class="mb-4">"Archivi digitali"</h2>
            <ShortcutCards items=data.archivi/>
        </section>
        {pnrr}
        <section class="container pb-5" aria-labelledby="titolo-argomenti">
            <h2 id="titolo-argomenti" class="h3">"Argomenti"</h2>
            <p><a href="/argomenti" data-element="all-topics">"Esplora tutti gli argomenti"</a></p>
        </section>
        <SiteFeeds/>
    }
}

/// The restrictions in force today on the provincial roads, each with its
/// end: a driver reads whether their road is open, and until when, here.
#[component]
fn RoadsTodayBox(today: RoadsToday) -> impl IntoView {
    let items = today.limitazioni;
    let list = if items.is_empty() {
        view! { <p>{none_in(Period::Oggi)}</p> }.into_any()
    } else {
        view! {
            <ul class="roads-today">
                {items.into_iter().map(|item| view! {
                    <li>
                        <a href=item.path()>{format!("{}, {}", item.strada.full_name(), item.stretch())}</a>
                        {format!(": {}, {}", item.kind_label().to_lowercase(), item.until())}
                    </li>
                }).collect_view()}
            </ul>
        }
        .into_any()
    };
    view! {
        <section class="container pb-5" aria-labelledby="titolo-strade-oggi">
            <h2 id="titolo-strade-oggi" class="mb-3">"Strade provinciali oggi"</h2>
            <ComputedOn today=today.calcolato_il/>
            {list}
            <p class="mt-3"><a href=RESTRICTIONS_PATH>"Tutte le limitazioni, i prossimi giorni e la mappa"</a></p>
        </section>
    }
}

/// The site's feeds, for feed readers (in the head) and people (as links).
#[component]
fn SiteFeeds() -> impl IntoView {
    let mut feeds: Vec<(String, String)> = NewsKind::ALL
        .into_iter()
        .map(|kind| (feed_path::kind(kind), fixed_page_title(kind.list_path())))
        .collect();
    feeds.push((feed_path::PNRR.to_string(), feed_path::PNRR_TITLE.to_string()));
    view! {
        <section class="container pb-5" aria-labelledby="titolo-segui">
            <h2 id="titolo-segui" class="h3">"Segui gli aggiornamenti"</h2>
            <ul class="list-inline">
                {feeds.into_iter().map(|(href, title)| view! { <li class="list-inline-item me-4"><FeedLink href=href title=title/></li> }).collect_view()}
            </ul>
        </section>
    }
}

/// The PNRR box, with the EU emblem and the funding statement the rules require.
#[component]
fn PnrrBox(pnrr: PnrrHighlight) -> impl IntoView {
    view! {
        <section class="container pb-5" aria-labelledby="titolo-pnrr">
            <div class="pnrr-box p-4">
                <img src="/img/emblema-ue.svg" alt="" width="90" height="60" class="pnrr-emblem"/>
                <p class="pnrr-funded">"Finanziato dall'Unione europea – NextGenerationEU"</p>
                <h2 id="titolo-pnrr" class="h3">{pnrr.titolo}</h2>
                <p><strong>{pnrr.misura}</strong>" – "{pnrr.testo}</p>
                <p class="pnrr-amount">"Finanziamento PNRR: " <strong>{pnrr.importo.italian()}</strong></p>
                <a href=pnrr.percorso class="btn btn-primary">"Attuazione misure PNRR"</a>
            </div>
        </section>
    }
}

#[component]
pub fn ShortcutCards(items: Vec<Shortcut>) -> impl IntoView {
    view! {
        <ul class="row g-4 list-unstyled shortcut-cards">
            {items
                .into_iter()
                .map(|s| {
                    view! {
                        <li class="col-12 col-md-6 col-lg-4">
                            <div class="card card-teaser shadow-sm rounded h-100">
                                <Icon name="it-arrow-right-circle" class="icon icon-primary"/>
                                <div class="card-body">
                                    <h3 class="card-title h5">
                                        <a href=s.percorso>{s.titolo}</a>
                                    </h3>
                                    <p class="card-text">{s.descrizione}</p>
                                </div>
                            </div>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
