//! The restrictions list with its filters (road, Comune, kind, period),
//! kept in the URL so "SP 9, oggi" can be bookmarked. The restrictions
//! are few and come with the page, so filtering needs no request. Without
//! JavaScript the form is hidden and the page shows what the island draws
//! without a query: in force today and in the next 7 days.
//!
//! An island of the page's own bundle (`bundles/isole-viabilita`, feature
//! `isole-viabilita`).

use super::PeriodSections;
use crate::components::address_query::{submitted_pairs, use_address_query, AddressQuery};
use crate::components::focus::focus_next_frame;
use crate::components::news_results::ResultsAnnouncer;
use crate::model::date::Date;
use crate::model::news_filter::{key, results_label};
use crate::model::territory::restriction_filter::{
    RestrictionChoices, RestrictionFilter, When, ALL_PERIODS, COMUNE, ROAD, WHEN,
};
use crate::model::territory::{Period, Restriction, RestrictionKind, RESTRICTIONS_PATH};
use leptos::prelude::*;

/// Where the form's button takes the reader.
const RESULTS_ID: &str = "limitazioni-risultati";

#[cfg_attr(feature = "isole-viabilita", island)]
#[cfg_attr(not(feature = "isole-viabilita"), component)]
pub fn RestrictionBrowser(items: Vec<Restriction>, choices: RestrictionChoices, today: Date) -> impl IntoView {
    let query = use_address_query();
    let filter = {
        let choices = choices.clone();
        Memo::new(move |_| {
            let pairs = query.pairs();
            RestrictionFilter::from_query(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())), &choices)
        })
    };
    let announce = RwSignal::new(String::new());
    let results = move || {
        let (current, notes) = filter.get();
        let groups: Vec<(Period, Vec<Restriction>)> = current
            .apply(&items, today)
            .into_iter()
            .map(|(period, found)| (period, found.into_iter().cloned().collect()))
            .collect();
        let total: usize = groups.iter().map(|(_, found)| found.len()).sum();
        announce.set(results_label(total));
        let notes = (!notes.is_empty()).then(|| {
            view! {
                <div class="alert alert-info filter-notes" role="note">
                    <ul class="mb-0">{notes.into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}</ul>
                </div>
            }
        });
        view! {
            {notes}
            <PeriodSections groups=groups level=3 prefix="elenco"/>
        }
    };
    view! {
        <RestrictionFilterForm choices=choices query=query filter=filter/>
        <ResultsAnnouncer text=announce/>
        <div id=RESULTS_ID tabindex="-1" class="restriction-results">{results}</div>
    }
}

#[component]
fn RestrictionFilterForm(
    choices: RestrictionChoices,
    query: AddressQuery,
    filter: Memo<(RestrictionFilter, Vec<String>)>,
) -> impl IntoView {
    let apply = move |change: &dyn Fn(&mut RestrictionFilter)| {
        let mut next = filter.get_untracked().0;
        change(&mut next);
        query.set(&next.to_query(), false);
    };
    let slug = |value: String| (!value.is_empty()).then_some(value);
    let on_road = move |ev| {
        let value = event_target_value(&ev);
        apply(&|f| f.road = slug(value.clone()))
    };
    let on_comune = move |ev| {
        let value = event_target_value(&ev);
        apply(&|f| f.comune = slug(value.clone()))
    };
    let on_kind = move |ev| {
        let value = event_target_value(&ev);
        apply(&|f| f.kind = RestrictionKind::from_key(&value))
    };
    let on_when = move |ev| {
        let value = event_target_value(&ev);
        apply(&|f| f.when = When::from_key(&value).unwrap_or_default())
    };
    // The button applies what the fields hold, as the browser would send
    // the form, and takes the reader to the results (WCAG 3.2.2, H32).
    let known = choices.clone();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let pairs = submitted_pairs(&ev);
        let (next, _) = RestrictionFilter::from_query(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())), &known);
        query.set(&next.to_query(), false);
        focus_next_frame(RESULTS_ID.to_string());
    };
    let current = move |read: fn(&RestrictionFilter) -> String| move || filter.with(|(f, _)| read(f));
    let roads = choices
        .strade
        .iter()
        .map(|r| view! { <option value=r.slug.clone()>{r.full_name()}</option> })
        .collect_view();
    let comuni = choices
        .comuni
        .iter()
        .map(|c| view! { <option value=c.slug.clone()>{c.nome.clone()}</option> })
        .collect_view();
    let kinds = RestrictionKind::ALL
        .iter()
        .map(|k| view! { <option value=k.key()>{k.label()}</option> })
        .collect_view();
    let periods = Period::ALL
        .iter()
        .map(|p| view! { <option value=p.key()>{p.label()}</option> })
        .collect_view();
    view! {
        <form class="news-filters needs-js mb-4" role="search" aria-label="Filtra le limitazioni" method="get"
            action=RESTRICTIONS_PATH data-filters="" on:submit=on_submit>
            <div class="row g-3 align-items-end">
                <div class="col-12 col-md-6">
                    <label for="limitazioni-strada" class="form-label">"Strada"</label>
                    <select id="limitazioni-strada" name=ROAD class="form-select" on:change=on_road
                        prop:value=current(|f| f.road.clone().unwrap_or_default())>
                        <option value="">"Tutte le strade"</option>
                        {roads}
                    </select>
                </div>
                <div class="col-12 col-md-6">
                    <label for="limitazioni-comune" class="form-label">"Comune"</label>
                    <select id="limitazioni-comune" name=COMUNE class="form-select" on:change=on_comune
                        prop:value=current(|f| f.comune.clone().unwrap_or_default())>
                        <option value="">"Tutti i Comuni"</option>
                        {comuni}
                    </select>
                </div>
                <div class="col-12 col-md-6">
                    <label for="limitazioni-tipo" class="form-label">"Tipo"</label>
                    <select id="limitazioni-tipo" name=key::KIND class="form-select" on:change=on_kind
                        prop:value=current(|f| f.kind.map(|k| k.key().to_string()).unwrap_or_default())>
                        <option value="">"Tutti i tipi"</option>
                        {kinds}
                    </select>
                </div>
                <div class="col-12 col-md-6">
                    <label for="limitazioni-quando" class="form-label">"Quando"</label>
                    <select id="limitazioni-quando" name=WHEN class="form-select" on:change=on_when
                        prop:value=current(|f| f.when.key().to_string())>
                        <option value="">"Oggi e nei prossimi 7 giorni"</option>
                        {periods}
                        <option value=ALL_PERIODS>"Tutte, anche quelle concluse"</option>
                    </select>
                </div>
                <div class="col-12 d-flex flex-wrap gap-2">
                    <button type="submit" class="btn btn-primary btn-sm">"Applica i filtri"</button>
                    <a href=RESTRICTIONS_PATH class="btn btn-outline-primary btn-sm">"Azzera i filtri"</a>
                </div>
            </div>
        </form>
        <p class="without-js">
            "Senza JavaScript i filtri non sono disponibili: qui sotto ci sono le limitazioni in vigore oggi e nei prossimi 7 giorni; "
            "quelle di una strada o di un Comune, anche concluse, sono nella pagina della strada o del Comune."
        </p>
    }
}
