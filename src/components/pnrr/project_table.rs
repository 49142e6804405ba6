//! The sortable, filterable table of projects. Every row is rendered once;
//! filtering hides rows and sorting moves them, so a keystroke costs a
//! lookup per row rather than building the table again (1,000 projects stay
//! well within a frame). The pre-rendered page holds every row, readable
//! without JavaScript.

use super::project_filters::{use_apply_filter, use_project_filter, ProjectFilterForm};
use crate::model::pnrr::filter::{results_label, ProjectCatalog, ProjectFilter, SortKey};
use crate::model::pnrr::totals::Totals;
use crate::model::pnrr::{Measure, ProjectSummary};
use leptos::prelude::*;
use std::sync::Arc;

/// Columns in display order; every one can be sorted.
const COLUMNS: [SortKey; 9] = [
    SortKey::Title,
    SortKey::Cup,
    SortKey::Measure,
    SortKey::Status,
    SortKey::Year,
    SortKey::Pnrr,
    SortKey::Total,
    SortKey::Awarded,
    SortKey::Received,
];

#[component]
pub fn ProjectBrowser(
    projects: Vec<ProjectSummary>,
    measures: Vec<Measure>,
    /// The page's own address: filters add a query to it.
    #[prop(into)]
    base: String,
    #[prop(into)] caption: String,
    /// Measure pages have one mission: no mission filter.
    #[prop(default = true)]
    by_mission: bool,
) -> impl IntoView {
    let mut missions: Vec<(String, String)> = Vec::new();
    for m in &measures {
        let code = m.mission_code();
        if projects.iter().any(|p| p.mission_code() == code) && !missions.iter().any(|(c, _)| *c == code) {
            missions.push((code, m.missione.clone()));
        }
    }
    let mut years: Vec<u16> = projects.iter().map(|p| p.anno_inizio).collect();
    years.sort_unstable();
    years.dedup();
    let filter = use_project_filter(missions.iter().map(|(c, _)| c.clone()).collect());
    let catalog = Arc::new(ProjectCatalog::new(projects));
    let total = catalog.len();
    let order = {
        let catalog = catalog.clone();
        Memo::new(move |_| filter.with(|(f, _)| catalog.order(f)))
    };
    let matching = {
        let catalog = catalog.clone();
        Memo::new(move |_| filter.with(|(f, _)| catalog.matching(f)))
    };
    let shown = Memo::new(move |_| matching.with(|m| m.iter().filter(|&&v| v).count()));
    let announcement =
        move || filter.with(|(f, _)| format!("{}, {}.", results_label(shown.get(), total), f.order_sentence()));
    let shown_totals = {
        let catalog = catalog.clone();
        move || {
            matching.with(|m| {
                let totals = Totals::of(catalog.items().iter().zip(m).filter(|(_, &v)| v).map(|(p, _)| p));
                format!(
                    "Finanziamento PNRR dei progetti mostrati: {}; aggiudicato {}; ricevuto {}.",
                    totals.pnrr.italian(),
                    totals.awarded.italian(),
                    totals.received.italian()
                )
            })
        }
    };
    let notes = move || {
        filter.with(|(_, notes)| {
            (!notes.is_empty()).then(|| {
                view! {
                    <div class="alert alert-info" role="status">
                        <ul class="mb-0">{notes.iter().map(|n| view! { <li>{n.clone()}</li> }).collect_view()}</ul>
                    </div>
                }
            })
        })
    };
    let row = {
        let catalog = catalog.clone();
        move |index: usize| {
            let p = &catalog.items()[index];
            view! {
                <tr hidden=move || !matching.with(|m| m[index])>
                    <th scope="row"><a href=p.path()>{p.titolo_progetto.clone()}</a></th>
                    <td><code>{p.cup.clone()}</code></td>
                    <td>{p.codice_misura.clone()}</td>
                    <td>{p.stato.label()}</td>
                    <td>{p.anno_inizio.to_string()}</td>
                    <td class="text-end">{p.finanziamento_pnrr.italian()}</td>
                    <td class="text-end">{p.finanziamento_totale.italian()}</td>
                    <td class="text-end">{p.aggiudicato.italian()}</td>
                    <td class="text-end">{p.erogato.italian()}</td>
                </tr>
            }
        }
    };
    let mission_choices = if by_mission { missions } else { Vec::new() };
    view! {
        <ProjectFilterForm base=base.clone() filter=filter missions=mission_choices years=years/>
        {notes}
        <p id="conteggio-progetti" class="results-count" role="status" aria-live="polite" aria-atomic="true">
            {announcement}
        </p>
        <p class="small needs-js">{shown_totals}</p>
        // data-filters: sorting navigates, and focus must stay on the button.
        <div class="table-scroll" role="region" aria-labelledby="tabella-progetti-titolo" tabindex="0" data-filters="">
            <table class="table project-table" aria-describedby="conteggio-progetti">
                <caption id="tabella-progetti-titolo">{caption}</caption>
                <thead>
                    <tr>
                        {COLUMNS.into_iter().map(|key| view! { <SortHeader key=key base=base.clone() filter=filter/> }).collect_view()}
                    </tr>
                </thead>
                <tbody>
                    <For each=move || order.get() key=|index| *index children=row/>
                </tbody>
            </table>
        </div>
        <Show when=move || shown.get() == 0>
            <p class="alert alert-warning">"Nessun progetto corrisponde ai filtri scelti."</p>
        </Show>
    }
}

/// A column heading with its sort button (WAI-ARIA sortable table: the
/// sorted column carries `aria-sort`, the button toggles the direction).
#[component]
fn SortHeader(key: SortKey, base: String, filter: Memo<(ProjectFilter, Vec<String>)>) -> impl IntoView {
    let apply = use_apply_filter(base, filter);
    let sorted = move || filter.with(|(f, _)| (f.sort == key).then_some(f.descending));
    let aria_sort = move || sorted().map(|desc| if desc { "descending" } else { "ascending" });
    let arrow = move || match sorted() {
        Some(true) => "▼",
        Some(false) => "▲",
        None => "↕",
    };
    let numeric = key.is_numeric() && key != SortKey::Year;
    view! {
        <th scope="col" class:text-end=numeric aria-sort=aria_sort>
            <button type="button" class="sort-button"
                on:click=move |_| apply(&|f: &mut ProjectFilter| *f = f.sorted_by(key), false)>
                {key.heading()}
                <span class="sort-arrow" aria-hidden="true">{arrow}</span>
            </button>
        </th>
    }
}
