//! The query of the page's address, for the widgets that keep their state in
//! it (list filters, the project table's sort, the search). Islands run
//! without a router: a widget reads the query through this signal and
//! writes it into the browser's history itself.
//!
//! The pre-rendered page is the page without a query, so the signal starts
//! empty (hydration then matches the markup) and takes the address's query
//! just after. Back and forward within the same page change the query
//! only; public/boot.js leaves those to the widget (the page has a
//! `[data-filters]` element) and so do links to the same page with another
//! query: it records them in the history and signals them as a `popstate`.

use crate::model::news_filter::parse_query;
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct AddressQuery {
    /// The query without its "?".
    text: RwSignal<String>,
}

pub fn use_address_query() -> AddressQuery {
    let text = RwSignal::new(String::new());
    #[cfg(not(feature = "ssr"))]
    {
        Effect::new(move |_| text.set(browser::current_query()));
        let listener = window_event_listener(leptos::ev::popstate, move |_| text.set(browser::current_query()));
        on_cleanup(move || listener.remove());
    }
    AddressQuery { text }
}

impl AddressQuery {
    /// The (key, value) pairs, tracked.
    pub fn pairs(&self) -> Vec<(String, String)> {
        self.text.with(|q| parse_query(q))
    }

    /// The address has a query, tracked.
    pub fn is_set(&self) -> bool {
        self.text.with(|q| !q.is_empty())
    }

    /// Shows `query` ("?a=1" or "") on the same page: one history entry per
    /// change, or the current one rewritten (`replace`, while typing). The
    /// query already shown adds no entry (a form sent after its live update).
    pub fn set(&self, query: &str, replace: bool) {
        let query = query.trim_start_matches('?');
        if self.text.with_untracked(|shown| shown == query) {
            return;
        }
        #[cfg(not(feature = "ssr"))]
        browser::record(query, replace);
        #[cfg(feature = "ssr")]
        let _ = replace;
        self.text.set(query.to_string());
    }
}

/// The (name, value) pairs a GET form would put in the address when sent:
/// a filter form's button applies exactly what its fields hold.
pub fn submitted_pairs(ev: &leptos::ev::SubmitEvent) -> Vec<(String, String)> {
    use wasm_bindgen::JsCast;
    let form = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlFormElement>().ok());
    let Some(data) = form.and_then(|f| web_sys::FormData::new_with_form(&f).ok()) else {
        return Vec::new();
    };
    let Ok(Some(entries)) = js_sys::try_iter(&data) else {
        return Vec::new();
    };
    entries
        .flatten()
        .filter_map(|entry| {
            let pair = entry.dyn_into::<js_sys::Array>().ok()?;
            Some((pair.get(0).as_string()?, pair.get(1).as_string()?))
        })
        .collect()
}

#[cfg(not(feature = "ssr"))]
mod browser {
    use leptos::prelude::window;
    use wasm_bindgen::JsValue;

    pub fn current_query() -> String {
        let search = window().location().search().unwrap_or_default();
        search.trim_start_matches('?').to_string()
    }

    /// Writes the address just after the next paint: a history entry costs
    /// the browser some milliseconds, which the reader should not wait for
    /// to see the list or table change. The scroll position stays in the
    /// entry left, as boot.js records it (`{ y }`) for every page it shows.
    pub fn record(query: &str, replace: bool) {
        let path = window().location().pathname().unwrap_or_default();
        let query = query.to_string();
        leptos::prelude::request_animation_frame(move || {
            leptos::prelude::set_timeout(move || write(&path, &query, replace), std::time::Duration::ZERO);
        });
    }

    fn write(path: &str, query: &str, replace: bool) {
        // A link followed meanwhile took the reader to another page: its
        // entry is not this widget's to rewrite.
        if window().location().pathname().unwrap_or_default() != path {
            return;
        }
        let path = path.to_string();
        let url = if query.is_empty() {
            path
        } else {
            format!("{path}?{query}")
        };
        let Ok(history) = window().history() else { return };
        let state = js_sys::Object::new();
        let _ = js_sys::Reflect::set(
            &state,
            &"y".into(),
            &JsValue::from_f64(window().scroll_y().unwrap_or(0.0)),
        );
        if replace {
            let _ = history.replace_state_with_url(&state, "", Some(&url));
        } else {
            let _ = history.replace_state_with_url(&state, "", None);
            let _ = history.push_state_with_url(&state, "", Some(&url));
        }
    }
}
