//! The bundle of the page rating, loaded on demand on the pages whose own
//! bundle does not hold it: the common islands (as in `bundles/isole`) plus
//! the rating form.

pub use provincia_sito as _site;

#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen(start)]
pub fn start() {
    provincia_sito::start_islands();
}
