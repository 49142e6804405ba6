//! The sortable, filterable table of projects. Every row is rendered once,
//! in the order the URL asks for; the pre-rendered page shows them all,
//! readable without JavaScript. In the browser one effect shows the first
//! `SHOWN_ROWS` matching rows in order (moving just those nodes) and hides
//! the rest, until the reader asks for all: laying out 1,000 moved rows
//! costs the browser over 100 ms, 50 rows a few.
//!
//! An island of the PNRR tables' own bundle (`bundles/isole-pnrr`, feature
//! `isole-pnrr`): it reads the projects from the data the page embeds, so
//! they are not written a second time into its props.

use super::project_filters::{apply_filter, use_project_filter, ProjectFilterForm};
use crate::components::address_query::{use_address_query, AddressQuery};
use crate::components::loaded::Loaded;
use crate::model::endpoint;
use crate::model::pnrr::filter::{already_in_order, results_label, ProjectCatalog, ProjectFilter, SortKey};
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
const SHOWN_ROWS: usize = 50;

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
        let initially = matching.get_untracked();
        move |index: usize| {
            let p = &catalog.items()[index];
            view! {
                <tr data-i=index.to_string() hidden=!initially[index]>
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
    let rows = order.get_untracked().into_iter().map(row).collect_view();
    let body = NodeRef::<leptos::html::Tbody>::new();
    let show_all = RwSignal::new(false);
    // The row nodes and their visibility, read from the DOM once.
    let rows_shown: StoredValue<Option<RowNodes>, LocalStorage> = StoredValue::new_local(None);
    Effect::new(move |_| {
        let limit = if show_all.get() { usize::MAX } else { SHOWN_ROWS };
        let (order, matching) = (order.get(), matching.get());
        if let Some(body) = body.get() {
            rows_shown.update_value(|nodes| {
                let nodes = nodes.get_or_insert_with(|| RowNodes::read(&body, matching.len()));
                nodes.arrange(&body, &order, &matching, limit);
            });
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

/// The table's row nodes by project index, which are shown, and their order
/// in the document.
struct RowNodes {
    rows: Vec<Option<web_sys::Element>>,
    visible: Vec<bool>,
    placed: Vec<usize>,
}

impl RowNodes {
    /// Finds each row by its `data-i`.
    fn read(body: &web_sys::HtmlElement, count: usize) -> RowNodes {
        let children = body.children();
        let mut rows: Vec<Option<web_sys::Element>> = vec![None; count];
        let mut visible = vec![false; count];
        let mut placed = Vec::with_capacity(count);
        for k in 0..children.length() {
            let Some(row) = children.item(k) else { continue };
            if let Some(i) = row.get_attribute("data-i").and_then(|v| v.parse::<usize>().ok()) {
                if i < count {
                    visible[i] = !row.has_attribute("hidden");
                    rows[i] = Some(row);
                    placed.push(i);
                }
            }
        }
        RowNodes { rows, visible, placed }
    }

    /// Shows the first `limit` matching rows in `order` and hides every
    /// other row. Rows move only when a new order asks for it (moving them
    /// makes the browser lay the table out again), and `hidden` is written
    /// only where it changes.
    fn arrange(&mut self, body: &web_sys::HtmlElement, order: &[usize], matching: &[bool], limit: usize) {
        let shown: Vec<usize> = order.iter().copied().filter(|&i| matching[i]).take(limit).collect();
        let mut wanted = vec![false; self.rows.len()];
        for &i in &shown {
            wanted[i] = true;
        }
        if !already_in_order(&shown, &self.placed) {
            for &i in &shown {
                if let Some(row) = &self.rows[i] {
                    let _ = body.append_child(row);
                }
            }
            self.placed.retain(|&i| !wanted[i]);
            self.placed.extend(&shown);
        }
        for (i, row) in self.rows.iter().enumerate() {
            if let (Some(row), true) = (row, self.visible[i] != wanted[i]) {
                let _ = row.toggle_attribute_with_force("hidden", !wanted[i]);
            }
        }
        self.visible = wanted;
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
