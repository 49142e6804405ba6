//! Pages written as running text, and the index of every page below a
//! section.

use super::topics::TopicRef;
use crate::model::date::Date;
use crate::model::history::Change;
use crate::model::SiteConfig;
use serde::{Deserialize, Serialize};

/// Title and description of a page below a section, for section lists, the
/// site map and the breadcrumbs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IndexEntry {
    pub percorso: String,
    pub titolo: String,
    pub descrizione: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SiteIndex {
    pub versione: u32,
    pub voci: Vec<IndexEntry>,
}

impl SiteIndex {
    pub fn find(&self, path: &str) -> Option<&IndexEntry> {
        let path = path.trim_end_matches('/');
        self.voci.iter().find(|e| e.percorso == path)
    }

    /// Entries directly below `section`: `/pnrr` → `/pnrr/m1c1-investimento-1-2`,
    /// not `/pnrr/progetti/…`.
    pub fn children_of(&self, section: &str) -> Vec<&IndexEntry> {
        let prefix = format!("{}/", section.trim_end_matches('/'));
        self.voci
            .iter()
            .filter(|e| {
                e.percorso
                    .strip_prefix(&prefix)
                    .is_some_and(|rest| !rest.is_empty() && !rest.contains('/'))
            })
            .collect()
    }
}

/// A page written as running text (Amministrazione, Vivere la Provincia).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TextPage {
    pub versione: u32,
    pub percorso: String,
    pub titolo: String,
    pub descrizione: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aggiornato: Option<Date>,
    #[serde(default)]
    pub argomenti: Vec<TopicRef>,
    pub corpo_html: String,
    #[serde(default)]
    pub modifiche: Vec<Change>,
}

/// `sito.json`: the configuration the site was built with and its fixed
/// pages with their titles, for readers of the built site (the browser
/// tests among them) that should not read its sources.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SiteFile {
    pub versione: u32,
    pub configurazione: SiteConfig,
    pub pagine_fisse: Vec<IndexEntry>,
}
