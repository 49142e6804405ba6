//! Accordion of the WAI-ARIA Authoring Practices: each header is a button
//! inside a heading, with aria-expanded and aria-controls; panels are regions
//! labelled by their header. Bootstrap Italia classes, no Bootstrap JavaScript.
//! An island of the common bundle (`bundles/isole`, feature
//! `isole-accordion`), which the FAQ page loads; the other bundles leave it
//! out.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AccordionEntry {
    pub title: String,
    pub body: String,
}

#[cfg_attr(feature = "isole-accordion", island)]
#[cfg_attr(not(feature = "isole-accordion"), component)]
pub fn Accordion(
    /// Prefix of the element ids, unique on the page.
    #[prop(into)]
    id: String,
    entries: Vec<AccordionEntry>,
) -> impl IntoView {
    let items = entries
        .into_iter()
        .enumerate()
        .map(|(i, entry)| {
            let (open, set_open) = signal(false);
            let header_id = format!("{id}-titolo-{i}");
            let panel_id = format!("{id}-pannello-{i}");
            view! {
                <div class="accordion-item">
                    <h2 class="accordion-header" id=header_id.clone()>
                        <button
                            class="accordion-button"
                            class:collapsed=move || !open.get()
                            type="button"
                            aria-expanded=move || open.get().to_string()
                            aria-controls=panel_id.clone()
                            on:click=move |_| set_open.update(|o| *o = !*o)
                        >
                            {entry.title}
                        </button>
                    </h2>
                    <div
                        id=panel_id
                        class="accordion-collapse collapse"
                        class:show=open
                        role="region"
                        aria-labelledby=header_id
                    >
                        <div class="accordion-body">
                            <p>{entry.body}</p>
                        </div>
                    </div>
                </div>
            }
        })
        .collect_view();
    view! { <div class="accordion">{items}</div> }
}
