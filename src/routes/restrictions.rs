//! `/vivere-la-provincia/limitazioni-al-traffico`: the editors'
//! introduction, the day the page was computed, the map, the restrictions
//! with their filters, the roads and Comuni affected, the downloads and the
//! feed. `/vivere-la-provincia/limitazioni-al-traffico/{slug}`: one
//! restriction, with its calendar file and its place on OpenStreetMap.

use crate::components::loaded::{Loaded, LoadedPage};
use crate::components::not_found::NotFound;
use crate::components::page::{Crumb, Page, TextColumn};
use crate::components::restrictions::browser::RestrictionBrowser;
use crate::components::restrictions::map::RestrictionMap;
use crate::components::restrictions::{grouped, ComputedOn};
use crate::components::share::FeedLink;
use crate::model::content::TextPage;
use crate::model::endpoint;
use crate::model::pnrr::open_data::SITE_CATALOG;
use crate::model::territory::geo::{openstreetmap_url, MapBase};
use crate::model::territory::restriction_filter::RestrictionChoices;
use crate::model::territory::restrictions::{
    comune_feed, road_feed, RESTRICTIONS_CSV, RESTRICTIONS_FEED, RESTRICTIONS_GEOJSON, RESTRICTIONS_TITLE,
};
use crate::model::territory::{Period, Restriction, Territory, RESTRICTIONS_PATH};
use crate::routes::people::IntroPage;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// The periods the map and the page without filters show.
pub const SOON: [Period; 2] = [Period::Oggi, Period::ProssimiGiorni];

#[component]
pub fn RestrictionsRoute() -> impl IntoView {
    view! {
        <LoadedPage source=endpoint::text_page(RESTRICTIONS_PATH) view=|intro: TextPage| {
            view! {
                <IntroPage intro=intro>
                    <Loaded source=endpoint::territory() view=|territory: Territory| view! { <RestrictionsView territory=territory/> }/>
                </IntroPage>
            }
        }/>
    }
}

#[component]
pub fn RestrictionsView(territory: Territory) -> impl IntoView {
    let today = territory.calcolato_il;
    let soon = grouped(&territory.limitazioni, &SOON, today);
    let map = territory.riquadro.map(|_| {
        let (comuni, groups) = (territory.comuni.clone(), soon.clone());
        view! {
            <section class="py-3" aria-labelledby="limitazioni-mappa">
                <h2 id="limitazioni-mappa" class="h4">"Mappa"</h2>
                <Loaded source=endpoint::territory_map() view=move |map: MapBase| {
                    view! { <RestrictionMap map=map comuni=comuni.clone() groups=groups.clone()/> }
                }/>
            </section>
        }
    });
    let affected: Vec<Restriction> = soon.iter().flat_map(|(_, items)| items.iter().cloned()).collect();
    view! {
        <div class="row"><div class="col-lg-10">
            <ComputedOn today=today/>
            {map}
            <section class="py-3" aria-labelledby="limitazioni-elenco">
                <h2 id="limitazioni-elenco" class="h4">"Elenco"</h2>
                // The list is pre-rendered and readable; its filters come to
                // life when first used, or at once when the address carries a
                // filter (public/boot.js), as on Documenti e dati.
                <div data-al-bisogno="">
                    <RestrictionBrowser items=territory.limitazioni.clone() choices=RestrictionChoices::of(&territory) today=today/>
                </div>
            </section>
            <ByPlace affected=affected/>
            <Downloads/>
        </div></div>
    }
}

/// The roads and the Comuni with something today or soon: their pages
/// hold every restriction, past ones too, and their own feed.
#[component]
fn ByPlace(affected: Vec<Restriction>) -> impl IntoView {
    let mut roads: Vec<_> = affected.iter().map(|r| r.strada.clone()).collect();
    roads.sort_by(|a, b| crate::model::territory::code_order(&a.codice, &b.codice));
    roads.dedup();
    let mut comuni: Vec<_> = affected.iter().flat_map(|r| r.comuni.iter().cloned()).collect();
    comuni.sort_by(|a, b| a.nome.cmp(&b.nome));
    comuni.dedup();
    view! {
        <section class="py-3" aria-labelledby="limitazioni-luoghi">
            <h2 id="limitazioni-luoghi" class="h4">"Per strada e per Comune"</h2>
            <p>"Ogni strada e ogni Comune ha la sua pagina con tutte le limitazioni, anche concluse, e il suo feed."</p>
            <div class="row">
                <div class="col-md-6">
                    <h3 class="h6">"Strade con limitazioni oggi o nei prossimi giorni"</h3>
                    <ul>{roads.into_iter().map(|r| view! { <li><a href=r.path()>{r.full_name()}</a></li> }).collect_view()}</ul>
                </div>
                <div class="col-md-6">
                    <h3 class="h6">"Comuni interessati"</h3>
                    <ul>{comuni.into_iter().map(|c| view! { <li><a href=c.path()>{c.nome.clone()}</a></li> }).collect_view()}</ul>
                </div>
            </div>
        </section>
    }
}

#[component]
fn Downloads() -> impl IntoView {
    view! {
        <section class="py-3" aria-labelledby="limitazioni-dati-aperti">
            <h2 id="limitazioni-dati-aperti" class="h4">"Scarica e segui"</h2>
            <ul class="list-unstyled">
                <li><a href=RESTRICTIONS_GEOJSON>"Tutte le limitazioni in formato GeoJSON"</a></li>
                <li><a href=RESTRICTIONS_CSV>"Tutte le limitazioni in formato CSV"</a></li>
                <li><a href=SITE_CATALOG>"Catalogo dei dati aperti (DCAT-AP_IT)"</a></li>
                <li><FeedLink href=RESTRICTIONS_FEED title=RESTRICTIONS_TITLE/></li>
            </ul>
        </section>
    }
}

/// `/vivere-la-provincia/limitazioni-al-traffico/{slug}`.
#[component]
pub fn RestrictionRoute() -> impl IntoView {
    let params = use_params_map();
    move || {
        let slug = params.with(|p| p.get("limitazione").unwrap_or_default());
        view! {
            <LoadedPage source=endpoint::territory() view=move |territory: Territory| {
                match territory.restriction(&slug).cloned() {
                    Some(item) => view! { <RestrictionView item=item today=territory.calcolato_il/> }.into_any(),
                    None => view! { <NotFound/> }.into_any(),
                }
            }/>
        }
    }
}

#[component]
pub fn RestrictionView(item: Restriction, today: crate::model::date::Date) -> impl IntoView {
    let parents = vec![Crumb {
        label: RESTRICTIONS_TITLE.into(),
        path: RESTRICTIONS_PATH.into(),
    }];
    let period = item.period(today);
    let status = match period {
        Period::Oggi => format!("In vigore oggi, {}.", item.until()),
        Period::ProssimiGiorni | Period::PiuAvanti => format!("Non ancora in vigore: comincia {}.", item.starts()),
        Period::Concluse => format!("Conclusa {}.", item.fine.after("il")),
    };
    let title = item.title();
    let description = format!("{}: {}, {}.", title, item.when(), item.motivo.trim_end_matches('.'));
    let comuni = item
        .comuni
        .iter()
        .map(|c| view! { <a href=c.path()>{c.nome.clone()}</a> })
        .collect::<Vec<_>>();
    let comuni = comuni
        .into_iter()
        .enumerate()
        .map(|(i, link)| view! { {(i > 0).then_some(", ")}{link} })
        .collect_view();
    let osm = openstreetmap_url(item.geometria.anchor());
    // What a driver or a journalist looks for: said even when missing.
    let detour = match item.percorso_alternativo.clone() {
        Some(text) => view! { <li>{format!("Percorso alternativo: {text}")}</li> }.into_any(),
        None => view! { <li data-mancante="percorso-alternativo">"Percorso alternativo: non indicato. Chiedi all'ufficio Viabilità o segui la segnaletica sul posto."</li> }.into_any(),
    };
    let ordinance = match item.ordinanza.clone() {
        Some(o) => view! { <li>"Ordinanza: " <a href=o.percorso>{o.titolo}</a></li> }.into_any(),
        None => view! { <li data-mancante="ordinanza">"Ordinanza: non ancora pubblicata su questo sito. Gli atti dell'ente sono all'Albo pretorio online."</li> }.into_any(),
    };
    let calendar = (period != Period::Concluse).then(|| {
        view! { <li><a href=item.calendar_path()>"Aggiungi al calendario"<span class="visually-hidden">{format!(": {title}")}</span>" (file .ics)"</a></li> }
    });
    view! {
        <Page path=item.path() title=title.clone() description=description parents=parents>
            <TextColumn>
                <p class="lead" data-stato=period.key()><strong>{status}</strong></p>
                <ul class="list-unstyled document-facts" aria-label="Dati della limitazione">
                    <li>"Strada: " <a href=item.strada.path()>{item.strada.full_name()}</a>{format!(", {}", item.stretch())}</li>
                    <li>"Comuni: " {comuni}</li>
                    <li>{format!("Tipo: {}", item.kind_label())}</li>
                    <li>{format!("Quando: {}", item.when())}</li>
                    <li>{format!("Motivo: {}", item.motivo)}</li>
                    {detour}
                    {ordinance}
                </ul>
                <ul class="list-unstyled mt-3">
                    {calendar}
                    <li><a href=osm rel="noopener">"Vedi il luogo su OpenStreetMap"</a></li>
                    <li><FeedLink href=road_feed(&item.strada.slug) title=format!("Limitazioni sulla {}", item.strada.codice)/></li>
                    {item.comuni.first().map(|c| view! { <li><FeedLink href=comune_feed(&c.slug) title=format!("Limitazioni nel Comune di {}", c.nome)/></li> })}
                </ul>
            </TextColumn>
        </Page>
    }
}
