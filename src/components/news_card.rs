//! A news item in a list: kind, date, title, summary and, for notices, the
//! validity period in words.

use crate::model::content::{NewsKind, NewsSummary};
use leptos::prelude::*;

/// "In vigore dal 3 novembre 2026 al 30 novembre 2026", or "Scaduto il …".
#[component]
pub fn Validity(item: NewsSummary) -> impl IntoView {
    let end = item.scadenza?;
    let start = item.valid_from();
    Some(if item.scaduto {
        view! {
            <p class="notice-validity notice-expired-label mb-0">
                <strong>"Scaduto"</strong>" il " <time datetime=end.iso()>{end.italian()}</time>
            </p>
        }
        .into_any()
    } else {
        view! {
            <p class="notice-validity mb-0">
                "In vigore dal " <time datetime=start.iso()>{start.italian()}</time>
                " al " <time datetime=end.iso()>{end.italian()}</time>
            </p>
        }
        .into_any()
    })
}

#[component]
pub fn NewsCard(item: NewsSummary) -> impl IntoView {
    let path = item.path();
    let validity = (item.tipo == NewsKind::Avviso).then(|| view! { <Validity item=item.clone()/> });
    view! {
        <li class="col-12 col-md-6 col-lg-4">
            <article class="card card-teaser shadow-sm rounded h-100">
                <div class="card-body">
                    <p class="category-top mb-2">
                        <span class="category">{item.tipo.label()}</span>
                        " – "
                        <time datetime=item.data.iso()>{item.data.italian()}</time>
                    </p>
                    <h3 class="card-title h5">
                        <a href=path>{item.titolo}</a>
                    </h3>
                    <p class="card-text">{item.sommario}</p>
                    {validity}
                </div>
            </article>
        </li>
    }
}

/// Cards as a list, so screen readers say how many there are.
#[component]
pub fn NewsCards(items: Vec<NewsSummary>, #[prop(into, optional)] empty: Option<String>) -> impl IntoView {
    if items.is_empty() {
        let empty = empty.unwrap_or_else(|| "Nessun contenuto pubblicato.".to_string());
        return view! { <p>{empty}</p> }.into_any();
    }
    view! {
        <ul class="row g-4 list-unstyled news-cards">
            {items.into_iter().map(|item| view! { <NewsCard item=item/> }).collect_view()}
        </ul>
    }
    .into_any()
}
