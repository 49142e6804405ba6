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

/// A request to move the focus to results that are drawn later (loaded, or
/// replaced when a filter changes): the form that is sent asks, the element
/// that shows the results takes it once it is on the page.
#[derive(Clone, Copy)]
pub struct PendingFocus(RwSignal<bool>);

impl PendingFocus {
    pub fn new() -> Self {
        PendingFocus(RwSignal::new(false))
    }

    pub fn request(&self) {
        self.0.set(true);
    }

    /// Whether focus was asked for; asking again is needed after this.
    pub fn take(&self) -> bool {
        let asked = self.0.get_untracked();
        if asked {
            self.0.set(false);
        }
        asked
    }
}

impl Default for PendingFocus {
    fn default() -> Self {
        Self::new()
    }
}
