//! The news lists of the site, one per kind and one per topic, each with its
//! items newest first. The JSON writer writes their pages and the
//! pre-renderer renders the same pages, both through the model's
//! `Paginator`, so the pages written and the pages linked cannot disagree.

use crate::load::Site;
use provincia_sito::model::content::{sort_newest_first, NewsKind, NewsSummary};
use provincia_sito::model::paths;

/// Whose list: a kind's (`/novita/avvisi`) or a topic's (`/argomenti/scuole`).
#[derive(Clone, Copy, Debug)]
pub enum ListOf<'a> {
    Kind(NewsKind),
    Topic(&'a str),
}

pub struct NewsList<'a> {
    pub of: ListOf<'a>,
    /// Address of its first page.
    pub path: String,
    /// For the titles of its numbered pages.
    pub title: String,
    /// Every item, expired notices included (what the filters search).
    pub items: Vec<NewsSummary>,
    /// Items still current: what its numbered pages show.
    pub current: Vec<NewsSummary>,
}

/// Every published item as lists show it, newest first.
pub fn summaries(site: &Site) -> Vec<NewsSummary> {
    let mut summaries: Vec<NewsSummary> = site.news.iter().map(|n| n.summary()).collect();
    sort_newest_first(&mut summaries);
    summaries
}

pub fn news_lists<'a>(site: &'a Site, summaries: &[NewsSummary]) -> Vec<NewsList<'a>> {
    let list = |of: ListOf<'a>, path: String, title: String, keep: &dyn Fn(&NewsSummary) -> bool| {
        let items: Vec<NewsSummary> = summaries.iter().filter(|s| keep(s)).cloned().collect();
        let current = items.iter().filter(|s| !s.scaduto).cloned().collect();
        NewsList {
            of,
            path,
            title,
            items,
            current,
        }
    };
    let kinds = NewsKind::ALL.into_iter().map(|kind| {
        list(
            ListOf::Kind(kind),
            kind.list_path().to_string(),
            site.config.page_title(kind.list_path(), "").to_string(),
            &|s| s.tipo == kind,
        )
    });
    let topics = site.topics.iter().map(|topic| {
        list(
            ListOf::Topic(&topic.slug),
            paths::topic(&topic.slug),
            topic.nome.clone(),
            &|s| s.argomenti.contains(&topic.slug),
        )
    });
    kinds.chain(topics).collect()
}
