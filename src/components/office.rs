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

#[component]
pub fn OfficeContacts(office: Office) -> impl IntoView {
    view! {
        <section class="mt-4 office-contacts" aria-labelledby="contatti-titolo">
            <h2 id="contatti-titolo" class="h5">"Contatti"</h2>
            <p class="mb-1"><strong>{office.nome.clone()}</strong></p>
            <OfficeLines office=office/>
        </section>
    }
}
