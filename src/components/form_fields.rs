//! What the forms that send to the receiving service share: the message
//! beside a field that needs fixing (tied to its control by
//! `aria-describedby` and `aria-invalid`), and the honeypot.

use crate::model::problem::FieldProblem;
use crate::model::receiving::HONEYPOT;
use leptos::prelude::*;

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
