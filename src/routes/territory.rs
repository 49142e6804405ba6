//! Vivere la Provincia, the territory: `/vivere-la-provincia/comuni` (the
//! Comuni with their ISTAT codes and the roads that cross them) and
//! `/vivere-la-provincia/strade-provinciali` (the road registry), each with
//! a page per Comune and per road. The list pages keep their introduction
//! in content/pagine; the data come from `territorio.json`.

use crate::components::loaded::{Loaded, LoadedPage};
use crate::components::not_found::NotFound;
use crate::components::page::{Crumb, Page, TextColumn};
use crate::components::pnrr::ScrollTable;
use crate::components::restrictions::{grouped, ComputedOn, PeriodSections};
use crate::components::share::FeedLink;
use crate::model::content::TextPage;
use crate::model::date::Date;
use crate::model::endpoint;
use crate::model::pnrr::closing::LocatedProject;
use crate::model::territory::restrictions::{comune_feed, road_feed};
use crate::model::territory::{
    Comune, Period, Restriction, Road, Territory, COMUNI_PATH, RESTRICTIONS_PATH, ROADS_PATH,
};
use crate::routes::people::IntroPage;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// `/vivere-la-provincia/comuni`.
#[component]
pub fn ComuniRoute() -> impl IntoView {
    view! {
        <LoadedPage source=endpoint::text_page(COMUNI_PATH) view=|intro: TextPage| {
            view! {
                <IntroPage intro=intro>
                    <Loaded source=endpoint::territory() view=|territory: Territory| view! { <ComuniTable territory=territory/> }/>
                </IntroPage>
            }
        }/>
    }
}

#[component]
pub fn ComuniTable(territory: Territory) -> impl IntoView {
    let rows = territory
        .comuni
        .iter()
        .map(|comune| {
            let roads = territory.roads_of(&comune.istat).len();
            let site = comune
                .sito
                .clone()
                .map(|url| view! { <a href=url rel="noopener">"Sito del Comune"<span class="visually-hidden">{format!(" di {}", comune.nome)}</span></a> });
            view! {
                <tr>
                    <th scope="row"><a href=comune.path()>{comune.nome.clone()}</a></th>
                    <td>{comune.istat.clone()}</td>
                    <td class="text-end">{roads}</td>
                    <td>{site}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <ScrollTable id="comuni-tabella" caption=format!("I {} Comuni della provincia", territory.comuni.len())>
            <thead>
                <tr>
                    <th scope="col">"Comune"</th>
                    <th scope="col">"Codice ISTAT"</th>
                    <th scope="col" class="text-end">"Strade provinciali"</th>
                    <th scope="col">"Sito"</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </ScrollTable>
    }
}

/// `/vivere-la-provincia/comuni/{slug}`.
#[component]
pub fn ComuneRoute() -> impl IntoView {
    let params = use_params_map();
    move || {
        let slug = params.with(|p| p.get("comune").unwrap_or_default());
        view! {
            <LoadedPage source=endpoint::territory() view=move |territory: Territory| {
                match territory.comune(&slug).cloned() {
                    Some(comune) => view! { <ComuneView comune=comune territory=territory/> }.into_any(),
                    None => view! { <NotFound/> }.into_any(),
                }
            }/>
        }
    }
}

#[component]
pub fn ComuneView(comune: Comune, territory: Territory) -> impl IntoView {
    let parents = vec![Crumb {
        label: "I Comuni del territorio".into(),
        path: COMUNI_PATH.into(),
    }];
    let roads: Vec<Road> = territory.roads_of(&comune.istat).into_iter().cloned().collect();
    let restrictions = territory.restrictions_in(&comune.slug);
    let places: Vec<crate::model::territory::Place> = territory.places_in(&comune.istat).into_iter().cloned().collect();
    let projects: Vec<LocatedProject> = territory.projects_in(&comune.istat).into_iter().cloned().collect();
    let feed = (
        comune_feed(&comune.slug),
        format!("Limitazioni al traffico nel Comune di {}", comune.nome),
    );
    let description = format!(
        "Il Comune di {} (codice ISTAT {}) e le strade provinciali che lo attraversano.",
        comune.nome, comune.istat
    );
    let site = comune
        .sito
        .clone()
        .map(|url| view! { <li>"Sito istituzionale: " <a href=url.clone() rel="noopener">{url.clone()}</a></li> });
    view! {
        <Page path=comune.path() title=comune.nome.clone() description=description parents=parents>
            <TextColumn>
                <ul class="list-unstyled document-facts" aria-label="Dati del Comune">
                    <li>{format!("Codice ISTAT: {}", comune.istat)}</li>
                    {site}
                </ul>
                <section class="mt-4" aria-labelledby="comune-strade">
                    <h2 id="comune-strade" class="h4">"Strade provinciali"</h2>
                    {if roads.is_empty() {
                        view! { <p>"Nessuna strada provinciale attraversa il Comune."</p> }.into_any()
                    } else {
                        view! { <RoadList roads=roads/> }.into_any()
                    }}
                </section>
                <PlacesSection places=places/>
                <ProjectsSection projects=projects/>
                <RestrictionsSection items=restrictions today=territory.calcolato_il feed=feed/>
            </TextColumn>
        </Page>
    }
}

#[component]
fn RoadList(roads: Vec<Road>) -> impl IntoView {
    view! {
        <ul>
            {roads.into_iter().map(|road| view! {
                <li><a href=road.path()>{road.full_name()}</a>{format!(", {}", road.lunghezza.italian())}</li>
            }).collect_view()}
        </ul>
    }
}

/// `/vivere-la-provincia/strade-provinciali`.
#[component]
pub fn RoadsRoute() -> impl IntoView {
    view! {
        <LoadedPage source=endpoint::text_page(ROADS_PATH) view=|intro: TextPage| {
            view! {
                <IntroPage intro=intro>
                    <Loaded source=endpoint::territory() view=|territory: Territory| view! { <RoadsTable territory=territory/> }/>
                </IntroPage>
            }
        }/>
    }
}

#[component]
pub fn RoadsTable(territory: Territory) -> impl IntoView {
    let caption = format!(
        "Le {} strade provinciali, {} in tutto",
        territory.strade.len(),
        territory.network_length().italian()
    );
    let rows = territory
        .strade
        .into_iter()
        .map(|road| {
            let comuni = road.comuni_names();
            view! {
                <tr>
                    <th scope="row"><a href=road.path()>{road.codice.clone()}</a></th>
                    <td>{road.nome.clone()}</td>
                    <td class="text-end">{road.lunghezza.italian()}</td>
                    <td>{comuni}</td>
                    <td>{road.zona.clone()}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <ScrollTable id="strade-tabella" caption=caption>
            <thead>
                <tr>
                    <th scope="col">"Strada"</th>
                    <th scope="col">"Nome"</th>
                    <th scope="col" class="text-end">"Lunghezza"</th>
                    <th scope="col">"Comuni attraversati"</th>
                    <th scope="col">"Zona di manutenzione"</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </ScrollTable>
    }
}

/// `/vivere-la-provincia/strade-provinciali/{slug}`.
#[component]
pub fn RoadRoute() -> impl IntoView {
    let params = use_params_map();
    move || {
        let slug = params.with(|p| p.get("strada").unwrap_or_default());
        view! {
            <LoadedPage source=endpoint::territory() view=move |territory: Territory| {
                match territory.road(&slug).cloned() {
                    Some(road) => {
                        let restrictions = territory.restrictions_on(&road.slug);
                        view! { <RoadView road=road restrictions=restrictions today=territory.calcolato_il/> }.into_any()
                    }
                    None => view! { <NotFound/> }.into_any(),
                }
            }/>
        }
    }
}

#[component]
pub fn RoadView(road: Road, restrictions: Vec<Restriction>, today: Date) -> impl IntoView {
    let parents = vec![Crumb {
        label: "Strade provinciali".into(),
        path: ROADS_PATH.into(),
    }];
    let title = road.full_name();
    let description = format!(
        "La strada provinciale {}: {}, attraverso {}.",
        title,
        road.lunghezza.italian(),
        road.comuni_names()
    );
    let office = road.ufficio.clone();
    let feed = (
        road_feed(&road.slug),
        format!("Limitazioni al traffico sulla {}", road.codice),
    );
    view! {
        <Page path=road.path() title=title description=description.clone() lead=description parents=parents>
            <TextColumn>
                <ul class="list-unstyled document-facts" aria-label="Dati della strada">
                    <li>{format!("Lunghezza: {}", road.lunghezza.italian())}</li>
                    <li>{format!("Zona di manutenzione: {}", road.zona)}</li>
                    <li>"Ufficio: " <a href=office.path()>{office.nome.clone()}</a></li>
                </ul>
                <section class="mt-4" aria-labelledby="strada-comuni">
                    <h2 id="strada-comuni" class="h4">"Comuni attraversati"</h2>
                    <ol>
                        {road.comuni.iter().map(|c| view! { <li><a href=c.path()>{c.nome.clone()}</a></li> }).collect_view()}
                    </ol>
                </section>
                <RestrictionsSection items=restrictions today=today feed=feed/>
            </TextColumn>
        </Page>
    }
}

/// The restrictions of a road or a Comune, in every period, and its feed.
#[component]
fn RestrictionsSection(items: Vec<Restriction>, today: Date, feed: (String, String)) -> impl IntoView {
    let (href, title) = feed;
    view! {
        <section class="mt-4" aria-labelledby="limitazioni">
            <h2 id="limitazioni" class="h4">"Limitazioni al traffico"</h2>
            <ComputedOn today=today/>
            <PeriodSections groups=grouped(&items, Period::ALL, today) level=3 prefix="limitazioni"/>
            <p class="mt-3">
                <FeedLink href=href title=title/>
                " · "<a href=RESTRICTIONS_PATH>"Tutte le limitazioni e la mappa"</a>
            </p>
        </section>
    }
}

/// The PNRR projects located in a Comune (by its ISTAT code).
#[component]
fn ProjectsSection(projects: Vec<LocatedProject>) -> impl IntoView {
    (!projects.is_empty()).then(|| {
        view! {
            <section class="mt-4" aria-labelledby="comune-pnrr">
                <h2 id="comune-pnrr" class="h4">"Progetti PNRR della Provincia nel Comune"</h2>
                <ul>
                    {projects.into_iter().map(|p| view! {
                        <li>
                            <a href=p.path()>{p.titolo_progetto.clone()}</a>
                            {format!(" – {}, {} di finanziamento PNRR", p.stato.label().to_lowercase(), p.finanziamento_pnrr.italian())}
                        </li>
                    }).collect_view()}
                </ul>
            </section>
        }
    })
}

/// The ente's places in a Comune: school buildings and offices.
#[component]
fn PlacesSection(places: Vec<crate::model::territory::Place>) -> impl IntoView {
    (!places.is_empty()).then(|| {
        view! {
            <section class="mt-4" aria-labelledby="comune-luoghi">
                <h2 id="comune-luoghi" class="h4">"Scuole e sedi della Provincia"</h2>
                <ul>
                    {places.into_iter().map(|p| view! {
                        <li><a href=p.path()>{p.nome.clone()}</a>{format!(" ({})", p.tipo.label().to_lowercase())}</li>
                    }).collect_view()}
                </ul>
            </section>
        }
    })
}
