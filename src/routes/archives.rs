//! `/archivi/{slug}`: what a digitised archive holds, who may see what, how
//! to search it (a form that opens the remote archive's search), whether the
//! remote archive is up, and how to ask for what is not online.

use crate::components::archive_search::{ArchiveSearchForm, RemoteHealth};
use crate::components::change_history::ChangeHistory;
use crate::components::loaded::LoadedPage;
use crate::components::office::OfficeLines;
use crate::components::page::Page;
use crate::components::topic_chips::TopicChips;
use crate::model::archives::{Archive, ArchiveStatus};
use crate::model::endpoint;
use crate::model::money::thousands;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

#[component]
pub fn ArchiveRoute() -> impl IntoView {
    let params = use_params_map();
    move || {
        let slug = params.with(|p| p.get("archivio").unwrap_or_default());
        view! {
            <LoadedPage source=endpoint::archive(&slug) view=|archive: Archive| view! { <ArchiveView archive=archive/> }/>
        }
    }
}

#[component]
pub fn ArchiveView(archive: Archive) -> impl IntoView {
    let online = archive.stato == ArchiveStatus::Attivo;
    let status = if online {
        view! { <p><span class="badge bg-success">{archive.stato.label()}</span></p> }.into_any()
    } else {
        view! {
            <div class="callout warning archive-status">
                <div class="callout-title">{archive.stato.label()}</div>
                <p>{archive.messaggio_stato.clone().unwrap_or_default()}</p>
            </div>
        }
        .into_any()
    };
    let facts = view! {
        <dl class="archive-facts">
            <dt>"Anni"</dt>
            <dd>{format!("dal {} al {}", archive.anni.dal, archive.anni.al)}</dd>
            <dt>"Fascicoli"</dt>
            <dd>{thousands(u64::from(archive.fascicoli))}</dd>
            <dt>"Tipi di documento"</dt>
            <dd><ul class="mb-0">{archive.tipi_documento.iter().map(|t| view! { <li>{t.clone()}</li> }).collect_view()}</ul></dd>
        </dl>
    }
    .into_any();
    let access = view! {
        <table class="table access-table">
            <caption class="visually-hidden">"Chi può consultare che cosa"</caption>
            <thead><tr><th scope="col">"Chi"</th><th scope="col">"Che cosa"</th></tr></thead>
            <tbody>
                {archive.accesso.iter().map(|a| view! { <tr><th scope="row">{a.chi.label()}</th><td>{a.cosa.clone()}</td></tr> }).collect_view()}
            </tbody>
        </table>
    }
    .into_any();
    let search = archive.ricerca.clone().filter(|_| online).map(|search| {
        let entry = search.modello.split('?').next().unwrap_or_default().to_string();
        view! {
            // Not needed to read the page: it comes to life when reached.
            <div data-al-bisogno="">
                <ArchiveSearchForm slug=archive.slug.clone() search=search years=archive.anni/>
            </div>
            <p class="without-js">
                "Il modulo di ricerca funziona con JavaScript attivo. Senza, apri direttamente "
                <a href=entry>"la ricerca dell'archivio remoto"</a>"."
            </p>
        }
    });
    let health = archive
        .verifica
        .clone()
        .filter(|_| online)
        .map(|url| view! { <RemoteHealth url=url/> });
    let request = archive.richiesta.clone();
    view! {
        <Page path=archive.path() title=archive.titolo.clone() description=archive.descrizione.clone() lead=archive.descrizione.clone()>
            <div class="row">
                <div class="col-lg-8">
                    {status}
                    <section class="mb-4" aria-labelledby="archivio-contenuto">
                        <h2 id="archivio-contenuto" class="h4">"Che cosa contiene"</h2>
                        <div class="content-body" inner_html=archive.contenuto_html.clone()></div>
                        {facts}
                    </section>
                    <section class="mb-4" aria-labelledby="archivio-accesso">
                        <h2 id="archivio-accesso" class="h4">"Chi può consultarlo"</h2>
                        {access}
                    </section>
                    <section class="mb-4" aria-labelledby="archivio-ricerca">
                        <h2 id="archivio-ricerca" class="h4">"Come cercare"</h2>
                        <div class="content-body" inner_html=archive.come_cercare_html.clone()></div>
                        {health}
                        {search}
                    </section>
                    <section class="mb-4" aria-labelledby="archivio-richiesta">
                        <h2 id="archivio-richiesta" class="h4">"Documenti non online"</h2>
                        <p>"Quello che non trovi online si chiede all'ufficio, che lo digitalizza o lo mette a disposizione in sala studio."</p>
                        <p><a class="btn btn-outline-primary" href=request>"Richiedi copia dei documenti"</a></p>
                    </section>
                    <section class="mb-4" aria-labelledby="archivio-contatti">
                        <h2 id="archivio-contatti" class="h4">"Contatti"</h2>
                        <p class="mb-1"><strong>{archive.ufficio.nome.clone()}</strong></p>
                        <OfficeLines office=archive.ufficio.clone()/>
                    </section>
                    {(!archive.argomenti.is_empty()).then(|| view! {
                        <section class="mb-4" aria-labelledby="archivio-argomenti">
                            <h2 id="archivio-argomenti" class="h6">"Argomenti"</h2>
                            <TopicChips items=archive.argomenti.clone() element="topic-element"/>
                        </section>
                    })}
                    <ChangeHistory changes=archive.modifiche.clone()/>
                </div>
            </div>
        </Page>
    }
    .into_any()
}
