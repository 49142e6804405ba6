//! The topics a page belongs to, as chips linking to each topic's page.

use crate::model::content::TopicRef;
use leptos::prelude::*;

/// Topic chips; `element` is the Designers Italia name the page's checker
/// looks for (`topic-element` on news, `service-topic` on services).
#[component]
pub fn TopicChips(items: Vec<TopicRef>, element: &'static str) -> impl IntoView {
    view! {
        <ul class="list-inline topic-list">
            {items.into_iter().map(|t| {
                let href = t.path();
                view! {
                    <li class="list-inline-item"><a class="chip chip-simple" href=href data-element=element><span class="chip-label">{t.nome}</span></a></li>
                }
            }).collect_view()}
        </ul>
    }
}

/// The "Argomenti" block at the end of a page (news, documents, calls):
/// nothing when the page has no topic.
#[component]
pub fn TopicsSection(items: Vec<TopicRef>) -> impl IntoView {
    (!items.is_empty()).then(|| {
        view! {
            <section class="mt-4" aria-labelledby="argomenti-contenuto">
                <h2 id="argomenti-contenuto" class="h6">"Argomenti"</h2>
                <TopicChips items=items element="topic-element"/>
            </section>
        }
    })
}
