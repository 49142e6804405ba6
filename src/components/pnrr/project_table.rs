//! The sortable, filterable table of projects. Every row is rendered once,
//! in the order the URL asks for; the pre-rendered page shows them all,
//! readable without JavaScript. In the browser one effect shows the first
//! `SHOWN_ROWS` matching rows in order and hides the rest, until the reader
//! asks for all: the rows stay in place and take the text of the projects
//! they now show (`RowSlots`), since laying out 1,000 rows costs the browser
//! over 100 ms, and restyling moved rows twice what rewriting their text does.
//!
//! An island of the PNRR tables' own bundle (`bundles/isole-pnrr`, feature
//! `isole-pnrr`): it reads the projects from the data the page embeds, so
//! they are not written a second time into its props.

use super::project_filters::{apply_filter, use_project_filter, ProjectFilterForm};
use crate::components::address_query::{use_address_query, AddressQuery};
use crate::components::loaded::Loaded;
use crate::model::endpoint;
use crate::model::pnrr::filter::{results_label, ProjectCatalog, ProjectFilter, RowSlots, SortKey};
use crate::model::pnrr::totals::Totals;
use crate::model::pnrr::{Measure, MeasurePage, PnrrOverview, ProjectSummary};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use std::sync::Arc;

/// The table's scrolling region, where the filter form's button leads.
pub const PROJECT_TABLE_ID: &str = "tabella-progetti";

/// Which projects a table shows.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum ProjectSource {
    /// Every project (`/pnrr`), with the mission filter.
    All,
    /// The projects of one measure (`/pnrr/{misura}`), by its slug.
    Measure(String),
}

/// The project table as a page shows it: on demand (`data-al-bisogno`).
/// The pre-rendered table is complete and readable, so the table's code
/// (the PNRR bundle) comes when a reader first reaches its filters or the
/// table, or at once when the address holds a filter (public/boot.js); the
/// page itself loads like a content page.
#[component]
pub fn ProjectTableOnDemand(source: ProjectSource, base: String, caption: String) -> impl IntoView {
    view! { <div data-al-bisogno=""><ProjectTable source=source base=base caption=caption/></div> }
}

#[cfg_attr(feature = "isole-pnrr", island)]
#[cfg_attr(not(feature = "isole-pnrr"), component)]
pub fn ProjectTable(
    source: ProjectSource,
    /// The page's own address: "Azzera i filtri" leads there.
    base: String,
    caption: String,
) -> impl IntoView {
    match source {
        ProjectSource::All => {
            let view = move |overview: PnrrOverview| {
                view! { <ProjectBrowser projects=overview.progetti measures=overview.misure base=base.clone() caption=caption.clone()/> }
            };
            view! { <Loaded source=endpoint::pnrr() view=view/> }.into_any()
        }
        ProjectSource::Measure(slug) => {
            let view = move |page: MeasurePage| {
                view! {
                    <ProjectBrowser projects=page.progetti measures=vec![page.misura] base=base.clone()
                        caption=caption.clone() by_mission=false/>
                }
            };
            view! { <Loaded source=endpoint::pnrr_measure(&slug) view=view/> }.into_any()
        }
    }
}

/// Rows shown at once in the browser, unless the reader asks for all.
const SHOWN_ROWS: usize = 25;

#[component]
fn ProjectBrowser(
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
    let query = use_address_query();
    let filter = use_project_filter(query, missions.iter().map(|(c, _)| c.clone()).collect());
    let catalog = Arc::new(ProjectCatalog::new(projects));
    let total = catalog.len();
    let order = {
        let catalog = catalog.clone();
        // Keyed on the sort alone: typing in the filter does not sort again.
        let sort = Memo::new(move |_| filter.with(|(f, _)| (f.sort, f.descending)));
        Memo::new(move |_| {
            let (key, descending) = sort.get();
            catalog.order(key, descending)
        })
    };
    let matching = {
        let catalog = catalog.clone();
        // Keyed on what selects, not on the order: a sort filters nothing again.
        let selection = Memo::new(move |_| filter.with(|(f, _)| f.selection()));
        Memo::new(move |_| selection.with(|f| catalog.matching(f)))
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
        let initially = matching.get_untracked();
        move |index: usize| {
            let RowText { path, cells } = RowText::of(&catalog.items()[index]);
            let [title, cup, measure, status, year, pnrr, total, awarded, received] = cells;
            view! {
                <tr hidden=!initially[index]>
                    <th scope="row"><a href=path>{title}</a></th>
                    <td><code>{cup}</code></td>
                    <td>{measure}</td>
                    <td>{status}</td>
                    <td>{year}</td>
                    <td class="text-end">{pnrr}</td>
                    <td class="text-end">{total}</td>
                    <td class="text-end">{awarded}</td>
                    <td class="text-end">{received}</td>
                </tr>
            }
        }
    };
    let rows = order.get_untracked().into_iter().map(row).collect_view();
    let body = NodeRef::<leptos::html::Tbody>::new();
    let show_all = RwSignal::new(false);
    // What each row shows, as rendered: the initial order and filter.
    let slots = {
        let (order, matching) = (order.get_untracked(), matching.get_untracked());
        StoredValue::new(RowSlots::new(order.into_iter().map(|i| (i, matching[i]))))
    };
    Effect::new({
        let catalog = catalog.clone();
        move |_| {
            let limit = if show_all.get() { usize::MAX } else { SHOWN_ROWS };
            let shown: Vec<usize> =
                matching.with(|m| order.with(|o| o.iter().copied().filter(|&i| m[i]).take(limit).collect()));
            let Some(body) = body.get() else { return };
            let rows = body.children();
            for change in slots.try_update_value(|s| s.update(&shown)).unwrap_or_default() {
                let Some(row) = rows.item(change.slot as u32) else {
                    continue;
                };
                if let Some(project) = change.write {
                    RowText::of(&catalog.items()[project]).write(&row);
                }
                if let Some(hidden) = change.hidden {
                    let _ = row.toggle_attribute_with_force("hidden", hidden);
                }
            }
        }
    });
    let more = move || {
        let count = shown.get();
        (count > SHOWN_ROWS).then(|| {
            let label = if show_all.get() {
                format!("Mostra solo i primi {SHOWN_ROWS}")
            } else {
                format!("Mostra tutti i {} progetti", count)
            };
            view! {
                <p class="needs-js">
                    {(!show_all.get()).then(|| format!("Sono mostrati i primi {SHOWN_ROWS}. "))}
                    <button type="button" class="btn btn-outline-primary btn-sm" on:click=move |_| show_all.update(|all| *all = !*all)>{label}</button>
                </p>
            }
        })
    };
    let mission_choices = if by_mission { missions } else { Vec::new() };
    view! {
        <ProjectFilterForm base=base query=query filter=filter missions=mission_choices years=years/>
        {notes}
        <p id="conteggio-progetti" class="results-count" role="status" aria-live="polite" aria-atomic="true">
            {announcement}
        </p>
        <p class="small needs-js">{shown_totals}</p>
        // data-filters: sorting navigates, and focus must stay on the button.
        <div id=PROJECT_TABLE_ID class="table-scroll" role="region" aria-labelledby="tabella-progetti-titolo" tabindex="0" data-filters="">
            <table class="table project-table" aria-describedby="conteggio-progetti"
                data-query=move || filter.with(|(f, _)| f.to_query())>
                <caption id="tabella-progetti-titolo">{caption}</caption>
                <colgroup>
                    <col class="col-title"/><col class="col-cup"/><col class="col-short"/><col class="col-short"/><col class="col-short"/>
                    <col class="col-amount"/><col class="col-amount"/><col class="col-amount"/><col class="col-amount"/>
                </colgroup>
                <thead>
                    <tr>
                        {SortKey::ALL.into_iter().map(|key| view! { <SortHeader key=key query=query filter=filter/> }).collect_view()}
                    </tr>
                </thead>
                <tbody node_ref=body>{rows}</tbody>
            </table>
        </div>
        {more}
        <Show when=move || shown.get() == 0>
            <p class="alert alert-warning">"Nessun progetto corrisponde ai filtri scelti."</p>
        </Show>
    }
}

/// What a row shows of a project: the link's address and the nine cells'
/// text, written once for the rendered rows and the rewritten ones.
struct RowText {
    path: String,
    cells: [String; 9],
}

impl RowText {
    fn of(p: &ProjectSummary) -> RowText {
        RowText {
            path: p.path(),
            cells: [
                p.titolo_progetto.clone(),
                p.cup.clone(),
                p.codice_misura.clone(),
                p.stato.label().to_string(),
                p.anno_inizio.to_string(),
                p.finanziamento_pnrr.italian(),
                p.finanziamento_totale.italian(),
                p.aggiudicato.italian(),
                p.erogato.italian(),
            ],
        }
    }

    /// Rewrites a rendered row in place: the title's link and the code
    /// keep their elements, the other cells are text.
    fn write(&self, row: &web_sys::Element) {
        let cells = row.children();
        for (k, text) in self.cells.iter().enumerate() {
            let Some(cell) = cells.item(k as u32) else { continue };
            let target = if k < 2 {
                cell.first_element_child().unwrap_or(cell)
            } else {
                cell
            };
            if k == 0 {
                let _ = target.set_attribute("href", &self.path);
            }
            target.set_text_content(Some(text));
        }
    }
}

/// A column heading with its sort button (WAI-ARIA sortable table: the
/// sorted column carries `aria-sort`, the button toggles the direction).
#[component]
fn SortHeader(key: SortKey, query: AddressQuery, filter: Memo<(ProjectFilter, Vec<String>)>) -> impl IntoView {
    let apply = apply_filter(query, filter);
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
