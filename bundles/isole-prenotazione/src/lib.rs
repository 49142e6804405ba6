//! The booking page's bundle: the booking form in steps, with the common
//! islands, so it serves the page alone.

pub use provincia_sito as _site;

#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen(start)]
pub fn start() {
    provincia_sito::start_islands();
}
