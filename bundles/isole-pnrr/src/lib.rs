//! The bundle of the PNRR overview and measure pages: the common islands (as
//! in `bundles/isole`) plus the project table's filters and sorting, which
//! no other page needs.

pub use provincia_sito as _site;

#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen(start)]
pub fn start() {
    provincia_sito::start_islands();
}
