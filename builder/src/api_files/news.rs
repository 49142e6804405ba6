//! News items, the files of every news list (a kind's or a topic's) and the
//! Novità hub.

use super::ApiFiles;
use crate::lists::{ListOf, NewsList};
use crate::load::Site;
use provincia_sito::model::content::{NewsCatalogFile, NewsHubData, NewsListPage, TopicCount};
use provincia_sito::model::endpoint::{self, API_VERSION};
use provincia_sito::model::pagination::Paginator;

/// Latest items of each kind on the Novità hub.
const HUB_NEWS: usize = 3;

pub(super) fn write(site: &Site, lists: &[NewsList], files: &mut ApiFiles) {
    for item in &site.news {
        files.put(endpoint::news_item(item.tipo, &item.slug), item);
    }
    for list in lists {
        list_files(files, list);
    }
    // The hub shows what the lists show: their current items.
    let hub = NewsHubData {
        versione: API_VERSION,
        elementi: lists
            .iter()
            .filter(|l| matches!(l.of, ListOf::Kind(_)))
            .flat_map(|l| l.current.iter().take(HUB_NEWS).cloned())
            .collect(),
        argomenti: lists
            .iter()
            .filter_map(|l| match l.of {
                ListOf::Topic(slug) if !l.current.is_empty() => Some(TopicCount {
                    slug: slug.to_string(),
                    nome: l.title.clone(),
                    contenuti: l.current.len() as u32,
                }),
                _ => None,
            })
            .collect(),
    };
    files.put(endpoint::news_hub(), &hub);
}

/// The files of one list: its pages of current items (pre-rendered as the
/// list's numbered pages) and the whole list for the filters.
fn list_files(files: &mut ApiFiles, list: &NewsList) {
    let (kind, topic) = match list.of {
        ListOf::Kind(kind) => (Some(kind), None),
        ListOf::Topic(slug) => (None, Some(slug)),
    };
    let catalog = NewsCatalogFile {
        versione: API_VERSION,
        tipo: kind,
        argomento: topic.map(str::to_string),
        elementi: list.items.clone(),
    };
    match list.of {
        ListOf::Kind(kind) => files.put(endpoint::news_catalog(kind), &catalog),
        ListOf::Topic(slug) => files.put(endpoint::topic_catalog(slug), &catalog),
    }
    let paginator = Paginator::new(&list.current, &list.path);
    for pager in paginator.pages() {
        let page = NewsListPage {
            versione: API_VERSION,
            tipo: kind,
            argomento: topic.map(str::to_string),
            pagina: pager.number,
            pagine: paginator.page_count(),
            totale: paginator.total() as u32,
            elementi: pager.items.to_vec(),
        };
        match list.of {
            ListOf::Kind(kind) => files.put(endpoint::news_page(kind, pager.number), &page),
            ListOf::Topic(slug) => files.put(endpoint::topic_news_page(slug, pager.number), &page),
        }
    }
}
