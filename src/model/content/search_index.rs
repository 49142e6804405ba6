//! The search index the browser searches in (`/cerca`).

use super::news::NewsKind;
use serde::{Deserialize, Serialize};

/// What a search result is, for its label and the type filter of `/cerca`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SearchKind {
    Servizio,
    Archivio,
    Notizia,
    Comunicato,
    Avviso,
    Progetto,
    Misura,
    Trasparenza,
    Argomento,
    Persona,
    Ufficio,
    Documento,
    Bando,
    Strada,
    Limitazione,
    Luogo,
    Comune,
    Pagina,
}

impl SearchKind {
    /// In the order the type filter lists them.
    pub const ALL: [SearchKind; 18] = [
        SearchKind::Servizio,
        SearchKind::Archivio,
        SearchKind::Notizia,
        SearchKind::Comunicato,
        SearchKind::Avviso,
        SearchKind::Progetto,
        SearchKind::Misura,
        SearchKind::Trasparenza,
        SearchKind::Argomento,
        SearchKind::Persona,
        SearchKind::Ufficio,
        SearchKind::Documento,
        SearchKind::Bando,
        SearchKind::Strada,
        SearchKind::Limitazione,
        SearchKind::Luogo,
        SearchKind::Comune,
        SearchKind::Pagina,
    ];

    /// Value of `tipo` in `/cerca?q=…&tipo=…`.
    pub fn key(self) -> &'static str {
        match self {
            SearchKind::Servizio => "servizio",
            SearchKind::Archivio => "archivio",
            SearchKind::Notizia => "notizia",
            SearchKind::Comunicato => "comunicato",
            SearchKind::Avviso => "avviso",
            SearchKind::Progetto => "progetto",
            SearchKind::Misura => "misura",
            SearchKind::Trasparenza => "trasparenza",
            SearchKind::Argomento => "argomento",
            SearchKind::Persona => "persona",
            SearchKind::Ufficio => "ufficio",
            SearchKind::Documento => "documento",
            SearchKind::Bando => "bando",
            SearchKind::Strada => "strada",
            SearchKind::Limitazione => "limitazione",
            SearchKind::Luogo => "luogo",
            SearchKind::Comune => "comune",
            SearchKind::Pagina => "pagina",
        }
    }

    pub fn from_key(key: &str) -> Option<SearchKind> {
        SearchKind::ALL.into_iter().find(|k| k.key() == key)
    }

    /// Shown with each result.
    pub fn label(self) -> &'static str {
        match self {
            SearchKind::Servizio => "Servizio",
            SearchKind::Archivio => "Archivio digitale",
            SearchKind::Notizia => "Notizia",
            SearchKind::Comunicato => "Comunicato stampa",
            SearchKind::Avviso => "Avviso",
            SearchKind::Progetto => "Progetto PNRR",
            SearchKind::Misura => "Misura PNRR",
            SearchKind::Trasparenza => "Amministrazione trasparente",
            SearchKind::Argomento => "Argomento",
            SearchKind::Persona => "Persona",
            SearchKind::Ufficio => "Ufficio",
            SearchKind::Documento => "Documento",
            SearchKind::Bando => "Bando o concorso",
            SearchKind::Strada => "Strada provinciale",
            SearchKind::Limitazione => "Limitazione al traffico",
            SearchKind::Luogo => "Luogo",
            SearchKind::Comune => "Comune",
            SearchKind::Pagina => "Pagina",
        }
    }

    /// Shown in the type filter.
    pub fn plural(self) -> &'static str {
        match self {
            SearchKind::Servizio => "Servizi",
            SearchKind::Archivio => "Archivi digitali",
            SearchKind::Notizia => "Notizie",
            SearchKind::Comunicato => "Comunicati stampa",
            SearchKind::Avviso => "Avvisi",
            SearchKind::Progetto => "Progetti PNRR",
            SearchKind::Misura => "Misure PNRR",
            SearchKind::Trasparenza => "Amministrazione trasparente",
            SearchKind::Argomento => "Argomenti",
            SearchKind::Persona => "Persone",
            SearchKind::Ufficio => "Uffici",
            SearchKind::Documento => "Documenti e dati",
            SearchKind::Bando => "Bandi di gara e concorsi",
            SearchKind::Strada => "Strade provinciali",
            SearchKind::Limitazione => "Limitazioni al traffico",
            SearchKind::Luogo => "Luoghi e scuole",
            SearchKind::Comune => "Comuni",
            SearchKind::Pagina => "Altre pagine",
        }
    }

    pub fn of_news(kind: NewsKind) -> SearchKind {
        match kind {
            NewsKind::Notizia => SearchKind::Notizia,
            NewsKind::Comunicato => SearchKind::Comunicato,
            NewsKind::Avviso => SearchKind::Avviso,
        }
    }
}

/// One entry of the search index, with short keys: the file holds every
/// page of the site.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SearchEntry {
    #[serde(rename = "t")]
    pub title: String,
    #[serde(rename = "s")]
    pub summary: String,
    #[serde(rename = "p")]
    pub path: String,
    #[serde(rename = "k")]
    pub kind: SearchKind,
    /// Codes that find the page exactly (a project's CUP and CIGs).
    #[serde(rename = "c", default, skip_serializing_if = "Vec::is_empty")]
    pub codes: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SearchIndex {
    pub versione: u32,
    pub voci: Vec<SearchEntry>,
}
