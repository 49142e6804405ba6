//! The filter form of the project tables. Its state is the URL: typing
//! replaces the history entry, every other change adds one, so the back
//! button steps through what the reader looked at.

use crate::components::address_query::{submitted_pairs, AddressQuery};
use crate::components::focus::focus_next_frame;
use crate::components::pnrr::project_table::PROJECT_TABLE_ID;
use crate::model::money::Amount;
use crate::model::pnrr::filter::{euros_plain, key, parse_euros, ProjectFilter, MAX_TEXT_CHARS};
use crate::model::pnrr::ProjectStatus;
use leptos::prelude::*;

/// The filter the URL asks for, with the notes on what was corrected.
pub fn use_project_filter(query: AddressQuery, missions: Vec<String>) -> Memo<(ProjectFilter, Vec<String>)> {
    Memo::new(move |_| {
        let pairs = query.pairs();
        ProjectFilter::from_query(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())), &missions)
    })
}

/// Shows the same page with the filter changed.
pub fn apply_filter(
    query: AddressQuery,
    filter: Memo<(ProjectFilter, Vec<String>)>,
) -> impl Fn(&dyn Fn(&mut ProjectFilter), bool) + Copy {
    move |change: &dyn Fn(&mut ProjectFilter), replace: bool| {
        let mut next = filter.get_untracked().0;
        change(&mut next);
        query.set(&next.to_query(), replace);
    }
}

#[component]
pub fn ProjectFilterForm(
    #[prop(into)] base: String,
    query: AddressQuery,
    filter: Memo<(ProjectFilter, Vec<String>)>,
    /// (code, name) of the missions with projects; empty hides the choice.
    missions: Vec<(String, String)>,
    years: Vec<u16>,
) -> impl IntoView {
    let apply = apply_filter(query, filter);
    let current = move |read: fn(&ProjectFilter) -> String| move || filter.with(|(f, _)| read(f));
    let on_text = move |ev| {
        let value = event_target_value(&ev);
        apply(&|f| f.text = value.clone(), true)
    };
    let on_status = move |ev| {
        let value = event_target_value(&ev);
        apply(&|f| f.status = ProjectStatus::from_key(&value), false)
    };
    let on_year = move |ev| {
        let value = event_target_value(&ev);
        apply(&|f| f.year = value.parse().ok(), false)
    };
    // The button applies what the fields hold, as the browser would send
    // the form (the table's order stays), and takes the reader to the
    // table: for those who do not follow the live updates (WCAG 3.2.2, H32).
    let known: Vec<String> = missions.iter().map(|(code, _)| code.clone()).collect();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let pairs = submitted_pairs(&ev);
        apply(
            &|f| {
                let (typed, _) = ProjectFilter::from_query(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())), &known);
                *f = ProjectFilter {
                    sort: f.sort,
                    descending: f.descending,
                    ..typed
                };
            },
            false,
        );
        focus_next_frame(PROJECT_TABLE_ID.to_string());
    };
    let mission = (!missions.is_empty()).then(|| {
        let on_mission = move |ev| {
            let value = event_target_value(&ev);
            apply(&|f| f.mission = (!value.is_empty()).then(|| value.clone()), false)
        };
        view! {
            <div class="col-12 col-md-6 col-lg-4">
                <label for="filtro-missione" class="form-label">"Missione"</label>
                <select id="filtro-missione" name="missione" class="form-select" on:change=on_mission
                    prop:value=current(|f| f.mission.clone().unwrap_or_default())>
                    <option value="">"Tutte le missioni"</option>
                    {missions.into_iter().map(|(code, name)| view! { <option value=code>{name}</option> }).collect_view()}
                </select>
            </div>
        }
    });
    view! {
        <form class="project-filters needs-js mb-3" role="search" aria-label="Filtra i progetti" data-filters=""
            on:submit=on_submit>
            <div class="row g-3 align-items-start">
                <div class="col-12 col-lg-8">
                    <label for="filtro-testo" class="form-label">"Parole, CUP o CIG"</label>
                    <input type="search" id="filtro-testo" name="testo" class="form-control" autocomplete="off"
                        maxlength=MAX_TEXT_CHARS.to_string() prop:value=current(|f| f.text.clone()) on:input=on_text/>
                </div>
                {mission}
                <div class="col-12 col-md-6 col-lg-4">
                    <label for="filtro-stato" class="form-label">"Stato"</label>
                    <select id="filtro-stato" name="stato" class="form-select" on:change=on_status
                        prop:value=current(|f| f.status.map(|s| s.key().to_string()).unwrap_or_default())>
                        <option value="">"Tutti gli stati"</option>
                        {ProjectStatus::ALL.iter().map(|s| view! { <option value=s.key()>{s.label()}</option> }).collect_view()}
                    </select>
                </div>
                <div class="col-12 col-md-6 col-lg-4">
                    <label for="filtro-anno" class="form-label">"Anno di inizio"</label>
                    <select id="filtro-anno" name="anno" class="form-select" on:change=on_year
                        prop:value=current(|f| f.year.map(|y| y.to_string()).unwrap_or_default())>
                        <option value="">"Tutti gli anni"</option>
                        {years.into_iter().map(|y| view! { <option value=y.to_string()>{y.to_string()}</option> }).collect_view()}
                    </select>
                </div>
                <AmountField id="filtro-importo-min" name=key::MIN label="Finanziamento PNRR da (€)" apply=apply
                    read=|f| f.min set=|f, v| f.min = v filter=filter/>
                <AmountField id="filtro-importo-max" name=key::MAX label="Finanziamento PNRR fino a (€)" apply=apply
                    read=|f| f.max set=|f, v| f.max = v filter=filter/>
            </div>
            <p class="mt-3 mb-0 d-flex flex-wrap align-items-center gap-3">
                <button type="submit" class="btn btn-primary btn-sm">"Applica i filtri"</button>
                <a href=base>"Azzera i filtri e l'ordine"</a>
            </p>
        </form>
    }
}

/// An amount typed the Italian way; what cannot be read is refused next to
/// the field, without losing what was typed.
#[component]
fn AmountField<A>(
    id: &'static str,
    /// The field's key in the address, as the form sends it.
    name: &'static str,
    label: &'static str,
    apply: A,
    read: fn(&ProjectFilter) -> Option<Amount>,
    set: fn(&mut ProjectFilter, Option<Amount>),
    filter: Memo<(ProjectFilter, Vec<String>)>,
) -> impl IntoView
where
    A: Fn(&dyn Fn(&mut ProjectFilter), bool) + Clone + 'static,
{
    let error = RwSignal::new(false);
    let error_id = format!("{id}-errore");
    let on_change = move |ev| {
        let value = event_target_value(&ev);
        let parsed = parse_euros(&value);
        let invalid = !value.trim().is_empty() && parsed.is_none();
        error.set(invalid);
        if !invalid {
            apply(&|f| set(f, parsed), false);
        }
    };
    let shown = move || filter.with(|(f, _)| read(f).map(euros_plain).unwrap_or_default());
    let described = error_id.clone();
    view! {
        <div class="col-12 col-md-6 col-lg-4">
            <label for=id class="form-label">{label}</label>
            <input type="text" id=id name=name class="form-control" inputmode="decimal" autocomplete="off"
                prop:value=shown on:change=on_change
                aria-invalid=move || error.get().then_some("true")
                aria-describedby=move || error.get().then(|| described.clone())/>
            <Show when=move || error.get()>
                <p id=error_id.clone() class="form-error small mt-1 mb-0">
                    "Scrivi un importo in euro, per esempio 150.000 o 150.000,50."
                </p>
            </Show>
        </div>
    }
}
