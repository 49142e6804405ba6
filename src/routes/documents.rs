//! `/amministrazione/documenti` (and its numbered pages): the editors'
//! introduction, the documents with their filters, the downloads and the
//! feed, then where the acts with legal effect are: the Albo pretorio
//! online and its copy on this site. `/amministrazione/documenti/{slug}`:
//! one document.

use crate::components::attachments::Attachments;
use crate::components::change_history::ChangeHistory;
use crate::components::documents::browser::DocumentBrowser;
use crate::components::loaded::{Loaded, LoadedPage};
use crate::components::not_found::NotFound;
use crate::components::page::{Crumb, Page, TextColumn};
use crate::components::share::FeedLink;
use crate::components::topic_chips::TopicsSection;
use crate::context::use_site;
use crate::model::albo::{ALBO_LABEL, ALBO_PATH};
use crate::model::calls::{CALLS_PATH, CALLS_TITLE};
use crate::model::content::TextPage;
use crate::model::documents::{documents_file, Document, DocumentListPage, DOCUMENTS_FEED, DOCUMENTS_PATH};
use crate::model::endpoint;
use crate::model::pnrr::open_data::{Format, SITE_CATALOG};
use crate::routes::people::IntroPage;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

#[component]
pub fn DocumentsRoute() -> impl IntoView {
    let params = use_params_map();
    // Page 1 has one address only: the list itself.
    let number = params.with_untracked(|p| match p.get("numero") {
        None => Some(1),
        Some(text) => text.parse::<u32>().ok().filter(|&n| n >= 2),
    });
    let Some(number) = number else {
        return view! { <NotFound/> }.into_any();
    };
    // The page of the list first: a number past the last is no page at all.
    view! {
        <LoadedPage source=endpoint::documents_page(number) view=move |page: DocumentListPage| {
            if number > page.pagine {
                return view! { <NotFound/> }.into_any();
            }
            let choices = page.scelte;
            view! {
                <Loaded source=endpoint::text_page(DOCUMENTS_PATH) view=move |intro: TextPage| {
                    let title = intro.titolo.clone();
                    let choices = choices.clone();
                    // The list is pre-rendered and readable; its filters come to
                    // life when first used (data-al-bisogno), or at once when the
                    // address carries a filter (public/boot.js).
                    view! {
                        <IntroPage intro=intro>
                            <section class="py-3" aria-labelledby="elenco-documenti">
                                <h2 id="elenco-documenti">"Elenco dei documenti"</h2>
                                <div data-al-bisogno="">
                                    <DocumentBrowser number=number choices=choices/>
                                </div>
                            </section>
                            <Downloads title=title/>
                            <CallsSection/>
                            <AlboSection/>
                        </IntroPage>
                    }
                }/>
            }
            .into_any()
        }/>
    }
    .into_any()
}

/// The whole list as open data, and the feed of new documents.
#[component]
fn Downloads(title: String) -> impl IntoView {
    view! {
        <section class="py-3 col-lg-8" aria-labelledby="documenti-dati-aperti">
            <h2 id="documenti-dati-aperti" class="h4">"Scarica e segui"</h2>
            <ul class="list-unstyled">
                {Format::ALL.into_iter().map(|format| view! {
                    <li><a href=documents_file(format)>{format!("Tutti i documenti in formato {}", format.label())}</a></li>
                }).collect_view()}
                <li><a href=SITE_CATALOG>"Catalogo dei dati aperti (DCAT-AP_IT)"</a></li>
                <li><FeedLink href=DOCUMENTS_FEED title=title/></li>
            </ul>
        </section>
    }
}

/// The calls for tender and competitions have their own list.
#[component]
fn CallsSection() -> impl IntoView {
    view! {
        <section class="py-3 col-lg-8" aria-labelledby="documenti-bandi">
            <h2 id="documenti-bandi" class="h4">{CALLS_TITLE}</h2>
            <p>
                "Le gare d'appalto, con il collegamento alla Banca dati nazionale dei contratti pubblici, e i concorsi sono in "
                <a href=CALLS_PATH>{CALLS_TITLE}</a>"."
            </p>
        </section>
    }
}

/// Where a reader finds the acts in publication; nothing while the ente
/// has not configured its Albo pretorio.
#[component]
pub fn AlboSection() -> impl IntoView {
    use_site().albo_pretorio.clone().map(|albo| {
        let copy = (!albo.esportazione.is_empty()).then(|| {
            view! {
                <p>
                    "L'elenco degli atti in pubblicazione oggi, con il collegamento a ciascuno, è anche in "
                    <a href=ALBO_PATH>"Atti in pubblicazione all'Albo pretorio"</a>"."
                </p>
            }
        });
        view! {
            <section class="py-3 col-lg-8" aria-labelledby="albo-pretorio">
                <h2 id="albo-pretorio">{ALBO_LABEL}</h2>
                <p>
                    "Deliberazioni, decreti, determinazioni, ordinanze e avvisi hanno valore legale quando sono pubblicati all'"
                    <a href=albo.url rel="noopener">{ALBO_LABEL}</a>
                    " (legge 69/2009, articolo 32), per il tempo previsto dalla legge. Le copie in questa pagina servono alla consultazione."
                </p>
                {copy}
            </section>
        }
    })
}

/// `/amministrazione/documenti/{slug}`.
#[component]
pub fn DocumentRoute() -> impl IntoView {
    let params = use_params_map();
    move || {
        let slug = params.with(|p| p.get("documento").unwrap_or_default());
        view! { <LoadedPage source=endpoint::document(&slug) view=|document: Document| view! { <DocumentView document=document/> }/> }
    }
}

#[component]
pub fn DocumentView(document: Document) -> impl IntoView {
    let summary = document.scheda.clone();
    let parents = vec![Crumb {
        label: use_site().page_title(DOCUMENTS_PATH, "Documenti e dati").to_string(),
        path: DOCUMENTS_PATH.to_string(),
    }];
    let validity = summary.validity().map(|text| view! { <li>{text}</li> });
    let numero = summary
        .numero
        .clone()
        .map(|n| view! { <li>{format!("Numero: {n}")}</li> });
    let body = (!document.corpo_html.is_empty())
        .then(|| view! { <div class="content-body mt-4" inner_html=document.corpo_html.clone()></div> });
    view! {
        <Page path=summary.path() title=summary.titolo.clone() description=summary.oggetto.clone() lead=summary.oggetto.clone() parents=parents>
            <TextColumn>
                <p class="category-top"><span class="category">{summary.tipo.label()}</span></p>
                <ul class="list-unstyled document-facts" aria-label="Estremi del documento">
                    {numero}
                    <li>"Data: " <time datetime=summary.data.iso()>{summary.data.italian()}</time></li>
                    <li>"Emanato da: " <a href=summary.emanato_da.percorso.clone()>{summary.emanato_da.nome.clone()}</a></li>
                    {validity}
                </ul>
                <Attachments items=document.allegati.clone() heading="File del documento"/>
                {body}
                <TopicsSection items=document.argomenti.clone()/>
                <ChangeHistory changes=document.modifiche.clone()/>
            </TextColumn>
        </Page>
    }
}
