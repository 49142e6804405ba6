//! The card that leads to a page from a list (Bootstrap Italia's
//! `card-teaser`): its title as a link, a sentence, an optional note.

use leptos::prelude::*;

/// The level of the card's title: h2 in a list right under the page's h1,
/// h3 in a list under a section heading.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum TitleLevel {
    H2,
    H3,
}

#[component]
pub fn TeaserCard(
    href: String,
    title: String,
    text: String,
    level: TitleLevel,
    /// A smaller line under the text ("3 componenti in carica").
    #[prop(default = None)]
    note: Option<String>,
    /// The Designers Italia name of the link, where the model has one.
    #[prop(default = None)]
    element: Option<&'static str>,
) -> impl IntoView {
    let link = view! { <a href=href data-element=element>{title}</a> };
    let heading = match level {
        TitleLevel::H2 => view! { <h2 class="card-title h5">{link}</h2> }.into_any(),
        TitleLevel::H3 => view! { <h3 class="card-title h5">{link}</h3> }.into_any(),
    };
    view! {
        <li class="col-12 col-md-6">
            <div class="card card-teaser shadow-sm rounded h-100">
                <div class="card-body">
                    {heading}
                    <p class="card-text">{text}</p>
                    {note.map(|n| view! { <p class="card-text small text-muted">{n}</p> })}
                </div>
            </div>
        </li>
    }
}
