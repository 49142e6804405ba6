//! Documenti e dati: a document as a card in lists, and the list with its
//! filters (`browser`).

pub mod browser;
mod filters;

use crate::model::documents::DocumentSummary;
use leptos::prelude::*;

/// A document in a list: what it is with number and date, its title, its
/// subject, who issued it and, when it matters, whether it is in force.
#[component]
pub fn DocumentCard(item: DocumentSummary) -> impl IntoView {
    let path = item.path();
    let validity = item.validity().map(|text| {
        let class = if item.non_in_vigore {
            "document-validity document-expired mb-0"
        } else {
            "document-validity mb-0"
        };
        view! { <p class=class>{text}</p> }
    });
    view! {
        <li class="col-12 col-md-6 col-lg-4">
            <article class="card card-teaser shadow-sm rounded h-100">
                <div class="card-body">
                    <p class="category-top mb-2">
                        <span class="category">{item.tipo.label()}</span>
                        {item.numero.clone().map(|n| format!(" n. {n}"))}
                        " – "
                        <time datetime=item.data.iso()>{item.data.italian()}</time>
                    </p>
                    <h3 class="card-title h5"><a href=path>{item.titolo.clone()}</a></h3>
                    <p class="card-text">{item.oggetto.clone()}</p>
                    <p class="small mb-1">{format!("Emanato da: {}", item.emanato_da.nome)}</p>
                    {validity}
                </div>
            </article>
        </li>
    }
}

/// Cards as a list, so screen readers say how many there are.
#[component]
pub fn DocumentCards(items: Vec<DocumentSummary>, #[prop(into)] empty: String) -> impl IntoView {
    if items.is_empty() {
        return view! { <p>{empty}</p> }.into_any();
    }
    view! {
        <ul class="row g-4 list-unstyled news-cards document-cards">
            {items.into_iter().map(|item| view! { <DocumentCard item=item/> }).collect_view()}
        </ul>
    }
    .into_any()
}
