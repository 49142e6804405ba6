//! "Attuazione misure PNRR": measures and projects with the field names of
//! the Italia Domani open data, so exports join with theirs by CUP.

use super::content::TopicRef;
use super::date::Date;
use super::money::Amount;
use serde::{Deserialize, Serialize};

/// A PNRR measure, e.g. "M1C1 Investimento 1.2".
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Measure {
    pub slug: String,
    /// Codice Univoco Misura, e.g. "M1C1I1.2".
    pub codice: String,
    pub missione: String,
    pub componente: String,
    /// Heading as citizens read it: "M1C1 Investimento 1.2".
    pub titolo: String,
    /// Descrizione Misura.
    pub descrizione: String,
    pub amministrazione_titolare: String,
}

impl Measure {
    pub fn path(&self) -> String {
        format!("/pnrr/{}", self.slug)
    }
}

/// Stato Avanzamento Progetto.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ProjectStatus {
    DaAvviare,
    InCorso,
    Concluso,
}

impl ProjectStatus {
    pub const ALL: [ProjectStatus; 3] = [
        ProjectStatus::DaAvviare,
        ProjectStatus::InCorso,
        ProjectStatus::Concluso,
    ];

    pub fn key(self) -> &'static str {
        match self {
            ProjectStatus::DaAvviare => "da-avviare",
            ProjectStatus::InCorso => "in-corso",
            ProjectStatus::Concluso => "concluso",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            ProjectStatus::DaAvviare => "Da avviare",
            ProjectStatus::InCorso => "In corso",
            ProjectStatus::Concluso => "Concluso",
        }
    }
}

/// A tender or contract of a project.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tender {
    pub cig: String,
    pub oggetto_gara: String,
    pub importo_aggiudicazione: Amount,
    pub denominazione_aggiudicatario: String,
    pub codice_fiscale_aggiudicatario: String,
}

/// Where a figure comes from and when it was last checked.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub fonte: String,
    pub verificato_il: Date,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Project {
    pub cup: String,
    pub codice_locale_progetto: String,
    pub titolo_progetto: String,
    pub sintesi_progetto: String,
    /// Slug of the measure.
    pub misura: String,
    pub soggetto_attuatore: String,
    pub codice_fiscale_soggetto_attuatore: String,
    pub finanziamento_pnrr: Amount,
    pub altri_finanziamenti: Amount,
    pub finanziamento_totale: Amount,
    pub data_inizio_prevista: Date,
    pub data_fine_prevista: Date,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data_inizio_effettiva: Option<Date>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data_fine_effettiva: Option<Date>,
    pub stato: ProjectStatus,
    #[serde(default)]
    pub gare: Vec<Tender>,
    #[serde(default)]
    pub argomenti: Vec<TopicRef>,
    pub fonte: Source,
    /// Body rendered from Markdown at build time (may be empty).
    #[serde(default)]
    pub descrizione_html: String,
}

impl Project {
    pub fn path(&self) -> String {
        project_path(&self.cup)
    }

    pub fn summary(&self) -> ProjectSummary {
        ProjectSummary {
            cup: self.cup.clone(),
            titolo_progetto: self.titolo_progetto.clone(),
            misura: self.misura.clone(),
            finanziamento_pnrr: self.finanziamento_pnrr,
            finanziamento_totale: self.finanziamento_totale,
            stato: self.stato,
        }
    }
}

pub fn project_path(cup: &str) -> String {
    format!("/pnrr/progetti/{cup}")
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProjectSummary {
    pub cup: String,
    pub titolo_progetto: String,
    pub misura: String,
    pub finanziamento_pnrr: Amount,
    pub finanziamento_totale: Amount,
    pub stato: ProjectStatus,
}

impl ProjectSummary {
    pub fn path(&self) -> String {
        project_path(&self.cup)
    }
}

/// `/pnrr`: every measure and every project.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PnrrOverview {
    pub versione: u32,
    pub misure: Vec<Measure>,
    pub progetti: Vec<ProjectSummary>,
}

impl PnrrOverview {
    pub fn total_pnrr(&self) -> Amount {
        Amount::sum(self.progetti.iter().map(|p| p.finanziamento_pnrr))
    }
}

/// `/pnrr/{misura}`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MeasurePage {
    pub versione: u32,
    pub misura: Measure,
    pub progetti: Vec<ProjectSummary>,
}

/// `/pnrr/progetti/{cup}`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProjectPage {
    pub versione: u32,
    pub misura: Measure,
    pub progetto: Project,
}

/// CUP (Codice Unico di Progetto): 15 characters, letter, two digits, letter,
/// two digits for the year, then nine letters or digits ("J41C22000390006").
pub fn is_valid_cup(code: &str) -> bool {
    let b = code.as_bytes();
    b.len() == 15
        && b[0].is_ascii_uppercase()
        && b[1..3].iter().all(u8::is_ascii_digit)
        && b[3].is_ascii_uppercase()
        && b[4..6].iter().all(u8::is_ascii_digit)
        && b[6..].iter().all(|c| c.is_ascii_digit() || c.is_ascii_uppercase())
}

/// CIG (Codice Identificativo Gara): 10 capital letters or digits.
pub fn is_valid_cig(code: &str) -> bool {
    code.len() == 10 && code.bytes().all(|c| c.is_ascii_digit() || c.is_ascii_uppercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cup_and_cig_formats() {
        assert!(is_valid_cup("J41C22000390006"));
        assert!(!is_valid_cup("J41C2200039000"), "14 characters");
        assert!(!is_valid_cup("j41C22000390006"), "lower case");
        assert!(!is_valid_cup("J4XC22000390006"), "letter where a digit belongs");
        assert!(is_valid_cig("9A1B2C3D4E"));
        assert!(!is_valid_cig("9A1B2C3D4"));
        assert!(!is_valid_cig("9a1b2c3d4e"));
    }
}
