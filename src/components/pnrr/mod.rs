//! Building blocks of the "Attuazione misure PNRR" pages.

pub mod closing;
pub mod downloads;
pub mod figures;
pub mod funding;
pub mod payments;
pub mod project_filters;
pub mod project_table;
pub mod timeline;

use leptos::prelude::*;

/// The emblem and statement every PNRR page must carry, no less prominent
/// than the other logos.
#[component]
pub fn FundedByEu() -> impl IntoView {
    view! {
        <div class="pnrr-funding d-flex align-items-center gap-3 my-3">
            <img src="/img/emblema-ue.svg" alt="Emblema dell'Unione europea" width="90" height="60"/>
            <p class="pnrr-funded mb-0">"Finanziato dall'Unione europea – NextGenerationEU"</p>
        </div>
    }
}

/// A table in its own scrolling box: wide tables scroll there, never the
/// whole page, and the box takes focus so the keyboard can scroll it.
#[component]
pub fn ScrollTable(
    #[prop(into)] id: String,
    #[prop(into)] caption: String,
    #[prop(optional)] class: &'static str,
    children: Children,
) -> impl IntoView {
    let labelled_by = id.clone();
    view! {
        <div class="table-scroll" role="region" aria-labelledby=labelled_by tabindex="0">
            <table class=format!("table {class}")>
                <caption id=id>{caption}</caption>
                {children()}
            </table>
        </div>
    }
}
