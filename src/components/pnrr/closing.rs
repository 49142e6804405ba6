//! The closing phase on the PNRR pages: where a project is, what it achieved
//! against its target, its procedural steps, its final status, and on
//! `/pnrr` what is still open against the plan's closing dates.

use super::ScrollTable;
use crate::model::paths;
use crate::model::pnrr::closing::{Indicator, Location, OpenItems, Phase, PLAN_DATES};
use crate::model::pnrr::Project;
use crate::model::territory::geo::openstreetmap_url;
use crate::model::Date;
use leptos::prelude::*;

fn date_cell(date: Option<Date>) -> AnyView {
    match date {
        Some(d) => view! { <time datetime=d.iso()>{d.italian()}</time> }.into_any(),
        None => view! { "—" }.into_any(),
    }
}

/// The project's Comuni (Italia Domani "Localizzazioni"), with the ISTAT code.
#[component]
pub fn Locations(locations: Vec<Location>) -> impl IntoView {
    if locations.is_empty() {
        return view! { <p>"Localizzazione non indicata."</p> }.into_any();
    }
    view! {
        <ul>
            {locations.into_iter().map(|l| {
                let map = l.punto.map(|p| view! { " – " <a href=openstreetmap_url(p)>"Vedi su OpenStreetMap"<span class="visually-hidden">{format!(" ({})", l.comune)}</span></a> });
                view! {
                    <li data-istat=l.codice_istat_comune.clone()>
                        <a href=l.comune_path()>{l.comune.clone()}</a>
                        {format!(" (codice ISTAT {})", l.codice_istat_comune)}
                        {l.indirizzo.clone().map(|a| format!(", {a}"))}
                        {map}
                    </li>
                }
            }).collect_view()}
        </ul>
    }
    .into_any()
}

/// Planned against achieved, with the day it was measured.
#[component]
pub fn IndicatorsTable(indicators: Vec<Indicator>) -> impl IntoView {
    if indicators.is_empty() {
        return view! { <p>"Nessun indicatore pubblicato."</p> }.into_any();
    }
    let rows = indicators
        .into_iter()
        .map(|i| {
            let achieved = i
                .valore_realizzato
                .as_ref()
                .map_or("non ancora rilevato".to_string(), |v| v.italian());
            view! {
                <tr>
                    <th scope="row">{i.descrizione.clone()}</th>
                    <td>{i.unita_misura.clone()}</td>
                    <td class="text-end">{i.valore_programmato.italian()}</td>
                    <td class="text-end">{achieved}</td>
                    <td>{date_cell(i.data_rilevazione)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <ScrollTable id="tabella-indicatori" caption="Indicatori target: valore programmato e realizzato">
            <thead>
                <tr>
                    <th scope="col">"Indicatore"</th>
                    <th scope="col">"Unità di misura"</th>
                    <th scope="col" class="text-end">"Programmato"</th>
                    <th scope="col" class="text-end">"Realizzato"</th>
                    <th scope="col">"Rilevato il"</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </ScrollTable>
    }
    .into_any()
}

/// The procedural steps on the timeline: planned and actual dates, and
/// where a step ended later than planned, said in words.
#[component]
pub fn PhaseTimeline(
    phases: Vec<Phase>,
    /// The day the figures refer to: a step past its planned end is late.
    today: crate::model::Date,
) -> impl IntoView {
    if phases.is_empty() {
        return view! { <p>"Le fasi del progetto non sono ancora pubblicate."</p> }.into_any();
    }
    let items = phases
        .into_iter()
        .map(|f| {
            let state = match (f.data_inizio_effettiva, f.data_fine_effettiva) {
                (_, Some(end)) if end > f.data_fine_prevista => {
                    format!("Conclusa {}, dopo la data prevista.", end.after("il"))
                }
                (_, Some(end)) => format!("Conclusa {}.", end.after("il")),
                (Some(start), None) => format!("In corso {}.", start.after("dal")),
                (None, None) => "Non ancora iniziata.".to_string(),
            };
            let late = f.is_late(today);
            let key = match (f.data_fine_effettiva, late) {
                (Some(_), true) => "raggiunto-in-ritardo",
                (Some(_), false) => "raggiunto",
                (None, true) => "in-ritardo",
                (None, false) => "previsto",
            };
            // The same words as the milestones': the colour only repeats them.
            let badge = late.then(|| view! { <span class="badge timeline-late">"In ritardo"</span>" " });
            view! {
                <li class=format!("timeline-item timeline-{key}")>
                    <p class="timeline-title mb-1">{badge}<strong>{f.fase.label()}</strong></p>
                    <p class="mb-1">
                        "Prevista dal "<time datetime=f.data_inizio_prevista.iso()>{f.data_inizio_prevista.italian()}</time>
                        " al "<time datetime=f.data_fine_prevista.iso()>{f.data_fine_prevista.italian()}</time>". "{state}
                    </p>
                </li>
            }
        })
        .collect_view();
    view! { <ol class="pnrr-timeline">{items}</ol> }.into_any()
}

/// Concluded, accepted, reported: each with its date and, for the
/// acceptance, its certificate; and the day the figures left ReGiS.
#[component]
pub fn FinalStatus(project: Project) -> impl IntoView {
    let acceptance = project.collaudo.clone().map(|c| {
        view! {
            <dt>"Collaudo"</dt>
            <dd>
                <time datetime=c.data.iso()>{c.data.italian()}</time>" – "
                <a href=c.certificato.percorso.clone()>{c.certificato.titolo.clone()}</a>
                {format!(" ({})", c.certificato.format_and_size())}
            </dd>
        }
    });
    view! {
        <dl class="facts" data-stato=project.stato.key()>
            <dt>"Stato"</dt><dd>{project.stato.label()}</dd>
            <dt>"Conclusione dei lavori"</dt><dd>{date_cell(project.data_fine_effettiva)}</dd>
            {acceptance}
            <dt>"Rendicontazione finale in ReGiS"</dt><dd>{date_cell(project.data_rendicontazione)}</dd>
            <dt>"Dati finanziari estratti da ReGiS il"</dt><dd>{date_cell(project.data_estrazione_regis)}</dd>
            <dt>"Dati verificati dalla Provincia il"</dt><dd>{date_cell(Some(project.fonte.verificato_il))}</dd>
        </dl>
    }
}

/// `/pnrr`: the plan's closing dates, then what is still open.
#[component]
pub fn StillOpen(open: OpenItems) -> impl IntoView {
    let dates = PLAN_DATES
        .iter()
        .map(|d| {
            let day = Date::parse(d.date).expect("the plan's dates are valid");
            view! { <li><time datetime=day.iso()>{day.italian()}</time>": "{d.what}"."</li> }
        })
        .collect_view();
    let project_link = |cup: &str, title: &str| view! { <a href=paths::pnrr_project(cup)>{title.to_string()}</a> };
    let milestones = open
        .traguardi
        .iter()
        .map(|m| {
            view! {
                <tr>
                    <th scope="row">{project_link(&m.cup, &m.titolo_progetto)}</th>
                    <td>{m.traguardo.descrizione.clone()}</td>
                    <td>{m.traguardo.tipo.label()}</td>
                    <td><time datetime=m.traguardo.data_prevista.iso()>{m.traguardo.data_prevista.italian()}</time></td>
                </tr>
            }
        })
        .collect_view();
    let payments = open
        .pagamenti
        .iter()
        .map(|p| {
            view! {
                <tr>
                    <th scope="row">{project_link(&p.cup, &p.titolo_progetto)}</th>
                    <td class="text-end">{p.finanziamento_pnrr.italian()}</td>
                    <td class="text-end">{p.erogato.italian()}</td>
                    <td class="text-end">{p.da_ricevere.italian()}</td>
                </tr>
            }
        })
        .collect_view();
    let not_accepted = open
        .non_collaudati
        .iter()
        .map(|p| {
            view! {
                <tr>
                    <th scope="row">{project_link(&p.cup, &p.titolo_progetto)}</th>
                    <td>{p.stato.label()}</td>
                    <td><time datetime=p.data_fine_prevista.iso()>{p.data_fine_prevista.italian()}</time></td>
                </tr>
            }
        })
        .collect_view();
    let count = |n: usize, one: &str, many: &str| {
        if n == 1 {
            format!("1 {one}")
        } else {
            format!("{n} {many}")
        }
    };
    view! {
        <section aria-labelledby="pnrr-aperto">
            <h2 id="pnrr-aperto">"Che cosa resta aperto"</h2>
            <p>"Il piano si chiude con queste scadenze:"</p>
            <ul>{dates}</ul>
            <p>
                "Ogni pagina di progetto resta pubblicata anche dopo la chiusura del piano, allo stesso indirizzo, "
                "per chi deve controllare i dati negli anni dei possibili audit."
            </p>
            <h3 class="h5 mt-4">{format!("Traguardi e obiettivi non raggiunti ({})", open.traguardi.len())}</h3>
            <p class="small">"Quelli da raggiungere entro il 31 agosto 2026 che non hanno una data di raggiungimento; uno raggiunto in ritardo non è qui."</p>
            {if open.traguardi.is_empty() {
                view! { <p>"Nessuno."</p> }.into_any()
            } else {
                view! {
                    <ScrollTable id="tabella-traguardi-aperti" caption="Traguardi e obiettivi non raggiunti">
                        <thead><tr>
                            <th scope="col">"Progetto"</th><th scope="col">"Traguardo"</th><th scope="col">"Tipo"</th><th scope="col">"Scadenza"</th>
                        </tr></thead>
                        <tbody>{milestones}</tbody>
                    </ScrollTable>
                }.into_any()
            }}
            <h3 class="h5 mt-4">{format!("Pagamenti ancora attesi: {}", count(open.pagamenti.len(), "progetto", "progetti"))}</h3>
            {if open.pagamenti.is_empty() {
                view! { <p>"Nessuno: ogni progetto ha ricevuto tutta la quota PNRR."</p> }.into_any()
            } else {
                view! {
                    <ScrollTable id="tabella-pagamenti-attesi" caption="Quota PNRR non ancora ricevuta, per progetto">
                        <thead><tr>
                            <th scope="col">"Progetto"</th><th scope="col" class="text-end">"Finanziamento PNRR"</th>
                            <th scope="col" class="text-end">"Ricevuto"</th><th scope="col" class="text-end">"Da ricevere"</th>
                        </tr></thead>
                        <tbody>{payments}</tbody>
                    </ScrollTable>
                }.into_any()
            }}
            <h3 class="h5 mt-4">{format!("Non ancora collaudati: {}", count(open.non_collaudati.len(), "progetto", "progetti"))}</h3>
            {if open.non_collaudati.is_empty() {
                view! { <p>"Nessuno."</p> }.into_any()
            } else {
                view! {
                    <ScrollTable id="tabella-non-collaudati" caption="Progetti non ancora collaudati">
                        <thead><tr>
                            <th scope="col">"Progetto"</th><th scope="col">"Stato"</th><th scope="col">"Fine prevista"</th>
                        </tr></thead>
                        <tbody>{not_accepted}</tbody>
                    </ScrollTable>
                }.into_any()
            }}
        </section>
    }
}
