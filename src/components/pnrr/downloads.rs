//! Links to the open data of a scope: each table as CSV and JSON, at stable
//! addresses, with the licence.

use crate::model::pnrr::open_data::{file_path, Dataset, Format, Scope, CATALOG, LICENSE, LICENSE_URL};
use leptos::prelude::*;

/// Which projects the files cover, owned by the page.
#[derive(Clone, Debug, PartialEq)]
pub enum DownloadScope {
    All,
    Measure(String),
    Project(String),
}

impl DownloadScope {
    fn scope(&self) -> Scope<'_> {
        match self {
            DownloadScope::All => Scope::All,
            DownloadScope::Measure(slug) => Scope::Measure(slug),
            DownloadScope::Project(cup) => Scope::Project(cup),
        }
    }
}

#[component]
pub fn Downloads(scope: DownloadScope, #[prop(optional)] api_json: Option<String>) -> impl IntoView {
    let scope = scope.scope();
    let mut datasets: Vec<Dataset> = Dataset::OF_PROJECTS.to_vec();
    if scope == Scope::All {
        datasets.insert(0, Dataset::Measures);
    }
    let items = datasets
        .into_iter()
        .map(|dataset| {
            let links = Format::ALL
                .into_iter()
                .map(move |format| {
                    let path = file_path(scope, dataset, format);
                    view! {
                        " "
                        <a href=path.clone() download="" type=format.media_type()>
                            {format.label()}
                            <span class="visually-hidden">{format!(" – {}", dataset.title())}</span>
                        </a>
                    }
                })
                .collect_view();
            view! { <li>{dataset.title()}":"{links}</li> }
        })
        .collect_view();
    let full = api_json.map(|path| {
        view! {
            <li>"Tutti i dati del progetto in un solo file: "<a href=path type="application/json">"JSON completo"</a></li>
        }
    });
    let catalog = (scope == Scope::All).then(|| {
        view! {
            <p class="small">
                "Descrizione dei dataset secondo il profilo DCAT-AP_IT: "
                <a href=CATALOG type="application/ld+json">"catalogo dei dati (JSON-LD)"</a>"."
            </p>
        }
    });
    view! {
        <section class="pnrr-downloads mt-4" aria-labelledby="scarica-dati">
            <h2 id="scarica-dati" class="h4">"Scarica i dati"</h2>
            <p>
                "I nomi delle colonne sono quelli degli open data di Italia Domani, per unire i dati con il CUP. "
                "CSV in UTF-8 separato da virgole; importi con il punto decimale; date nel formato AAAA-MM-GG. "
                "Nel CSV un testo che inizia con =, +, -, @ o una tabulazione è preceduto da un apostrofo, perché "
                "il foglio di calcolo non lo esegua come formula; il JSON riporta il testo esatto. Licenza "
                <a href=LICENSE_URL>{LICENSE}</a>"."
            </p>
            <ul class="download-list">{items}{full}</ul>
            {catalog}
        </section>
    }
}
