//! `/pnrr/progetti/{cup}`: every figure of one project with its source,
//! the timeline, payments, acts and tenders, links to the national data by
//! CUP, downloads and the history of changes.

use crate::components::loaded::LoadedPage;
use crate::components::page::{Page, TextColumn};
use crate::components::pnrr::closing::{FinalStatus, IndicatorsTable, Locations, PhaseTimeline};
use crate::components::pnrr::downloads::{DownloadScope, Downloads};
use crate::components::pnrr::figures::FigureHistory;
use crate::components::pnrr::funding::ProjectFunding;
use crate::components::pnrr::payments::PaymentProgress;
use crate::components::pnrr::timeline::MilestoneTimeline;
use crate::components::pnrr::FundedByEu;
use crate::components::pnrr::ScrollTable;
use crate::model::endpoint;
use crate::model::pnrr::{national_links, Act, ProjectPage, Tender};
use crate::model::Date;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

#[component]
pub fn ProjectRoute() -> impl IntoView {
    let params = use_params_map();
    move || {
        let cup = params.with(|p| p.get("cup").unwrap_or_default());
        view! {
            <LoadedPage source=endpoint::pnrr_project(&cup) view=|page: ProjectPage| view! { <ProjectView page=page/> }/>
        }
    }
}

fn date_or_not_yet(date: Option<Date>) -> String {
    date.map(|d| d.italian()).unwrap_or_else(|| "non ancora".to_string())
}

#[component]
pub fn ProjectView(page: ProjectPage) -> impl IntoView {
    let p = page.progetto;
    let m = page.misura;
    let assignment: Vec<String> = p.assignment().map(Act::name).collect();
    let links = national_links(&p.cup)
        .into_iter()
        .map(|(label, url)| view! { <li><a href=url>{label}</a></li> })
        .collect_view();
    let dnsh = (!p.dnsh.is_empty()).then(|| {
        view! {
            <section aria-labelledby="pnrr-dnsh">
                <h2 id="pnrr-dnsh" class="h4 mt-4">"Dichiarazioni DNSH"</h2>
                <p class="small">"Il principio DNSH («non arrecare un danno significativo all'ambiente») vale per ogni progetto del PNRR."</p>
                <ul>
                    {p.dnsh.iter().map(|a| view! {
                        <li><a href=a.percorso.clone()>{a.titolo.clone()}</a>{format!(" ({})", a.format_and_size())}</li>
                    }).collect_view()}
                </ul>
            </section>
        }
    });
    let api_json = endpoint::pnrr_project(&p.cup).url();
    let facts = view! {
                <dl class="facts">
                    <dt>"CUP"</dt><dd><code>{p.cup.clone()}</code></dd>
                    <dt>"Codice locale progetto"</dt><dd>{p.codice_locale_progetto.clone()}</dd>
                    <dt>"Misura"</dt><dd><a href=m.path()>{m.titolo.clone()}</a>{format!(" – {}", m.descrizione)}</dd>
                    <dt>"Missione e componente"</dt><dd>{format!("{}; {}", m.missione, m.componente)}</dd>
                    <dt>"Amministrazione titolare"</dt><dd>{m.amministrazione_titolare.clone()}</dd>
                    <dt>"Soggetto attuatore"</dt><dd>{format!("{} (codice fiscale {})", p.soggetto_attuatore, p.codice_fiscale_soggetto_attuatore)}</dd>
                    <dt>"Assegnazione"</dt><dd>{assignment.join("; ")}</dd>
                    {(!p.edifici.is_empty()).then(|| view! {
                        <dt>"Edificio scolastico"</dt>
                        <dd>{p.edifici.iter().map(|e| view! { <a href=e.percorso.clone()>{e.titolo.clone()}</a>" " }).collect_view()}</dd>
                    })}
                    <dt>"Stato avanzamento"</dt><dd>{p.stato.label()}</dd>
                    <dt>"Inizio previsto / effettivo"</dt><dd>{format!("{} / {}", p.data_inizio_prevista.italian(), date_or_not_yet(p.data_inizio_effettiva))}</dd>
                    <dt>"Fine prevista / effettiva"</dt><dd>{format!("{} / {}", p.data_fine_prevista.italian(), date_or_not_yet(p.data_fine_effettiva))}</dd>
                </dl>
                <div class="content-body" inner_html=p.descrizione_html.clone()></div>
    };
    let (funding, milestones, payments, acts, tenders) = (
        p.clone(),
        p.traguardi.clone(),
        p.pagamenti.clone(),
        p.atti.clone(),
        p.gare.clone(),
    );
    let (cup, pnrr) = (p.cup.clone(), p.finanziamento_pnrr);
    view! {
        <Page path=p.path() title=p.titolo_progetto.clone() description=p.sintesi_progetto.clone() lead=p.sintesi_progetto.clone()>
            <FundedByEu/>
            <TextColumn>
                {facts}
            </TextColumn>
            <section aria-labelledby="pnrr-localizzazione">
                <h2 id="pnrr-localizzazione" class="h4 mt-4">"Dove"</h2>
                <Locations locations=p.localizzazioni.clone()/>
            </section>
            <section aria-labelledby="pnrr-stato-finale">
                <h2 id="pnrr-stato-finale" class="h4 mt-4">"Conclusione, collaudo e rendicontazione"</h2>
                <FinalStatus project=p.clone()/>
            </section>
            <section aria-labelledby="pnrr-finanziamento">
                <h2 id="pnrr-finanziamento" class="h4 mt-4">"Finanziamento"</h2>
                <ProjectFunding project=funding/>
            </section>
            <section aria-labelledby="pnrr-traguardi">
                <h2 id="pnrr-traguardi" class="h4 mt-4">"Traguardi e obiettivi"</h2>
                <MilestoneTimeline milestones=milestones today=page.data_riferimento/>
            </section>
            <section aria-labelledby="pnrr-indicatori">
                <h2 id="pnrr-indicatori" class="h4 mt-4">"Indicatori target"</h2>
                <IndicatorsTable indicators=p.indicatori.clone()/>
            </section>
            <section aria-labelledby="pnrr-iter">
                <h2 id="pnrr-iter" class="h4 mt-4">"Iter del progetto"</h2>
                <PhaseTimeline phases=p.iter.clone() today=page.data_riferimento/>
            </section>
            <section aria-labelledby="pnrr-pagamenti">
                <h2 id="pnrr-pagamenti" class="h4 mt-4">"Pagamenti ricevuti"</h2>
                <PaymentProgress payments=payments funding=pnrr/>
            </section>
            <section aria-labelledby="pnrr-atti">
                <h2 id="pnrr-atti" class="h4 mt-4">"Atti"</h2>
                <ActsTable acts=acts/>
            </section>
            <section aria-labelledby="pnrr-gare">
                <h2 id="pnrr-gare" class="h4 mt-4">"Gare e contratti"</h2>
                <TendersTable tenders=tenders/>
            </section>
            {dnsh}
            <section aria-labelledby="pnrr-nazionali">
                <h2 id="pnrr-nazionali" class="h4 mt-4">"Lo stesso progetto nei dati nazionali"</h2>
                <ul>{links}</ul>
            </section>
            <Downloads scope=DownloadScope::Project(cup) api_json=api_json/>
            <FigureHistory changes=page.modifiche/>
        </Page>
    }
}

#[component]
fn ActsTable(acts: Vec<Act>) -> impl IntoView {
    if acts.is_empty() {
        return view! { <p>"Nessun atto pubblicato."</p> }.into_any();
    }
    let rows = acts
        .into_iter()
        .map(|a| {
            let name = a.name();
            view! {
                <tr>
                    <th scope="row">{a.tipologia.label()}</th>
                    <td>{a.numero.clone()}</td>
                    <td><time datetime=a.data.iso()>{a.data.italian()}</time></td>
                    <td>{a.oggetto.clone()}</td>
                    <td><a href=a.collegamento.clone()>"Apri"<span class="visually-hidden">{format!(" {name}")}</span></a></td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <ScrollTable id="tabella-atti" caption="Atti amministrativi del progetto">
                <thead>
                    <tr>
                        <th scope="col">"Tipologia"</th>
                        <th scope="col">"Numero"</th>
                        <th scope="col">"Data"</th>
                        <th scope="col">"Oggetto"</th>
                        <th scope="col">"Atto"</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </ScrollTable>
    }
    .into_any()
}

#[component]
fn TendersTable(tenders: Vec<Tender>) -> impl IntoView {
    if tenders.is_empty() {
        return view! { <p>"Nessuna gara: il progetto è svolto dal personale dell'ente o non è ancora stato affidato."</p> }.into_any();
    }
    let rows = tenders
        .into_iter()
        .map(|g| {
            let codes = match &g.partita_iva_aggiudicatario {
                Some(vat) if *vat != g.codice_fiscale_aggiudicatario => {
                    format!("C.F. {} – P. IVA {vat}", g.codice_fiscale_aggiudicatario)
                }
                Some(_) => format!("C.F. e P. IVA {}", g.codice_fiscale_aggiudicatario),
                None => format!("C.F. {}", g.codice_fiscale_aggiudicatario),
            };
            view! {
                <tr>
                    <th scope="row"><code>{g.cig.clone()}</code><span class="d-block small"><a href=g.bdncp()>"Scheda ANAC"<span class="visually-hidden">{format!(" del CIG {}", g.cig)}</span></a></span></th>
                    <td>
                        {g.oggetto_gara.clone()}
                        {(!g.altri_cup.is_empty()).then(|| view! {
                            <span class="d-block small">"La stessa gara serve anche: "
                                {g.altri_cup.iter().map(|cup| view! { <a href=crate::model::paths::pnrr_project(cup)><code>{cup.clone()}</code></a>" " }).collect_view()}
                            </span>
                        })}
                    </td>
                    <td><time datetime=g.data_aggiudicazione.iso()>{g.data_aggiudicazione.italian()}</time></td>
                    <td>{g.denominazione_aggiudicatario.clone()}<span class="d-block small">{codes}</span></td>
                    <td>{g.titolare_effettivo.clone().unwrap_or_else(|| "Non dichiarato".into())}</td>
                    <td class="text-end">{g.importo_aggiudicazione.italian()}</td>
                    <td class="small">{g.fonte.sentence()}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <ScrollTable id="tabella-gare" caption="Gare e contratti del progetto">
                <thead>
                    <tr>
                        <th scope="col">"CIG"</th>
                        <th scope="col">"Oggetto gara"</th>
                        <th scope="col">"Aggiudicazione"</th>
                        <th scope="col">"Aggiudicatario"</th>
                        <th scope="col">"Titolare effettivo"</th>
                        <th scope="col" class="text-end">"Importo aggiudicazione"</th>
                        <th scope="col">"Fonte"</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </ScrollTable>
    }
    .into_any()
}
