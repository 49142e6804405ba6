//! Typed shapes of the JSON the site reads from `/api/v1/` (contract in
//! `docs/api-v1.md`). Sample files live in `public/api/v1/` until the content
//! pipeline generates them from `content/`.

use super::date::Date;
use super::money::Amount;
use serde::{Deserialize, Serialize};

/// The three kinds of Novità, each with its own list at `/novita/{segment}`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum NewsKind {
    Notizia,
    Comunicato,
    Avviso,
}

impl NewsKind {
    pub const ALL: [NewsKind; 3] = [NewsKind::Notizia, NewsKind::Comunicato, NewsKind::Avviso];

    /// URL segment of the list: `notizie` in `/novita/notizie`.
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
pub struct NewsItem {
    pub tipo: NewsKind,
    pub slug: String,
    pub titolo: String,
    pub sommario: String,
    pub data: Date,
    #[serde(default)]
    pub argomenti: Vec<String>,
    /// Body paragraphs (plain text until the pipeline renders Markdown).
    #[serde(default)]
    pub testo: Vec<String>,
}

impl NewsItem {
    pub fn path(&self) -> String {
        format!("/novita/{}/{}", self.tipo.segment(), self.slug)
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NewsList {
    pub versione: u32,
    pub elementi: Vec<NewsItem>,
}

impl NewsList {
    /// Items of one kind, newest first.
    pub fn of_kind(&self, kind: NewsKind) -> Vec<NewsItem> {
        let mut items: Vec<NewsItem> = self.elementi.iter().filter(|i| i.tipo == kind).cloned().collect();
        sort_newest_first(&mut items);
        items
    }

    pub fn find(&self, kind: NewsKind, slug: &str) -> Option<&NewsItem> {
        self.elementi.iter().find(|i| i.tipo == kind && i.slug == slug)
    }
}

pub fn sort_newest_first(items: &mut [NewsItem]) {
    items.sort_by(|a, b| b.data.cmp(&a.data).then_with(|| a.titolo.cmp(&b.titolo)));
}

/// A card leading to a section of the site (services, archives).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Shortcut {
    pub titolo: String,
    pub descrizione: String,
    pub percorso: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PnrrHighlight {
    pub titolo: String,
    pub misura: String,
    pub testo: String,
    pub importo: Amount,
    pub percorso: String,
}

/// Everything the home page shows beyond the configuration.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HomeData {
    pub versione: u32,
    pub notizie: Vec<NewsItem>,
    pub servizi: Vec<Shortcut>,
    pub archivi: Vec<Shortcut>,
    pub pnrr: PnrrHighlight,
}

/// A page of a section whose full content type is still to come (services,
/// archives, PNRR measures and projects, topics, transparency nodes): enough
/// to give every route of the site map a real, titled page.
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
