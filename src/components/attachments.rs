//! Files attached to a page, each with its format and size before the download.

use super::icon::Icon;
use crate::model::content::Attachment;
use leptos::prelude::*;

#[component]
pub fn Attachments(
    items: Vec<Attachment>,
    /// The section's heading: "Allegati", or what the files are.
    #[prop(default = "Allegati")]
    heading: &'static str,
) -> impl IntoView {
    (!items.is_empty()).then(|| {
        view! {
            <section class="mt-4 attachments" aria-labelledby="allegati-titolo">
                <h2 id="allegati-titolo" class="h5">{heading}</h2>
                <AttachmentList items=items/>
            </section>
        }
    })
}

/// The files alone, for a page that titles them itself (several groups).
#[component]
pub fn AttachmentList(items: Vec<Attachment>) -> impl IntoView {
    view! {
        <ul class="list-unstyled">
            {items.into_iter().map(|a| {
                let meta = a.format_and_size();
                view! {
                    <li class="attachment">
                        <Icon name="it-clip" class="icon icon-sm icon-primary me-1"/>
                        <a href=a.percorso.clone() download="">{a.titolo}<span class="attachment-meta">{format!(" ({meta})")}</span></a>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}
