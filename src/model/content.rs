//! Typed shapes of the JSON the site reads from `/api/v1/` (contract in
//! `docs/api-v1.md`). The build step (builder/) writes them from `content/`;
//! the browser and the pre-renderer read them with these same types.

use super::date::Date;
use super::history::Change;
use super::money::Amount;
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

    /// Label of one item of this kind, as shown on cards.
    pub fn label(self) -> &'static str {
        match self {
            NewsKind::Notizia => "Notizia",
            NewsKind::Comunicato => "Comunicato stampa",
            NewsKind::Avviso => "Avviso",
        }
    }
}

/// A topic as other content refers to it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TopicRef {
    pub slug: String,
    pub nome: String,
}

impl TopicRef {
    pub fn path(&self) -> String {
        super::paths::topic(&self.slug)
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
        super::paths::news_item(self.tipo, &self.slug)
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
        format!("{}, {}", self.formato, super::file_size::label(self.byte))
    }
}

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

impl NewsItem {
    pub fn path(&self) -> String {
        super::paths::news_item(self.tipo, &self.slug)
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

impl NewsHubData {
    pub fn of_kind(&self, kind: NewsKind) -> Vec<NewsSummary> {
        self.elementi.iter().filter(|i| i.tipo == kind).cloned().collect()
    }
}

/// Newest first; equal dates by title, so every build orders alike.
pub fn sort_newest_first(items: &mut [NewsSummary]) {
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
    /// Latest news and press releases.
    pub notizie: Vec<NewsSummary>,
    /// Notices in force, the nearest deadline first.
    #[serde(default)]
    pub avvisi: Vec<NewsSummary>,
    pub servizi: Vec<Shortcut>,
    pub archivi: Vec<Shortcut>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pnrr: Option<PnrrHighlight>,
}

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
    #[serde(default)]
    pub pagine: Vec<IndexEntry>,
}

impl TopicPage {
    pub fn is_empty(&self) -> bool {
        self.novita == 0
            && self.servizi.is_empty()
            && self.archivi.is_empty()
            && self.progetti.is_empty()
            && self.pagine.is_empty()
    }
}

/// `uffici.json`: the offices and how to reach them, for the Contatti page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OfficeList {
    pub versione: u32,
    pub uffici: Vec<Office>,
}

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
    Pagina,
}

impl SearchKind {
    /// In the order the type filter lists them.
    pub const ALL: [SearchKind; 10] = [
        SearchKind::Servizio,
        SearchKind::Archivio,
        SearchKind::Notizia,
        SearchKind::Comunicato,
        SearchKind::Avviso,
        SearchKind::Progetto,
        SearchKind::Misura,
        SearchKind::Trasparenza,
        SearchKind::Argomento,
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
