//! How to reach an office: address, phone, e-mail and hours, each a link
//! where it can be one.

use crate::model::content::Office;
use leptos::prelude::*;

#[component]
pub fn OfficeLines(office: Office) -> impl IntoView {
    view! {
        <ul class="list-unstyled office-lines">
            {office.indirizzo.map(|a| view! { <li>{a}</li> })}
            {office.telefono.map(|t| {
                let href = format!("tel:{}", t.replace(' ', ""));
                view! { <li>"Telefono: " <a href=href>{t}</a></li> }
            })}
            {office.email.map(|e| view! { <li>"E-mail: " <a href=format!("mailto:{e}")>{e.clone()}</a></li> })}
            {office.orari.map(|o| view! { <li>"Orari: " {o}</li> })}
        </ul>
    }
}

/// Topic chips; `element` is the Designers Italia name the page's checker
/// looks for (`topic-element` on news, `service-topic` on services).
#[component]
pub fn TopicChips(items: Vec<crate::model::content::TopicRef>, element: &'static str) -> impl IntoView {
    view! {
        <ul class="list-inline topic-list">
            {items.into_iter().map(|t| {
                let href = t.path();
                view! {
                    <li class="list-inline-item"><a class="chip chip-simple" href=href data-element=element><span class="chip-label">{t.nome}</span></a></li>
                }
            }).collect_view()}
        </ul>
    }
}
