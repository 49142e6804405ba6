//! A titled part of a page holding the editors' rendered text (a person's
//! biography, an office's competences); nothing when the text is empty.

use leptos::prelude::*;

#[component]
pub fn TextSection(id: &'static str, heading: &'static str, html: String) -> impl IntoView {
    (!html.is_empty()).then(|| {
        view! {
            <section class="mt-4" aria-labelledby=id>
                <h2 id=id class="h5">{heading}</h2>
                <div class="content-body" inner_html=html></div>
            </section>
        }
    })
}
