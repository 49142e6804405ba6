//! What a full page load gives for free and a single-page app must redo:
//! after each client-side navigation the focus moves to the new page's h1,
//! its title is announced in a polite live region, and "back" returns to the
//! scroll position the visitor left.

use leptos::prelude::*;
use leptos_router::hooks::use_location;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;
use std::time::Duration;
use wasm_bindgen::JsCast;

/// How long to wait for a page that loads data before giving up on its h1.
const HEADING_ATTEMPTS: u32 = 60;
const HEADING_RETRY: Duration = Duration::from_millis(50);

#[derive(Default)]
struct ScrollMemory {
    positions: RefCell<HashMap<String, f64>>,
    restoring: Cell<bool>,
    last_heading: RefCell<Option<web_sys::Element>>,
    /// Path of the page shown; a change of query only (a new search) keeps
    /// the same page and so the same h1.
    last_path: RefCell<String>,
}

fn current_url() -> String {
    let location = window().location();
    format!(
        "{}{}",
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default()
    )
}

#[component]
pub fn NavigationAnnouncer() -> impl IntoView {
    let location = use_location();
    let (message, set_message) = signal(String::new());
    let memory = Rc::new(ScrollMemory::default());

    // Browser-only set-up (effects never run when rendering on the server).
    {
        let memory = memory.clone();
        Effect::new(move |_| {
            if let Ok(history) = window().history() {
                // The app restores positions itself, once the page has its content.
                let _ = history.set_scroll_restoration(web_sys::ScrollRestoration::Manual);
            }
            let scrolled = memory.clone();
            // Listeners live as long as the page (the app is never unmounted);
            // dropping the handle does not remove them.
            let _ = window_event_listener(leptos::ev::scroll, move |_| {
                let y = window().scroll_y().unwrap_or(0.0);
                scrolled.positions.borrow_mut().insert(current_url(), y);
            });
            let popped = memory.clone();
            let _ = window_event_listener(leptos::ev::popstate, move |_| popped.restoring.set(true));
        });
    }

    let first_render = Cell::new(true);
    Effect::new(move |_| {
        location.search.track();
        let path = location.pathname.get();
        let same_page = memory.last_path.replace(path.clone()) == path;
        if first_render.replace(false) {
            // A fresh page load: the browser already starts at the top and
            // announces the document; record the h1 so it is not mistaken
            // for a new one.
            *memory.last_heading.borrow_mut() = main_heading();
            return;
        }
        // A filter form rewrites the query as the reader types: focus and
        // scroll stay where they are, and the list announces its own count.
        if same_page && focus_in_filters() {
            return;
        }
        focus_new_heading(memory.clone(), set_message, same_page, HEADING_ATTEMPTS);
    });

    view! {
        <div class="visually-hidden" aria-live="polite" aria-atomic="true" id="annuncio-navigazione">
            {message}
        </div>
    }
}

/// `history.state.y`, written by public/boot.js when it left the page.
fn position_in_history() -> Option<f64> {
    let state = window().history().ok()?.state().ok()?;
    js_sys::Reflect::get(&state, &"y".into()).ok()?.as_f64()
}

/// Scrolls at once: Bootstrap's `scroll-behavior: smooth` would otherwise
/// animate a page change as if it were a scroll within the page.
fn jump_to(y: f64) {
    let options = web_sys::ScrollToOptions::new();
    options.set_top(y);
    options.set_behavior(web_sys::ScrollBehavior::Instant);
    window().scroll_to_with_scroll_to_options(&options);
}

fn focus_in_filters() -> bool {
    document()
        .active_element()
        .and_then(|e| e.closest("[data-filters]").ok().flatten())
        .is_some()
}

fn main_heading() -> Option<web_sys::Element> {
    document().query_selector("main h1").ok().flatten()
}

/// Waits for the new page's h1 and content (pages that load data render
/// them later), focuses the h1 without scrolling, announces the title and,
/// on "back", restores the remembered scroll position.
fn focus_new_heading(memory: Rc<ScrollMemory>, announce: WriteSignal<String>, same_page: bool, attempts: u32) {
    set_timeout(
        move || {
            let heading = main_heading();
            let is_new = heading.is_some() && (same_page || *memory.last_heading.borrow() != heading);
            // Restoring a position needs the page at its full height.
            let still_loading = document()
                .query_selector("main .loading-status")
                .ok()
                .flatten()
                .is_some();
            if (!is_new || still_loading) && attempts > 0 {
                focus_new_heading(memory, announce, same_page, attempts - 1);
                return;
            }
            if let Some(element) = heading.as_ref().and_then(|h| h.dyn_ref::<web_sys::HtmlElement>()) {
                let options = web_sys::FocusOptions::new();
                options.set_prevent_scroll(true);
                let _ = element.focus_with_options(&options);
            }
            *memory.last_heading.borrow_mut() = heading;
            // A new page starts at the top once its content is in (content
            // arriving after the router's own scroll can shift it); "back"
            // returns where the visitor was; a #fragment is the router's job.
            // Read here, not when the route changed: the router may update
            // the location before our popstate listener has run.
            // A page seen before the app started (public/boot.js navigated
            // there) left its position in the history entry instead.
            let restore_to = memory
                .restoring
                .replace(false)
                .then(|| {
                    memory
                        .positions
                        .borrow()
                        .get(&current_url())
                        .copied()
                        .or_else(position_in_history)
                })
                .flatten();
            match restore_to {
                Some(y) => jump_to(y),
                None if window().location().hash().unwrap_or_default().is_empty() => jump_to(0.0),
                None => {}
            }
            // The same text twice would not be announced again: clear first.
            announce.set(String::new());
            let title = document().title();
            set_timeout(move || announce.set(title), Duration::from_millis(30));
        },
        HEADING_RETRY,
    );
}
