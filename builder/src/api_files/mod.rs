//! Writes the static JSON API (`dist/api/v1/`, contract in docs/api-v1.md):
//! every file as (path, JSON text), each put through its typed
//! [`Endpoint`], so a file can only hold the type the app reads from it. The
//! pre-renderer reads the same texts, so a page and its JSON never disagree.

pub mod documents;
mod home;
mod news;
mod pnrr;
mod search;
mod sections;
mod topics;

use crate::lists;
use crate::load::Site;
use provincia_sito::model::content::IndexEntry;
use provincia_sito::model::endpoint::{self, Endpoint};
use serde::de::DeserializeOwned;
use serde::Serialize;
use std::collections::BTreeMap;
use std::sync::Arc;

/// The API files by path relative to `/api/v1/`.
#[derive(Default)]
pub struct ApiFiles {
    files: BTreeMap<String, Arc<str>>,
}

impl ApiFiles {
    /// Writes `value` as the file of `endpoint`: only its type fits. A value
    /// of another type does not compile:
    ///
    /// ```compile_fail
    /// use provincia_sito::model::content::TopicList;
    /// use provincia_sito::model::endpoint::{self, API_VERSION};
    /// let mut files = site_builder::api_files::ApiFiles::default();
    /// let topics = TopicList { versione: API_VERSION, argomenti: Vec::new() };
    /// files.put(endpoint::home(), &topics); // home.json holds HomeData
    /// ```
    ///
    /// ```
    /// # use provincia_sito::model::content::TopicList;
    /// # use provincia_sito::model::endpoint::{self, API_VERSION};
    /// # let mut files = site_builder::api_files::ApiFiles::default();
    /// let topics = TopicList { versione: API_VERSION, argomenti: Vec::new() };
    /// files.put(endpoint::topics(), &topics);
    /// assert_eq!(files.read(&endpoint::topics()), Some(topics));
    /// ```
    pub fn put<T: Serialize>(&mut self, endpoint: Endpoint<T>, value: &T) {
        let json = serde_json::to_string(value).expect("API types always serialise");
        self.files.insert(endpoint.path().to_string(), Arc::from(json));
    }

    /// The JSON text of a file, by its path (what a page embeds).
    pub fn get(&self, path: &str) -> Option<&Arc<str>> {
        self.files.get(path)
    }

    /// A file read back as the app reads it.
    pub fn read<T: DeserializeOwned>(&self, endpoint: &Endpoint<T>) -> Option<T> {
        let text = self.get(endpoint.path())?;
        Some(serde_json::from_str(text).expect("the API holds what its endpoint declares"))
    }

    pub fn iter(&self) -> impl Iterator<Item = (&String, &Arc<str>)> {
        self.files.iter()
    }
}

pub fn build(site: &Site) -> ApiFiles {
    let mut files = ApiFiles::default();
    let summaries = lists::summaries(site);
    let news_lists = lists::news_lists(site, &summaries);
    news::write(site, &news_lists, &mut files);
    sections::write(site, &mut files);
    documents::write(site, &mut files);
    pnrr::write(site, &mut files);
    let index = sections::site_index(site);
    files.put(endpoint::transparency(), &sections::transparency_tree(site, &index));
    topics::write(site, &news_lists, &mut files);
    files.put(endpoint::home(), &home::home(site, &summaries, &index));
    files.put(
        endpoint::search_index(),
        &search::search_index(site, &summaries, &index),
    );
    files.put(endpoint::site_index(), &index);
    files
}

fn entry(path: &str, title: &str, description: &str) -> IndexEntry {
    IndexEntry {
        percorso: path.to_string(),
        titolo: title.to_string(),
        descrizione: description.to_string(),
    }
}
