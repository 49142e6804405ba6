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
/// that shows the results takes it once it is on the page. It also knows
/// whether the results of the filter applied are on the page yet: a form
/// sent while they load (its filter applied live a moment before, as when a
/// sleeping island wakes) waits for them too.
#[derive(Clone, Copy)]
pub struct PendingFocus {
    asked: RwSignal<bool>,
    drawn: RwSignal<bool>,
}

impl PendingFocus {
    pub fn new() -> Self {
        PendingFocus {
            asked: RwSignal::new(false),
            drawn: RwSignal::new(true),
        }
    }

    pub fn request(&self) {
        self.asked.set(true);
    }

    /// Whether focus was asked for; asking again is needed after this.
    pub fn take(&self) -> bool {
        let asked = self.asked.get_untracked();
        if asked {
            self.asked.set(false);
        }
        asked
    }

    /// The results start loading (false) or are on the page (true).
    pub fn set_drawn(&self, drawn: bool) {
        self.drawn.set(drawn);
    }

    /// Whether the results of the filter applied are on the page.
    pub fn drawn(&self) -> bool {
        self.drawn.get_untracked()
    }
}

impl Default for PendingFocus {
    fn default() -> Self {
        Self::new()
    }
}
