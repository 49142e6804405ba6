//! "Attuazione misure PNRR": the overview with totals, measures and the
//! project table; one page per measure and one per project.

mod measure;
mod project;

pub use measure::MeasureRoute;
pub use project::ProjectRoute;

use crate::components::loaded::Loaded;
use crate::components::page::{SitePage, TextColumn};
use crate::components::pnrr::closing::StillOpen;
use crate::components::pnrr::downloads::{DownloadScope, Downloads};
use crate::components::pnrr::funding::{MissionTable, TotalsSummary};
use crate::components::pnrr::project_table::{ProjectSource, ProjectTableOnDemand};
use crate::components::pnrr::FundedByEu;
use crate::model::endpoint;
use crate::model::paths;
use crate::model::pnrr::totals::Totals;
use crate::model::pnrr::{PnrrOverview, RecentChange};
use leptos::prelude::*;
use leptos_router::any_nested_route::{AnyNestedRoute, IntoAnyNestedRoute};
use leptos_router::components::Route;
use leptos_router::path;

/// The PNRR section: overview, measures, projects.
#[component(transparent)]
pub fn PnrrRoutes() -> AnyNestedRoute {
    view! {
        <Route path=path!("/pnrr") view=PnrrRoute/>
        <Route path=path!("/pnrr/:misura") view=MeasureRoute/>
        <Route path=path!("/pnrr/progetti/:cup") view=ProjectRoute/>
    }
    .into_inner()
    .into_any_nested_route()
}

#[component]
pub fn PnrrRoute() -> impl IntoView {
    view! {
        <SitePage path="/pnrr">
            <Loaded source=endpoint::pnrr() view=|overview: PnrrOverview| view! { <PnrrOverviewView overview=overview/> }/>
        </SitePage>
    }
}

#[component]
pub fn PnrrOverviewView(overview: PnrrOverview) -> impl IntoView {
    let totals = Totals::of(&overview.progetti);
    let measures = overview
        .misure
        .iter()
        .map(|m| {
            let of_measure = Totals::of(overview.progetti.iter().filter(|p| p.misura == m.slug));
            let count = match of_measure.projects {
                1 => "1 progetto".to_string(),
                n => format!("{n} progetti"),
            };
            view! {
                <li>
                    <h3 class="h5 mb-1"><a href=m.path()>{m.titolo.clone()}</a></h3>
                    <p class="mb-3">{m.descrizione.clone()}" "<span class="text-muted">{format!("{count}, {} di finanziamento PNRR.", of_measure.pnrr.italian())}</span></p>
                </li>
            }
        })
        .collect_view();
    view! {
        <TextColumn>
            <FundedByEu/>
            <p>
                "Il Piano nazionale di ripresa e resilienza (PNRR) è il programma con cui l'Italia spende i fondi europei NextGenerationEU in investimenti e riforme da completare entro il 2026. "
                "Qui la Provincia pubblica quanto ha ricevuto e come lo spende: per ogni progetto importi, atti, gare, traguardi e pagamenti, con la fonte e la data di verifica di ogni dato."
            </p>
            <p>"Le pagine dei progetti restano pubblicate in modo permanente, allo stesso indirizzo, anche dopo la chiusura del piano: si possono citare."</p>
        </TextColumn>
        // What a reader comes for first: the figures and the table of
        // projects; on a phone the rest follows a jump away.
        <nav class="page-index-inline" aria-labelledby="pnrr-indice">
            <h2 id="pnrr-indice" class="h6 text-uppercase">"In questa pagina"</h2>
            <ul class="list-inline">
                <li class="list-inline-item"><a href="#pnrr-in-cifre">"In cifre"</a></li>
                <li class="list-inline-item"><a href="#pnrr-progetti">"Progetti"</a></li>
                <li class="list-inline-item"><a href="#pnrr-aperto">"Che cosa resta aperto"</a></li>
                <li class="list-inline-item"><a href="#pnrr-misure">"Misure"</a></li>
                <li class="list-inline-item"><a href="#scarica-dati">"Scarica i dati"</a></li>
            </ul>
        </nav>
        <section aria-labelledby="pnrr-in-cifre">
            <h2 id="pnrr-in-cifre">"In cifre"</h2>
            <p>
                {format!("{} progetti. ", totals.projects)}
                "Dati verificati al "<time datetime=overview.aggiornato_il.iso()>{overview.aggiornato_il.italian()}</time>"."
            </p>
            <TotalsSummary totals=totals/>
            <MissionTable measures=overview.misure.clone() projects=overview.progetti.clone()/>
        </section>
        <section aria-labelledby="pnrr-progetti">
            <h2 id="pnrr-progetti">"Progetti"</h2>
            <ProjectTableOnDemand source=ProjectSource::All base="/pnrr".to_string() caption="Progetti finanziati dal PNRR".to_string()/>
        </section>
        <StillOpen open=overview.aperto.clone()/>
        <section aria-labelledby="pnrr-misure">
            <h2 id="pnrr-misure">"Misure"</h2>
            <ul class="list-unstyled">{measures}</ul>
        </section>
        <RecentChanges changes=overview.ultime_modifiche/>
        <Downloads scope=DownloadScope::All/>
    }
}

/// "What changed since last month": the latest figure changes of any project.
#[component]
fn RecentChanges(changes: Vec<RecentChange>) -> impl IntoView {
    if changes.is_empty() {
        return ().into_any();
    }
    let items = changes
        .into_iter()
        .map(|c| {
            let what: Vec<String> = c.modifica.cambi.iter().map(|f| f.line()).collect();
            view! {
                <li class="mb-2">
                    <time datetime=c.modifica.data.iso()>{c.modifica.data.italian()}</time>" – "
                    <a href=paths::pnrr_project(&c.cup)>{c.titolo_progetto}</a>" ("<code>{c.cup.clone()}</code>"): "
                    {c.modifica.motivo}". "<span class="small">{what.join("; ")}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="mt-4" aria-labelledby="pnrr-modifiche">
            <h2 id="pnrr-modifiche" class="h4">"Ultime modifiche ai dati"</h2>
            <ul>{items}</ul>
        </section>
    }
    .into_any()
}
