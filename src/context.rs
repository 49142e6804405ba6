//! What any component may ask of the page it is in, provided once by `app`:
//! the ente's configuration and the data the first page already holds. Each
//! provide/use pair sits here, next to the other, so that components, routes
//! and the data layer read contexts without depending on `app`.

use crate::model::preloaded::Preloaded;
use crate::model::SiteConfig;
use leptos::prelude::{expect_context, provide_context, use_context};
use std::sync::Arc;

pub fn provide_site(config: SiteConfig) {
    provide_context(Arc::new(config));
}

/// The configuration of the ente.
pub fn use_site() -> Arc<SiteConfig> {
    expect_context::<Arc<SiteConfig>>()
}

pub fn provide_preloaded(preloaded: Preloaded) {
    provide_context(preloaded);
}

/// The data embedded in the page (or handed over while pre-rendering). An
/// island hydrates outside the tree that provided it: in a page bundle it
/// reads the page's embedded block itself.
pub fn use_preloaded() -> Option<Preloaded> {
    use_context::<Preloaded>().or_else(embedded_in_document)
}

#[cfg(feature = "hydrate")]
fn embedded_in_document() -> Option<Preloaded> {
    use crate::model::preloaded::EMBEDDED_DATA_ID;
    let text = leptos::prelude::document()
        .get_element_by_id(EMBEDDED_DATA_ID)?
        .text_content()?;
    Some(Preloaded::from_embedded(&text))
}

#[cfg(not(feature = "hydrate"))]
fn embedded_in_document() -> Option<Preloaded> {
    None
}
