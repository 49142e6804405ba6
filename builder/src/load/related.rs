//! Related items of each news item, chosen once when the content is loaded:
//! current items sharing most of its topics, newest first.

use provincia_sito::model::content::{sort_newest_first, NewsItem, NewsKind, NewsSummary};
use std::collections::{HashMap, HashSet};

/// Related items on a news page.
const RELATED: usize = 3;
/// Newest candidates looked at per shared topic when choosing related items:
/// enough for a good choice, and linear in the number of items.
const RELATED_CANDIDATES: usize = 12;

pub(super) fn attach(news: &mut [NewsItem]) {
    let mut summaries: Vec<NewsSummary> = news.iter().map(NewsItem::summary).collect();
    sort_newest_first(&mut summaries);
    let related = related_items(&summaries);
    for item in news.iter_mut() {
        item.correlati = related
            .get(&(item.tipo, item.slug.as_str()))
            .cloned()
            .unwrap_or_default();
    }
}

/// `summaries` is newest first.
fn related_items(summaries: &[NewsSummary]) -> HashMap<(NewsKind, &str), Vec<NewsSummary>> {
    let mut by_topic: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, s) in summaries.iter().enumerate().filter(|(_, s)| !s.scaduto) {
        for topic in &s.argomenti {
            by_topic.entry(topic.as_str()).or_default().push(i);
        }
    }
    summaries
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let candidates: HashSet<usize> = item
                .argomenti
                .iter()
                .filter_map(|t| by_topic.get(t.as_str()))
                .flat_map(|list| list.iter().copied().filter(|&j| j != i).take(RELATED_CANDIDATES))
                .collect();
            let mut scored: Vec<(usize, usize)> = candidates
                .into_iter()
                .map(|j| {
                    let shared = summaries[j]
                        .argomenti
                        .iter()
                        .filter(|t| item.argomenti.contains(t))
                        .count();
                    (shared, j)
                })
                .collect();
            // Most shared topics first; then the newest (lowest index).
            scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
            let chosen = scored
                .into_iter()
                .take(RELATED)
                .map(|(_, j)| summaries[j].clone())
                .collect();
            ((item.tipo, item.slug.as_str()), chosen)
        })
        .collect()
}
