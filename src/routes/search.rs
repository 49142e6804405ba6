//! `/cerca?q=…&tipo=…`: one search across the whole site. The index is
//! fetched only once a query is made, and prepared once; every change of the
//! query or the type then searches it again.

use crate::components::address_query::use_address_query;
use crate::components::loaded::Loaded;
use crate::components::page::SitePage;
use crate::components::search_form::{search_url, SearchForm, SEARCH_FIELD_ID};
use crate::model::content::{SearchIndex, SearchKind};
use crate::model::endpoint;
use crate::model::news_filter::query_string;
use crate::model::search::{count_by_kind, highlight, Hit, Query, SearchCatalog, Segment, MAX_QUERY_CHARS};
use leptos::prelude::*;

/// Results shown at first, and added by "Mostra altri risultati".
const SHOWN: usize = 20;

#[component]
pub fn SearchRoute() -> impl IntoView {
    view! {
        <SitePage path="/cerca" without_rating=true>
            <SiteSearch/>
        </SitePage>
    }
}

/// The form and its results: an island of the search page's own bundle
/// (`bundles/isole-ricerca`, feature `isole-ricerca`). Its state is the
/// query (`data-filters`): a new search or a type chosen stays on the page.
#[cfg_attr(feature = "isole-ricerca", island)]
#[cfg_attr(not(feature = "isole-ricerca"), component)]
pub fn SiteSearch() -> impl IntoView {
    let query = use_address_query();
    let value_of = move |key: &str| query.pairs().into_iter().find(|(k, _)| k == key).map(|(_, v)| v);
    let text = Memo::new(move |_| value_of("q").unwrap_or_default());
    let kind = Memo::new(move |_| value_of("tipo").and_then(|k| SearchKind::from_key(&k)));
    // Loading the index depends only on whether there is a query at all.
    let searching = Memo::new(move |_| !text.get().trim().is_empty());
    view! {
        <div data-filters="">
            <SearchForm id=SEARCH_FIELD_ID visible_label="Parole da cercare" value=Signal::derive(move || text.get()) class="mb-4 search-page-form"/>
            // Its height is kept (style/site.css): the results take the help's place without moving the footer.
            <div class="search-area">
            {move || {
                if !searching.get() {
                    return view! { <SearchHelp/> }.into_any();
                }
                view! {
                    <Loaded source=endpoint::search_index() view=move |index: SearchIndex| {
                        let catalog = StoredValue::new(SearchCatalog::new(index.voci));
                        move || view! { <SearchResults catalog=catalog text=text.get() kind=kind.get()/> }
                    }/>
                }
                .into_any()
            }}
            </div>
        </div>
    }
}

/// Before a query, and on the pre-rendered page that a browser without
/// JavaScript receives for any query.
#[component]
fn SearchHelp() -> impl IntoView {
    view! {
        <p>"Scrivi una o più parole, un codice CUP o un codice CIG: cerchiamo tra servizi, archivi, notizie, comunicati, avvisi, progetti PNRR e tutte le pagine del sito."</p>
        <div class="without-js callout note">
            <div class="callout-title">"Senza JavaScript"</div>
            <p>"La ricerca nel sito funziona nel browser con JavaScript attivo. Senza, puoi arrivare a ogni contenuto da questi elenchi:"</p>
            <EntryPointList/>
        </div>
    }
}

#[component]
fn SearchResults(catalog: StoredValue<SearchCatalog>, text: String, kind: Option<SearchKind>) -> impl IntoView {
    let query = Query::parse(&text);
    // One pass over the index's words serves the hits, the marks and the suggestion.
    let (outcome, counts) = catalog.with_value(|c| {
        let outcome = c.run(&query);
        let counts = count_by_kind(c, &outcome.hits);
        (outcome, counts)
    });
    let hits = outcome.hits;
    let total = hits.len();
    let shown_hits: Vec<Hit> = match kind {
        Some(k) => hits
            .into_iter()
            .filter(|h| catalog.with_value(|c| c.entry(*h).kind == k))
            .collect(),
        None => hits,
    };
    let quoted: String = text.trim().chars().take(MAX_QUERY_CHARS).collect();
    let summary = results_sentence(shown_hits.len(), &quoted, kind);
    show_query_in_title(&quoted);
    // A misspelt word: the closest word of the index, as a new search.
    let suggestion = outcome.suggestion.map(|better| {
        view! {
            <p class="search-suggestion">"Forse cercavi: " <a href=search_url(&better)>{format!("«{better}»")}</a>"?"</p>
        }
    });
    // Nothing found: never a dead end.
    let ways_on = (total == 0).then(|| view! { <EntryPoints/> });
    let cut_note = query.cut.then(|| {
        view! { <p class="text-muted small">{format!("La ricerca usa i primi {MAX_QUERY_CHARS} caratteri di quanto scritto.")}</p> }
    });
    let limit = RwSignal::new(SHOWN);
    let terms = StoredValue::new(outcome.marked);
    let shown_hits = StoredValue::new(shown_hits);
    let filter = (total > 0).then(|| view! { <KindFilter text=quoted.clone() counts=counts active=kind total=total/> });
    view! {
        <p role="status" class="search-summary" data-query=quoted.clone()>{summary}</p>
        {cut_note}
        {suggestion}
        {ways_on}
        {filter}
        <ol class="list-unstyled search-results">
            {move || {
                let limit = limit.get();
                shown_hits.with_value(|hits| {
                    hits.iter()
                        .take(limit)
                        .map(|hit| catalog.with_value(|c| result_item(c, *hit, &terms.read_value())))
                        .collect_view()
                })
            }}
        </ol>
        {move || {
            let remaining = shown_hits.with_value(Vec::len).saturating_sub(limit.get());
            (remaining > 0).then(|| view! {
                <button type="button" class="btn btn-outline-primary" on:click=move |_| limit.update(|l| *l += SHOWN)>
                    {format!("Mostra altri risultati ({remaining} ancora)")}
                </button>
            })
        }}
    }
}

/// The tab's title names the query ("«scuole» - Cerca nel sito - …"), as a
/// results page loaded from the server would; the page's own title is read
/// once, when the island wakes.
fn show_query_in_title(query: &str) {
    #[cfg(target_arch = "wasm32")]
    {
        thread_local! {
            static PAGE_TITLE: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
        }
        let document = document();
        let base = PAGE_TITLE.with(|t| t.borrow_mut().get_or_insert_with(|| document.title()).clone());
        document.set_title(&crate::model::search::results_title(query, &base));
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = query;
}

/// Where to go on when nothing matched: the site's main entry points.
#[component]
fn EntryPoints() -> impl IntoView {
    view! {
        <div class="callout note search-entry-points">
            <div class="callout-title">"Prova da qui"</div>
            <EntryPointList/>
        </div>
    }
}

/// The site's main entry points: the way on without JavaScript, or when a
/// search found nothing.
#[component]
fn EntryPointList() -> impl IntoView {
    view! {
        <ul>
            <li><a href=crate::model::site_map::SITE_MAP_PATH>"Mappa del sito"</a>": tutte le sezioni e le pagine"</li>
            <li><a href="/servizi">"Servizi"</a>" e "<a href="/archivi">"Archivi digitali"</a></li>
            <li><a href="/novita/avvisi">"Avvisi"</a>", "<a href="/novita/notizie">"Notizie"</a>" e "<a href="/novita/comunicati">"Comunicati stampa"</a></li>
            <li><a href="/amministrazione">"Amministrazione"</a>": organi, uffici, documenti, bandi di gara"</li>
            <li><a href="/vivere-la-provincia/limitazioni-al-traffico">"Limitazioni al traffico"</a>" sulle strade provinciali"</li>
            <li><a href="/pnrr">"Attuazione misure PNRR"</a>": la tabella completa dei progetti, con CUP e importi"</li>
            <li><a href="/argomenti">"Argomenti"</a></li>
        </ul>
    }
}

fn results_sentence(count: usize, query: &str, kind: Option<SearchKind>) -> String {
    let among = kind
        .map(|k| format!(" tra {}", k.plural().to_lowercase()))
        .unwrap_or_default();
    match count {
        0 => format!("Nessun risultato per «{query}»{among}."),
        1 => format!("1 risultato per «{query}»{among}."),
        n => format!("{n} risultati per «{query}»{among}."),
    }
}

fn marked(segments: Vec<Segment>) -> impl IntoView {
    segments
        .into_iter()
        .map(|s| {
            if s.marked {
                view! { <mark>{s.text}</mark> }.into_any()
            } else {
                s.text.into_any()
            }
        })
        .collect_view()
}

fn result_item(catalog: &SearchCatalog, hit: Hit, terms: &[String]) -> impl IntoView {
    let entry = catalog.entry(hit);
    let codes = (!entry.codes.is_empty()).then(|| {
        view! { <p class="mb-0 small search-codes">{marked(highlight(&entry.codes.join(" · "), terms))}</p> }
    });
    view! {
        <li class="search-result">
            <p class="search-kind small text-muted mb-1">{entry.kind.label()}</p>
            <h2 class="h5 mb-1"><a href=entry.path.clone()>{marked(highlight(&entry.title, terms))}</a></h2>
            <p class="mb-0">{marked(highlight(&entry.summary, terms))}</p>
            {codes}
        </li>
    }
}

/// Links that narrow the results to one kind; each is a plain address, so
/// the filter works with the browser's history.
#[component]
fn KindFilter(
    text: String,
    counts: Vec<(SearchKind, usize)>,
    active: Option<SearchKind>,
    total: usize,
) -> impl IntoView {
    let link = |kind: Option<SearchKind>, label: String, count: usize| {
        let href = match kind {
            None => search_url(&text),
            Some(k) => format!(
                "/cerca{}",
                query_string(&[("q", text.trim().to_string()), ("tipo", k.key().to_string())])
            ),
        };
        let current = (kind == active).then_some("page");
        view! {
            <li><a href=href aria-current=current class="chip chip-simple search-kind-link">{format!("{label} ({count})")}</a></li>
        }
    };
    let mut items = vec![link(None, "Tutti".into(), total)];
    items.extend(
        counts
            .into_iter()
            .map(|(k, n)| link(Some(k), k.plural().to_string(), n)),
    );
    view! {
        <nav aria-label="Filtra i risultati per tipo" class="mb-3">
            <ul class="list-inline search-kinds">{items.into_iter().collect_view()}</ul>
        </nav>
    }
}
