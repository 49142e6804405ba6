//! The archive pages' bundle on demand: the remote archive's search form and
//! the page rating, fetched when a reader reaches one of them (with the
//! common islands and the availability check, so it can serve the page
//! alone).

pub use provincia_sito as _site;

#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen(start)]
pub fn start() {
    provincia_sito::start_islands();
}
