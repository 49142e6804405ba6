//! Edifici scolastici: the buildings of the upper-secondary schools, which
//! the Provincia owns and keeps. A building is a place (`Place` with
//! `tipo: scuola`) and adds the institutes it hosts, its students, its
//! energy class, the works in progress and the PNRR projects on it, each
//! project's page linking back.

use crate::model::content::LinkedPage;
use serde::{Deserialize, Serialize};

/// The list of school buildings; each building's page is its place's.
pub const SCHOOLS_PATH: &str = "/vivere-la-provincia/scuole-superiori";

vocabulary!(
    /// The energy class of a building's certificate (APE), best first.
    EnergyClass {
        A4 => "A4", "A4";
        A3 => "A3", "A3";
        A2 => "A2", "A2";
        A1 => "A1", "A1";
        B => "B", "B";
        C => "C", "C";
        D => "D", "D";
        E => "E", "E";
        F => "F", "F";
        G => "G", "G";
    }
);

/// A school that uses the building, by its code in the Ministry's
/// registry (codice meccanografico).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Institute {
    pub nome: String,
    /// "SPPS01000B": ten characters, the province's two letters first.
    pub codice: String,
}

/// What a school building adds to a place: the Provincia owns and keeps
/// the buildings of the upper-secondary schools.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SchoolBuilding {
    pub istituti: Vec<Institute>,
    /// Students in the current school year.
    pub studenti: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub classe_energetica: Option<EnergyClass>,
    /// Works in progress, one line each.
    #[serde(default)]
    pub lavori: Vec<String>,
    /// The PNRR projects on it, by CUP (each project's page links back).
    #[serde(default)]
    pub progetti_pnrr: Vec<LinkedPage>,
}

/// "SPPS01000B": two letters of the province, two of the school type,
/// then six letters or digits (the Ministry's registry code).
pub fn is_institute_code(code: &str) -> bool {
    code.len() == 10
        && code.bytes().take(4).all(|b| b.is_ascii_uppercase())
        && code
            .bytes()
            .skip(4)
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
}
