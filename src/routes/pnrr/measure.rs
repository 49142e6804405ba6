//! `/pnrr/{misura}`: the measure, its totals and its projects.

use crate::components::loaded::LoadedPage;
use crate::components::page::{Page, TextColumn};
use crate::components::pnrr::downloads::{DownloadScope, Downloads};
use crate::components::pnrr::funding::TotalsSummary;
use crate::components::pnrr::project_table::{ProjectSource, ProjectTableOnDemand};
use crate::components::pnrr::FundedByEu;
use crate::model::endpoint;
use crate::model::pnrr::totals::Totals;
use crate::model::pnrr::MeasurePage;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

#[component]
pub fn MeasureRoute() -> impl IntoView {
    let params = use_params_map();
    move || {
        let slug = params.with(|p| p.get("misura").unwrap_or_default());
        view! {
            <LoadedPage source=endpoint::pnrr_measure(&slug) view=|page: MeasurePage| view! { <MeasureView page=page/> }/>
        }
    }
}

#[component]
pub fn MeasureView(page: MeasurePage) -> impl IntoView {
    let m = page.misura;
    let totals = Totals::of(&page.progetti);
    let caption = format!("Progetti della misura {}", m.titolo);
    let facts = view! {
        <dl class="facts">
            <dt>"Missione"</dt><dd>{m.missione.clone()}</dd>
            <dt>"Componente"</dt><dd>{m.componente.clone()}</dd>
            <dt>"Codice univoco misura"</dt><dd><code>{m.codice.clone()}</code></dd>
            <dt>"Amministrazione titolare"</dt><dd>{m.amministrazione_titolare.clone()}</dd>
        </dl>
    };
    let (path, slug) = (m.path(), m.slug.clone());
    view! {
        <Page path=m.path() title=m.titolo.clone() description=m.descrizione.clone() lead=m.descrizione.clone()>
            <TextColumn>
                <FundedByEu/>
                {facts}
            </TextColumn>
            <h2 class="mt-4">"In cifre"</h2>
            <p>"Dati verificati al "<time datetime=page.aggiornato_il.iso()>{page.aggiornato_il.italian()}</time>"."</p>
            <TotalsSummary totals=totals/>
            <h2 class="mt-4">"Progetti della misura"</h2>
            <ProjectTableOnDemand source=ProjectSource::Measure(slug.clone()) base=path caption=caption/>
            <Downloads scope=DownloadScope::Measure(slug)/>
        </Page>
    }
}
