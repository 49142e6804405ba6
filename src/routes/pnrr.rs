//! "Attuazione misure PNRR": the overview, one page per measure and one per
//! project. The full section (filters, timelines, charts, history) comes with
//! its own work; these pages already show every figure with its source.

use crate::api;
use crate::components::loaded::Loaded;
use crate::components::page::{Page, SitePage, TextColumn};
use crate::model::pnrr::{Measure, MeasurePage, PnrrOverview, ProjectPage, ProjectSummary};
use crate::model::Date;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// The emblem and statement every PNRR page must carry.
#[component]
fn FundedByEu() -> impl IntoView {
    view! {
        <div class="pnrr-funding d-flex align-items-center gap-3 my-3">
            <img src="/img/emblema-ue.svg" alt="Emblema dell'Unione europea" width="90" height="60"/>
            <p class="pnrr-funded mb-0">"Finanziato dall'Unione europea – NextGenerationEU"</p>
        </div>
    }
}

#[component]
pub fn PnrrRoute() -> impl IntoView {
    view! {
        <SitePage path="/pnrr">
            <Loaded source=api::pnrr() view=|overview: PnrrOverview| view! { <PnrrOverviewView overview=overview/> }/>
        </SitePage>
    }
}

#[component]
pub fn PnrrOverviewView(overview: PnrrOverview) -> impl IntoView {
    let total = crate::model::pnrr::totals::Totals::of(&overview.progetti)
        .pnrr
        .italian();
    let measures = overview
        .misure
        .iter()
        .map(|m| {
            view! {
                <li class="mb-2">
                    <a href=m.path()><strong>{m.titolo.clone()}</strong></a>
                    " – "{m.descrizione.clone()}
                </li>
            }
        })
        .collect_view();
    view! {
        <TextColumn>
            <FundedByEu/>
            <p>
                "Il Piano nazionale di ripresa e resilienza (PNRR) finanzia con fondi europei investimenti e riforme fino al 2026. "
                "Questa sezione pubblica, per ogni misura e progetto dell'ente, importi, atti, gare e stato di avanzamento."
            </p>
            <p class="pnrr-amount">"Finanziamenti PNRR assegnati all'ente: " <strong>{total}</strong></p>
            <h2>"Misure"</h2>
            <ul>{measures}</ul>
        </TextColumn>
        <h2 class="mt-4">"Progetti"</h2>
        <ProjectTable projects=overview.progetti caption="Progetti finanziati dal PNRR"/>
    }
}

#[component]
fn ProjectTable(projects: Vec<ProjectSummary>, #[prop(into)] caption: String) -> impl IntoView {
    let rows = projects
        .into_iter()
        .map(|p| {
            view! {
                <tr>
                    <th scope="row"><a href=p.path()>{p.titolo_progetto.clone()}</a></th>
                    <td><code>{p.cup.clone()}</code></td>
                    <td>{p.stato.label()}</td>
                    <td class="text-end">{p.finanziamento_pnrr.italian()}</td>
                    <td class="text-end">{p.finanziamento_totale.italian()}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-responsive">
            <table class="table">
                <caption>{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">"Titolo progetto"</th>
                        <th scope="col">"CUP"</th>
                        <th scope="col">"Stato"</th>
                        <th scope="col" class="text-end">"Finanziamento PNRR"</th>
                        <th scope="col" class="text-end">"Finanziamento totale"</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

#[component]
pub fn MeasureRoute() -> impl IntoView {
    let params = use_params_map();
    move || {
        let slug = params.with(|p| p.get("misura").unwrap_or_default());
        view! {
            <Loaded source=api::pnrr_measure(&slug) whole_page=true view=|page: MeasurePage| view! { <MeasureView page=page/> }/>
        }
    }
}

#[component]
pub fn MeasureView(page: MeasurePage) -> impl IntoView {
    let m = page.misura;
    let caption = format!("Progetti della misura {}", m.titolo);
    view! {
        <Page path=m.path() title=m.titolo.clone() description=m.descrizione.clone() lead=m.descrizione.clone()>
            <TextColumn>
                <FundedByEu/>
                <MeasureFacts measure=m.clone()/>
            </TextColumn>
            <h2 class="mt-4">"Progetti della misura"</h2>
            <ProjectTable projects=page.progetti caption=caption/>
        </Page>
    }
}

#[component]
fn MeasureFacts(measure: Measure) -> impl IntoView {
    view! {
        <dl class="facts">
            <dt>"Missione"</dt><dd>{measure.missione}</dd>
            <dt>"Componente"</dt><dd>{measure.componente}</dd>
            <dt>"Codice univoco misura"</dt><dd><code>{measure.codice}</code></dd>
            <dt>"Amministrazione titolare"</dt><dd>{measure.amministrazione_titolare}</dd>
        </dl>
    }
}

#[component]
pub fn ProjectRoute() -> impl IntoView {
    let params = use_params_map();
    move || {
        let cup = params.with(|p| p.get("cup").unwrap_or_default());
        view! {
            <Loaded source=api::pnrr_project(&cup) whole_page=true view=|page: ProjectPage| view! { <ProjectView page=page/> }/>
        }
    }
}

fn date_or_dash(date: Option<Date>) -> String {
    date.map(|d| d.italian()).unwrap_or_else(|| "non ancora".to_string())
}

#[component]
pub fn ProjectView(page: ProjectPage) -> impl IntoView {
    let p = page.progetto;
    let m = page.misura;
    let tenders = (!p.gare.is_empty()).then(|| {
        let rows = p
            .gare
            .iter()
            .map(|g| {
                view! {
                    <tr>
                        <th scope="row"><code>{g.cig.clone()}</code></th>
                        <td>{g.oggetto_gara.clone()}</td>
                        <td>{format!("{} (C.F. {})", g.denominazione_aggiudicatario, g.codice_fiscale_aggiudicatario)}</td>
                        <td class="text-end">{g.importo_aggiudicazione.italian()}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <div class="table-responsive">
                <table class="table">
                    <caption>"Gare e contratti del progetto"</caption>
                    <thead>
                        <tr>
                            <th scope="col">"CIG"</th>
                            <th scope="col">"Oggetto gara"</th>
                            <th scope="col">"Aggiudicatario"</th>
                            <th scope="col" class="text-end">"Importo aggiudicazione"</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
    });
    let cup = p.cup.clone();
    view! {
        <Page path=p.path() title=p.titolo_progetto.clone() description=p.sintesi_progetto.clone() lead=p.sintesi_progetto.clone()>
            <TextColumn>
                <FundedByEu/>
                <dl class="facts">
                    <dt>"CUP"</dt><dd><code>{p.cup.clone()}</code></dd>
                    <dt>"Codice locale progetto"</dt><dd>{p.codice_locale_progetto.clone()}</dd>
                    <dt>"Misura"</dt><dd><a href=m.path()>{m.titolo.clone()}</a></dd>
                    <dt>"Soggetto attuatore"</dt><dd>{format!("{} (C.F. {})", p.soggetto_attuatore, p.codice_fiscale_soggetto_attuatore)}</dd>
                    <dt>"Finanziamento PNRR"</dt><dd>{p.finanziamento_pnrr.italian()}</dd>
                    <dt>"Altri finanziamenti"</dt><dd>{p.altri_finanziamenti.len()}</dd>
                    <dt>"Finanziamento totale"</dt><dd>{p.finanziamento_totale.italian()}</dd>
                    <dt>"Stato avanzamento"</dt><dd>{p.stato.label()}</dd>
                    <dt>"Inizio previsto / effettivo"</dt><dd>{format!("{} / {}", p.data_inizio_prevista.italian(), date_or_dash(p.data_inizio_effettiva))}</dd>
                    <dt>"Fine prevista / effettiva"</dt><dd>{format!("{} / {}", p.data_fine_prevista.italian(), date_or_dash(p.data_fine_effettiva))}</dd>
                </dl>
                <p class="small text-muted">
                    "Fonte: "{p.fonte.fonte.clone()}", dati verificati il "
                    <time datetime=p.fonte.verificato_il.iso()>{p.fonte.verificato_il.italian()}</time>"."
                </p>
                <div class="content-body" inner_html=p.descrizione_html.clone()></div>
            </TextColumn>
            {tenders}
            <h2 class="h4 mt-4">"Lo stesso progetto nei dati nazionali"</h2>
            <ul>
                <li><a href=format!("https://www.opencup.gov.it/portale/progetto/-/cup/{cup}")>"Scheda su OpenCUP"</a></li>
                <li><a href="https://www.italiadomani.gov.it/it/catalogo-open-data.html">"Open data di Italia Domani (cerca il CUP)"</a></li>
            </ul>
        </Page>
    }
}
