//! Public website of an Italian Provincia. Layers point one way (checked by
//! scripts/check-layers): `model` (data and rules, no web dependency) →
//! `context` (what components ask of the page) → `read` (reads the JSON API:
//! the only network use) → `components` → `routes` → `app`.

// The nested view types of the larger pages (the PNRR overview) exceed the
// compiler's default query depth on a clean build once the route groups are
// erased; leptos's own examples raise it the same way.
#![recursion_limit = "256"]

pub mod app;
pub mod components;
pub mod context;
pub mod model;
pub mod read;
pub mod routes;
pub mod send;

use model::SiteConfig;

/// The configuration validated by the build script (see build.rs).
pub const EMBEDDED_CONFIG: &str = include_str!(concat!(env!("OUT_DIR"), "/site.json"));

pub fn embedded_config() -> Result<SiteConfig, serde_json::Error> {
    serde_json::from_str(EMBEDDED_CONFIG)
}

/// What a page bundle (`bundles/*`) runs when the browser starts it: the
/// reactive system its islands hydrate into. Each bundle crate exports this
/// as its wasm start function; the islands themselves export their own.
#[cfg(feature = "hydrate")]
pub fn start_islands() {
    leptos::mount::hydrate_islands();
}
