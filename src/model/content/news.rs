//! News items, press releases and notices: the item page, the cards of the
//! lists, the list pages and catalogues, the Novità hub and the feeds.

use super::offices::Office;
use super::topics::{TopicCount, TopicRef};
use crate::model::date::Date;
use crate::model::history::Change;
use serde::{Deserialize, Serialize};

/// The three kinds of Novità, each with its own list at `/novita/{segment}`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum NewsKind {
    Notizia,
    Comunicato,
    Avviso,
}

impl NewsKind {
    pub const ALL: [NewsKind; 3] = [NewsKind::Notizia, NewsKind::Comunicato, NewsKind::Avviso];

    /// URL segment of the list: `notizie` in `/novita/notizie`; also the
    /// folder of the content files.
    pub fn segment(self) -> &'static str {
        &self.list_path()["/novita/".len()..]
    }

    /// Path of the list page, a fixed page of the site map.
    pub fn list_path(self) -> &'static str {
        match self {
            NewsKind::Notizia => "/novita/notizie",
            NewsKind::Comunicato => "/novita/comunicati",
            NewsKind::Avviso => "/novita/avvisi",
        }
    }

    pub fn from_segment(segment: &str) -> Option<NewsKind> {
        NewsKind::ALL.into_iter().find(|k| k.segment() == segment)
    }

    /// The model's name of this kind as a category of Novità, which its
    /// checker compares ("Notizie", "Comunicati", "Avvisi").
    pub fn category(self) -> &'static str {
        match self {
            NewsKind::Notizia => "Notizie",
            NewsKind::Comunicato => "Comunicati",
            NewsKind::Avviso => "Avvisi",
        }
    }

    /// Label of one item of this kind, as shown on cards.
    pub fn label(self) -> &'static str {
        match self {
            NewsKind::Notizia => "Notizia",
            NewsKind::Comunicato => "Comunicato stampa",
            NewsKind::Avviso => "Avviso",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Image {
    pub src: String,
    pub alt: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub didascalia: Option<String>,
}

/// A news item as lists and cards show it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NewsSummary {
    pub tipo: NewsKind,
    pub slug: String,
    pub titolo: String,
    pub sommario: String,
    pub data: Date,
    /// Last day a notice is in force.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scadenza: Option<Date>,
    /// First day a notice is in force, when later than its publication.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inizio: Option<Date>,
    /// The notice had expired on the day of the build (the site is rebuilt daily).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub scaduto: bool,
    /// Slugs of its topics, for the topic filter of the lists.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub argomenti: Vec<String>,
}

impl NewsSummary {
    /// First day in force: the stated one, or the publication date.
    pub fn valid_from(&self) -> Date {
        self.inizio.unwrap_or(self.data)
    }

    pub fn path(&self) -> String {
        crate::model::paths::news_item(self.tipo, &self.slug)
    }
}

/// The page of one news item, press release or notice.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NewsItem {
    pub versione: u32,
    pub tipo: NewsKind,
    pub slug: String,
    pub titolo: String,
    pub sommario: String,
    pub data: Date,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aggiornato: Option<Date>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inizio: Option<Date>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scadenza: Option<Date>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub scaduto: bool,
    #[serde(default)]
    pub argomenti: Vec<TopicRef>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub immagine: Option<Image>,
    /// Body rendered from Markdown and sanitised at build time.
    pub corpo_html: String,
    /// Minutes an average reader needs for the body.
    pub lettura_minuti: u32,
    #[serde(default)]
    pub allegati: Vec<Attachment>,
    /// The office that answers questions about it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ufficio: Option<Office>,
    /// The traffic restrictions a notice announces: their pages hold the
    /// road, the stretch, the dates and the detour, written once.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub limitazioni: Vec<super::LinkedPage>,
    /// Other items on the same topics, newest first.
    #[serde(default)]
    pub correlati: Vec<NewsSummary>,
    /// What changed and when, from the content repository's history.
    #[serde(default)]
    pub modifiche: Vec<Change>,
}

/// A file attached to a news item, with what a reader needs before
/// downloading it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Attachment {
    pub titolo: String,
    pub percorso: String,
    /// "PDF", "ODS"…
    pub formato: String,
    pub byte: u64,
}

impl Attachment {
    /// "PDF, 1,2 MB".
    pub fn format_and_size(&self) -> String {
        format!("{}, {}", self.formato, crate::model::file_size::label(self.byte))
    }
}

impl NewsItem {
    pub fn path(&self) -> String {
        crate::model::paths::news_item(self.tipo, &self.slug)
    }

    /// The deadline of a notice as an iCalendar file, when it has one.
    pub fn calendar_path(&self) -> Option<String> {
        (self.tipo == NewsKind::Avviso && self.scadenza.is_some()).then(|| format!("/calendario/{}.ics", self.slug))
    }

    pub fn summary(&self) -> NewsSummary {
        NewsSummary {
            tipo: self.tipo,
            slug: self.slug.clone(),
            titolo: self.titolo.clone(),
            sommario: self.sommario.clone(),
            data: self.data,
            inizio: self.inizio,
            scadenza: self.scadenza,
            scaduto: self.scaduto,
            argomenti: self.argomenti.iter().map(|t| t.slug.clone()).collect(),
        }
    }
}

/// One page of a news list (a kind's or a topic's), newest first.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NewsListPage {
    pub versione: u32,
    /// The kind of a kind's list; absent on a topic's list.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tipo: Option<NewsKind>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub argomento: Option<String>,
    pub pagina: u32,
    pub pagine: u32,
    pub totale: u32,
    pub elementi: Vec<NewsSummary>,
}

/// Every item of a list (a kind's or a topic's), expired notices included:
/// what the list filters search in the browser.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NewsCatalogFile {
    pub versione: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tipo: Option<NewsKind>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub argomento: Option<String>,
    pub elementi: Vec<NewsSummary>,
}

/// The latest items of every kind, for the Novità hub.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NewsHubData {
    pub versione: u32,
    pub elementi: Vec<NewsSummary>,
    /// Topics that have news, with how many current items each.
    pub argomenti: Vec<TopicCount>,
}

impl NewsHubData {
    pub fn of_kind(&self, kind: NewsKind) -> Vec<NewsSummary> {
        self.elementi.iter().filter(|i| i.tipo == kind).cloned().collect()
    }
}

/// Newest first; equal dates by title, so every build orders alike.
pub fn sort_newest_first(items: &mut [NewsSummary]) {
    items.sort_by(|a, b| b.data.cmp(&a.data).then_with(|| a.titolo.cmp(&b.titolo)));
}

/// Atom feeds: one per kind and one per topic.
pub mod feed_path {
    use super::NewsKind;

    pub const PNRR: &str = "/feed/pnrr.xml";
    pub const PNRR_TITLE: &str = "Aggiornamenti PNRR";

    pub fn kind(kind: NewsKind) -> String {
        format!("/feed/{}.xml", kind.segment())
    }

    pub fn topic(slug: &str) -> String {
        format!("/feed/argomenti/{slug}.xml")
    }
}
