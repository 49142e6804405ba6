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

/// Declares a closed vocabulary of content values: the key written in the
/// content files and the URL, and the label citizens read.
macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident { $($variant:ident => $key:literal, $label:literal;)+ }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
        pub enum $name {
            $(#[serde(rename = $key)] $variant,)+
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant,)+];

            pub fn key(self) -> &'static str {
                match self { $($name::$variant => $key,)+ }
            }

            pub fn label(self) -> &'static str {
                match self { $($name::$variant => $label,)+ }
            }

            pub fn from_key(key: &str) -> Option<$name> {
                Self::ALL.iter().copied().find(|v| v.key() == key)
            }

            /// "a, b, c": the accepted keys, for error messages.
            pub fn keys() -> String {
                Self::ALL.iter().map(|v| v.key()).collect::<Vec<_>>().join(", ")
            }
        }
    };
}

pub mod address;
pub mod albo;
pub mod archives;
pub mod bodies;
pub mod booking;
pub mod calendar;
pub mod calls;
pub mod config;
#[cfg(not(target_arch = "wasm32"))]
pub mod config_toml;
pub mod content;
pub mod control_chars;
pub mod date;
pub mod documents;
pub mod endpoint;
pub mod events;
pub mod file_size;
pub mod history;
pub mod load_error;
pub mod money;
pub mod news_filter;
pub mod pagination;
pub mod paths;
pub mod people;
pub mod pnrr;
pub mod preloaded;
pub mod problem;
pub mod rating;
pub mod reading;
pub mod receiving;
pub mod search;
pub mod services;
pub mod share;
pub mod site_map;
pub mod sittings;
pub mod slug;
pub mod spreadsheet;
pub mod territory;
pub mod text_limits;
pub mod transparency;
pub mod url_template;
pub mod vocabulary;
pub mod wording;

pub use config::SiteConfig;
pub use date::Date;
pub use load_error::LoadError;
pub use money::Amount;
