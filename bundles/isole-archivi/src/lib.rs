//! The bundle of the archive pages: the common islands (as in
//! `bundles/isole`) plus the check that the remote archive answers, which
//! runs as soon as the page is shown.

pub use provincia_sito as _site;

#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen(start)]
pub fn start() {
    provincia_sito::start_islands();
}
