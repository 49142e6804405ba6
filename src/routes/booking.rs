//! `/prenota-appuntamento`: the booking request (the model's appointment
//! booking). The form needs JavaScript; above it, readable without, each
//! office's phone, e-mail and hours, which is also how to book without the
//! form.

use crate::components::booking_form::BookingForm;
use crate::components::loaded::Loaded;
use crate::components::office::OfficeLines;
use crate::components::page::{SitePage, TextColumn};
use crate::context::use_site;
use crate::model::booking::BookingData;
use crate::model::receiving::Kind;
use crate::model::{endpoint, site_map};
use leptos::prelude::*;

#[component]
pub fn BookingRoute() -> impl IntoView {
    view! {
        <SitePage path=site_map::BOOKING_PATH lead="Chiedi un appuntamento con un ufficio: scegli l'ufficio, il giorno, la fascia oraria e il servizio.">
            <Loaded source=endpoint::booking() view=|data: BookingData| view! { <BookingPage data=data/> }/>
        </SitePage>
    }
}

#[component]
pub fn BookingPage(data: BookingData) -> impl IntoView {
    let address = use_site().ricezione.address(Kind::Booking).unwrap_or_default();
    let offices = data
        .uffici
        .iter()
        .map(|o| {
            view! {
                <li class="mb-3">
                    <h3 class="h6 mb-1">{o.ufficio.nome.clone()}</h3>
                    <OfficeLines office=o.ufficio.clone()/>
                </li>
            }
        })
        .collect_view();
    view! {
        <TextColumn>
            <section class="mb-4" aria-labelledby="prenotazione-modulo">
                <h2 id="prenotazione-modulo" class="visually-hidden">"Modulo di prenotazione"</h2>
                <BookingForm data=data address=address/>
                <p class="without-js">
                    "Il modulo di prenotazione ha bisogno di JavaScript. Puoi prenotare anche per telefono o per e-mail con i recapiti qui sotto."
                </p>
            </section>
            <section aria-labelledby="prenotazione-recapiti">
                <h2 id="prenotazione-recapiti" class="h4">"Prenotare per telefono o per e-mail"</h2>
                <ul class="list-unstyled">{offices}</ul>
            </section>
        </TextColumn>
    }
}
