//! A search form that works as a plain GET form without JavaScript and, in
//! the app, navigates without reloading. (The router's own `Form` adds an
//! empty parameter for an unnamed submit button: `?q=x&=`.)

use super::icon::Icon;
use leptos::ev::SubmitEvent;
use leptos::html;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::location::Url;

pub const SEARCH_PATH: &str = "/cerca";

/// `/cerca?q=…` for a query.
pub fn search_url(query: &str) -> String {
    format!("{SEARCH_PATH}?q={}", Url::escape(query.trim()))
}

#[component]
pub fn SearchForm(
    /// Id of the input, unique on the page.
    id: &'static str,
    /// Visible label above the field; when absent the label is for screen readers only.
    #[prop(optional)]
    visible_label: Option<&'static str>,
    /// Query shown in the field (the current one, on the results page).
    #[prop(optional, into)]
    value: Signal<String>,
    #[prop(optional)] class: &'static str,
) -> impl IntoView {
    let input = NodeRef::<html::Input>::new();
    let navigate = use_navigate();
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let query = input.get_untracked().map(|i| i.value()).unwrap_or_default();
        navigate(&search_url(&query), Default::default());
    };
    // With a hidden label the placeholder repeats it for sighted visitors.
    let (label_text, label_class, placeholder) = match visible_label {
        Some(text) => (text, "form-label", None),
        None => ("Cerca nel sito", "visually-hidden", Some("Cerca nel sito")),
    };
    view! {
        <form action=SEARCH_PATH method="get" role="search" class=class on:submit=on_submit>
            <label for=id class=label_class>{label_text}</label>
            <div class="search-form-row">
                <input node_ref=input id=id class="form-control" type="search" name="q" placeholder=placeholder prop:value=value/>
                <button type="submit" class="btn btn-primary search-form-submit">
                    <Icon name="it-search" class="icon icon-white icon-sm"/>
                    <span class="search-form-submit-label">"Cerca"</span>
                </button>
            </div>
        </form>
    }
}
