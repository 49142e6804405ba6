//! The only place that loads data. Pages never fetch: routes name a
//! [`Source`] and hand its typed data to pure views. A source is read from the
//! data the page already holds (embedded by the pre-renderer, or handed over
//! while pre-rendering) and otherwise fetched from the static JSON API.

use crate::context::use_preloaded;
use crate::model::archives::Archive;
use crate::model::content::OfficeList;
use crate::model::content::{
    api_path, HomeData, NewsCatalogFile, NewsHubData, NewsItem, NewsKind, NewsListPage, SearchIndex, SiteIndex,
    TextPage, TopicList, TopicPage,
};
use crate::model::pnrr::{MeasurePage, PnrrOverview, ProjectPage};
use crate::model::services::{Service, ServiceCatalog};
use crate::model::transparency::TransparencyTree;
use crate::model::LoadError;
use serde::de::DeserializeOwned;
use std::marker::PhantomData;

/// Base of the static JSON API (contract: docs/api-v1.md).
pub const API_BASE: &str = "/api/v1";

/// One file of the API and the type it holds.
pub struct Source<T> {
    path: String,
    data: PhantomData<fn() -> T>,
}

impl<T> Clone for Source<T> {
    fn clone(&self) -> Self {
        Source {
            path: self.path.clone(),
            data: PhantomData,
        }
    }
}

fn parse<T: DeserializeOwned>(text: &str) -> Result<T, LoadError> {
    serde_json::from_str(text).map_err(|err| LoadError::Malformed(err.to_string()))
}

impl<T: DeserializeOwned> Source<T> {
    fn new(path: impl Into<String>) -> Source<T> {
        Source {
            path: path.into(),
            data: PhantomData,
        }
    }

    pub fn path(&self) -> &str {
        &self.path
    }

    /// The data if the page already holds it.
    pub fn preloaded(&self) -> Option<Result<T, LoadError>> {
        let text = use_preloaded()?.get(&self.path)?;
        Some(parse(&text))
    }

    pub async fn fetch(self) -> Result<T, LoadError> {
        let url = format!("{API_BASE}/{}", self.path);
        let response = gloo_net::http::Request::get(&url)
            .send()
            .await
            .map_err(|_| LoadError::Network)?;
        if !response.ok() {
            return Err(LoadError::Status(response.status()));
        }
        let text = response.text().await.map_err(|_| LoadError::Network)?;
        parse(&text)
    }
}

pub fn home() -> Source<HomeData> {
    Source::new(api_path::HOME)
}

pub fn news_hub() -> Source<NewsHubData> {
    Source::new(api_path::NEWS_HUB)
}

pub fn news_page(kind: NewsKind, number: u32) -> Source<NewsListPage> {
    Source::new(api_path::news_page(kind, number))
}

pub fn news_catalog(kind: NewsKind) -> Source<NewsCatalogFile> {
    Source::new(api_path::news_catalog(kind))
}

pub fn topic_news_page(slug: &str, number: u32) -> Source<NewsListPage> {
    Source::new(api_path::topic_news_page(slug, number))
}

pub fn topic_catalog(slug: &str) -> Source<NewsCatalogFile> {
    Source::new(api_path::topic_catalog(slug))
}

pub fn topics() -> Source<TopicList> {
    Source::new(api_path::TOPICS)
}

pub fn news_item(kind: NewsKind, slug: &str) -> Source<NewsItem> {
    Source::new(api_path::news_item(kind, slug))
}

pub fn site_index() -> Source<SiteIndex> {
    Source::new(api_path::SITE_INDEX)
}

pub fn search_index() -> Source<SearchIndex> {
    Source::new(api_path::SEARCH_INDEX)
}

pub fn text_page(path: &str) -> Source<TextPage> {
    Source::new(api_path::text_page(path))
}

pub fn topic(slug: &str) -> Source<TopicPage> {
    Source::new(api_path::topic(slug))
}

pub fn services() -> Source<ServiceCatalog> {
    Source::new(api_path::SERVICES)
}

pub fn service(slug: &str) -> Source<Service> {
    Source::new(api_path::service(slug))
}

pub fn archive(slug: &str) -> Source<Archive> {
    Source::new(api_path::archive(slug))
}

pub fn transparency() -> Source<TransparencyTree> {
    Source::new(api_path::TRANSPARENCY)
}

pub fn offices() -> Source<OfficeList> {
    Source::new(api_path::OFFICES)
}

pub fn pnrr() -> Source<PnrrOverview> {
    Source::new(api_path::PNRR)
}

pub fn pnrr_measure(slug: &str) -> Source<MeasurePage> {
    Source::new(api_path::pnrr_measure(slug))
}

pub fn pnrr_project(cup: &str) -> Source<ProjectPage> {
    Source::new(api_path::pnrr_project(cup))
}
