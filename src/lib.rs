//! Public website of an Italian Provincia: Leptos components and routes
//! (`app`, `routes`, `components`), the network (`api`) and the data and
//! rules with no web dependency (`model`).

pub mod api;
pub mod app;
pub mod components;
pub mod model;
pub mod routes;

use model::SiteConfig;

/// The configuration validated by the build script (see build.rs).
pub const EMBEDDED_CONFIG: &str = include_str!(concat!(env!("OUT_DIR"), "/site.json"));

pub fn embedded_config() -> Result<SiteConfig, serde_json::Error> {
    serde_json::from_str(EMBEDDED_CONFIG)
}
