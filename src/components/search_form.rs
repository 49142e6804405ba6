//! A search form: a plain GET form to `/cerca`. With JavaScript,
//! public/boot.js opens the results page without reloading (or, on the
//! results page, hands the new query to the search).

use super::icon::Icon;
use crate::model::url_template::encode_component;
use leptos::prelude::*;

pub const SEARCH_PATH: &str = "/cerca";

/// The search page's own field: the header's search button on a phone
/// leads to it (`/cerca#cerca-pagina`), and public/boot.js puts the focus
/// in the field a fragment names rather than on the page's heading.
pub const SEARCH_FIELD_ID: &str = "cerca-pagina";

/// `/cerca?q=…` for a query.
pub fn search_url(query: &str) -> String {
    format!("{SEARCH_PATH}?q={}", encode_component(query.trim()))
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
    // With a hidden label the placeholder repeats it for sighted visitors.
    let (label_text, label_class, placeholder) = match visible_label {
        Some(text) => (text, "form-label", None),
        None => ("Cerca nel sito", "visually-hidden", Some("Cerca nel sito")),
    };
    // The form is named by its label: a page with two search forms (the
    // header's and the page's own) tells its landmarks apart.
    let label_id = format!("{id}-etichetta");
    let labelled_by = label_id.clone();
    view! {
        <form action=SEARCH_PATH method="get" role="search" class=class aria-labelledby=labelled_by>
            <label for=id id=label_id class=label_class>{label_text}</label>
            <div class="search-form-row">
                <input id=id class="form-control" type="search" name="q" placeholder=placeholder prop:value=value/>
                <button type="submit" class="btn btn-primary search-form-submit">
                    <Icon name="it-search" class="icon icon-white icon-sm"/>
                    <span class="search-form-submit-label">"Cerca"</span>
                </button>
            </div>
        </form>
    }
}
