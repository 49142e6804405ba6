//! Share and follow: plain links, no third-party script; the networks see
//! nothing until the reader follows a link.

use super::icon::Icon;
use crate::context::use_site;
use crate::model::share;
use leptos::prelude::*;
use leptos_meta::Link;

#[component]
pub fn ShareLinks(#[prop(into)] path: String, #[prop(into)] title: String) -> impl IntoView {
    let site = use_site();
    let url = site.absolute(&path);
    view! {
        <section class="share-links" aria-labelledby="condividi-titolo">
            <h2 id="condividi-titolo" class="h6">"Condividi"</h2>
            <ul class="list-unstyled">
                {share::links(&url, &title).into_iter().map(|link| view! {
                    <li>
                        <a href=link.href target="_blank" rel="noopener noreferrer">
                            <Icon name=link.icon class="icon icon-sm icon-primary me-2"/>
                            {link.network}
                            <span class="visually-hidden">" (si apre in una nuova finestra)"</span>
                        </a>
                    </li>
                }).collect_view()}
            </ul>
        </section>
    }
}

/// An Atom feed: announced in the head for feed readers and offered as a
/// visible link.
#[component]
pub fn FeedLink(#[prop(into)] href: String, #[prop(into)] title: String) -> impl IntoView {
    view! {
        <Link rel="alternate" type_="application/atom+xml" href=href.clone() title=title.clone()/>
        <a href=href class="feed-link">
            <Icon name="it-rss" class="icon icon-sm icon-primary me-1"/>
            {format!("Feed Atom: {title}")}
        </a>
    }
}
