//! Data of the site and the rules over it. No web dependency: everything here
//! is tested on the host with `cargo test`.

/// Serialises a value type as the string its `to_text` method writes and
/// reads it back with its `parse` method (dates, amounts): JSON keeps the
/// exact form the content files use.
macro_rules! serde_as_text {
    ($type:ty, $to_text:ident) => {
        impl serde::Serialize for $type {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(&self.$to_text())
            }
        }

        impl<'de> serde::Deserialize<'de> for $type {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let text = String::deserialize(deserializer)?;
                <$type>::parse(&text).map_err(serde::de::Error::custom)
            }
        }
    };
}

pub mod config;
#[cfg(not(target_arch = "wasm32"))]
pub mod config_toml;
pub mod content;
pub mod date;
pub mod file_size;
pub mod history;
pub mod load_error;
pub mod money;
pub mod news_filter;
pub mod pagination;
pub mod pnrr;
pub mod preloaded;
pub mod rating;
pub mod reading;
pub mod search;
pub mod share;
pub mod site_map;

pub use config::SiteConfig;
pub use date::Date;
pub use load_error::LoadError;
pub use money::Amount;
