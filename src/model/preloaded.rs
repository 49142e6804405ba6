//! Data a page already holds. The pre-renderer embeds the JSON each page was
//! rendered from (`<script type="application/json" id="dati-pagina">`); the
//! app reads it at start instead of fetching it again. Keys are API paths
//! relative to `/api/v1/` (`endpoint::Endpoint::path`).

use serde_json::value::RawValue;
use std::collections::HashMap;
use std::sync::Arc;

/// Id of the script element holding the embedded data.
pub const EMBEDDED_DATA_ID: &str = "dati-pagina";

type Lookup = dyn Fn(&str) -> Option<Arc<str>> + Send + Sync;

#[derive(Clone)]
pub struct Preloaded {
    lookup: Arc<Lookup>,
}

impl Preloaded {
    pub fn none() -> Preloaded {
        Preloaded::from_fn(|_| None)
    }

    pub fn from_fn(lookup: impl Fn(&str) -> Option<Arc<str>> + Send + Sync + 'static) -> Preloaded {
        Preloaded {
            lookup: Arc::new(lookup),
        }
    }

    pub fn from_map(map: HashMap<String, Arc<str>>) -> Preloaded {
        Preloaded::from_fn(move |path| map.get(path).cloned())
    }

    /// Reads the embedded block; anything unreadable is simply not preloaded
    /// (the app then fetches as usual).
    pub fn from_embedded(text: &str) -> Preloaded {
        let map: HashMap<String, Box<RawValue>> = serde_json::from_str(text).unwrap_or_default();
        Preloaded::from_map(map.into_iter().map(|(k, v)| (k, Arc::from(v.get()))).collect())
    }

    pub fn get(&self, path: &str) -> Option<Arc<str>> {
        (self.lookup)(path)
    }
}

/// The embedded block for `entries` (API path, JSON text). Every `<` becomes
/// `\u003c`, which JSON reads back unchanged, so no `</script>` can end the
/// block early.
pub fn embed(entries: &[(String, Arc<str>)]) -> String {
    let mut out = String::from("{");
    for (i, (path, json)) in entries.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&serde_json::to_string(path).unwrap_or_default());
        out.push(':');
        out.push_str(json);
    }
    out.push('}');
    out.replace('<', "\\u003c")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_data_reads_back_and_cannot_close_its_script() {
        let json: Arc<str> = Arc::from(r#"{"corpo_html":"<p>a</p></script><script>alert(1)</script>"}"#);
        let block = embed(&[("home.json".into(), json.clone())]);
        assert!(!block.contains('<'), "{block}");
        let preloaded = Preloaded::from_embedded(&block);
        let read: serde_json::Value = serde_json::from_str(&preloaded.get("home.json").unwrap()).unwrap();
        let original: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(read, original);
        assert!(preloaded.get("novita.json").is_none());
        assert!(Preloaded::from_embedded("not json").get("home.json").is_none());
    }
}
