//! The ente's offices and how to reach them.

use serde::{Deserialize, Serialize};

/// An office of the ente and how to reach it (content/uffici.yaml).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Office {
    pub nome: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub telefono: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub indirizzo: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub orari: Option<String>,
}

/// `uffici.json`: the offices and how to reach them, for the Contatti page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OfficeList {
    pub versione: u32,
    pub uffici: Vec<Office>,
}
