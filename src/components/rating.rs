//! The page rating of the Designers Italia model. Stars are native radio
//! buttons (arrow keys move between them, screen readers say "3 di 5"); the
//! follow-up question that fits the rating appears below it (both are in the
//! page from the start, as the model asks), without moving
//! the focus; the outcome is spoken by a status region.

use super::focus::focus_next_frame;
use super::form_fields::HoneypotField;
use super::form_memory;
use super::icon::Icon;
use crate::context::use_site;
use crate::model::rating::{follow_up, FollowUp, RatingAnswer, MAX_DETAILS_CHARS, NEGATIVE, POSITIVE, QUESTION};
use crate::model::receiving::Kind;
use crate::send::send;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// The thanks that replace the form once sent, and take the focus.
const THANKS_ID: &str = "valutazione-grazie";

#[derive(Clone, PartialEq)]
enum Outcome {
    Waiting,
    NoStars,
    Sending,
    Sent,
    NotConfigured,
    Failed(String),
}

/// The rating of the page at `page`, sent to the receiving service. It
/// comes to life on demand (`data-al-bisogno`): its code is fetched when a
/// reader first reaches it (focus or touch), not by every visitor of every
/// page, and what was already chosen then is kept (public/boot.js).
#[component]
pub fn Rating(#[prop(into)] page: String) -> impl IntoView {
    let endpoint = use_site().ricezione.address(Kind::Rating).unwrap_or_default();
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
    let honeypot = RwSignal::new(String::new());

    let star_inputs = (1..=5u8)
        .map(|n| {
            let id = format!("valutazione-{n}");
            let label = if n == 1 { "Valuta 1 stella su 5".to_string() } else { format!("Valuta {n} stelle su 5") };
            view! {
                <input type="radio" class="visually-hidden rating-input" name="valutazione" id=id.clone() value=n.to_string()
                    data-element=format!("feedback-rate-{n}") data-segue=follow_up(n).element
                    prop:checked=move || stars.get() == n
                    on:change=move |_| {
                        // An aspect belongs to its follow-up question: it goes only when
                        // the question changes. The first rating (also the one boot.js
                        // replays when the island wakes after the reader chose) keeps it.
                        let before = stars.get_untracked();
                        if before != 0 && follow_up(before).element != follow_up(n).element {
                            aspect.set(None);
                        }
                        stars.set(n);
                        outcome.set(Outcome::Waiting);
                    }/>
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

    // Both follow-up fieldsets are in the page from the start, as the model
    // asks. Which one shows is the stylesheet's job (site.css, `data-segue`
    // on each star names its fieldset): the right one appears the moment a
    // star is checked, before or without this island's code.
    let fieldset = move |follow: &'static FollowUp| {
        let answers = follow
            .answers
            .into_iter()
            .enumerate()
            .map(|(i, answer)| {
                let id = format!("{}-{i}", follow.element);
                view! {
                    <div class="form-check" data-element="feedback-rating-answer">
                        <input type="radio" class="form-check-input" name="aspetto" id=id.clone() value=answer
                            prop:checked=move || aspect.with(|a| a.as_deref() == Some(answer))
                            on:change=move |_| aspect.set(Some(answer.to_string()))/>
                        <label class="form-check-label" for=id>{answer}</label>
                    </div>
                }
            })
            .collect_view();
        view! {
            <fieldset class="mt-4 rating-follow-up" data-element=follow.element>
                <legend class="h6" data-element="feedback-rating-question">{follow.question}</legend>
                {answers}
            </fieldset>
        }
    };
    let follow = view! {
        {fieldset(&POSITIVE)}
        {fieldset(&NEGATIVE)}
        <div class="mt-3">
            <label for="valutazione-dettagli" class="form-label">"Vuoi aggiungere altri dettagli? (facoltativo)"</label>
            <textarea id="valutazione-dettagli" class="form-control" rows="3" maxlength=MAX_DETAILS_CHARS.to_string()
                data-element="feedback-input-text" aria-describedby="valutazione-nota"
                prop:value=move || details.get() on:input=move |ev| details.set(event_target_value(&ev))></textarea>
            <p id="valutazione-nota" class="form-text">
                {format!("Al massimo {MAX_DETAILS_CHARS} caratteri. Non inserire dati personali.")}
            </p>
        </div>
        <HoneypotField value=honeypot id="valutazione-sito-web"/>
        // aria-disabled, not disabled: the button keeps the focus while sending.
        <button type="submit" class="btn btn-primary mt-2" aria-disabled=move || (outcome.get() == Outcome::Sending).then_some("true")>"Invia la valutazione"</button>
    };

    // One rating per page and visit: once sent (here or earlier in this
    // tab), the thanks take the form's place and nothing can be sent again.
    let memory_key = format!("valutazione:{page}");
    let recall_key = memory_key.clone();
    Effect::new(move |_| {
        if form_memory::recall::<bool>(&recall_key) == Some(true) {
            outcome.set(Outcome::Sent);
        }
    });
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if matches!(outcome.get_untracked(), Outcome::Sending | Outcome::Sent) {
            return;
        }
        let Some(mut answer) = RatingAnswer::new(
            &page,
            stars.get_untracked(),
            aspect.get_untracked().as_deref(),
            &details.get_untracked(),
        ) else {
            outcome.set(Outcome::NoStars);
            return;
        };
        answer.sito_web = honeypot.get_untracked();
        if !configured {
            outcome.set(Outcome::NotConfigured);
            return;
        }
        outcome.set(Outcome::Sending);
        let endpoint = endpoint.clone();
        let memory_key = memory_key.clone();
        spawn_local(async move {
            match send(&endpoint, &answer).await {
                Ok(_) => {
                    form_memory::keep(&memory_key, &true);
                    outcome.set(Outcome::Sent);
                    focus_next_frame(THANKS_ID.to_string());
                }
                Err(failure) => outcome.set(Outcome::Failed(failure.message)),
            }
        });
    };

    let status = move || match outcome.get() {
        Outcome::Waiting => String::new(),
        Outcome::NoStars => "Scegli prima da 1 a 5 stelle, poi invia la valutazione.".to_string(),
        Outcome::Sending => "Invio in corso…".to_string(),
        Outcome::Sent => String::new(),
        Outcome::NotConfigured => {
            "La valutazione non è stata inviata: su questo sito la raccolta delle valutazioni non è ancora attiva."
                .to_string()
        }
        Outcome::Failed(message) => message,
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
                <div class:d-none=move || outcome.get() == Outcome::Sent>
                    <fieldset class="rating-stars">
                        <legend class="visually-hidden">"Valuta da 1 a 5 stelle la chiarezza della pagina"</legend>
                        {star_inputs}
                    </fieldset>
                    {follow}
                </div>
                <p role="status" class="rating-status mt-3 mb-0">{status}</p>
                <p id=THANKS_ID class="rating-thanks mb-0" tabindex="-1" class:d-none=move || outcome.get() != Outcome::Sent>
                    "Grazie, la tua valutazione è stata inviata: ci aiuterà a migliorare le informazioni del sito."
                </p>
            </form>
        </section>
    }
    .into_any()
}
