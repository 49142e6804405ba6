//! The organisation: `/amministrazione/aree-amministrative` (the settori),
//! `/amministrazione/uffici` (the whole tree, settore → servizio → ufficio)
//! and a page per unit below its list. The list pages keep their
//! introduction in content/pagine; the units come from `uffici.json`.

use crate::components::loaded::{Loaded, LoadedPage};
use crate::components::not_found::NotFound;
use crate::components::office::OfficeContacts;
use crate::components::page::{Crumb, Page, TextColumn};
use crate::components::teaser::{TeaserCard, TitleLevel};
use crate::components::text_section::TextSection;
use crate::model::content::{LinkedPage, OfficeLevel, OfficeList, OfficeUnit, TextPage, AREAS_PATH};
use crate::model::endpoint;
use crate::model::people::PersonSummary;
use crate::routes::people::IntroPage;
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_params_map};

/// `/amministrazione/aree-amministrative` and `/amministrazione/uffici`.
#[component]
pub fn OfficesRoute() -> impl IntoView {
    let path = use_location().pathname.get_untracked();
    let path = path.trim_end_matches('/').to_string();
    let areas = path == AREAS_PATH;
    view! {
        <LoadedPage source=endpoint::text_page(&path) view=move |intro: TextPage| {
            view! {
                <IntroPage intro=intro>
                    <Loaded source=endpoint::offices() view=move |list: OfficeList| {
                        if areas { view! { <AreaCards list=list/> }.into_any() } else { view! { <OfficeTree list=list/> }.into_any() }
                    }/>
                </IntroPage>
            }
        }/>
    }
}

/// The settori as cards, each with what it holds.
#[component]
pub fn AreaCards(list: OfficeList) -> impl IntoView {
    let cards = list
        .listed_at(AREAS_PATH)
        .into_iter()
        .map(|unit| {
            let note = match list.children(unit.slug()).count() {
                0 => None,
                1 => Some("1 servizio o ufficio".to_string()),
                n => Some(format!("{n} servizi e uffici")),
            };
            view! {
                <TeaserCard href=unit.path() title=unit.ufficio.nome.clone() text=unit.descrizione.clone()
                    level=TitleLevel::H2 note=note/>
            }
        })
        .collect_view();
    view! { <ul class="row g-4 list-unstyled entry-list">{cards}</ul> }
}

/// Every unit, as nested lists under the unit each depends on: the
/// organisation chart as a reader of a screen reader can walk it.
#[component]
pub fn OfficeTree(list: OfficeList) -> impl IntoView {
    let sections = list
        .top_level()
        .map(|top| {
            let id = format!("unita-{}", top.slug());
            let labelled_by = id.clone();
            view! {
                <section class="py-3" aria-labelledby=labelled_by>
                    <h2 id=id class="h4"><a href=top.path()>{top.ufficio.nome.clone()}</a></h2>
                    <p>{top.descrizione.clone()}</p>
                    {branch(&list, top.slug())}
                </section>
            }
        })
        .collect_view();
    view! { <div class="office-tree">{sections}</div> }
}

/// The units inside `slug`, each followed by its own (the levels are at
/// most three, so the recursion is shallow).
fn branch(list: &OfficeList, slug: &str) -> Option<AnyView> {
    let children: Vec<&OfficeUnit> = list.children(slug).collect();
    (!children.is_empty()).then(|| {
        view! {
            <ul>
                {children
                    .into_iter()
                    .map(|unit| {
                        view! {
                            <li>
                                <a href=unit.path()>{unit.ufficio.nome.clone()}</a>
                                <span class="visually-hidden">{format!(" ({})", unit.ufficio.livello.label())}</span>
                                {branch(list, unit.slug())}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        }
        .into_any()
    })
}

/// `/amministrazione/aree-amministrative/{slug}` and `/amministrazione/uffici/{slug}`.
#[component]
pub fn OfficeRoute() -> impl IntoView {
    let params = use_params_map();
    move || {
        let slug = params.with(|p| p.get("ufficio").unwrap_or_default());
        view! {
            <LoadedPage source=endpoint::offices() view=move |list: OfficeList| {
                match list.find(&slug).cloned() {
                    Some(unit) => view! { <OfficeView unit=unit list=list/> }.into_any(),
                    None => view! { <NotFound/> }.into_any(),
                }
            }/>
        }
    }
}

#[component]
pub fn OfficeView(unit: OfficeUnit, list: OfficeList) -> impl IntoView {
    // The address says the unit's level: one page each.
    if use_location().pathname.get_untracked().trim_end_matches('/') != unit.path() {
        return view! { <NotFound/> }.into_any();
    }
    let level = unit.ufficio.livello;
    let mut parents = vec![Crumb {
        label: level.list_label().to_string(),
        path: level.list_path().to_string(),
    }];
    let ancestors = list.ancestors(unit.slug());
    parents.extend(
        ancestors
            .iter()
            .filter(|a| a.ufficio.livello.list_path() == level.list_path())
            .map(|a| Crumb {
                label: a.ufficio.nome.clone(),
                path: a.path(),
            }),
    );
    let part_of = ancestors.last().map(|parent| {
        view! {
            <p>
                {format!("{} di ", level.label())}
                <a href=parent.path()>{parent.ufficio.nome.clone()}</a>"."
            </p>
        }
    });
    let head = unit.responsabile.clone().map(|person| {
        let href = person.path();
        view! {
            <section class="mt-4" aria-labelledby="unita-responsabile">
                <h2 id="unita-responsabile" class="h5">"Responsabile"</h2>
                <p><a href=href>{person.nome}</a>", "{person.ruolo}</p>
            </section>
        }
    });
    let inside: Vec<LinkedPage> = list
        .children(unit.slug())
        .map(|u| LinkedPage {
            titolo: u.ufficio.nome.clone(),
            percorso: u.path(),
        })
        .collect();
    let heading = match level {
        OfficeLevel::Settore => "Servizi e uffici del settore",
        _ => "Uffici del servizio",
    };
    let staff: Vec<LinkedPage> = unit.persone.iter().map(person_link).collect();
    let missing = unit.missing_facts();
    let missing = (!missing.is_empty()).then(|| {
        view! {
            <p class="office-missing callout-inline" data-stato="dati-mancanti">
                {format!("Per questo ufficio non sono ancora pubblicati {}. Per informazioni scrivi ai recapiti qui sotto.", crate::model::wording::italian_list(&missing))}
            </p>
        }
    });
    view! {
        <Page path=unit.path() title=unit.ufficio.nome.clone() description=unit.descrizione.clone()
            lead=unit.descrizione.clone() parents=parents>
            <TextColumn>
                {part_of}
                {missing}
                <TextSection id="unita-competenze" heading="Competenze" html=unit.competenze_html.clone()/>
                {head}
                <Links id="unita-articolazione" heading=heading items=inside/>
                <Links id="unita-persone" heading="Persone" items=staff/>
                <Links id="unita-servizi" heading="Servizi offerti" items=unit.servizi.clone()/>
                <OfficeContacts office=unit.ufficio.clone()/>
                <Links id="unita-sedi" heading="Dove riceve il pubblico" items=unit.sedi.clone()/>
                <Links id="unita-notizie" heading="Notizie" items=unit.notizie.clone()/>
                <Links id="unita-bandi" heading="Bandi di gara e concorsi" items=unit.bandi.clone()/>
            </TextColumn>
        </Page>
    }
    .into_any()
}

fn person_link(person: &PersonSummary) -> LinkedPage {
    LinkedPage {
        titolo: format!("{}, {}", person.nome, person.ruolo),
        percorso: person.path(),
    }
}

/// A titled list of links; nothing when there is none.
#[component]
fn Links(id: &'static str, heading: &'static str, items: Vec<LinkedPage>) -> impl IntoView {
    (!items.is_empty()).then(|| {
        view! {
            <section class="mt-4" aria-labelledby=id>
                <h2 id=id class="h5">{heading}</h2>
                <ul>
                    {items.into_iter().map(|item| view! { <li><a href=item.percorso>{item.titolo}</a></li> }).collect_view()}
                </ul>
            </section>
        }
    })
}
