//! News items, the lists of each kind and the Novità hub.

use super::ApiFiles;
use crate::load::Site;
use provincia_sito::model::content::{
    sort_newest_first, NewsCatalogFile, NewsHubData, NewsKind, NewsListPage, NewsSummary, TopicCount, PAGE_SIZE,
};
use provincia_sito::model::endpoint::{self, API_VERSION};
use provincia_sito::model::pagination::page_count;

/// Latest items of each kind on the Novità hub.
const HUB_NEWS: usize = 3;

/// Every published item as lists show it, newest first.
pub(super) fn summaries(site: &Site) -> Vec<NewsSummary> {
    let mut summaries: Vec<NewsSummary> = site.news.iter().map(|n| n.summary()).collect();
    sort_newest_first(&mut summaries);
    summaries
}

/// Items in the current lists: expired notices leave them but keep their page.
fn current(summaries: &[NewsSummary], kind: NewsKind) -> Vec<NewsSummary> {
    summaries
        .iter()
        .filter(|s| s.tipo == kind && !s.scaduto)
        .cloned()
        .collect()
}

pub(super) fn write(site: &Site, summaries: &[NewsSummary], files: &mut ApiFiles) {
    for item in &site.news {
        files.put(endpoint::news_item(item.tipo, &item.slug), item);
    }
    for kind in NewsKind::ALL {
        let of_kind: Vec<NewsSummary> = summaries.iter().filter(|s| s.tipo == kind).cloned().collect();
        list_files(files, &of_kind, ListOf::Kind(kind));
    }
    let hub = NewsHubData {
        versione: API_VERSION,
        elementi: NewsKind::ALL
            .into_iter()
            .flat_map(|kind| current(summaries, kind).into_iter().take(HUB_NEWS))
            .collect(),
        argomenti: site
            .topics
            .iter()
            .map(|t| TopicCount {
                slug: t.slug.clone(),
                nome: t.nome.clone(),
                contenuti: summaries
                    .iter()
                    .filter(|s| !s.scaduto && s.argomenti.contains(&t.slug))
                    .count() as u32,
            })
            .filter(|t| t.contenuti > 0)
            .collect(),
    };
    files.put(endpoint::news_hub(), &hub);
}

/// Whose list: a kind's (`/novita/avvisi`) or a topic's (`/argomenti/scuole`).
#[derive(Clone, Copy)]
pub(super) enum ListOf<'a> {
    Kind(NewsKind),
    Topic(&'a str),
}

/// The files of one list: its pages of current items (12 each, pre-rendered
/// as the list's numbered pages) and the whole list for the filters.
/// `items` is newest first.
pub(super) fn list_files(files: &mut ApiFiles, items: &[NewsSummary], list: ListOf) {
    let (kind, topic) = match list {
        ListOf::Kind(kind) => (Some(kind), None),
        ListOf::Topic(slug) => (None, Some(slug)),
    };
    let catalog = NewsCatalogFile {
        versione: API_VERSION,
        tipo: kind,
        argomento: topic.map(str::to_string),
        elementi: items.to_vec(),
    };
    match list {
        ListOf::Kind(kind) => files.put(endpoint::news_catalog(kind), &catalog),
        ListOf::Topic(slug) => files.put(endpoint::topic_catalog(slug), &catalog),
    }
    let listed: Vec<&NewsSummary> = items.iter().filter(|s| !s.scaduto).collect();
    let pages = page_count(listed.len(), PAGE_SIZE);
    for number in 1..=pages {
        let start = (number as usize - 1) * PAGE_SIZE;
        let page = NewsListPage {
            versione: API_VERSION,
            tipo: kind,
            argomento: topic.map(str::to_string),
            pagina: number,
            pagine: pages,
            totale: listed.len() as u32,
            elementi: listed
                .iter()
                .skip(start)
                .take(PAGE_SIZE)
                .map(|s| (*s).clone())
                .collect(),
        };
        match list {
            ListOf::Kind(kind) => files.put(endpoint::news_page(kind, number), &page),
            ListOf::Topic(slug) => files.put(endpoint::topic_news_page(slug, number), &page),
        }
    }
}
