//! `/vivere-la-provincia/eventi`: the dates to come, by month, each event
//! link marked `event-link` as the Designers Italia model asks; a list per
//! kind pre-rendered at `/vivere-la-provincia/eventi/tipo/{kind}` (readable
//! without JavaScript); a page per event with its dates, place, organiser,
//! topics and calendar file. Sittings have their page on their organ's.

use crate::components::loaded::{Loaded, LoadedPage};
use crate::components::not_found::NotFound;
use crate::components::page::{Crumb, Page, TextColumn};
use crate::components::share::FeedLink;
use crate::components::topic_chips::TopicsSection;
use crate::model::content::TextPage;
use crate::model::endpoint;
use crate::model::events::{by_month, Event, EventKind, EventList, EVENTS_FEED, EVENTS_PATH};
use crate::routes::people::IntroPage;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

#[component]
pub fn EventsRoute() -> impl IntoView {
    view! {
        <LoadedPage source=endpoint::text_page(EVENTS_PATH) view=|intro: TextPage| {
            view! {
                <IntroPage intro=intro>
                    <Loaded source=endpoint::events() view=|list: EventList| view! { <EventsView list=list kind=None/> }/>
                </IntroPage>
            }
        }/>
    }
}

/// `/vivere-la-provincia/eventi/tipo/{kind}`.
#[component]
pub fn EventKindRoute() -> impl IntoView {
    let params = use_params_map();
    move || {
        let key = params.with(|p| p.get("tipo").unwrap_or_default());
        let Some(kind) = EventKind::from_key(&key) else {
            return view! { <NotFound/> }.into_any();
        };
        let parents = vec![Crumb {
            label: "Eventi".into(),
            path: EVENTS_PATH.into(),
        }];
        view! {
            <LoadedPage source=endpoint::events() view=move |list: EventList| {
                let description = format!("{} in programma, mese per mese.", kind.plural());
                view! {
                    <Page path=kind.list_path() title=format!("Eventi: {}", kind.plural().to_lowercase())
                        description=description.clone() lead=description parents=parents.clone()>
                        <EventsView list=list kind=Some(kind)/>
                    </Page>
                }
            }/>
        }
        .into_any()
    }
}

/// The kinds as links, then a section per month.
#[component]
pub fn EventsView(list: EventList, kind: Option<EventKind>) -> impl IntoView {
    let events: Vec<Event> = list
        .eventi
        .into_iter()
        .filter(|e| kind.is_none_or(|k| e.tipo == k))
        .collect();
    let months = by_month(&events, list.calcolato_il)
        .into_iter()
        .enumerate()
        .map(|(i, (month, dates))| {
            let id = format!("mese-{i}");
            let items = dates
                .into_iter()
                .map(|(date, event)| {
                    view! {
                        <li class="mb-3">
                            <a href=event.path() data-element="event-link">{event.titolo.clone()}</a>
                            <br/><span>{format!("{} · {} · {}", date.italian(), event.tipo.label(), event.where_label())}</span>
                        </li>
                    }
                })
                .collect_view();
            let labelled_by = id.clone();
            view! {
                <section class="mt-3" aria-labelledby=labelled_by>
                    <h2 id=id class="h4 month-heading">{month}</h2>
                    <ul class="list-unstyled">{items}</ul>
                </section>
            }
        })
        .collect::<Vec<_>>();
    let empty = months
        .is_empty()
        .then(|| view! { <p>"Nessun evento in programma."</p> });
    let kinds = EventKind::ALL
        .iter()
        .map(|k| {
            let current = (Some(*k) == kind).then_some("page");
            view! { <li><a href=k.list_path() aria-current=current>{k.plural()}</a></li> }
        })
        .collect_view();
    let all_current = kind.is_none().then_some("page");
    view! {
        <div class="row"><div class="col-lg-8">
            <nav aria-label="Eventi per tipo" class="mb-3">
                <ul class="list-inline event-kinds">
                    <li><a href=EVENTS_PATH aria-current=all_current>"Tutti"</a></li>
                    {kinds}
                </ul>
            </nav>
            <p class="computed-on">{format!("In programma {}.", list.calcolato_il.after("dal"))}</p>
            {empty}
            {months}
            <p class="mt-4"><FeedLink href=EVENTS_FEED title="Eventi"/></p>
        </div></div>
    }
}

/// `/vivere-la-provincia/eventi/{slug}`.
#[component]
pub fn EventRoute() -> impl IntoView {
    let params = use_params_map();
    move || {
        let slug = params.with(|p| p.get("evento").unwrap_or_default());
        view! {
            <LoadedPage source=endpoint::events() view=move |list: EventList| {
                let found = list.eventi.iter().find(|e| e.slug == slug && e.pagina.is_none()).cloned();
                match found {
                    Some(event) => view! { <EventView event=event today=list.calcolato_il/> }.into_any(),
                    None => view! { <NotFound/> }.into_any(),
                }
            }/>
        }
    }
}

#[component]
pub fn EventView(event: Event, today: crate::model::date::Date) -> impl IntoView {
    let parents = vec![Crumb {
        label: "Eventi".into(),
        path: EVENTS_PATH.into(),
    }];
    let dates = event
        .date
        .iter()
        .map(|d| {
            let past = (d.data < today).then_some(" (già svolto)");
            view! { <li><time datetime=d.data.iso()>{d.italian()}</time>{past}</li> }
        })
        .collect_view();
    let place = match (&event.luogo, &event.indirizzo) {
        (Some(place), _) => view! { <a href=place.path()>{place.nome.clone()}</a> }.into_any(),
        (None, Some(address)) => view! { <span>{address.clone()}</span> }.into_any(),
        (None, None) => ().into_any(),
    };
    let calendar = (!event.coming(today).is_empty()).then(|| {
        view! { <p><a href=event.calendar_path()>"Aggiungi al calendario"<span class="visually-hidden">{format!(": {}", event.titolo)}</span>" (file .ics)"</a></p> }
    });
    view! {
        <Page path=event.path() title=event.titolo.clone() description=event.descrizione.clone() lead=event.descrizione.clone() parents=parents>
            <TextColumn>
                <ul class="list-unstyled document-facts" aria-label="Dati dell'evento">
                    <li>{format!("Tipo: {}", event.tipo.label())}</li>
                    <li>"Dove: " {place}</li>
                    <li>{format!("Organizzato da: {}", event.organizzatore)}</li>
                </ul>
                <h2 class="h5 mt-4">{if event.date.len() == 1 { "Data" } else { "Date" }}</h2>
                <ul>{dates}</ul>
                {calendar}
                <TopicsSection items=event.argomenti.clone()/>
            </TextColumn>
        </Page>
    }
}
