//! The booking request in the model's steps (office, day and time slot,
//! details, applicant, summary). One form: its button checks the step and
//! moves on, or says beside each field what to fix and takes the focus
//! there; every value typed is kept when going back. The summary leads to
//! the ente's booking system, or to an e-mail to the office, and always
//! gives the office's phone. An island of the booking page's own bundle
//! (`bundles/isole-prenotazione`, feature `isole-prenotazione`).

use super::address_query::use_address_query;
use super::focus::focus_next_frame;
use super::form_fields::{self, message_of, send_request, HoneypotField, Sending};
use super::form_memory;
use crate::model::booking::{external_url, BookingData, BookingForm as Fields, Step, MAX_REASON_CHARS};
use crate::model::date::Date;
use crate::model::problem::FieldProblem;
use leptos::ev::SubmitEvent;
use leptos::prelude::*;

const STEP_HEADING: &str = "prenotazione-passo";
/// Where the form keeps what was typed while the tab is open.
const MEMORY_KEY: &str = "prenotazione";
/// The heading of the confirmation, which takes the focus.
const OUTCOME_ID: &str = "prenotazione-esito";

#[cfg_attr(feature = "isole-prenotazione", island)]
#[cfg_attr(not(feature = "isole-prenotazione"), component)]
pub fn BookingForm(data: BookingData, address: String) -> impl IntoView {
    let data = StoredValue::new(data);
    let fields = RwSignal::new(Fields::default());
    let step = RwSignal::new(Step::Place);
    let problems = RwSignal::new(Vec::<FieldProblem>::new());
    let sending = RwSignal::new(Sending::Ready);
    // Back from another page (the privacy notice) in the same tab: the
    // form as it was left. Then every change is kept.
    let restored = StoredValue::new(false);
    Effect::new(move |kept: Option<()>| {
        if kept.is_none() {
            if let Some((number, saved)) = form_memory::recall::<(usize, Fields)>(MEMORY_KEY) {
                fields.set(saved);
                step.set(Step::ALL.get(number.saturating_sub(1)).copied().unwrap_or(Step::Place));
                restored.set_value(true);
            }
        }
        let now = (step.get().number(), fields.get());
        if kept.is_some() {
            form_memory::keep(MEMORY_KEY, &now);
        }
    });
    // Arriving from a service page (`?servizio=…`): its office and service
    // are chosen already. Applied after hydration, as the pre-rendered form
    // has no query.
    let query = use_address_query();
    // Once, when the address first has it: a later change of the address
    // (the reader going back, heard by this form even after its page is
    // gone) must not overwrite what was chosen, nor what the form keeps.
    Effect::new(move |applied: Option<bool>| {
        if applied == Some(true) {
            return true;
        }
        let Some((_, service)) = query.pairs().into_iter().find(|(k, _)| k == "servizio") else {
            return false;
        };
        // Back on the form: what the reader chose wins over the address.
        if restored.get_value() {
            return true;
        }
        if let Some(office) = data.with_value(|d| d.office_of_service(&service).map(|o| o.slug.clone())) {
            fields.update(|f| {
                f.ufficio = office;
                f.servizio = service;
            });
        }
        true
    });

    let go_to = move |next: Step| {
        problems.set(Vec::new());
        step.set(next);
        focus_next_frame(STEP_HEADING.to_string());
    };
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let current = step.get_untracked();
        let found = fields.with_untracked(|f| data.with_value(|d| f.problems(current, d, today())));
        match found.first() {
            Some(first) => {
                focus_next_frame(field_id(&first.field));
                problems.set(found);
            }
            None => go_to(current.next()),
        }
    };

    let heading = move || {
        let s = step.get();
        format!("Passo {} di {}: {}", s.number(), Step::ALL.len(), s.title())
    };
    let body = move || match step.get() {
        Step::Place => view! { <PlaceStep data=data fields=fields problems=problems/> }.into_any(),
        Step::When => view! { <WhenStep data=data fields=fields problems=problems/> }.into_any(),
        Step::Details => view! { <DetailsStep data=data fields=fields problems=problems/> }.into_any(),
        Step::Applicant => view! { <ApplicantStep fields=fields problems=problems/> }.into_any(),
        Step::Summary => {
            view! { <SummaryStep data=data fields=fields address=address.clone() sending=sending/> }.into_any()
        }
    };
    let back = move || {
        (step.get() != Step::Place).then(|| {
            view! {
                <button type="button" class="btn btn-outline-primary" on:click=move |_| go_to(step.get_untracked().previous())>
                    "Indietro"
                </button>
            }
        })
    };
    let forward = move || {
        (step.get() != Step::Summary).then(|| view! { <button type="submit" class="btn btn-primary">"Avanti"</button> })
    };

    let form = move || {
        if let Sending::Sent(number) = sending.get() {
            let email = fields.with_untracked(|f| f.email.trim().to_string());
            return view! { <Confirmation number=number email=email/> }.into_any();
        }
        view! {
        <form class="booking-form needs-js" novalidate on:submit=on_submit aria-labelledby=STEP_HEADING data-element="appointment-booking">
            <ol class="booking-steps list-inline small mb-3" aria-label="Passi della prenotazione">
                {Step::ALL.into_iter().map(|s| view! {
                    <li class="list-inline-item" aria-current=move || (step.get() == s).then_some("step")>
                        {format!("{}. {}", s.number(), s.title())}
                    </li>
                }).collect_view()}
            </ol>
            <h2 id=STEP_HEADING class="h4" tabindex="-1">{heading}</h2>
            <p class="small text-muted">"I campi con * sono obbligatori."</p>
            {body.clone()}
            <div class="d-flex gap-3 mt-4">{back}{forward}</div>
        </form>
        }
        .into_any()
    };
    view! { <div class="booking">{form}</div> }
}

/// The end of the flow: a success message that takes the focus, says the
/// request's number and what happens next; nothing to go back to.
#[component]
fn Confirmation(number: Option<String>, email: String) -> impl IntoView {
    form_memory::forget(MEMORY_KEY);
    focus_next_frame(OUTCOME_ID.to_string());
    let number = number.map(|n| {
        view! { <p>"Il numero della richiesta è " <strong class="booking-number">{n}</strong>": indicalo se contatti l'ufficio."</p> }
    });
    view! {
        <div class="alert alert-success booking-confirmation" role="status">
            <h2 id=OUTCOME_ID class="h4" tabindex="-1">"Richiesta inviata"</h2>
            {number}
            <p>{format!("Che cosa succede ora: l'ufficio legge la richiesta e ti scrive all'indirizzo {email} per confermare il giorno e l'orario o per proporne altri.")}</p>
            <p class="mb-0">"Non ti arriva un'e-mail automatica di conferma: conserva il numero della richiesta. L'appuntamento è fissato solo quando l'ufficio te lo conferma."</p>
        </div>
        <p class="mt-3"><a href=crate::model::site_map::BOOKING_PATH>"Prenota un altro appuntamento"</a></p>
    }
}

/// The citizen's today, from the browser's clock (the pre-renderer never
/// checks a request).
fn today() -> Date {
    #[cfg(target_arch = "wasm32")]
    {
        let now = js_sys::Date::new_0();
        Date::new(
            now.get_full_year() as u16,
            now.get_month() as u8 + 1,
            now.get_date() as u8,
        )
        .unwrap_or_else(|| Date::from_unix_days(0))
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let secs = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        Date::from_unix_days((secs / 86_400) as i64)
    }
}

fn field_id(field: &str) -> String {
    format!("prenotazione-{field}")
}

/// The id of option `i` of a choice: the first carries the field's own id,
/// so the focus goes there when the choice is to fix.
fn option_id(field: &str, i: usize) -> String {
    if i == 0 {
        field_id(field)
    } else {
        format!("{}-{i}", field_id(field))
    }
}

fn described(message: Memo<Option<String>>, field: &'static str) -> impl Fn() -> Option<String> + Send + Sync + Clone {
    form_fields::described(message, field_id(field))
}

#[component]
fn FieldError(message: Memo<Option<String>>, field: &'static str) -> impl IntoView {
    view! { <form_fields::FieldError message=message control_id=field_id(field)/> }
}

/// A text field of the form bound to one of its values.
#[component]
fn TextField(
    fields: RwSignal<Fields>,
    problems: RwSignal<Vec<FieldProblem>>,
    field: &'static str,
    label: &'static str,
    #[prop(default = "text")] kind: &'static str,
    #[prop(optional)] autocomplete: Option<&'static str>,
    get: fn(&Fields) -> &String,
    set: fn(&mut Fields, String),
) -> impl IntoView {
    let message = message_of(problems, field);
    view! {
        <div class="mb-3">
            <label for=field_id(field) class="form-label">{label}</label>
            <input id=field_id(field) class="form-control" type=kind autocomplete=autocomplete
                aria-invalid=move || message.get().map(|_| "true") aria-describedby=described(message, field)
                prop:value=move || fields.with(|f| get(f).clone())
                on:input=move |ev| fields.update(|f| set(f, event_target_value(&ev)))/>
            <FieldError message=message field=field/>
        </div>
    }
}

#[component]
fn PlaceStep(
    data: StoredValue<BookingData>,
    fields: RwSignal<Fields>,
    problems: RwSignal<Vec<FieldProblem>>,
) -> impl IntoView {
    let message = message_of(problems, "ufficio");
    let offices = data.with_value(|d| d.uffici.clone());
    view! {
        <fieldset aria-describedby=described(message, "ufficio")>
            <legend class="h6">"Scegli l'ufficio *"</legend>
            {offices.into_iter().enumerate().map(|(i, office)| {
                let id = option_id("ufficio", i);
                let slug = office.slug.clone();
                let chosen = office.slug.clone();
                let where_ = [office.ufficio.indirizzo.clone(), office.ufficio.orari.clone()].into_iter().flatten().collect::<Vec<_>>().join(" – ");
                view! {
                    <div class="form-check">
                        <input class="form-check-input" type="radio" name="ufficio" id=id.clone() value=slug.clone()
                            prop:checked=move || fields.with(|f| f.ufficio == slug)
                            on:change=move |_| fields.update(|f| {
                                if f.ufficio != chosen {
                                    f.servizio.clear();
                                }
                                f.ufficio = chosen.clone();
                            })/>
                        <label class="form-check-label" for=id>
                            {office.ufficio.nome.clone()}
                            {(!where_.is_empty()).then(|| view! { <span class="d-block small text-muted">{where_}</span> })}
                        </label>
                    </div>
                }
            }).collect_view()}
            <FieldError message=message field="ufficio"/>
        </fieldset>
    }
}

#[component]
fn WhenStep(
    data: StoredValue<BookingData>,
    fields: RwSignal<Fields>,
    problems: RwSignal<Vec<FieldProblem>>,
) -> impl IntoView {
    let slot_message = message_of(problems, "fascia");
    let hours =
        fields.with_untracked(|f| data.with_value(|d| d.office(&f.ufficio).and_then(|o| o.ufficio.orari.clone())));
    // The slots of the day chosen, from the office's hours: none on a
    // holiday or a day it is closed.
    let offered = Memo::new(move |_| {
        fields.with(|f| {
            data.with_value(|d| match (d.office(&f.ufficio), f.day()) {
                (Some(office), Some(day)) => Some(d.slots(office, day)),
                _ => None,
            })
        })
    });
    let choices = move || {
        match offered.get() {
        None => view! { <p class="small text-muted">"Scegli prima il giorno: qui compaiono le fasce orarie in cui l'ufficio riceve."</p> }.into_any(),
        Some(slots) if slots.is_empty() => view! { <p class="small">"Quel giorno l'ufficio non riceve: scegli un altro giorno."</p> }.into_any(),
        Some(slots) => slots
            .into_iter()
            .enumerate()
            .map(|(i, (slot, period))| {
                let id = option_id("fascia", i);
                view! {
                    <div class="form-check">
                        <input class="form-check-input" type="radio" name="fascia" id=id.clone() value=slot.value()
                            prop:checked=move || fields.with(|f| f.fascia == slot.value())
                            on:change=move |_| fields.update(|f| f.fascia = slot.value().to_string())/>
                        <label class="form-check-label" for=id>{slot.label(period)}</label>
                    </div>
                }
            })
            .collect_view()
            .into_any(),
    }
    };
    view! {
        {hours.map(|h| view! { <p class="small">{format!("L'ufficio riceve {h}. Nei giorni festivi gli uffici sono chiusi.")}</p> })}
        <TextField fields=fields problems=problems field="giorno" label="Giorno preferito * (da domani, nei giorni in cui l'ufficio riceve)" kind="date"
            get=|f| &f.giorno set=|f, v| f.giorno = v/>
        <fieldset aria-describedby=described(slot_message, "fascia")>
            <legend class="h6">"Fascia oraria preferita *"</legend>
            {choices}
            <FieldError message=slot_message field="fascia"/>
        </fieldset>
        <p class="small mt-2">"L'ufficio ti risponde confermando l'orario o proponendone un altro."</p>
    }
}

#[component]
fn DetailsStep(
    data: StoredValue<BookingData>,
    fields: RwSignal<Fields>,
    problems: RwSignal<Vec<FieldProblem>>,
) -> impl IntoView {
    let service_message = message_of(problems, "servizio");
    let reason_message = message_of(problems, "motivo");
    let services = move || {
        fields.with(|f| data.with_value(|d| d.office(&f.ufficio).map(|o| o.services_and_other()).unwrap_or_default()))
    };
    view! {
        <div class="mb-3">
            <label for=field_id("servizio") class="form-label">"Servizio *"</label>
            <select id=field_id("servizio") class="form-select"
                aria-invalid=move || service_message.get().map(|_| "true") aria-describedby=described(service_message, "servizio")
                on:change=move |ev| fields.update(|f| f.servizio = event_target_value(&ev))>
                <option value="">"Scegli…"</option>
                {move || services().into_iter().map(|s| {
                    let slug = s.slug.clone();
                    view! { <option value=s.slug prop:selected=move || fields.with(|f| f.servizio == slug)>{s.titolo}</option> }
                }).collect_view()}
            </select>
            <FieldError message=service_message field="servizio"/>
        </div>
        <div class="mb-3">
            <label for=field_id("motivo") class="form-label">"Motivo dell'appuntamento *"</label>
            <textarea id=field_id("motivo") class="form-control" rows="4" maxlength=MAX_REASON_CHARS.to_string()
                aria-invalid=move || reason_message.get().map(|_| "true") aria-describedby=described(reason_message, "motivo")
                prop:value=move || fields.with(|f| f.motivo.clone())
                on:input=move |ev| fields.update(|f| f.motivo = event_target_value(&ev))></textarea>
            <FieldError message=reason_message field="motivo"/>
        </div>
    }
}

#[component]
fn ApplicantStep(fields: RwSignal<Fields>, problems: RwSignal<Vec<FieldProblem>>) -> impl IntoView {
    view! {
        <TextField fields=fields problems=problems field="nome" label="Nome *" autocomplete="given-name" get=|f| &f.nome set=|f, v| f.nome = v/>
        <TextField fields=fields problems=problems field="cognome" label="Cognome *" autocomplete="family-name" get=|f| &f.cognome set=|f, v| f.cognome = v/>
        <TextField fields=fields problems=problems field="email" label="E-mail *" kind="email" autocomplete="email" get=|f| &f.email set=|f, v| f.email = v/>
        <TextField fields=fields problems=problems field="telefono" label="Telefono (facoltativo)" kind="tel" autocomplete="tel" get=|f| &f.telefono set=|f, v| f.telefono = v/>
    }
}

#[component]
fn SummaryStep(
    data: StoredValue<BookingData>,
    fields: RwSignal<Fields>,
    address: String,
    sending: RwSignal<Sending>,
) -> impl IntoView {
    let form = fields.get_untracked();
    let lines = data.with_value(|d| form.summary(d));
    let (office, system, mailto) =
        data.with_value(|d| (d.office(&form.ufficio).cloned(), d.sistema.clone(), form.mailto(d)));
    let phone = office.as_ref().and_then(|o| o.ufficio.telefono.clone());
    let send = match (system, address.is_empty(), mailto) {
        (Some(template), _, _) => view! {
            <p>"La prenotazione si completa sul sistema di prenotazione dell'ente, che riceve l'ufficio e il servizio scelti."</p>
            <a class="btn btn-primary" href=external_url(&template, &form.ufficio, &form.servizio)>"Prosegui sul sistema di prenotazione"</a>
        }
        .into_any(),
        (None, false, mailto) => view! { <SendRequest fields=fields data=data address=address mailto=mailto sending=sending/> }.into_any(),
        (None, true, Some(mailto)) => view! {
            <p>"Il sito non invia la richiesta da solo: il pulsante apre il tuo programma di posta con un messaggio già scritto all'ufficio, che ti risponde per confermare."</p>
            <a class="btn btn-primary" href=mailto>"Invia la richiesta per e-mail"</a>
        }
        .into_any(),
        (None, true, None) => view! { <p>"Questo ufficio non riceve richieste per e-mail: telefona per fissare l'appuntamento."</p> }.into_any(),
    };
    view! {
        <dl class="booking-summary row">
            {lines.into_iter().filter(|(_, v)| !v.trim().is_empty()).map(|(label, value)| view! {
                <dt class="col-sm-4">{label}</dt>
                <dd class="col-sm-8">{value}</dd>
            }).collect_view()}
        </dl>
        {send}
        {phone.map(|t| {
            let href = format!("tel:{}", t.replace(' ', ""));
            view! { <p class="mt-3">"Per telefono: " <a href=href>{t}</a></p> }
        })}
    }
}

/// The request sent to the receiving service, with the consent it needs;
/// on success the request number the office will quote, on failure why and
/// the button again, with the e-mail as a way that needs no service.
#[component]
fn SendRequest(
    fields: RwSignal<Fields>,
    data: StoredValue<BookingData>,
    address: String,
    mailto: Option<String>,
    sending: RwSignal<Sending>,
) -> impl IntoView {
    let problems = RwSignal::new(Vec::<FieldProblem>::new());
    let consent_message = message_of(problems, "consenso");
    let honeypot = RwSignal::new(String::new());
    let on_click = move |_| {
        let mut request = fields.get_untracked();
        request.sito_web = honeypot.get_untracked();
        let found = data.with_value(|d| request.request_problems(d, today()));
        if !found.is_empty() {
            focus_next_frame(field_id(&found[0].field));
            problems.set(found);
            return;
        }
        // Once sent, the form gives way to its confirmation, which takes the focus.
        send_request(address.clone(), request, problems, sending, None, || {});
    };
    let outcome = move || match sending.get() {
        Sending::Busy => Some("Invio in corso…".to_string()),
        Sending::Failed(message) => Some(message),
        Sending::Ready | Sending::Sent(_) => None,
    };
    view! {
        <div class="form-check mb-1">
            <input class="form-check-input" type="checkbox" id=field_id("consenso")
                aria-invalid=move || consent_message.get().map(|_| "true") aria-describedby=described(consent_message, "consenso")
                prop:checked=move || fields.with(|f| f.consenso)
                on:change=move |ev| fields.update(|f| f.consenso = event_target_checked(&ev))/>
            <label class="form-check-label" for=field_id("consenso")>
                "Ho letto come vengono trattati i dati della richiesta *"
            </label>
            <FieldError message=consent_message field="consenso"/>
        </div>
        // Beside the box, never inside its label: a tap on the label only
        // ticks it. What was typed is kept if the reader follows the link.
        <p class="small mb-3"><a href="/privacy">"Leggi l'informativa privacy"</a></p>
        <HoneypotField value=honeypot id="prenotazione-sito-web"/>
        <button type="button" class="btn btn-primary" disabled=move || sending.get() == Sending::Busy on:click=on_click>
            "Invia la richiesta"
        </button>
        <p id="prenotazione-invio" class="mt-3 mb-0" role="status">{outcome}</p>
        {mailto.map(|mailto| view! {
            <p class="small mt-2">
                "Se l'invio non riesce puoi anche " <a href=mailto>"scrivere la richiesta per e-mail all'ufficio"</a>"."
            </p>
        })}
    }
}
