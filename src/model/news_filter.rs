//! Filters of the news lists (topic, kind, date range, words, expired
//! notices, order) and their place in the URL, so a filtered list can be
//! shared, reloaded and reached with the back button.

use super::content::{NewsKind, NewsSummary, TopicRef};
use super::date::Date;
use super::pagination::Paginator;
use super::search::fold;
use super::url_template::encode_component;

/// Longer queries are cut: nobody types more, and a pasted page of text
/// would only slow every keystroke.
pub const MAX_TEXT_CHARS: usize = 100;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SortOrder {
    #[default]
    NewestFirst,
    OldestFirst,
}

/// What the reader asked for. The default shows every current item, newest
/// first, from page 1.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewsFilter {
    pub text: String,
    pub topic: Option<String>,
    /// Only on topic pages, which gather every kind.
    pub kind: Option<NewsKind>,
    pub from: Option<Date>,
    pub to: Option<Date>,
    pub include_expired: bool,
    pub order: SortOrder,
    pub page: u32,
}

impl Default for NewsFilter {
    fn default() -> Self {
        NewsFilter {
            text: String::new(),
            topic: None,
            kind: None,
            from: None,
            to: None,
            include_expired: false,
            order: SortOrder::NewestFirst,
            page: 1,
        }
    }
}

/// Query keys, in Italian like the rest of the addresses.
pub mod key {
    pub const TEXT: &str = "testo";
    pub const TOPIC: &str = "argomento";
    pub const KIND: &str = "tipo";
    pub const FROM: &str = "dal";
    pub const TO: &str = "al";
    pub const EXPIRED: &str = "scaduti";
    pub const ORDER: &str = "ordine";
    pub const PAGE: &str = "pagina";
}

pub const OLDEST_FIRST: &str = "meno-recenti";
pub const YES: &str = "si";

impl NewsFilter {
    /// Reads the filter from the query pairs, keeping what makes sense and
    /// explaining in plain words what was ignored or corrected.
    pub fn from_query<'a>(
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
        topics: &[TopicRef],
    ) -> (NewsFilter, Vec<String>) {
        let mut filter = NewsFilter::default();
        let mut notes = Vec::new();
        let date = |value: &str, label: &str, notes: &mut Vec<String>| -> Option<Date> {
            let value = value.trim();
            if value.is_empty() {
                return None;
            }
            Date::parse(value)
                .map_err(|_| {
                    notes.push(format!(
                        "La data {label} «{}» non è valida (formato atteso: aaaa-mm-gg): il filtro non è stato applicato.",
                        shorten(value)
                    ))
                })
                .ok()
        };
        for (name, value) in pairs {
            match name {
                key::TEXT => filter.text = query_text(value, &mut notes),
                key::TOPIC if value.is_empty() => {}
                key::TOPIC => match topics.iter().find(|t| t.slug == value) {
                    Some(topic) => filter.topic = Some(topic.slug.clone()),
                    None => notes.push(format!(
                        "L'argomento «{}» non esiste: sono mostrati i contenuti di tutti gli argomenti.",
                        shorten(value)
                    )),
                },
                key::KIND if value.is_empty() => {}
                key::KIND => match NewsKind::from_segment(value) {
                    Some(kind) => filter.kind = Some(kind),
                    None => notes.push(format!(
                        "Il tipo «{}» non esiste: sono mostrati tutti i tipi di contenuto.",
                        shorten(value)
                    )),
                },
                key::FROM => filter.from = date(value, "iniziale", &mut notes),
                key::TO => filter.to = date(value, "finale", &mut notes),
                key::EXPIRED => filter.include_expired = value == YES,
                key::ORDER => {
                    filter.order = if value == OLDEST_FIRST {
                        SortOrder::OldestFirst
                    } else {
                        SortOrder::NewestFirst
                    }
                }
                key::PAGE => filter.page = page_number(value, &mut notes),
                // Other parameters (campaign tags and the like) are not ours.
                _ => {}
            }
        }
        if let (Some(from), Some(to)) = (filter.from, filter.to) {
            if from > to {
                filter.from = Some(to);
                filter.to = Some(from);
                notes.push(format!(
                    "La data iniziale era successiva a quella finale: è mostrato il periodo {} {}.",
                    to.after("dal"),
                    from.after("al")
                ));
            }
        }
        (filter, notes)
    }

    /// The query string of this filter ("" for the default), page included.
    pub fn to_query(&self) -> String {
        let mut pairs: Vec<(&str, String)> = Vec::new();
        if !self.text.is_empty() {
            pairs.push((key::TEXT, self.text.clone()));
        }
        if let Some(topic) = &self.topic {
            pairs.push((key::TOPIC, topic.clone()));
        }
        if let Some(kind) = self.kind {
            pairs.push((key::KIND, kind.segment().to_string()));
        }
        if let Some(from) = self.from {
            pairs.push((key::FROM, from.iso()));
        }
        if let Some(to) = self.to {
            pairs.push((key::TO, to.iso()));
        }
        if self.include_expired {
            pairs.push((key::EXPIRED, YES.to_string()));
        }
        if self.order == SortOrder::OldestFirst {
            pairs.push((key::ORDER, OLDEST_FIRST.to_string()));
        }
        if self.page > 1 {
            pairs.push((key::PAGE, self.page.to_string()));
        }
        query_string(&pairs)
    }

    pub fn with_page(&self, page: u32) -> NewsFilter {
        NewsFilter { page, ..self.clone() }
    }
}

/// The words of a `testo` parameter, cut to [`MAX_TEXT_CHARS`] with a note.
pub fn query_text(value: &str, notes: &mut Vec<String>) -> String {
    let text = value.trim();
    if text.chars().count() > MAX_TEXT_CHARS {
        notes.push(format!(
            "Il testo cercato era troppo lungo: sono stati usati i primi {MAX_TEXT_CHARS} caratteri."
        ));
        text.chars().take(MAX_TEXT_CHARS).collect::<String>().trim().to_string()
    } else {
        text.to_string()
    }
}

/// The page a `pagina` parameter asks for; the first, with a note, when it
/// is not a page number.
pub fn page_number(value: &str, notes: &mut Vec<String>) -> u32 {
    match value.parse::<u32>() {
        Ok(n) if n >= 1 => n,
        _ => {
            notes.push(format!(
                "«{}» non è un numero di pagina: è mostrata la prima pagina.",
                shorten(value)
            ));
            1
        }
    }
}

/// Values echoed in messages stay short (and a pasted essay does not fill
/// the screen).
pub fn shorten(value: &str) -> String {
    if value.chars().count() <= 40 {
        value.to_string()
    } else {
        format!("{}…", value.chars().take(40).collect::<String>())
    }
}

/// "?a=1&b=x%20y" from (key, value) pairs; "" when there are none.
pub fn query_string(pairs: &[(&str, String)]) -> String {
    if pairs.is_empty() {
        return String::new();
    }
    let joined: Vec<String> = pairs
        .iter()
        .map(|(k, v)| format!("{k}={}", encode_component(v)))
        .collect();
    format!("?{}", joined.join("&"))
}

/// The (key, value) pairs of a query ("?a=1&b=x%20y", with or without the
/// "?"), as a browser sends a form: `+` is a space, `%XX` a byte; what is not
/// valid UTF-8 after decoding is replaced, never refused.
pub fn parse_query(query: &str) -> Vec<(String, String)> {
    query
        .trim_start_matches('?')
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            (decode_component(key), decode_component(value))
        })
        .collect()
}

fn decode_component(text: &str) -> String {
    let bytes = text.as_bytes();
    let hex = |b: u8| (b as char).to_digit(16).map(|d| d as u8);
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let escaped = match bytes.get(i..i + 3) {
            Some([b'%', high, low]) => hex(*high).zip(hex(*low)).map(|(h, l)| h * 16 + l),
            _ => None,
        };
        match (escaped, bytes[i]) {
            (Some(byte), _) => {
                out.push(byte);
                i += 3;
            }
            (None, b'+') => {
                out.push(b' ');
                i += 1;
            }
            (None, other) => {
                out.push(other);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// A list of news prepared for filtering as the reader types: the folded
/// text of each item is computed once, not at every keystroke.
pub struct NewsCatalog {
    items: Vec<NewsSummary>,
    folded: Vec<String>,
}

/// One page of filtered results.
#[derive(Debug, PartialEq)]
pub struct FilteredPage<'a, T = NewsSummary> {
    pub total: usize,
    pub page: u32,
    pub pages: u32,
    pub items: Vec<&'a T>,
    /// Set when the asked page did not exist and the last one is shown.
    pub note: Option<String>,
}

/// Page `asked` of the items a filter let through; past the end, the last
/// page with a note saying so. Every filtered list pages this way.
pub fn filtered_page<T>(found: Vec<&T>, asked: u32) -> FilteredPage<'_, T> {
    // A filtered page is addressed by its query (`?pagina=2`), so the
    // pages' own addresses are not used here.
    let paginator = Paginator::new(&found, "");
    let pages = paginator.page_count();
    let (page, note) = if asked > pages {
        (
            pages,
            Some(format!(
                "La pagina {asked} non esiste: i risultati occupano {}. È mostrata l'ultima.",
                pages_label(pages)
            )),
        )
    } else {
        (asked.max(1), None)
    };
    let items = paginator.page(page).map_or(Vec::new(), |p| p.items.to_vec());
    FilteredPage {
        total: found.len(),
        page,
        pages,
        items,
        note,
    }
}

impl NewsCatalog {
    /// `items` in any order; the catalogue keeps them newest first.
    pub fn new(mut items: Vec<NewsSummary>) -> NewsCatalog {
        super::content::sort_newest_first(&mut items);
        let folded = items
            .iter()
            .map(|i| fold(&format!("{} {}", i.titolo, i.sommario)))
            .collect();
        NewsCatalog { items, folded }
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// Every item the filter lets through, in the asked order.
    pub fn matching(&self, filter: &NewsFilter) -> Vec<&NewsSummary> {
        let terms: Vec<String> = fold(&filter.text).split_whitespace().map(str::to_string).collect();
        let keep = |(item, folded): &(&NewsSummary, &String)| {
            (filter.include_expired || !item.scaduto)
                && filter.kind.is_none_or(|k| item.tipo == k)
                && filter
                    .topic
                    .as_ref()
                    .is_none_or(|t| item.argomenti.iter().any(|a| a == t))
                && filter.from.is_none_or(|from| item.data >= from)
                && filter.to.is_none_or(|to| item.data <= to)
                && terms.iter().all(|t| folded.contains(t.as_str()))
        };
        // The catalogue is newest first: the other order walks it backwards,
        // with no sorting at each keystroke.
        let pairs = self.items.iter().zip(self.folded.iter());
        match filter.order {
            SortOrder::NewestFirst => pairs.filter(keep).map(|(item, _)| item).collect(),
            SortOrder::OldestFirst => pairs.rev().filter(keep).map(|(item, _)| item).collect(),
        }
    }

    /// The asked page of the filtered list; past the end, the last page with
    /// a note saying so.
    pub fn page(&self, filter: &NewsFilter) -> FilteredPage<'_> {
        filtered_page(self.matching(filter), filter.page)
    }
}

fn pages_label(pages: u32) -> String {
    if pages == 1 {
        "una pagina".to_string()
    } else {
        format!("{pages} pagine")
    }
}

/// "Nessun risultato", "1 risultato", "27 risultati": what the live region
/// announces.
pub fn results_label(total: usize) -> String {
    match total {
        0 => "Nessun risultato".to_string(),
        1 => "1 risultato".to_string(),
        n => format!("{n} risultati"),
    }
}

/// The visible count above a list: "27 risultati, pagina 2 di 3."
pub fn count_label(total: usize, page: u32, pages: u32) -> String {
    if pages > 1 {
        format!("{}, pagina {page} di {pages}.", results_label(total))
    } else {
        format!("{}.", results_label(total))
    }
}

#[cfg(test)]
#[path = "news_filter_tests.rs"]
mod tests;
