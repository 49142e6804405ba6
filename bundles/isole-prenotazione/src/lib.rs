//! The bundle of the forms that send to the receiving service: the booking
//! form in steps and the disservice report, with the common islands, so it
//! serves each of those pages alone.

pub use provincia_sito as _site;

#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen(start)]
pub fn start() {
    provincia_sito::start_islands();
}
