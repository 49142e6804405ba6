//! The search form of a digitised archive, which opens the remote archive's
//! own search, and the check that tells whether the remote archive answers.
//! Both work after the page is shown and never hold it up. The check is an
//! island of the archive pages' own bundle (`bundles/isole-archivi`,
//! feature `isole-archivi`), run at once; the form comes to life when a
//! reader reaches it (`bundles/isole-archivi-ricerca`, feature
//! `isole-archivi-ricerca`). Elsewhere both are plain components no other
//! bundle carries.

use super::focus::focus_next_frame;
use crate::model::archives::{FieldKind, RemoteSearch, SearchField, Years};
use crate::model::problem::FieldProblem;
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use std::time::Duration;

/// How long the remote archive has to answer before it is reported down.
pub const HEALTH_TIMEOUT: Duration = Duration::from_secs(3);

#[cfg_attr(feature = "isole-archivi-ricerca", island)]
#[cfg_attr(not(feature = "isole-archivi-ricerca"), component)]
pub fn ArchiveSearchForm(slug: String, search: RemoteSearch, years: Years) -> impl IntoView {
    let values: Vec<(String, RwSignal<String>)> = search
        .campi
        .iter()
        .map(|f| (f.nome.clone(), RwSignal::new(String::new())))
        .collect();
    let problems = RwSignal::new(Vec::<FieldProblem>::new());
    let search = StoredValue::new(search);
    let stored_values = StoredValue::new(values.clone());
    let prefix = format!("ricerca-{slug}");
    let prefix_for_submit = prefix.clone();
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let typed: Vec<(String, String)> =
            stored_values.with_value(|v| v.iter().map(|(n, s)| (n.clone(), s.get_untracked())).collect());
        match search.with_value(|s| s.url(&typed, &years)) {
            Ok(url) => {
                problems.set(Vec::new());
                let _ = window().location().assign(&url);
            }
            Err(found) => {
                // Focus the first field to fix, whose message is next to it.
                let first = format!("{prefix_for_submit}-{}", found[0].field);
                problems.set(found);
                focus_next_frame(first);
            }
        }
    };
    let fields = search.with_value(|s| s.campi.clone());
    let inputs = fields
        .into_iter()
        .zip(values)
        .map(|(field, (_, value))| view! { <ArchiveField field=field value=value problems=problems prefix=prefix.clone() years=years/> })
        .collect_view();
    view! {
        <form class="archive-search needs-js" novalidate on:submit=on_submit aria-label="Cerca nell'archivio remoto">
            <p class="small text-muted">"I campi con * sono obbligatori."</p>
            {inputs}
            <button type="submit" class="btn btn-primary">"Cerca nell'archivio remoto"</button>
        </form>
    }
}

#[component]
fn ArchiveField(
    field: SearchField,
    value: RwSignal<String>,
    problems: RwSignal<Vec<FieldProblem>>,
    prefix: String,
    years: Years,
) -> impl IntoView {
    let id = format!("{prefix}-{}", field.nome);
    let error_id = format!("{id}-errore");
    let help_id = format!("{id}-aiuto");
    let name = field.nome.clone();
    let message = Memo::new(move |_| problems.with(|p| p.iter().find(|p| p.field == name).map(|p| p.message.clone())));
    let described = {
        let (error_id, help_id, has_help) = (error_id.clone(), help_id.clone(), field.aiuto.is_some());
        move || {
            let mut ids = Vec::new();
            if message.get().is_some() {
                ids.push(error_id.clone());
            }
            if has_help {
                ids.push(help_id.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    let label = if field.obbligatorio {
        format!("{} *", field.etichetta)
    } else {
        field.etichetta.clone()
    };
    let invalid = move || message.get().is_some().then_some("true");
    let control = match field.tipo {
        FieldKind::Elenco => view! {
            <select id=id.clone() class="form-select" aria-invalid=invalid aria-describedby=described.clone() required=field.obbligatorio
                on:change=move |ev| value.set(event_target_value(&ev))>
                <option value="">"Scegli…"</option>
                {field.valori.iter().map(|v| view! { <option value=v.clone()>{v.clone()}</option> }).collect_view()}
            </select>
        }
        .into_any(),
        kind => {
            let (mode, placeholder) = match kind {
                FieldKind::Anno => ("numeric", format!("{}–{}", years.dal, years.al)),
                _ => ("text", String::new()),
            };
            view! {
                <input id=id.clone() class="form-control" type="text" inputmode=mode placeholder=placeholder maxlength="60"
                    aria-invalid=invalid aria-describedby=described.clone() required=field.obbligatorio
                    prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev))/>
            }
            .into_any()
        }
    };
    view! {
        <div class="mb-3 archive-field">
            <label for=id class="form-label">{label}</label>
            {control}
            {field.aiuto.map(|help| view! { <p id=help_id class="form-text small mb-0">{help}</p> })}
            {move || message.get().map(|m| view! { <p id=error_id.clone() class="field-error text-danger small mb-0">{m}</p> })}
        </div>
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Health {
    Checking,
    Reachable,
    Unreachable,
}

/// Asks `url` whether the remote archive answers, within [`HEALTH_TIMEOUT`];
/// says the outcome in a status line, with a way to ask again.
#[cfg_attr(feature = "isole-archivi", island)]
#[cfg_attr(not(feature = "isole-archivi"), component)]
pub fn RemoteHealth(url: String) -> impl IntoView {
    let health = RwSignal::new(None::<Health>);
    let url = StoredValue::new(url);
    let check = move || {
        health.set(Some(Health::Checking));
        leptos::task::spawn_local(async move {
            let answered = probe(&url.get_value()).await;
            health.set(Some(if answered {
                Health::Reachable
            } else {
                Health::Unreachable
            }));
        });
    };
    // In the browser only: the pre-rendered page says nothing until asked.
    Effect::new(move |_| check());
    view! {
        <div class="remote-health" role="status">
            {move || match health.get() {
                None => ().into_any(),
                Some(Health::Checking) => view! { <p class="mb-0 text-muted">"Verifica della disponibilità dell'archivio remoto in corso…"</p> }.into_any(),
                Some(Health::Reachable) => view! { <p class="mb-0"><span class="badge bg-success">"Archivio remoto raggiungibile"</span></p> }.into_any(),
                Some(Health::Unreachable) => view! {
                    <div class="alert alert-warning mb-0">
                        <p>
                            {format!("L'archivio remoto non ha risposto entro {} secondi: potrebbe essere fuori servizio. ", HEALTH_TIMEOUT.as_secs())}
                            "Puoi riprovare più tardi o chiedere i documenti con la richiesta di copia."
                        </p>
                        <button type="button" class="btn btn-outline-primary btn-sm" on:click=move |_| check()>"Verifica di nuovo"</button>
                    </div>
                }
                .into_any(),
            }}
        </div>
    }
}

/// True when the remote answers at all within the timeout. `no-cors`: the
/// answer's content is not needed, only that it came. The browser's own
/// fetch, not gloo-net: the archive pages' bundle carries no HTTP client
/// for this one request (8 KiB of wasm less).
async fn probe(url: &str) -> bool {
    let Ok(controller) = web_sys::AbortController::new() else {
        return false;
    };
    let init = web_sys::RequestInit::new();
    init.set_mode(web_sys::RequestMode::NoCors);
    init.set_signal(Some(&controller.signal()));
    let timer = set_timeout_with_handle(move || controller.abort(), HEALTH_TIMEOUT).ok();
    let answered = wasm_bindgen_futures::JsFuture::from(window().fetch_with_str_and_init(url, &init))
        .await
        .is_ok();
    if let Some(timer) = timer {
        timer.clear();
    }
    answered
}
