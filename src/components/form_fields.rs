//! What the forms that send to the receiving service share: the message
//! beside a field that needs fixing (tied to its control by
//! `aria-describedby` and `aria-invalid`), and the honeypot.

use super::focus::focus_next_frame;
use crate::model::problem::FieldProblem;
use crate::model::receiving::HONEYPOT;
use leptos::prelude::*;
use serde::Serialize;

/// Where a form's request to the receiving service stands.
#[derive(Clone, PartialEq)]
pub enum Sending {
    Ready,
    Busy,
    /// Stored, with its request number.
    Sent(Option<String>),
    /// Not stored: what to tell the citizen.
    Failed(String),
}

/// Sends a checked request: busy meanwhile, then `Sent` (and `on_sent`),
/// or `Failed` with the fields the service refused beside their controls;
/// `focus_failure` names the control of the first, when the form shows it.
pub fn send_request<T: Serialize + 'static>(
    address: String,
    request: T,
    problems: RwSignal<Vec<FieldProblem>>,
    sending: RwSignal<Sending>,
    focus_failure: Option<fn(&str) -> String>,
    on_sent: impl FnOnce() + 'static,
) {
    problems.set(Vec::new());
    sending.set(Sending::Busy);
    leptos::task::spawn_local(async move {
        match crate::send::send(&address, &request).await {
            Ok(receipt) => {
                sending.set(Sending::Sent(receipt.numero));
                on_sent();
            }
            Err(failure) => {
                if let (Some(control), Some(first)) = (focus_failure, failure.fields.first()) {
                    focus_next_frame(control(&first.field));
                }
                problems.set(failure.fields);
                sending.set(Sending::Failed(failure.message));
            }
        }
    });
}

/// The message for `field` among `problems`, if it has one.
pub fn message_of(problems: RwSignal<Vec<FieldProblem>>, field: &'static str) -> Memo<Option<String>> {
    Memo::new(move |_| problems.with(|p| p.iter().find(|p| p.field == field).map(|p| p.message.clone())))
}

/// The id of the message beside the control `control_id`.
pub fn error_id(control_id: &str) -> String {
    format!("{control_id}-errore")
}

/// The control's `aria-describedby` while its message shows.
pub fn described(
    message: Memo<Option<String>>,
    control_id: String,
) -> impl Fn() -> Option<String> + Send + Sync + Clone + 'static {
    move || message.get().map(|_| error_id(&control_id))
}

#[component]
pub fn FieldError(message: Memo<Option<String>>, #[prop(into)] control_id: String) -> impl IntoView {
    move || {
        message
            .get()
            .map(|m| view! { <p id=error_id(&control_id) class="field-error text-danger small mb-0">{m}</p> })
    }
}

/// The honeypot field: out of sight and out of the accessibility tree, never
/// reached by Tab, and refused by the service when filled (robots fill it).
#[component]
pub fn HoneypotField(value: RwSignal<String>, #[prop(into)] id: String) -> impl IntoView {
    view! {
        <div class="honeypot" aria-hidden="true">
            <label for=id.clone()>"Non compilare questo campo"</label>
            <input id=id type="text" name=HONEYPOT tabindex="-1" autocomplete="off"
                prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev))/>
        </div>
    }
}
