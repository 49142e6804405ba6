//! Numbered pagination (Bootstrap Italia markup): plain links, so it works
//! without JavaScript and every page has its own address.

use super::icon::Icon;
use crate::model::pagination::page_window;
use leptos::prelude::*;

#[component]
pub fn Pagination(
    current: u32,
    total: u32,
    /// Path of page n.
    href: impl Fn(u32) -> String + 'static,
    /// What is paginated, for the landmark's name ("Notizie").
    #[prop(into)]
    label: String,
) -> impl IntoView {
    if total <= 1 {
        return ().into_any();
    }
    let link = |text: AnyView, hidden: &'static str, href: String| {
        view! {
            <li class="page-item">
                <a class="page-link" href=href>{text}<span class="visually-hidden">{hidden}</span></a>
            </li>
        }
    };
    let previous = (current > 1).then(|| {
        link(
            view! { <Icon name="it-chevron-left" class="icon icon-primary"/> }.into_any(),
            "Pagina precedente",
            href(current - 1),
        )
    });
    let next = (current < total).then(|| {
        link(
            view! { <Icon name="it-chevron-right" class="icon icon-primary"/> }.into_any(),
            "Pagina successiva",
            href(current + 1),
        )
    });
    let numbers = page_window(current, total)
        .into_iter()
        .map(|entry| match entry {
            None => {
                view! { <li class="page-item"><span class="page-link" aria-hidden="true">"…"</span></li> }.into_any()
            }
            Some(n) if n == current => view! {
                <li class="page-item">
                    <a class="page-link" href=href(n) aria-current="page">
                        <span class="visually-hidden">"Pagina "</span>{n}
                    </a>
                </li>
            }
            .into_any(),
            Some(n) => view! {
                <li class="page-item">
                    <a class="page-link" href=href(n)><span class="visually-hidden">"Pagina "</span>{n}</a>
                </li>
            }
            .into_any(),
        })
        .collect_view();
    view! {
        <nav class="pagination-wrapper mt-4" aria-label=format!("Pagine: {label}")>
            <p class="visually-hidden">{format!("Pagina {current} di {total}")}</p>
            <ul class="pagination">{previous}{numbers}{next}</ul>
        </nav>
    }
    .into_any()
}
