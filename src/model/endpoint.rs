//! The static JSON API as one typed table (contract: docs/api-v1.md). Each
//! endpoint pairs a file below `/api/v1/` with the type it holds: the build
//! step can only write that type to it (`site_builder::api_files`) and the app
//! can only read that type from it (the app's `read` module), so the compiler checks
//! that writer and reader agree.

use super::archives::Archive;
use super::bodies::BodyList;
use super::booking::BookingData;
use super::content::{
    HomeData, NewsCatalogFile, NewsHubData, NewsItem, NewsKind, NewsListPage, OfficeList, SearchIndex, SiteFile,
    SiteIndex, TextPage, TopicList, TopicPage,
};
use super::people::{OrganList, PeopleList, Person};
use super::pnrr::{MeasurePage, PnrrOverview, ProjectPage};
use super::services::{Service, ServiceCatalog};
use super::transparency::TransparencyTree;
use std::marker::PhantomData;

/// Version of the API contract; an incompatible change moves to `/api/v2/`.
pub const API_VERSION: u32 = 1;

/// Where the API is served.
pub const API_BASE: &str = "/api/v1";

/// One file of the API and the type it holds.
pub struct Endpoint<T> {
    path: String,
    data: PhantomData<fn() -> T>,
}

impl<T> Clone for Endpoint<T> {
    fn clone(&self) -> Self {
        Endpoint::at(self.path.clone())
    }
}

impl<T> std::fmt::Debug for Endpoint<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Endpoint({})", self.path)
    }
}

impl<T> Endpoint<T> {
    // Private: an endpoint exists only through the table below.
    fn at(path: impl Into<String>) -> Endpoint<T> {
        Endpoint {
            path: path.into(),
            data: PhantomData,
        }
    }

    /// Relative to `/api/v1/`: the key of the file in `dist/api/v1/` and in
    /// the data embedded in a page.
    pub fn path(&self) -> &str {
        &self.path
    }

    /// The address a browser or a journalist downloads it from.
    pub fn url(&self) -> String {
        format!("{API_BASE}/{}", self.path)
    }
}

pub fn booking() -> Endpoint<BookingData> {
    Endpoint::at("prenotazione.json")
}

/// Every page of the build, for the receiving service.
pub fn pages() -> Endpoint<super::receiving::PageList> {
    Endpoint::at("pagine.json")
}

pub fn home() -> Endpoint<HomeData> {
    Endpoint::at("home.json")
}

pub fn news_hub() -> Endpoint<NewsHubData> {
    Endpoint::at("novita.json")
}

pub fn site() -> Endpoint<SiteFile> {
    Endpoint::at("sito.json")
}

pub fn site_index() -> Endpoint<SiteIndex> {
    Endpoint::at("indice.json")
}

pub fn search_index() -> Endpoint<SearchIndex> {
    Endpoint::at("ricerca.json")
}

pub fn topics() -> Endpoint<TopicList> {
    Endpoint::at("argomenti.json")
}

pub fn pnrr() -> Endpoint<PnrrOverview> {
    Endpoint::at("pnrr.json")
}

pub fn services() -> Endpoint<ServiceCatalog> {
    Endpoint::at("servizi.json")
}

pub fn transparency() -> Endpoint<TransparencyTree> {
    Endpoint::at("trasparenza.json")
}

pub fn offices() -> Endpoint<OfficeList> {
    Endpoint::at("uffici.json")
}

pub fn service(slug: &str) -> Endpoint<Service> {
    Endpoint::at(format!("servizi/{slug}.json"))
}

/// Everyone: politici and personale amministrativo.
pub fn people() -> Endpoint<PeopleList> {
    Endpoint::at("persone.json")
}

pub fn person(slug: &str) -> Endpoint<Person> {
    Endpoint::at(format!("persone/{slug}.json"))
}

/// The bodies the ente controls or takes part in (D.Lgs. 33/2013 art. 22).
pub fn bodies() -> Endpoint<BodyList> {
    Endpoint::at("enti.json")
}

/// The organs of government with their members.
pub fn organs() -> Endpoint<OrganList> {
    Endpoint::at("organi.json")
}

/// The acts in publication on the Albo pretorio, copied from its export.
pub fn albo() -> Endpoint<super::albo::AlboPage> {
    Endpoint::at("albo-pretorio.json")
}

pub fn archive(slug: &str) -> Endpoint<Archive> {
    Endpoint::at(format!("archivi/{slug}.json"))
}

/// Page `number` (from 1) of a kind's list of current items.
pub fn news_page(kind: NewsKind, number: u32) -> Endpoint<NewsListPage> {
    Endpoint::at(format!("novita/{}/pagine/{number}.json", kind.segment()))
}

/// Every item of a kind, expired notices included, for the list filters.
pub fn news_catalog(kind: NewsKind) -> Endpoint<NewsCatalogFile> {
    Endpoint::at(format!("novita/{}/elenco.json", kind.segment()))
}

pub fn news_item(kind: NewsKind, slug: &str) -> Endpoint<NewsItem> {
    Endpoint::at(format!("novita/{}/{slug}.json", kind.segment()))
}

/// The Comuni of the province and the road registry.
pub fn territory() -> Endpoint<super::territory::Territory> {
    Endpoint::at("territorio.json")
}

/// Every event, the organs' sittings included.
pub fn events() -> Endpoint<super::events::EventList> {
    Endpoint::at("eventi.json")
}

/// The Comuni's outlines the restrictions map is drawn on.
pub fn territory_map() -> Endpoint<super::territory::geo::MapBase> {
    Endpoint::at("territorio/mappa.json")
}

/// Every call for tender and competition, with its status on the build day.
pub fn calls() -> Endpoint<super::calls::CallList> {
    Endpoint::at("bandi.json")
}

pub fn call(slug: &str) -> Endpoint<super::calls::Call> {
    Endpoint::at(format!("bandi/{slug}.json"))
}

/// A numbered page of the documents list, newest first.
pub fn documents_page(number: u32) -> Endpoint<super::documents::DocumentListPage> {
    Endpoint::at(format!("documenti/pagine/{number}.json"))
}

/// Every document, for the list's filters.
pub fn documents_catalog() -> Endpoint<super::documents::DocumentCatalogFile> {
    Endpoint::at("documenti/elenco.json")
}

pub fn document(slug: &str) -> Endpoint<super::documents::Document> {
    Endpoint::at(format!("documenti/{slug}.json"))
}

/// A text page by its site path: `/servizi/sismica` → `pagine/servizi/sismica.json`.
pub fn text_page(path: &str) -> Endpoint<TextPage> {
    Endpoint::at(format!("pagine{}.json", path.trim_end_matches('/')))
}

pub fn topic(slug: &str) -> Endpoint<TopicPage> {
    Endpoint::at(format!("argomenti/{slug}.json"))
}

/// Page `number` (from 1) of a topic's list of current news items.
pub fn topic_news_page(slug: &str, number: u32) -> Endpoint<NewsListPage> {
    Endpoint::at(format!("argomenti/{slug}/pagine/{number}.json"))
}

/// Every news item on a topic, for the list filters.
pub fn topic_catalog(slug: &str) -> Endpoint<NewsCatalogFile> {
    Endpoint::at(format!("argomenti/{slug}/elenco.json"))
}

pub fn pnrr_measure(slug: &str) -> Endpoint<MeasurePage> {
    Endpoint::at(format!("pnrr/misure/{slug}.json"))
}

pub fn pnrr_project(cup: &str) -> Endpoint<ProjectPage> {
    Endpoint::at(format!("pnrr/progetti/{cup}.json"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_relative_and_urls_absolute() {
        let project = pnrr_project("J41B21000000006");
        assert_eq!(project.path(), "pnrr/progetti/J41B21000000006.json");
        assert_eq!(project.url(), "/api/v1/pnrr/progetti/J41B21000000006.json");
        assert_eq!(text_page("/servizi/sismica/").path(), "pagine/servizi/sismica.json");
        assert_eq!(news_page(NewsKind::Avviso, 2).path(), "novita/avvisi/pagine/2.json");
    }
}
