//! Restrictions on the provincial roads: a table per period (the same
//! table on the list, a road's page and a Comune's page), the map, and the
//! island that filters the list.

pub mod browser;
pub mod map;

use crate::components::pnrr::ScrollTable;
use crate::model::date::Date;
use crate::model::territory::{Period, Restriction};
use leptos::prelude::*;

/// "Nessuna limitazione in vigore oggi.", for a period with none.
pub fn none_in(period: Period) -> String {
    format!("Nessuna limitazione {}.", period.label().to_lowercase())
}

/// One row per restriction: the road, the stretch, the Comuni, what it is
/// (to its page) and when.
#[component]
pub fn RestrictionTable(
    items: Vec<Restriction>,
    #[prop(into)] id: String,
    #[prop(into)] caption: String,
) -> impl IntoView {
    let rows = items
        .into_iter()
        .map(|item| {
            let comuni = item.comuni_names();
            view! {
                <tr data-limitazione=item.slug.clone()>
                    <th scope="row"><a href=item.strada.path()>{item.strada.full_name()}</a></th>
                    <td data-etichetta="Limitazione"><a href=item.path()>{item.kind_label()}</a></td>
                    <td data-etichetta="Quando">{item.when()}</td>
                    <td data-etichetta="Tratto" class="text-nowrap">{item.stretch()}</td>
                    <td data-etichetta="Comuni">{comuni}</td>
                </tr>
            }
        })
        .collect_view();
    // What a driver asks first (what, until when) comes right after the
    // road; on a phone each row becomes a card labelled cell by cell
    // (style/site.css, .stacked-table), so nothing runs off the screen.
    view! {
        <ScrollTable id=id caption=caption class="stacked-table">
            <thead>
                <tr>
                    <th scope="col">"Strada"</th>
                    <th scope="col">"Limitazione"</th>
                    <th scope="col">"Quando"</th>
                    <th scope="col">"Tratto"</th>
                    <th scope="col">"Comuni"</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </ScrollTable>
    }
}

/// A section per period, each with its heading (at `level`, 2 or 3) and
/// its table, or a sentence when it has none. `prefix` keeps the ids of
/// two such blocks on one page apart.
#[component]
pub fn PeriodSections(
    groups: Vec<(Period, Vec<Restriction>)>,
    #[prop(default = 2)] level: u8,
    #[prop(into)] prefix: String,
) -> impl IntoView {
    groups
        .into_iter()
        .map(|(period, items)| {
            let id = format!("{prefix}-{}", period.key());
            let heading_id = format!("{id}-titolo");
            let label = period.label();
            let heading = if level == 3 {
                view! { <h3 id=heading_id.clone() class="h5">{label}</h3> }.into_any()
            } else {
                view! { <h2 id=heading_id.clone() class="h4">{label}</h2> }.into_any()
            };
            let body = if items.is_empty() {
                view! { <p>{none_in(period)}</p> }.into_any()
            } else {
                let caption = match items.len() {
                    1 => format!("{label}: 1 limitazione"),
                    n => format!("{label}: {n} limitazioni"),
                };
                view! { <RestrictionTable items=items id=format!("{id}-tabella") caption=caption/> }.into_any()
            };
            view! {
                <section class="mt-4" aria-labelledby=heading_id data-periodo=period.key()>
                    {heading}
                    {body}
                </section>
            }
        })
        .collect_view()
}

/// The restrictions of `items` in the given periods, each in its order.
pub fn grouped(items: &[Restriction], periods: &[Period], today: Date) -> Vec<(Period, Vec<Restriction>)> {
    periods
        .iter()
        .map(|period| {
            let found = crate::model::territory::restrictions::in_period(items, *period, today);
            (*period, found.into_iter().cloned().collect())
        })
        .collect()
}

/// "Situazione al 5 dicembre 2026": the day "oggi" means on this page.
#[component]
pub fn ComputedOn(today: Date) -> impl IntoView {
    view! {
        <p class="computed-on">
            {format!("Situazione {}", today.preposition("al"))}<time datetime=today.iso()>{today.italian()}</time>
            ": le pagine si aggiornano ogni notte. Prima di partire controlla anche la segnaletica sul posto."
        </p>
    }
}
