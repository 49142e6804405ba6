//! The filters of the documents list (kind, year, issuer, words) and their
//! place in the URL, so a filtered list can be shared, reloaded and reached
//! with the back button. Keys, paging and the notes on what the URL asked
//! wrongly are those of the news lists (`news_filter`).

use super::{sort_newest_first, DocumentChoices, DocumentKind, DocumentSummary};
use crate::model::news_filter::{filtered_page, key, page_number, query_string, query_text, shorten, FilteredPage};
use crate::model::search::fold;

/// The query key of the year.
pub const YEAR: &str = "anno";
/// The query key of the organ or office that issued the document.
pub const ISSUER: &str = "ufficio";

/// What the reader asked for; the default is every document, newest first,
/// from page 1.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DocumentFilter {
    pub text: String,
    pub kind: Option<DocumentKind>,
    pub year: Option<u16>,
    /// Slug of an organ or office.
    pub issuer: Option<String>,
    pub page: u32,
}

impl Default for DocumentFilter {
    fn default() -> Self {
        DocumentFilter {
            text: String::new(),
            kind: None,
            year: None,
            issuer: None,
            page: 1,
        }
    }
}

impl DocumentFilter {
    /// Reads the filter from the query pairs, keeping what makes sense and
    /// saying in plain words what was ignored.
    pub fn from_query<'a>(
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
        choices: &DocumentChoices,
    ) -> (DocumentFilter, Vec<String>) {
        let mut filter = DocumentFilter::default();
        let mut notes = Vec::new();
        for (name, value) in pairs {
            if value.trim().is_empty() && name != key::TEXT {
                continue;
            }
            match name {
                key::TEXT => filter.text = query_text(value, &mut notes),
                key::KIND => match DocumentKind::from_key(value) {
                    Some(kind) => filter.kind = Some(kind),
                    None => notes.push(format!(
                        "Il tipo di documento «{}» non esiste: sono mostrati documenti di ogni tipo.",
                        shorten(value)
                    )),
                },
                YEAR => match value.trim().parse::<u16>() {
                    Ok(year) => filter.year = Some(year),
                    Err(_) => notes.push(format!(
                        "«{}» non è un anno: sono mostrati documenti di ogni anno.",
                        shorten(value)
                    )),
                },
                ISSUER => match choices.emittenti.iter().find(|i| i.slug == value) {
                    Some(issuer) => filter.issuer = Some(issuer.slug.clone()),
                    None => notes.push(format!(
                        "«{}» non è un ufficio o un organo che abbia emanato documenti: sono mostrati i documenti di tutti.",
                        shorten(value)
                    )),
                },
                key::PAGE => filter.page = page_number(value, &mut notes),
                // Other parameters (campaign tags and the like) are not ours.
                _ => {}
            }
        }
        (filter, notes)
    }

    /// The query that gives this filter back ("" for the default).
    pub fn to_query(&self) -> String {
        let mut pairs: Vec<(&str, String)> = Vec::new();
        if !self.text.is_empty() {
            pairs.push((key::TEXT, self.text.clone()));
        }
        if let Some(kind) = self.kind {
            pairs.push((key::KIND, kind.key().to_string()));
        }
        if let Some(year) = self.year {
            pairs.push((YEAR, year.to_string()));
        }
        if let Some(issuer) = &self.issuer {
            pairs.push((ISSUER, issuer.clone()));
        }
        if self.page > 1 {
            pairs.push((key::PAGE, self.page.to_string()));
        }
        query_string(&pairs)
    }

    pub fn with_page(&self, page: u32) -> DocumentFilter {
        DocumentFilter { page, ..self.clone() }
    }
}

/// Every document prepared for filtering as the reader types: the folded
/// text of each (title, subject, number, issuer) is computed once.
pub struct DocumentCatalog {
    items: Vec<DocumentSummary>,
    folded: Vec<String>,
}

impl DocumentCatalog {
    /// `items` in any order; the catalogue keeps them newest first.
    pub fn new(mut items: Vec<DocumentSummary>) -> DocumentCatalog {
        sort_newest_first(&mut items);
        let folded = items
            .iter()
            .map(|d| {
                fold(&format!(
                    "{} {} {} {}",
                    d.titolo,
                    d.oggetto,
                    d.numero.as_deref().unwrap_or(""),
                    d.emanato_da.nome
                ))
            })
            .collect();
        DocumentCatalog { items, folded }
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// Every document the filter lets through, newest first.
    pub fn matching(&self, filter: &DocumentFilter) -> Vec<&DocumentSummary> {
        let terms: Vec<String> = fold(&filter.text).split_whitespace().map(str::to_string).collect();
        self.items
            .iter()
            .zip(self.folded.iter())
            .filter(|(item, folded)| {
                filter.kind.is_none_or(|k| item.tipo == k)
                    && filter.year.is_none_or(|y| item.year() == y)
                    && filter.issuer.as_ref().is_none_or(|i| item.emanato_da.slug == *i)
                    && terms.iter().all(|t| folded.contains(t.as_str()))
            })
            .map(|(item, _)| item)
            .collect()
    }

    pub fn page(&self, filter: &DocumentFilter) -> FilteredPage<'_, DocumentSummary> {
        filtered_page(self.matching(filter), filter.page)
    }
}
