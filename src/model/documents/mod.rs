//! Documenti e dati: the ente's typed documents (statuto, regolamenti,
//! deliberazioni, decreti, determinazioni, ordinanze, modulistica, atti
//! normativi, dataset), each with its number, date, who issued it, what it
//! is about, when it is in force and its files. Lists show summaries; the
//! filters (`filter`) search the whole catalogue in the browser.

mod filter;

pub use filter::{DocumentCatalog, DocumentFilter};

use super::content::{Attachment, TopicRef};
use super::date::Date;
use super::history::Change;
use serde::{Deserialize, Serialize};

/// The list of documents; each document's page continues its address.
pub const DOCUMENTS_PATH: &str = "/amministrazione/documenti";

/// The key of the documents table in the open-data catalogue.
pub const DOCUMENTS_DATASET: &str = "documenti";

/// `/dati/documenti.csv`, `/dati/documenti.json`: every document, one per row.
pub fn documents_file(format: super::pnrr::open_data::Format) -> String {
    format!("/dati/{DOCUMENTS_DATASET}.{}", format.extension())
}

/// The Atom feed of the latest documents.
pub const DOCUMENTS_FEED: &str = "/feed/documenti.xml";

vocabulary!(
    /// What a document is; `key` is what editors write in `tipo`.
    DocumentKind {
        Statuto => "statuto", "Statuto";
        Regolamento => "regolamento", "Regolamento";
        Deliberazione => "deliberazione", "Deliberazione";
        DecretoPresidente => "decreto-del-presidente", "Decreto del Presidente";
        Determinazione => "determinazione", "Determinazione dirigenziale";
        Ordinanza => "ordinanza", "Ordinanza";
        Modulistica => "modulistica", "Modulo";
        AttoNormativo => "atto-normativo", "Atto normativo";
        Dataset => "dataset", "Dataset";
    }
);

impl DocumentKind {
    /// Acts registered with a number of their own series: the build asks
    /// for it, and the same number cannot be given twice in a year.
    pub fn is_numbered(self) -> bool {
        matches!(
            self,
            DocumentKind::Deliberazione
                | DocumentKind::DecretoPresidente
                | DocumentKind::Determinazione
                | DocumentKind::Ordinanza
        )
    }

    /// The plural, for the filter's choices and the list headings.
    pub fn plural(self) -> &'static str {
        match self {
            DocumentKind::Statuto => "Statuto",
            DocumentKind::Regolamento => "Regolamenti",
            DocumentKind::Deliberazione => "Deliberazioni",
            DocumentKind::DecretoPresidente => "Decreti del Presidente",
            DocumentKind::Determinazione => "Determinazioni dirigenziali",
            DocumentKind::Ordinanza => "Ordinanze",
            DocumentKind::Modulistica => "Modulistica",
            DocumentKind::AttoNormativo => "Atti normativi",
            DocumentKind::Dataset => "Dataset",
        }
    }
}

/// Who adopted or keeps a document: an organ of government or an office.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Issuer {
    pub slug: String,
    pub nome: String,
    /// Its page on the site.
    pub percorso: String,
}

/// A document as lists, feeds and the open data show it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DocumentSummary {
    pub tipo: DocumentKind,
    pub slug: String,
    pub titolo: String,
    /// Its number in its series ("118"); absent where acts have none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub numero: Option<String>,
    /// Date of adoption (of publication, for forms and datasets).
    pub data: Date,
    /// What it is about, in a sentence or two.
    pub oggetto: String,
    pub emanato_da: Issuer,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub in_vigore_dal: Option<Date>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub in_vigore_fino_al: Option<Date>,
    /// No longer in force on the day of the build.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub non_in_vigore: bool,
    /// Slugs of its topics.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub argomenti: Vec<String>,
}

impl DocumentSummary {
    pub fn path(&self) -> String {
        super::paths::document(&self.slug)
    }

    /// "Deliberazione n. 45 del 22 novembre 2026", "Modulo del 3 marzo 2025".
    pub fn reference(&self) -> String {
        match &self.numero {
            Some(number) => format!("{} n. {number} {}", self.tipo.label(), self.data.after("del")),
            None => format!("{} {}", self.tipo.label(), self.data.after("del")),
        }
    }

    /// What a reader is told about its validity, if anything.
    pub fn validity(&self) -> Option<String> {
        if self.non_in_vigore {
            return Some(match self.in_vigore_fino_al {
                Some(end) => format!(
                    "Non più in vigore {}",
                    Date::from_unix_days(end.unix_days() + 1).after("dal")
                ),
                None => "Non più in vigore".to_string(),
            });
        }
        match (self.in_vigore_dal, self.in_vigore_fino_al) {
            (Some(from), Some(to)) => Some(format!("In vigore {} {}", from.after("dal"), to.after("al"))),
            (Some(from), None) => Some(format!("In vigore {}", from.after("dal"))),
            (None, Some(to)) => Some(format!("In vigore {}", to.after("fino al"))),
            (None, None) => None,
        }
    }

    /// The year a reader files it under (the year filter's value).
    pub fn year(&self) -> u16 {
        self.data.year()
    }
}

/// The page of one document.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Document {
    pub versione: u32,
    /// What the lists show of it.
    pub scheda: DocumentSummary,
    /// Its topics with their names, for the chips.
    #[serde(default)]
    pub argomenti: Vec<TopicRef>,
    /// Editors' notes on the act, rendered and sanitised at build time.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub corpo_html: String,
    pub allegati: Vec<Attachment>,
    #[serde(default)]
    pub modifiche: Vec<Change>,
}

/// One numbered page of the whole list, newest first.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DocumentListPage {
    pub versione: u32,
    pub pagina: u32,
    pub pagine: u32,
    pub totale: u32,
    pub elementi: Vec<DocumentSummary>,
    /// What the filters offer, so the form is drawn before the whole
    /// catalogue is fetched.
    pub scelte: DocumentChoices,
}

/// Every document, what the filters search, with the choices they offer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DocumentCatalogFile {
    pub versione: u32,
    pub elementi: Vec<DocumentSummary>,
}

/// The choices of the filters (for the list's form, in the page's own
/// data, so the form is drawn before the catalogue is fetched).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DocumentChoices {
    /// Kinds that have documents, in the vocabulary's order.
    pub tipi: Vec<DocumentKind>,
    /// Years that have documents, newest first.
    pub anni: Vec<u16>,
    /// Organs and offices that issued documents, by name.
    pub emittenti: Vec<Issuer>,
}

impl DocumentChoices {
    pub fn of(items: &[DocumentSummary]) -> DocumentChoices {
        let mut tipi: Vec<DocumentKind> = items.iter().map(|d| d.tipo).collect();
        tipi.sort();
        tipi.dedup();
        let mut anni: Vec<u16> = items.iter().map(DocumentSummary::year).collect();
        anni.sort_by(|a, b| b.cmp(a));
        anni.dedup();
        let mut emittenti: Vec<Issuer> = items.iter().map(|d| d.emanato_da.clone()).collect();
        emittenti.sort_by(|a, b| a.nome.cmp(&b.nome).then_with(|| a.slug.cmp(&b.slug)));
        emittenti.dedup_by(|a, b| a.slug == b.slug);
        DocumentChoices { tipi, anni, emittenti }
    }
}

/// Newest first; on the same day the higher number first, then by title,
/// so every build orders alike.
pub fn newest_first(a: &DocumentSummary, b: &DocumentSummary) -> std::cmp::Ordering {
    let number = |d: &DocumentSummary| d.numero.as_deref().and_then(|n| n.parse::<u32>().ok());
    b.data
        .cmp(&a.data)
        .then_with(|| number(b).cmp(&number(a)))
        .then_with(|| a.titolo.cmp(&b.titolo))
}

pub fn sort_newest_first(items: &mut [DocumentSummary]) {
    items.sort_by(newest_first);
}

#[cfg(test)]
#[path = "tests.rs"]
mod tests;
