//! The bundle of the archive pages: the common islands (as in
//! `bundles/isole`) plus the remote archive's search form and availability
//! check, which no other page needs.

pub use provincia_sito as _site;

#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen(start)]
pub fn start() {
    provincia_sito::start_islands();
}
