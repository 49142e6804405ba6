//! The light bundle of a pre-rendered page. It renders nothing itself: every
//! `#[island]` component of the site crate exports a function that hydrates
//! its `<leptos-island>` element in place, and `public/boot.js` calls them.
//! The islands of one page type only (features `isole-*` of the site crate)
//! are in that type's own bundle, such as `bundles/isole-archivi`; the FAQ
//! page's accordion (`isole-accordion`) is in this one only.

// Links the site crate, whose islands' exports are the point of this bundle.
pub use provincia_sito as _site;

#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen(start)]
pub fn start() {
    provincia_sito::start_islands();
}
