//! The live region in which the title of each new page is announced. Pages
//! are pre-rendered; public/boot.js opens the next one in place and, as a
//! full page load would, moves the focus to its h1, announces its title
//! here (the region is kept across pages so screen readers hear it) and
//! restores the scroll position on "back".

use leptos::prelude::*;

#[component]
pub fn NavigationAnnouncer() -> impl IntoView {
    view! { <div class="visually-hidden" aria-live="polite" aria-atomic="true" id="annuncio-navigazione"></div> }
}
