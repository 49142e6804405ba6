//! Moving the focus to an element drawn in this frame (a field to fix, a
//! step's heading), once the browser has laid it out.

use leptos::prelude::*;

pub fn focus_next_frame(id: String) {
    request_animation_frame(move || {
        if let Some(el) = document().get_element_by_id(&id) {
            use wasm_bindgen::JsCast;
            if let Some(el) = el.dyn_ref::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        }
    });
}
