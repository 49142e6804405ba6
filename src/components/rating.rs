//! The page rating of the Designers Italia model. Stars are native radio
//! buttons (arrow keys move between them, screen readers say "3 di 5"); the
//! follow-up question appears below once a rating is chosen, without moving
//! the focus; the outcome is spoken by a status region.

use super::icon::Icon;
use crate::context::use_site;
use crate::model::rating::{follow_up, RatingAnswer, MAX_DETAILS_CHARS, QUESTION};
use leptos::prelude::*;
use leptos::task::spawn_local;

#[derive(Clone, PartialEq)]
enum Outcome {
    Waiting,
    Sending,
    Sent,
    NotConfigured,
    Failed,
}

/// The rating of the page at `page`, sent to the configured address. It
/// comes to life on demand (`data-al-bisogno`): its code is fetched when a
/// reader first reaches it (focus or touch), not by every visitor of every
/// page, and what was already chosen then is kept (public/boot.js).
#[component]
pub fn Rating(#[prop(into)] page: String) -> impl IntoView {
    let endpoint = use_site().valutazione.endpoint.clone();
    view! { <div data-al-bisogno=""><RatingForm page=page endpoint=endpoint/></div> }
}

/// An island of the bundles with the feature `isole-valutazione`: it
/// receives only the two strings it needs.
#[cfg_attr(feature = "isole-valutazione", island)]
#[cfg_attr(not(feature = "isole-valutazione"), component)]
fn RatingForm(page: String, endpoint: String) -> impl IntoView {
    let configured = !endpoint.is_empty();
    let stars = RwSignal::new(0u8);
    let aspect = RwSignal::new(None::<String>);
    let details = RwSignal::new(String::new());
    let outcome = RwSignal::new(Outcome::Waiting);

    let star_inputs = (1..=5u8)
        .map(|n| {
            let id = format!("valutazione-{n}");
            let label = if n == 1 { "Valuta 1 stella su 5".to_string() } else { format!("Valuta {n} stelle su 5") };
            view! {
                <input type="radio" class="visually-hidden rating-input" name="valutazione" id=id.clone() value=n.to_string()
                    data-element=format!("feedback-rate-{n}")
                    prop:checked=move || stars.get() == n
                    on:change=move |_| { stars.set(n); aspect.set(None); }/>
                <label for=id class="rating-star">
                    {move || if stars.get() >= n {
                        view! { <Icon name="it-star-full" class="icon icon-primary"/> }
                    } else {
                        view! { <Icon name="it-star-outline" class="icon icon-primary"/> }
                    }}
                    <span class="visually-hidden">{label}</span>
                </label>
            }
        })
        .collect_view();

    let follow = move || {
        let n = stars.get();
        (n > 0).then(|| {
            let (question, answers) = follow_up(n);
            let element = if n >= 4 { "feedback-rating-positive" } else { "feedback-rating-negative" };
            view! {
                <fieldset class="mt-4" data-element=element>
                    <legend class="h6">{question}</legend>
                    {answers.into_iter().enumerate().map(|(i, answer)| {
                        let id = format!("aspetto-{i}");
                        view! {
                            <div class="form-check">
                                <input type="radio" class="form-check-input" name="aspetto" id=id.clone() value=answer
                                    data-element="feedback-rating-answer"
                                    prop:checked=move || aspect.with(|a| a.as_deref() == Some(answer))
                                    on:change=move |_| aspect.set(Some(answer.to_string()))/>
                                <label class="form-check-label" for=id>{answer}</label>
                            </div>
                        }
                    }).collect_view()}
                </fieldset>
                <div class="mt-3">
                    <label for="valutazione-dettagli" class="form-label">"Vuoi aggiungere altri dettagli? (facoltativo)"</label>
                    <textarea id="valutazione-dettagli" class="form-control" rows="3" maxlength=MAX_DETAILS_CHARS.to_string()
                        data-element="feedback-input-text" aria-describedby="valutazione-nota"
                        prop:value=move || details.get() on:input=move |ev| details.set(event_target_value(&ev))></textarea>
                    <p id="valutazione-nota" class="form-text">
                        {format!("Al massimo {MAX_DETAILS_CHARS} caratteri. Non inserire dati personali.")}
                    </p>
                </div>
                <button type="submit" class="btn btn-primary mt-2" disabled=move || outcome.get() == Outcome::Sending>"Invia la valutazione"</button>
            }
        })
    };

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(answer) = RatingAnswer::new(
            &page,
            stars.get_untracked(),
            aspect.get_untracked().as_deref(),
            &details.get_untracked(),
        ) else {
            return;
        };
        if !configured {
            outcome.set(Outcome::NotConfigured);
            return;
        }
        outcome.set(Outcome::Sending);
        let endpoint = endpoint.clone();
        spawn_local(async move {
            let sent = match gloo_net::http::Request::post(&endpoint).json(&answer) {
                Ok(request) => request.send().await.is_ok_and(|r| r.ok()),
                Err(_) => false,
            };
            outcome.set(if sent { Outcome::Sent } else { Outcome::Failed });
        });
    };

    let status = move || match outcome.get() {
        Outcome::Waiting => String::new(),
        Outcome::Sending => "Invio in corso…".to_string(),
        Outcome::Sent => "Grazie, il tuo parere ci aiuterà a migliorare le informazioni del sito.".to_string(),
        Outcome::NotConfigured => {
            "La valutazione non è stata inviata: su questo sito la raccolta delle valutazioni non è ancora attiva."
                .to_string()
        }
        Outcome::Failed => {
            "La valutazione non è stata inviata per un problema di collegamento. Puoi riprovare con il pulsante Invia."
                .to_string()
        }
    };
    let not_configured = (!configured).then(|| {
        view! {
            <p class="rating-inactive">
                "La raccolta delle valutazioni non è ancora attiva su questo sito: puoi rispondere, ma le risposte non vengono inviate né registrate."
            </p>
        }
    });

    view! {
        <section class="rating-widget card shadow-sm p-4 my-5 needs-js" aria-labelledby="valutazione-titolo" data-element="feedback">
            <form on:submit=on_submit>
                <h2 id="valutazione-titolo" class="h4" data-element="feedback-title">{QUESTION}</h2>
                {not_configured}
                <fieldset class="rating-stars">
                    <legend class="visually-hidden">"Valuta da 1 a 5 stelle la chiarezza della pagina"</legend>
                    {star_inputs}
                </fieldset>
                {follow}
                <p role="status" class="rating-status mt-3 mb-0">{status}</p>
            </form>
        </section>
    }
    .into_any()
}
