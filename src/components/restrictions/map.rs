//! The map of restrictions, drawn as SVG when the page is built from the
//! Comuni's outlines (content/geodati): no tiles, no script, nothing
//! fetched from elsewhere. Each marker is a link to its restriction with
//! its name; the shape (square for a closure, circle otherwise), the
//! letter and the fill (full today, empty when coming) tell restrictions
//! apart, never the colour alone. Every marker is also a row of the table
//! beside the map.

use crate::model::territory::geo::{Geometry, MapBase, Projection};
use crate::model::territory::{Comune, Period, Restriction, RestrictionKind};
use leptos::prelude::*;

/// The width the map is drawn at, in its own units; it never shrinks
/// below it (the box scrolls on a phone), so markers keep 24 px.
const WIDTH: f64 = 640.0;
const MARKER_RADIUS: f64 = 12.0;

#[component]
pub fn RestrictionMap(
    map: MapBase,
    comuni: Vec<Comune>,
    /// (period, restrictions) as the table beside it shows them.
    groups: Vec<(Period, Vec<Restriction>)>,
) -> impl IntoView {
    let projection = Projection::new(map.riquadro, WIDTH);
    let outlines = map
        .comuni
        .iter()
        .map(|shape| view! { <path d=projection.rings_path(&shape.anelli) fill-rule="evenodd"/> })
        .collect_view();
    let shown: Vec<(Period, Restriction)> = groups
        .into_iter()
        .flat_map(|(period, items)| items.into_iter().map(move |item| (period, item)))
        .collect();
    let marker_points: Vec<(f64, f64)> = shown
        .iter()
        .map(|(_, item)| projection.xy(item.geometria.anchor()))
        .collect();
    let labels = map
        .comuni
        .iter()
        .filter_map(|shape| {
            let name = comuni.iter().find(|c| c.istat == shape.istat)?.nome.clone();
            let (x, y) = label_position(projection.xy(shape.punto), &name, &marker_points);
            Some(view! { <text x=x y=y text-anchor="middle">{name}</text> })
        })
        .collect_view();
    let lines = shown
        .iter()
        .filter_map(|(period, item)| match &item.geometria {
            Geometry::LineString(points) => Some(view! {
                <path d=projection.line_path(points) class=line_class(*period)/>
            }),
            Geometry::Point(_) => None,
        })
        .collect_view();
    let markers = shown
        .iter()
        .map(|(period, item)| marker(&projection, *period, item))
        .collect_view();
    let (today, coming) = (
        shown.iter().filter(|(p, _)| *p == Period::Oggi).count(),
        shown.iter().filter(|(p, _)| *p != Period::Oggi).count(),
    );
    let caption = format!(
        "Mappa delle limitazioni: {today} in vigore oggi (simbolo pieno) e {coming} nei prossimi 7 giorni (simbolo vuoto). \
         Ogni simbolo porta alla sua limitazione, che è anche nell'elenco."
    );
    let view_box = format!("0 0 {WIDTH} {}", projection.height.ceil());
    view! {
        <figure class="restriction-map">
            <p class="map-scroll-hint small" id="mappa-limitazioni-come">
                "La mappa è più larga dello schermo: scorrila di lato con il dito, oppure selezionala e usa le frecce. "
                "Ogni limitazione è anche nell'elenco qui sotto."
            </p>
            <div class="restriction-map-scroll" role="region" aria-labelledby="mappa-limitazioni-didascalia" tabindex="0">
                <svg viewBox=view_box width=WIDTH.to_string() height=projection.height.ceil().to_string()
                    role="group" aria-labelledby="mappa-limitazioni-didascalia">
                    <g class="map-comuni" aria-hidden="true">{outlines}</g>
                    <g class="map-labels" aria-hidden="true">{labels}</g>
                    <g class="map-lines" aria-hidden="true">{lines}</g>
                    <g class="map-markers">{markers}</g>
                </svg>
            </div>
            <figcaption id="mappa-limitazioni-didascalia">{caption}</figcaption>
            <MapLegend/>
            <p class="map-source small">{map.fonte}</p>
        </figure>
    }
}

/// Where a Comune's name goes: on its point, or moved above or below a
/// marker that would cover it (a name is about 5 units wide per letter).
fn label_position(point: (f64, f64), name: &str, markers: &[(f64, f64)]) -> (f64, f64) {
    let half_width = name.chars().count() as f64 * 2.6 + MARKER_RADIUS;
    let covered = |(x, y): (f64, f64)| {
        markers
            .iter()
            .any(|(mx, my)| (mx - x).abs() < half_width && (my - y).abs() < MARKER_RADIUS + 6.0)
    };
    let shift = MARKER_RADIUS + 10.0;
    [point, (point.0, point.1 - shift), (point.0, point.1 + shift)]
        .into_iter()
        .find(|p| !covered(*p))
        .unwrap_or(point)
}

fn line_class(period: Period) -> &'static str {
    if period == Period::Oggi {
        "map-line"
    } else {
        "map-line map-line-coming"
    }
}

fn marker(projection: &Projection, period: Period, item: &Restriction) -> impl IntoView {
    let (x, y) = projection.xy(item.geometria.anchor());
    let today = period == Period::Oggi;
    let class = if today {
        "marker marker-today"
    } else {
        "marker marker-coming"
    };
    let name = format!("{}, {}", item.title(), item.when());
    let shape = if item.tipo.closes() {
        let side = MARKER_RADIUS * 2.0;
        view! { <rect class="marker-shape" x=x - MARKER_RADIUS y=y - MARKER_RADIUS width=side height=side rx="2"/> }
            .into_any()
    } else {
        view! { <circle class="marker-shape" cx=x cy=y r=MARKER_RADIUS/> }.into_any()
    };
    view! {
        <a href=item.path() class=class aria-label=name data-limitazione=item.slug.clone()>
            {shape}
            <text x=x y=y + 4.5 text-anchor="middle" aria-hidden="true">{item.tipo.letter()}</text>
        </a>
    }
}

/// What the shapes and letters mean.
#[component]
fn MapLegend() -> impl IntoView {
    let kinds = RestrictionKind::ALL
        .iter()
        .map(|kind| {
            let shape = if kind.closes() {
                "legend-square"
            } else {
                "legend-circle"
            };
            view! {
                <li>
                    <span class=format!("legend-symbol {shape}") aria-hidden="true">{kind.letter()}</span>
                    {format!(" {}", kind.label())}
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="map-legend">
            <p class="mb-1 fw-semibold">"Legenda"</p>
            <ul class="list-unstyled mb-1">{kinds}</ul>
            <p class="small mb-0">
                "Simbolo pieno: in vigore oggi. Simbolo vuoto: comincia nei prossimi 7 giorni. "
                "Quadrato: chiusura totale; cerchio: le altre limitazioni."
            </p>
        </div>
    }
}
