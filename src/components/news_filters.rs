//! The filter form of the news lists and topic pages. Its state is the URL:
//! every change writes the address of the filtered list, so the list can be
//! shared, reloaded and left with the back button. Typing replaces the
//! history entry (one entry per search, not per letter).

use super::address_query::{submitted_pairs, AddressQuery};
use super::focus::{focus_next_frame, PendingFocus};
use super::news_results::LIST_COUNT_ID;
use crate::model::content::{NewsKind, TopicRef};
use crate::model::news_filter::{key, NewsFilter, SortOrder, MAX_TEXT_CHARS};
use crate::model::paths;
use crate::model::Date;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// Where a filtered list lives.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum ListScope {
    /// `/novita/{tipo}`: filter by topic.
    Kind(NewsKind),
    /// `/argomenti/{slug}`: filter by kind.
    Topic(String),
}

impl ListScope {
    pub fn base_path(&self) -> String {
        match self {
            ListScope::Kind(kind) => kind.list_path().to_string(),
            ListScope::Topic(slug) => paths::topic(slug),
        }
    }

    /// Address of page `n` of the unfiltered list, which every page has
    /// pre-rendered (readable without JavaScript).
    pub fn page_path(&self, n: u32) -> String {
        paths::list_page(&self.base_path(), n)
    }

    /// Expired notices can be among the results.
    pub fn has_expiring(&self) -> bool {
        !matches!(self, ListScope::Kind(NewsKind::Notizia | NewsKind::Comunicato))
    }
}

/// The filter the URL asks for, with the notes on what was corrected. A
/// kind's list has no kind filter and a topic page no topic filter.
pub fn use_news_filter(
    query: AddressQuery,
    topics: Vec<TopicRef>,
    scope: &ListScope,
) -> Memo<(NewsFilter, Vec<String>)> {
    let fixed = match scope {
        ListScope::Kind(_) => key::KIND,
        ListScope::Topic(_) => key::TOPIC,
    };
    Memo::new(move |_| {
        let pairs = query.pairs();
        let pairs = pairs
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .filter(|(k, _)| *k != fixed);
        NewsFilter::from_query(pairs, &topics)
    })
}

#[component]
pub fn FilterForm(
    scope: ListScope,
    topics: Vec<TopicRef>,
    query: AddressQuery,
    filter: Memo<(NewsFilter, Vec<String>)>,
) -> impl IntoView {
    let base = scope.base_path();
    // Every change starts again from page 1.
    let apply = move |change: &dyn Fn(&mut NewsFilter), replace: bool| {
        let mut next = filter.get_untracked().0;
        change(&mut next);
        next.page = 1;
        query.set(&next.to_query(), replace);
    };
    let current = move |read: fn(&NewsFilter) -> String| move || filter.with(|(f, _)| read(f));
    let date_of = |value: String| Date::parse(&value).ok();

    let on_text = move |ev| {
        let value = event_target_value(&ev);
        apply(&|f| f.text = value.clone(), true)
    };
    let on_from = move |ev| {
        let value = event_target_value(&ev);
        apply(&|f| f.from = date_of(value.clone()), false)
    };
    let on_to = move |ev| {
        let value = event_target_value(&ev);
        apply(&|f| f.to = date_of(value.clone()), false)
    };
    let on_order = move |ev| {
        let oldest = event_target_value(&ev) == "meno-recenti";
        apply(
            &|f| {
                f.order = if oldest {
                    SortOrder::OldestFirst
                } else {
                    SortOrder::NewestFirst
                }
            },
            false,
        )
    };
    let on_expired = move |ev| {
        let checked = event_target_checked(&ev);
        apply(&|f| f.include_expired = checked, false)
    };
    let topics_known = topics.clone();
    // Topic lists choose the kind; kind lists choose the topic.
    let choice = match &scope {
        ListScope::Kind(_) => {
            let on_topic = move |ev| {
                let value = event_target_value(&ev);
                apply(&|f| f.topic = (!value.is_empty()).then(|| value.clone()), false)
            };
            view! {
                <div class="col-12 col-md-6 col-lg-3">
                    <label for="filtro-argomento" class="form-label">"Argomento"</label>
                    <select id="filtro-argomento" name="argomento" class="form-select" on:change=on_topic
                        prop:value=current(|f| f.topic.clone().unwrap_or_default())>
                        <option value="">"Tutti gli argomenti"</option>
                        {topics.into_iter().map(|t| view! { <option value=t.slug.clone()>{t.nome}</option> }).collect_view()}
                    </select>
                </div>
            }
            .into_any()
        }
        ListScope::Topic(_) => {
            let on_kind = move |ev| {
                let value = event_target_value(&ev);
                apply(&|f| f.kind = NewsKind::from_segment(&value), false)
            };
            view! {
                <div class="col-12 col-md-6 col-lg-3">
                    <label for="filtro-tipo" class="form-label">"Tipo"</label>
                    <select id="filtro-tipo" name="tipo" class="form-select" on:change=on_kind
                        prop:value=current(|f| f.kind.map(|k| k.segment().to_string()).unwrap_or_default())>
                        <option value="">"Tutti i tipi"</option>
                        {NewsKind::ALL.into_iter().map(|k| view! { <option value=k.segment()>{k.label()}</option> }).collect_view()}
                    </select>
                </div>
            }
            .into_any()
        }
    };
    let expired = scope.has_expiring().then(|| {
        view! {
            <div class="col-12 col-md-6 col-lg-3 form-check filter-check">
                <input type="checkbox" id="filtro-scaduti" name="scaduti" value="si" class="form-check-input"
                    prop:checked=move || filter.with(|(f, _)| f.include_expired) on:change=on_expired/>
                <label for="filtro-scaduti" class="form-check-label">"Includi gli avvisi scaduti"</label>
            </div>
        }
    });
    let reset = base.clone();
    // The button applies what the fields hold, as the browser would send
    // the form, and takes the reader to the results: for those who do not
    // follow the live updates (WCAG 3.2.2, H32).
    let pending = use_context::<PendingFocus>();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let pairs = submitted_pairs(&ev);
        let (next, _) = NewsFilter::from_query(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())), &topics_known);
        // Already applied live and drawn: the results on screen are the
        // ones to go to. Otherwise they are drawn anew (or still loading)
        // and take the focus when they are there.
        match pending {
            Some(pending) if next != filter.get_untracked().0 || !pending.drawn() => pending.request(),
            _ => focus_next_frame(LIST_COUNT_ID.to_string()),
        }
        query.set(&next.to_query(), false);
    };
    view! {
        <form class="news-filters needs-js mb-4" role="search" aria-label="Filtra l'elenco" method="get" action=base
            data-filters="" on:submit=on_submit>
            <div class="row g-3 align-items-end">
                <div class="col-12 col-lg-6">
                    <label for="filtro-testo" class="form-label">"Parole nel titolo o nel sommario"</label>
                    <input type="search" id="filtro-testo" name="testo" class="form-control" autocomplete="off"
                        maxlength=MAX_TEXT_CHARS.to_string() prop:value=current(|f| f.text.clone()) on:input=on_text/>
                </div>
                {choice}
                <div class="col-12 col-md-6 col-lg-3">
                    <label for="filtro-ordine" class="form-label">"Ordine"</label>
                    <select id="filtro-ordine" name="ordine" class="form-select" on:change=on_order
                        prop:value=current(|f| if f.order == SortOrder::OldestFirst { "meno-recenti".into() } else { String::new() })>
                        <option value="">"Dal più recente"</option>
                        <option value="meno-recenti">"Dal meno recente"</option>
                    </select>
                </div>
                <div class="col-6 col-lg-3">
                    <label for="filtro-dal" class="form-label">"Pubblicati dal"</label>
                    <input type="date" id="filtro-dal" name="dal" class="form-control" on:change=on_from
                        prop:value=current(|f| f.from.map(|d| d.iso()).unwrap_or_default())/>
                </div>
                <div class="col-6 col-lg-3">
                    <label for="filtro-al" class="form-label">"al"</label>
                    <input type="date" id="filtro-al" name="al" class="form-control" on:change=on_to
                        prop:value=current(|f| f.to.map(|d| d.iso()).unwrap_or_default())/>
                </div>
                {expired}
                <div class="col-12 col-lg-3 d-flex flex-wrap gap-2">
                    <button type="submit" class="btn btn-primary btn-sm">"Applica i filtri"</button>
                    <a href=reset class="btn btn-outline-primary btn-sm">"Azzera i filtri"</a>
                </div>
            </div>
        </form>
        <p class="without-js">
            "Senza JavaScript i filtri non sono disponibili: l'elenco si sfoglia pagina per pagina, "
            "dal contenuto più recente, e ogni "<a href="/argomenti">"argomento"</a>" ha la sua pagina."
        </p>
    }
    .into_any()
}
