//! What a person typed in a form, kept in the tab's session storage: a
//! reader who follows a link away (the privacy notice) and comes back finds
//! the form as they left it. Kept for the tab only, and cleared once sent.

use serde::{de::DeserializeOwned, Serialize};

/// The value stored under `key`, if any and readable.
pub fn recall<T: DeserializeOwned>(key: &str) -> Option<T> {
    #[cfg(target_arch = "wasm32")]
    {
        let storage = leptos::prelude::window().session_storage().ok()??;
        let text = storage.get_item(key).ok()??;
        serde_json::from_str(&text).ok()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = key;
        None
    }
}

/// Keeps `value` under `key` (silently nothing where storage is refused).
pub fn keep<T: Serialize>(key: &str, value: &T) {
    #[cfg(target_arch = "wasm32")]
    if let (Ok(Some(storage)), Ok(text)) = (
        leptos::prelude::window().session_storage(),
        serde_json::to_string(value),
    ) {
        let _ = storage.set_item(key, &text);
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (key, serde_json::to_string(value));
}

/// Forgets what was kept under `key`.
pub fn forget(key: &str) {
    #[cfg(target_arch = "wasm32")]
    if let Ok(Some(storage)) = leptos::prelude::window().session_storage() {
        let _ = storage.remove_item(key);
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = key;
}
