//! `/amministrazione/bandi`: the calls for tender and the competitions,
//! grouped by where they stand on the day of the build, each tender with
//! its record in ANAC's national database; `/amministrazione/bandi/{slug}`:
//! one call.

use crate::components::attachments::Attachments;
use crate::components::change_history::ChangeHistory;
use crate::components::loaded::LoadedPage;
use crate::components::page::{Crumb, Page, TextColumn};
use crate::components::topic_chips::TopicsSection;
use crate::model::calls::{Call, CallKind, CallList, CallStatus, CallSummary, CALLS_PATH, CALLS_TITLE};
use crate::model::endpoint;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

const LEAD: &str = "Gare d'appalto per lavori, servizi e forniture, anche quelle della Stazione unica appaltante per i Comuni, e concorsi per lavorare nell'ente.";

#[component]
pub fn CallsRoute() -> impl IntoView {
    view! {
        <LoadedPage source=endpoint::calls() view=|list: CallList| view! { <CallsView list=list/> }/>
    }
}

#[component]
pub fn CallsView(list: CallList) -> impl IntoView {
    let groups = |kind: CallKind| {
        let list = list.clone();
        CallStatus::ALL
            .iter()
            .map(move |&status| {
                let calls = list.with(kind, status);
                (!calls.is_empty()).then(|| {
                    let id = format!("{}-{}", kind.key(), status.key());
                    view! {
                        <section class="py-2" aria-labelledby=id.clone()>
                            <h3 id=id.clone() class="h5">{format!("{} ({})", status.label(), calls.len())}</h3>
                            <CallCards items=calls/>
                        </section>
                    }
                })
            })
            .collect_view()
    };
    let none = |kind: CallKind| {
        list.bandi
            .iter()
            .all(|c| c.tipo != kind)
            .then_some(view! { <p>"Nessuno pubblicato."</p> })
    };
    let (tenders, no_tenders) = (groups(CallKind::Gara), none(CallKind::Gara));
    let (competitions, no_competitions) = (groups(CallKind::Concorso), none(CallKind::Concorso));
    let updated = list.aggiornato;
    view! {
        <Page path=CALLS_PATH title=CALLS_TITLE description=LEAD lead=LEAD>
            <TextColumn>
                <p>
                    "Dal 1° gennaio 2024 ogni procedura di gara è pubblicata nella Banca dati nazionale dei contratti pubblici (BDNCP) dell'ANAC, "
                    "che ne raccoglie gli atti dall'avvio all'esecuzione: ogni gara qui sotto rimanda alla sua scheda con il CIG. "
                    "I concorsi sono pubblicati anche sul portale inPA. Lo stato è aggiornato al "
                    <time datetime=updated.iso()>{updated.italian()}</time>"."
                </p>
            </TextColumn>
            <section class="py-3" aria-labelledby="bandi-gara">
                <h2 id="bandi-gara">"Bandi di gara"</h2>
                {no_tenders}
                {tenders}
            </section>
            <section class="py-3" aria-labelledby="concorsi">
                <h2 id="concorsi">"Concorsi"</h2>
                {no_competitions}
                {competitions}
            </section>
        </Page>
    }
}

/// Calls as cards: what, how, until when, and the codes a journalist joins by.
#[component]
pub fn CallCards(items: Vec<CallSummary>) -> impl IntoView {
    view! {
        <ul class="row g-4 list-unstyled news-cards call-cards">
            {items.into_iter().map(|call| {
                let path = call.path();
                let codes = call.cig.clone().map(|cig| format!("CIG {cig}"));
                let amount = call.importo.map(|a| format!("Importo a base di gara: {}", a.italian()));
                let posts = call.posti.map(|n| if n == 1 { "1 posto".to_string() } else { format!("{n} posti") });
                let on_behalf = call.on_behalf().map(|c| view! { <p class="small mb-1">{format!("Stazione unica appaltante, {c}")}</p> });
                view! {
                    <li class="col-12 col-md-6 col-lg-4">
                        <article class="card card-teaser shadow-sm rounded h-100">
                            <div class="card-body">
                                <p class="category-top mb-2">
                                    <span class="category">{call.procedura.label()}</span>
                                    {codes.map(|c| format!(" – {c}"))}
                                </p>
                                <h4 class="card-title h5"><a href=path>{call.titolo.clone()}</a></h4>
                                {on_behalf}
                                <p class="small mb-1">{amount.or(posts)}</p>
                                <p class="small mb-0">
                                    "Scadenza: " <time datetime=call.scadenza.iso()>{call.scadenza.italian()}</time>
                                </p>
                            </div>
                        </article>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}

/// `/amministrazione/bandi/{slug}`.
#[component]
pub fn CallRoute() -> impl IntoView {
    let params = use_params_map();
    move || {
        let slug = params.with(|p| p.get("bando").unwrap_or_default());
        view! { <LoadedPage source=endpoint::call(&slug) view=|call: Call| view! { <CallView call=call/> }/> }
    }
}

#[component]
pub fn CallView(call: Call) -> impl IntoView {
    let summary = call.scheda.clone();
    let parents = vec![Crumb {
        label: CALLS_TITLE.to_string(),
        path: CALLS_PATH.to_string(),
    }];
    let bdncp = summary.bdncp().map(|url| {
        let cig = summary.cig.clone().unwrap_or_default();
        view! {
            <li>
                "CIG " <strong>{cig}</strong>": "
                <a href=url rel="noopener">"scheda della procedura nella Banca dati nazionale dei contratti pubblici (ANAC)"</a>
            </li>
        }
    });
    let cup = summary.cup.clone().map(|cup| view! { <li>{format!("CUP {cup}")}</li> });
    let amount = summary
        .importo
        .map(|a| view! { <li>{format!("Importo a base di gara: {}", a.italian())}</li> });
    let posts = summary.posti.map(|n| view! { <li>{format!("Posti: {n}")}</li> });
    let on_behalf = summary
        .on_behalf()
        .map(|c| view! { <li>{format!("Procedura della Stazione unica appaltante {c}")}</li> });
    let inpa = call.inpa.clone().map(|url| {
        view! { <p><a href=url rel="noopener">"Il bando e la domanda sul portale inPA"</a></p> }
    });
    let award = call.aggiudicazione.clone().map(|a| {
        view! {
            <section class="mt-4" aria-labelledby="bando-aggiudicazione">
                <h2 id="bando-aggiudicazione" class="h5">"Aggiudicazione"</h2>
                <p>
                    {format!("Aggiudicata a {} per {} il ", a.aggiudicatario, a.importo.italian())}
                    <time datetime=a.data.iso()>{a.data.italian()}</time>"."
                </p>
            </section>
        }
    });
    let outcome = call.esito_il.map(|day| {
        view! { <li>"Esito pubblicato il " <time datetime=day.iso()>{day.italian()}</time></li> }
    });
    let body = (!call.corpo_html.is_empty())
        .then(|| view! { <div class="content-body mt-4" inner_html=call.corpo_html.clone()></div> });
    let office = call.ufficio.clone();
    view! {
        <Page path=summary.path() title=summary.titolo.clone() description=call.oggetto.clone() lead=call.oggetto.clone() parents=parents>
            <TextColumn>
                <p class="category-top">
                    <span class="category">{summary.tipo.label()}</span>" – "{summary.stato.label()}
                </p>
                <ul class="list-unstyled document-facts" aria-label="Estremi della procedura">
                    <li>{summary.procedura.label()}</li>
                    {bdncp}
                    {cup}
                    {amount}
                    {posts}
                    {on_behalf}
                    <li>"Pubblicato il " <time datetime=summary.pubblicato_il.iso()>{summary.pubblicato_il.italian()}</time></li>
                    <li>"Scadenza: " <time datetime=summary.scadenza.iso()>{summary.scadenza.italian()}</time></li>
                    {outcome}
                    <li>"Ufficio: " <a href=office.path()>{office.nome.clone()}</a></li>
                </ul>
                {inpa}
                {award}
                <Attachments items=call.documenti.clone() heading="Documenti della procedura"/>
                {body}
                <TopicsSection items=call.argomenti.clone()/>
                <ChangeHistory changes=call.modifiche.clone()/>
            </TextColumn>
        </Page>
    }
}
