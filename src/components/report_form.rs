//! The disservice report of `/segnala-disservizio`, sent to the receiving
//! service: what kind of problem, where (a service, or the page the reader
//! came from with `?pagina=`), a description, an optional e-mail for the
//! answer and the consent. Errors are said beside each field and the focus
//! goes to the first; what was typed stays after a failure. An island of the
//! forms' bundle (`bundles/isole-prenotazione`, feature
//! `isole-prenotazione`).

use super::address_query::use_address_query;
use super::focus::focus_next_frame;
use super::form_fields::{described, message_of, send_request, FieldError, HoneypotField, Sending};
use crate::model::problem::FieldProblem;
use crate::model::receiving::{DisserviceKind, DisserviceReport, MAX_DESCRIPTION_CHARS};
use leptos::prelude::*;

/// The outcome, which takes the focus once the report is sent.
const OUTCOME_ID: &str = "segnalazione-esito";

/// The address the page was opened at (`http://127.0.0.1:8080` in tests).
fn origin() -> String {
    #[cfg(target_arch = "wasm32")]
    {
        window().location().origin().unwrap_or_default()
    }
    #[cfg(not(target_arch = "wasm32"))]
    String::new()
}

fn field_id(field: &str) -> String {
    format!("segnalazione-{field}")
}

/// `pages`: (address, title) of the pages offered in "Dove" (the site's
/// sections and every service); any other page of the site can be pasted.
/// `site_url`: the site's public address, stripped from a pasted address.
#[cfg_attr(feature = "isole-prenotazione", island)]
#[cfg_attr(not(feature = "isole-prenotazione"), component)]
pub fn ReportForm(address: String, pages: Vec<(String, String)>, site_url: String) -> impl IntoView {
    let pages = StoredValue::new(pages);
    // What the reader typed in "Dove", resolved to a page when sent.
    let where_typed = RwSignal::new(String::new());
    let report = RwSignal::new(DisserviceReport::default());
    let problems = RwSignal::new(Vec::<FieldProblem>::new());
    let sending = RwSignal::new(Sending::Ready);
    let honeypot = RwSignal::new(String::new());
    // Arriving from a page's "segnala" link: that page is where.
    let came_from = RwSignal::new(None::<String>);
    let query = use_address_query();
    Effect::new(move |_| {
        if let Some((_, page)) = query.pairs().into_iter().find(|(k, _)| k == "pagina") {
            if page.starts_with('/') {
                where_typed.set(page.clone());
                came_from.set(Some(page));
            }
        }
    });

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if sending.get_untracked() == Sending::Busy {
            return;
        }
        let mut request = report.get_untracked();
        request.pagina = pages.with_value(|pages| {
            DisserviceReport::resolve_page(&where_typed.get_untracked(), pages, &[site_url.as_str(), &origin()])
        });
        request.sito_web = honeypot.get_untracked();
        request.email = request.email.trim().to_string();
        // The page list is the service's to check; here, every other rule.
        let found = request.problems(|_| true);
        if let Some(first) = found.first() {
            focus_next_frame(field_id(&first.field));
            problems.set(found);
            return;
        }
        send_request(address.clone(), request, problems, sending, Some(field_id), move || {
            report.set(DisserviceReport::default());
            where_typed.set(String::new());
            focus_next_frame(OUTCOME_ID.to_string());
        });
    };
    let outcome = move || match sending.get() {
        Sending::Ready => None,
        Sending::Busy => Some("Invio in corso…".to_string()),
        Sending::Sent(number) => Some(format!(
            "Segnalazione inviata{}. Grazie: l'ufficio la esamina e, se hai lasciato un indirizzo e-mail, ti risponde.",
            number.map(|n| format!(" con il numero {n}")).unwrap_or_default()
        )),
        Sending::Failed(message) => Some(message),
    };

    let kind_message = message_of(problems, "tipo");
    let page_message = message_of(problems, "pagina");
    let text_message = message_of(problems, "descrizione");
    let email_message = message_of(problems, "email");
    let consent_message = message_of(problems, "consenso");
    let kinds = DisserviceKind::ALL
        .iter()
        .enumerate()
        .map(|(i, kind)| {
            // The first option carries the group's id: the focus goes there.
            let id = if i == 0 {
                field_id("tipo")
            } else {
                format!("{}-{i}", field_id("tipo"))
            };
            view! {
                <div class="form-check">
                    <input class="form-check-input" type="radio" name="tipo" id=id.clone() value=kind.key()
                        prop:checked=move || report.with(|r| r.tipo == kind.key())
                        on:change=move |_| report.update(|r| r.tipo = kind.key().to_string())/>
                    <label class="form-check-label" for=id>{kind.label()}</label>
                </div>
            }
        })
        .collect_view();
    let places = move || {
        let came = came_from
            .get()
            .map(|page| view! { <option value=page.clone()>{format!("La pagina da cui arrivi ({page})")}</option> });
        view! {
            {came}
            {pages.with_value(|pages| pages.iter().map(|(path, title)| view! { <option value=path.clone()>{title.clone()}</option> }).collect_view())}
        }
    };
    view! {
        <form class="report-form needs-js" novalidate on:submit=on_submit aria-labelledby="segnalazione-modulo">
            <h2 id="segnalazione-modulo" class="h4">"Invia una segnalazione"</h2>
            <p class="small text-muted">"I campi con * sono obbligatori."</p>
            <fieldset class="mb-3" aria-describedby=described(kind_message, field_id("tipo"))>
                <legend class="h6">"Che tipo di problema vuoi segnalare? *"</legend>
                {kinds}
                <FieldError message=kind_message control_id=field_id("tipo")/>
            </fieldset>
            <div class="mb-3">
                <label for=field_id("pagina") class="form-label">"Dove: la pagina o il servizio interessato (facoltativo)"</label>
                // Any page of the site: a title among those proposed as one
                // types (the list), or an address pasted from the browser.
                <input id=field_id("pagina") type="text" class="form-control" list="segnalazione-pagine" autocomplete="off"
                    aria-invalid=move || page_message.get().map(|_| "true")
                    aria-describedby=move || described(page_message, field_id("pagina"))().map_or("segnalazione-pagina-nota".to_string(), |e| format!("{e} segnalazione-pagina-nota"))
                    prop:value=move || where_typed.get()
                    on:input=move |ev| where_typed.set(event_target_value(&ev))/>
                <datalist id="segnalazione-pagine">{places}</datalist>
                <p id="segnalazione-pagina-nota" class="form-text">"Scrivi il titolo e scegli tra le pagine proposte, oppure incolla l'indirizzo della pagina."</p>
                <FieldError message=page_message control_id=field_id("pagina")/>
            </div>
            <div class="mb-3">
                <label for=field_id("descrizione") class="form-label">"Descrivi il problema *"</label>
                <textarea id=field_id("descrizione") class="form-control" rows="5" maxlength=MAX_DESCRIPTION_CHARS.to_string()
                    aria-invalid=move || text_message.get().map(|_| "true")
                    aria-describedby=move || described(text_message, field_id("descrizione"))().map_or("segnalazione-descrizione-nota".to_string(), |e| format!("{e} segnalazione-descrizione-nota"))
                    prop:value=move || report.with(|r| r.descrizione.clone())
                    on:input=move |ev| report.update(|r| r.descrizione = event_target_value(&ev))></textarea>
                <p id="segnalazione-descrizione-nota" class="form-text">
                    {format!("Al massimo {MAX_DESCRIPTION_CHARS} caratteri. Per le strade indica numero della strada provinciale, chilometro o località. Per i pericoli immediati chiama il 112.")}
                </p>
                <FieldError message=text_message control_id=field_id("descrizione")/>
            </div>
            <div class="mb-3">
                <label for=field_id("email") class="form-label">"E-mail per ricevere una risposta (facoltativa)"</label>
                <input id=field_id("email") type="email" class="form-control" autocomplete="email"
                    aria-invalid=move || email_message.get().map(|_| "true") aria-describedby=described(email_message, field_id("email"))
                    prop:value=move || report.with(|r| r.email.clone())
                    on:input=move |ev| report.update(|r| r.email = event_target_value(&ev))/>
                <FieldError message=email_message control_id=field_id("email")/>
            </div>
            <div class="form-check mb-3">
                <input class="form-check-input" type="checkbox" id=field_id("consenso")
                    aria-invalid=move || consent_message.get().map(|_| "true") aria-describedby=described(consent_message, field_id("consenso"))
                    prop:checked=move || report.with(|r| r.consenso)
                    on:change=move |ev| report.update(|r| r.consenso = event_target_checked(&ev))/>
                <label class="form-check-label" for=field_id("consenso")>
                    "Ho letto come vengono trattati i dati della segnalazione *"
                </label>
                <FieldError message=consent_message control_id=field_id("consenso")/>
            </div>
            // Beside the box, never inside its label (a tap on the label only ticks it).
            <p class="small mb-3"><a href="/privacy">"Leggi l'informativa privacy"</a></p>
            <HoneypotField value=honeypot id="segnalazione-sito-web"/>
            // aria-disabled, not disabled: the button keeps the focus while sending.
            <button type="submit" class="btn btn-primary" aria-disabled=move || (sending.get() == Sending::Busy).then_some("true")>"Invia la segnalazione"</button>
            <p id=OUTCOME_ID class="mt-3 mb-0" role="status" tabindex="-1">{outcome}</p>
        </form>
    }
}
