//! The light bundle of a pre-rendered page. It renders nothing itself: every
//! `#[island]` component of the site crate exports a function that hydrates
//! its `<leptos-island>` element in place, and `public/boot.js` calls them.

// Links the site crate, whose islands' exports are the point of this bundle.
pub use provincia_sito as _site;

/// Runs once, when `public/boot.js` initialises the module: sets up the
/// reactive system the islands hydrate into.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen(start)]
pub fn start() {
    leptos::mount::hydrate_islands();
}
