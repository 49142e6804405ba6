use leptos::prelude::*;

/// Path of the icon sprite served by the site (a subset of Bootstrap Italia's).
pub const SPRITE: &str = "/svg/sprites.svg";

/// A decorative Bootstrap Italia icon; the text next to it carries the meaning.
#[component]
pub fn Icon(#[prop(into)] name: String, #[prop(default = "icon")] class: &'static str) -> impl IntoView {
    view! {
        <svg class=class aria-hidden="true" focusable="false">
            <use_ href=format!("{SPRITE}#{name}")></use_>
        </svg>
    }
}
