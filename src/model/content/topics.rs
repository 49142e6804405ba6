//! The topic vocabulary and the topic pages.

use super::pages::IndexEntry;
use serde::{Deserialize, Serialize};

/// A topic as other content refers to it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TopicRef {
    pub slug: String,
    pub nome: String,
}

impl TopicRef {
    pub fn path(&self) -> String {
        crate::model::paths::topic(&self.slug)
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TopicCount {
    pub slug: String,
    pub nome: String,
    pub contenuti: u32,
}

/// The topic vocabulary (argomenti.json).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TopicList {
    pub versione: u32,
    pub argomenti: Vec<TopicRef>,
}

/// A topic page: everything published on one topic.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TopicPage {
    pub versione: u32,
    pub slug: String,
    pub nome: String,
    pub descrizione: String,
    /// How many news items are on the topic, expired notices included; the
    /// items themselves are in the topic's list files.
    pub novita: u32,
    #[serde(default)]
    pub servizi: Vec<IndexEntry>,
    #[serde(default)]
    pub archivi: Vec<IndexEntry>,
    #[serde(default)]
    pub progetti: Vec<IndexEntry>,
    /// Its latest documents of Documenti e dati, then its calls for
    /// tender and competitions.
    #[serde(default)]
    pub documenti: Vec<IndexEntry>,
    #[serde(default)]
    pub pagine: Vec<IndexEntry>,
}

impl TopicPage {
    pub fn is_empty(&self) -> bool {
        self.novita == 0
            && self.servizi.is_empty()
            && self.archivi.is_empty()
            && self.progetti.is_empty()
            && self.documenti.is_empty()
            && self.pagine.is_empty()
    }
}
