//! The record of changes of a page, taken from the content repository's
//! history at build time: when, why (the editor's reason) and which lines.

use super::date::Date;
use serde::{Deserialize, Serialize};

/// One published change of a content file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Change {
    pub data: Date,
    /// The editor's reason: the `Motivo:` line of the commit, else a
    /// generic description.
    pub motivo: String,
    /// First publication: the whole text is new, so no lines are listed.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub prima: bool,
    /// Removed and added lines of the source text.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub righe: Vec<DiffLine>,
    /// Lines left out of `righe` to keep the page short.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub omesse: u32,
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DiffLine {
    /// true: added; false: removed.
    pub aggiunta: bool,
    pub testo: String,
}
