//! `/vivere-la-provincia/luoghi`: the places of the ente by kind, each with
//! its page (address, hours, accessibility, how to get there, the offices
//! it hosts, a link to OpenStreetMap). `/vivere-la-provincia/scuole-superiori`:
//! the school buildings as a table; a building's page is its place's, with
//! the institutes, students, energy class, works and PNRR projects.

use crate::components::loaded::{Loaded, LoadedPage};
use crate::components::not_found::NotFound;
use crate::components::page::{Crumb, Page, TextColumn};
use crate::components::pnrr::ScrollTable;
use crate::model::content::TextPage;
use crate::model::endpoint;
use crate::model::territory::schools::SchoolBuilding;
use crate::model::territory::{Place, PlaceKind, Territory, PLACES_PATH, SCHOOLS_PATH};
use crate::routes::people::IntroPage;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

#[component]
pub fn PlacesRoute() -> impl IntoView {
    view! {
        <LoadedPage source=endpoint::text_page(PLACES_PATH) view=|intro: TextPage| {
            view! {
                <IntroPage intro=intro>
                    <Loaded source=endpoint::territory() view=|territory: Territory| view! { <PlaceGroups places=territory.luoghi/> }/>
                </IntroPage>
            }
        }/>
    }
}

/// A section per kind of place, in the vocabulary's order.
#[component]
pub fn PlaceGroups(places: Vec<Place>) -> impl IntoView {
    PlaceKind::ALL
        .iter()
        .filter_map(|kind| {
            let of_kind: Vec<&Place> = places.iter().filter(|p| p.tipo == *kind).collect();
            if of_kind.is_empty() {
                return None;
            }
            let id = format!("luoghi-{}", kind.key());
            let items = of_kind
                .into_iter()
                .map(|place| {
                    view! {
                        <li class="mb-2">
                            <a href=place.path()>{place.nome.clone()}</a>
                            <br/><span>{place.full_address()}</span>
                        </li>
                    }
                })
                .collect_view();
            let labelled_by = id.clone();
            Some(view! {
                <section class="py-2 col-lg-8" aria-labelledby=labelled_by>
                    <h2 id=id class="h4">{kind.plural()}</h2>
                    <ul class="list-unstyled">{items}</ul>
                </section>
            })
        })
        .collect_view()
}

#[component]
pub fn SchoolsRoute() -> impl IntoView {
    view! {
        <LoadedPage source=endpoint::text_page(SCHOOLS_PATH) view=|intro: TextPage| {
            view! {
                <IntroPage intro=intro>
                    <Loaded source=endpoint::territory() view=|territory: Territory| {
                        let schools: Vec<Place> = territory.schools().into_iter().cloned().collect();
                        view! { <SchoolsTable schools=schools/> }
                    }/>
                </IntroPage>
            }
        }/>
    }
}

#[component]
pub fn SchoolsTable(schools: Vec<Place>) -> impl IntoView {
    let students: u32 = schools
        .iter()
        .filter_map(|p| p.scuola.as_ref())
        .map(|s| s.studenti)
        .sum();
    let caption = format!("{} edifici scolastici, {} studenti", schools.len(), thousands(students));
    let rows = schools
        .into_iter()
        .filter_map(|place| {
            let school = place.scuola.clone()?;
            let institutes = school
                .istituti
                .iter()
                .map(|i| i.nome.clone())
                .collect::<Vec<_>>()
                .join("; ");
            Some(view! {
                <tr>
                    <th scope="row"><a href=place.path()>{place.nome.clone()}</a></th>
                    <td>{place.comune.nome.clone()}</td>
                    <td>{institutes}</td>
                    <td class="text-end">{thousands(school.studenti)}</td>
                    <td>{school.classe_energetica.map(|c| c.label()).unwrap_or("non indicata")}</td>
                    <td class="text-end">{school.progetti_pnrr.len()}</td>
                </tr>
            })
        })
        .collect_view();
    view! {
        <div class="row"><div class="col-lg-10">
            <ScrollTable id="scuole-tabella" caption=caption>
                <thead>
                    <tr>
                        <th scope="col">"Edificio"</th>
                        <th scope="col">"Comune"</th>
                        <th scope="col">"Istituti"</th>
                        <th scope="col" class="text-end">"Studenti"</th>
                        <th scope="col">"Classe energetica"</th>
                        <th scope="col" class="text-end">"Progetti PNRR"</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </ScrollTable>
        </div></div>
    }
}

fn thousands(n: u32) -> String {
    crate::model::money::thousands(u64::from(n))
}

/// `/vivere-la-provincia/luoghi/{slug}`.
#[component]
pub fn PlaceRoute() -> impl IntoView {
    let params = use_params_map();
    move || {
        let slug = params.with(|p| p.get("luogo").unwrap_or_default());
        view! {
            <LoadedPage source=endpoint::territory() view=move |territory: Territory| {
                match territory.place(&slug).cloned() {
                    Some(place) => view! { <PlaceView place=place/> }.into_any(),
                    None => view! { <NotFound/> }.into_any(),
                }
            }/>
        }
    }
}

#[component]
pub fn PlaceView(place: Place) -> impl IntoView {
    let (label, path) = if place.scuola.is_some() {
        ("Scuole superiori", SCHOOLS_PATH)
    } else {
        ("Luoghi", PLACES_PATH)
    };
    let parents = vec![Crumb {
        label: label.into(),
        path: path.into(),
    }];
    let hours = place
        .orari
        .iter()
        .map(|line| view! { <li>{line.clone()}</li> })
        .collect_view();
    let directions = place
        .come_arrivare
        .clone()
        .map(|text| view! { <h2 class="h5 mt-4">"Come arrivare"</h2><p>{text}</p> });
    let phone = place.telefono.clone().map(|number| {
        let href = format!("tel:{}", number.replace(' ', ""));
        view! { <li>"Telefono: " <a href=href>{number}</a></li> }
    });
    let offices = (!place.uffici.is_empty()).then(|| {
        view! {
            <h2 class="h5 mt-4">"Uffici in questa sede"</h2>
            <ul>{place.uffici.iter().map(|o| view! { <li><a href=o.path()>{o.nome.clone()}</a></li> }).collect_view()}</ul>
        }
    });
    let school = place
        .scuola
        .clone()
        .map(|school| view! { <SchoolFacts school=school/> });
    view! {
        <Page path=place.path() title=place.nome.clone() description=place.descrizione.clone() lead=place.descrizione.clone() parents=parents>
            <TextColumn>
                <ul class="list-unstyled document-facts" aria-label="Dati del luogo">
                    <li>{format!("Tipo: {}", place.tipo.label())}</li>
                    <li>"Indirizzo: " {place.full_address()}</li>
                    <li>"Comune: " <a href=place.comune.path()>{place.comune.nome.clone()}</a></li>
                    {phone}
                </ul>
                <p><a href=place.map_url() rel="noopener">"Vedi sulla mappa di OpenStreetMap"</a></p>
                <h2 class="h5 mt-4">"Orari"</h2>
                <ul>{hours}</ul>
                <h2 class="h5 mt-4">"Accessibilità"</h2>
                <p>{place.accessibilita.clone()}</p>
                {directions}
                {offices}
                {school}
            </TextColumn>
        </Page>
    }
}

#[component]
fn SchoolFacts(school: SchoolBuilding) -> impl IntoView {
    let works = if school.lavori.is_empty() {
        view! { <p>"Nessun lavoro in corso."</p> }.into_any()
    } else {
        view! { <ul>{school.lavori.iter().map(|w| view! { <li>{w.clone()}</li> }).collect_view()}</ul> }.into_any()
    };
    let projects = (!school.progetti_pnrr.is_empty()).then(|| {
        view! {
            <h3 class="h5">"Progetti PNRR"</h3>
            <ul>{school.progetti_pnrr.iter().map(|p| view! { <li><a href=p.percorso.clone()>{p.titolo.clone()}</a></li> }).collect_view()}</ul>
        }
    });
    view! {
        <section class="mt-4" aria-labelledby="edificio-scolastico">
            <h2 id="edificio-scolastico" class="h4">"Edificio scolastico"</h2>
            <ul class="list-unstyled document-facts" aria-label="Dati dell'edificio">
                <li>{format!("Studenti: {}", thousands(school.studenti))}</li>
                <li>{format!("Classe energetica: {}", school.classe_energetica.map(|c| c.label()).unwrap_or("non indicata"))}</li>
            </ul>
            <h3 class="h5">"Istituti"</h3>
            <ul>{school.istituti.iter().map(|i| view! { <li>{format!("{} (codice {})", i.nome, i.codice)}</li> }).collect_view()}</ul>
            <h3 class="h5">"Lavori in corso"</h3>
            {works}
            {projects}
        </section>
    }
}
