//! The filter form of the documents list. Its state is the URL: every
//! change writes the address of the filtered list, so the list can be
//! shared, reloaded and left with the back button; typing replaces the
//! history entry (one entry per search, not per letter).

use crate::components::address_query::{submitted_pairs, AddressQuery};
use crate::components::focus::{focus_next_frame, PendingFocus};
use crate::components::news_results::LIST_COUNT_ID;
use crate::model::documents::{DocumentChoices, DocumentFilter, DocumentKind, DOCUMENTS_PATH};
use crate::model::news_filter::MAX_TEXT_CHARS;
use leptos::prelude::*;

#[component]
pub fn DocumentFilterForm(
    choices: DocumentChoices,
    query: AddressQuery,
    filter: Memo<(DocumentFilter, Vec<String>)>,
) -> impl IntoView {
    // Every change starts again from page 1.
    let apply = move |change: &dyn Fn(&mut DocumentFilter), replace: bool| {
        let mut next = filter.get_untracked().0;
        change(&mut next);
        next.page = 1;
        query.set(&next.to_query(), replace);
    };
    let current = move |read: fn(&DocumentFilter) -> String| move || filter.with(|(f, _)| read(f));
    let on_text = move |ev| {
        let value = event_target_value(&ev);
        apply(&|f| f.text = value.clone(), true)
    };
    let on_kind = move |ev| {
        let value = event_target_value(&ev);
        apply(&|f| f.kind = DocumentKind::from_key(&value), false)
    };
    let on_year = move |ev| {
        let value = event_target_value(&ev);
        apply(&|f| f.year = value.parse().ok(), false)
    };
    let on_issuer = move |ev| {
        let value = event_target_value(&ev);
        apply(&|f| f.issuer = (!value.is_empty()).then(|| value.clone()), false)
    };
    // The button applies what the fields hold, as the browser would send
    // the form, and takes the reader to the results (WCAG 3.2.2, H32).
    let pending = use_context::<PendingFocus>();
    let known = choices.clone();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let pairs = submitted_pairs(&ev);
        let (next, _) = DocumentFilter::from_query(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())), &known);
        match pending {
            Some(pending) if next != filter.get_untracked().0 || !pending.drawn() => pending.request(),
            _ => focus_next_frame(LIST_COUNT_ID.to_string()),
        }
        query.set(&next.to_query(), false);
    };
    let kinds = choices
        .tipi
        .iter()
        .map(|k| view! { <option value=k.key()>{k.plural()}</option> })
        .collect_view();
    let years = choices
        .anni
        .iter()
        .map(|y| view! { <option value=y.to_string()>{y.to_string()}</option> })
        .collect_view();
    let issuers = choices
        .emittenti
        .iter()
        .map(|i| view! { <option value=i.slug.clone()>{i.nome.clone()}</option> })
        .collect_view();
    view! {
        <form class="news-filters needs-js mb-4" role="search" aria-label="Filtra i documenti" method="get"
            action=DOCUMENTS_PATH data-filters="" on:submit=on_submit>
            <div class="row g-3 align-items-end">
                <div class="col-12 col-lg-6">
                    <label for="documenti-testo" class="form-label">"Parole nel titolo, nell'oggetto o numero"</label>
                    <input type="search" id="documenti-testo" name="testo" class="form-control" autocomplete="off"
                        maxlength=MAX_TEXT_CHARS.to_string() prop:value=current(|f| f.text.clone()) on:input=on_text/>
                </div>
                <div class="col-12 col-md-6 col-lg-3">
                    <label for="documenti-tipo" class="form-label">"Tipo"</label>
                    <select id="documenti-tipo" name="tipo" class="form-select" on:change=on_kind
                        prop:value=current(|f| f.kind.map(|k| k.key().to_string()).unwrap_or_default())>
                        <option value="">"Tutti i tipi"</option>
                        {kinds}
                    </select>
                </div>
                <div class="col-12 col-md-6 col-lg-3">
                    <label for="documenti-anno" class="form-label">"Anno"</label>
                    <select id="documenti-anno" name="anno" class="form-select" on:change=on_year
                        prop:value=current(|f| f.year.map(|y| y.to_string()).unwrap_or_default())>
                        <option value="">"Tutti gli anni"</option>
                        {years}
                    </select>
                </div>
                <div class="col-12 col-lg-6">
                    <label for="documenti-ufficio" class="form-label">"Organo o ufficio"</label>
                    <select id="documenti-ufficio" name="ufficio" class="form-select" on:change=on_issuer
                        prop:value=current(|f| f.issuer.clone().unwrap_or_default())>
                        <option value="">"Tutti"</option>
                        {issuers}
                    </select>
                </div>
                <div class="col-12 col-lg-6 d-flex flex-wrap gap-2">
                    <button type="submit" class="btn btn-primary btn-sm">"Applica i filtri"</button>
                    <a href=DOCUMENTS_PATH class="btn btn-outline-primary btn-sm">"Azzera i filtri"</a>
                </div>
            </div>
        </form>
        <p class="without-js">
            "Senza JavaScript i filtri non sono disponibili: l'elenco si sfoglia pagina per pagina, dal documento più recente, "
            "e si scarica intero in formato CSV o JSON (qui sotto)."
        </p>
    }
}
