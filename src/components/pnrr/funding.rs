//! Money at a glance: the section's totals, by mission, and the sources of a
//! project's funding.

use super::ScrollTable;
use crate::model::pnrr::totals::{by_mission, percent, Totals};
use crate::model::pnrr::{Measure, Project, ProjectSummary};
use crate::model::Amount;
use leptos::prelude::*;

#[component]
pub fn TotalsSummary(totals: Totals) -> impl IntoView {
    view! {
        <dl class="pnrr-totals row g-3">
            <div class="col-6 col-lg-3"><dt>"Finanziamento PNRR"</dt><dd>{totals.pnrr.italian()}</dd></div>
            <div class="col-6 col-lg-3"><dt>"Finanziamento totale"</dt><dd>{totals.total.italian()}</dd></div>
            <div class="col-6 col-lg-3">
                <dt>"Impegnato (gare aggiudicate)"</dt>
                <dd>{totals.awarded.italian()}<span class="d-block small">{format!("{} del totale", percent(totals.awarded, totals.total))}</span></dd>
            </div>
            <div class="col-6 col-lg-3">
                <dt>"Ricevuto (pagamenti)"</dt>
                <dd>{totals.received.italian()}<span class="d-block small">{format!("{} del PNRR", percent(totals.received, totals.pnrr))}</span></dd>
            </div>
        </dl>
    }
}

#[component]
pub fn MissionTable(measures: Vec<Measure>, projects: Vec<ProjectSummary>) -> impl IntoView {
    let rows = by_mission(&measures, &projects)
        .into_iter()
        .map(|m| {
            view! {
                <tr>
                    <th scope="row">{m.name}</th>
                    <td class="text-end">{m.totals.projects.to_string()}</td>
                    <td class="text-end">{m.totals.pnrr.italian()}</td>
                    <td class="text-end">{m.totals.total.italian()}</td>
                    <td class="text-end">{m.totals.awarded.italian()}</td>
                    <td class="text-end">{m.totals.received.italian()}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <ScrollTable id="tabella-missioni" caption="Importi per missione">
                <thead>
                    <tr>
                        <th scope="col">"Missione"</th>
                        <th scope="col" class="text-end">"Progetti"</th>
                        <th scope="col" class="text-end">"Finanziamento PNRR"</th>
                        <th scope="col" class="text-end">"Finanziamento totale"</th>
                        <th scope="col" class="text-end">"Aggiudicato"</th>
                        <th scope="col" class="text-end">"Ricevuto"</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </ScrollTable>
    }
}

/// Where the money of one project comes from, and how much is committed
/// and received.
#[component]
pub fn ProjectFunding(project: Project) -> impl IntoView {
    let mut sources: Vec<(String, Amount)> = vec![("Finanziamento PNRR".into(), project.finanziamento_pnrr)];
    sources.extend(
        project
            .altri_finanziamenti
            .iter()
            .map(|f| (f.fonte.label().to_string(), f.importo)),
    );
    let total = project.finanziamento_totale;
    let rows = sources
        .into_iter()
        .map(|(label, amount)| {
            view! {
                <tr>
                    <th scope="row">{label}</th>
                    <td class="text-end">{amount.italian()}</td>
                    <td class="text-end">{percent(amount, total)}</td>
                </tr>
            }
        })
        .collect_view();
    let awarded = project.awarded();
    let received = project.received();
    // The figures from the data, the editor's words for the reason only.
    let excess = project.spiegazione_eccedenza.clone().map(|text| {
        let figures = crate::model::pnrr::excess_sentences(&project);
        view! {
            <div class="callout callout-warning" role="note">
                <p class="callout-title">"Importi oltre il finanziamento"</p>
                {figures.into_iter().map(|f| view! { <p class="mb-1 excess-figure">{f}</p> }).collect_view()}
                <p class="mb-0">{text}</p>
            </div>
        }
    });
    view! {
        <ScrollTable id="tabella-fonti" caption="Fonti di finanziamento">
                <thead>
                    <tr>
                        <th scope="col">"Fonte"</th>
                        <th scope="col" class="text-end">"Importo"</th>
                        <th scope="col" class="text-end">"Quota"</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
                <tfoot>
                    <tr>
                        <th scope="row">"Finanziamento totale"</th>
                        <td class="text-end"><strong>{total.italian()}</strong></td>
                        <td class="text-end">"100%"</td>
                    </tr>
                </tfoot>
            </ScrollTable>
        <dl class="facts">
            <dt>"Impegnato con gare aggiudicate"</dt>
            <dd>{format!("{} ({} del totale)", awarded.italian(), percent(awarded, total))}</dd>
            <dt>"Ricevuto con pagamenti"</dt>
            <dd>{format!("{} ({} del finanziamento PNRR)", received.italian(), percent(received, project.finanziamento_pnrr))}</dd>
        </dl>
        {excess}
        <p class="small text-muted">
            "Fonte: "{project.fonte.fonte.clone()}", verificato il "
            <time datetime=project.fonte.verificato_il.iso()>{project.fonte.verificato_il.italian()}</time>"."
        </p>
    }
}
