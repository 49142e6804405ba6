//! The bundle of the restrictions list: the common islands (as in
//! `bundles/isole`) plus the list's filters, which no other page needs.

pub use provincia_sito as _site;

#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen(start)]
pub fn start() {
    provincia_sito::start_islands();
}
