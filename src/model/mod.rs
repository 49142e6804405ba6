//! Data of the site and the rules over it. No web dependency: everything here
//! is tested on the host with `cargo test`.

pub mod config;
#[cfg(not(target_arch = "wasm32"))]
pub mod config_toml;
pub mod content;
pub mod date;
pub mod load_error;
pub mod money;
pub mod search;
pub mod site_map;

pub use config::SiteConfig;
pub use date::Date;
pub use load_error::LoadError;
pub use money::Amount;
