//! Filters and order of the project tables (mission, status, year, amount,
//! words) and their place in the URL, so a journalist can share the exact
//! view they checked.

use super::{ProjectStatus, ProjectSummary};
use crate::model::money::Amount;
use crate::model::news_filter::{query_string, shorten};
use crate::model::search::fold;
use std::cmp::Ordering;

/// Longer queries are cut (a pasted page would only slow every keystroke).
pub const MAX_TEXT_CHARS: usize = 100;

/// Query keys, in Italian like the rest of the addresses.
pub mod key {
    pub const TEXT: &str = "testo";
    pub const MISSION: &str = "missione";
    pub const STATUS: &str = "stato";
    pub const YEAR: &str = "anno";
    pub const MIN: &str = "importo-min";
    pub const MAX: &str = "importo-max";
    pub const SORT: &str = "ordine";
    pub const DIRECTION: &str = "verso";
}

pub const ASCENDING: &str = "crescente";
pub const DESCENDING: &str = "decrescente";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SortKey {
    Title,
    Cup,
    Measure,
    Status,
    Year,
    Pnrr,
    Total,
    Awarded,
    Received,
}

impl SortKey {
    /// In the order of the table's columns.
    pub const ALL: [SortKey; 9] = [
        SortKey::Title,
        SortKey::Cup,
        SortKey::Measure,
        SortKey::Status,
        SortKey::Year,
        SortKey::Pnrr,
        SortKey::Total,
        SortKey::Awarded,
        SortKey::Received,
    ];

    pub fn key(self) -> &'static str {
        match self {
            SortKey::Title => "titolo",
            SortKey::Cup => "cup",
            SortKey::Measure => "misura",
            SortKey::Status => "stato",
            SortKey::Year => "anno",
            SortKey::Pnrr => "finanziamento-pnrr",
            SortKey::Total => "finanziamento-totale",
            SortKey::Awarded => "aggiudicato",
            SortKey::Received => "ricevuto",
        }
    }

    /// Column heading.
    pub fn heading(self) -> &'static str {
        match self {
            SortKey::Title => "Titolo progetto",
            SortKey::Cup => "CUP",
            SortKey::Measure => "Misura",
            SortKey::Status => "Stato",
            SortKey::Year => "Anno di inizio",
            SortKey::Pnrr => "Finanziamento PNRR",
            SortKey::Total => "Finanziamento totale",
            SortKey::Awarded => "Aggiudicato",
            SortKey::Received => "Ricevuto",
        }
    }

    /// Numbers read best largest first; words from A.
    pub fn default_descending(self) -> bool {
        self.is_numeric()
    }

    pub fn is_numeric(self) -> bool {
        matches!(
            self,
            SortKey::Pnrr | SortKey::Total | SortKey::Year | SortKey::Awarded | SortKey::Received
        )
    }

    fn from_key(key: &str) -> Option<SortKey> {
        SortKey::ALL.into_iter().find(|k| k.key() == key)
    }
}

/// What the reader asked for. The default shows every project, largest
/// PNRR funding first.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProjectFilter {
    pub text: String,
    /// "M1".
    pub mission: Option<String>,
    pub status: Option<ProjectStatus>,
    /// Year of the planned start.
    pub year: Option<u16>,
    /// Range of the PNRR funding.
    pub min: Option<Amount>,
    pub max: Option<Amount>,
    pub sort: SortKey,
    pub descending: bool,
}

impl Default for ProjectFilter {
    fn default() -> Self {
        ProjectFilter {
            text: String::new(),
            mission: None,
            status: None,
            year: None,
            min: None,
            max: None,
            sort: SortKey::Pnrr,
            descending: true,
        }
    }
}

impl ProjectFilter {
    /// The filter without its order: what decides which projects pass.
    pub fn selection(&self) -> ProjectFilter {
        let default = ProjectFilter::default();
        ProjectFilter {
            sort: default.sort,
            descending: default.descending,
            ..self.clone()
        }
    }
}

impl ProjectFilter {
    /// Reads the filter from the query pairs, keeping what makes sense and
    /// saying in plain words what was ignored or corrected.
    pub fn from_query<'a>(
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
        missions: &[String],
    ) -> (ProjectFilter, Vec<String>) {
        let mut filter = ProjectFilter::default();
        let mut notes = Vec::new();
        let mut direction = None;
        for (name, value) in pairs {
            let value = value.trim();
            if value.is_empty() {
                continue;
            }
            match name {
                key::TEXT => {
                    if value.chars().count() > MAX_TEXT_CHARS {
                        notes.push(format!(
                            "Il testo cercato era troppo lungo: sono stati usati i primi {MAX_TEXT_CHARS} caratteri."
                        ));
                    }
                    filter.text = value
                        .chars()
                        .take(MAX_TEXT_CHARS)
                        .collect::<String>()
                        .trim()
                        .to_string();
                }
                key::MISSION => match missions.iter().find(|m| m.as_str() == value) {
                    Some(mission) => filter.mission = Some(mission.clone()),
                    None => notes.push(format!(
                        "La missione «{}» non ha progetti dell'ente: sono mostrate tutte le missioni.",
                        shorten(value)
                    )),
                },
                key::STATUS => match ProjectStatus::from_key(value) {
                    Some(status) => filter.status = Some(status),
                    None => notes.push(format!(
                        "Lo stato «{}» non esiste: sono mostrati tutti gli stati.",
                        shorten(value)
                    )),
                },
                key::YEAR => match value.parse::<u16>() {
                    Ok(year) if (2000..=2100).contains(&year) => filter.year = Some(year),
                    _ => notes.push(format!(
                        "«{}» non è un anno: sono mostrati tutti gli anni.",
                        shorten(value)
                    )),
                },
                key::MIN | key::MAX => {
                    let label = if name == key::MIN { "minimo" } else { "massimo" };
                    match parse_euros(value) {
                        Some(amount) if name == key::MIN => filter.min = Some(amount),
                        Some(amount) => filter.max = Some(amount),
                        None => notes.push(format!(
                            "L'importo {label} «{}» non è un numero: il filtro non è stato applicato.",
                            shorten(value)
                        )),
                    }
                }
                key::SORT => match SortKey::from_key(value) {
                    Some(sort) => filter.sort = sort,
                    None => notes.push(format!(
                        "Non si può ordinare per «{}»: i progetti sono ordinati per finanziamento PNRR.",
                        shorten(value)
                    )),
                },
                key::DIRECTION => direction = Some(value == DESCENDING),
                // Other parameters (campaign tags and the like) are not ours.
                _ => {}
            }
        }
        filter.descending = direction.unwrap_or(filter.sort.default_descending());
        if let (Some(min), Some(max)) = (filter.min, filter.max) {
            if min > max {
                filter.min = Some(max);
                filter.max = Some(min);
                notes.push(format!(
                    "L'importo minimo superava il massimo: sono mostrati i progetti da {} a {}.",
                    max.italian(),
                    min.italian()
                ));
            }
        }
        (filter, notes)
    }

    /// The query string of this filter ("" for the default).
    pub fn to_query(&self) -> String {
        let mut pairs: Vec<(&str, String)> = Vec::new();
        if !self.text.is_empty() {
            pairs.push((key::TEXT, self.text.clone()));
        }
        if let Some(mission) = &self.mission {
            pairs.push((key::MISSION, mission.clone()));
        }
        if let Some(status) = self.status {
            pairs.push((key::STATUS, status.key().to_string()));
        }
        if let Some(year) = self.year {
            pairs.push((key::YEAR, year.to_string()));
        }
        if let Some(min) = self.min {
            pairs.push((key::MIN, euros_plain(min)));
        }
        if let Some(max) = self.max {
            pairs.push((key::MAX, euros_plain(max)));
        }
        if self.sort != SortKey::Pnrr {
            pairs.push((key::SORT, self.sort.key().to_string()));
        }
        if self.descending != self.sort.default_descending() {
            let direction = if self.descending { DESCENDING } else { ASCENDING };
            pairs.push((key::DIRECTION, direction.to_string()));
        }
        query_string(&pairs)
    }

    /// Whether anything narrows the list (the order does not).
    pub fn narrows(&self) -> bool {
        !self.text.is_empty()
            || self.mission.is_some()
            || self.status.is_some()
            || self.year.is_some()
            || self.min.is_some()
            || self.max.is_some()
    }

    /// The filter sorted by `key`: the same column again flips the order.
    pub fn sorted_by(&self, key: SortKey) -> ProjectFilter {
        let descending = if self.sort == key {
            !self.descending
        } else {
            key.default_descending()
        };
        ProjectFilter {
            sort: key,
            descending,
            ..self.clone()
        }
    }

    /// "ordinati per finanziamento PNRR, dal più alto".
    pub fn order_sentence(&self) -> String {
        let direction = match (self.sort.is_numeric(), self.descending) {
            (true, true) => "dal più alto",
            (true, false) => "dal più basso",
            (false, false) => "dalla A alla Z",
            (false, true) => "dalla Z alla A",
        };
        let column = match self.sort {
            SortKey::Cup => "CUP".to_string(),
            SortKey::Pnrr => "finanziamento PNRR".to_string(),
            SortKey::Awarded => "importo aggiudicato".to_string(),
            SortKey::Received => "importo ricevuto".to_string(),
            other => other.heading().to_lowercase(),
        };
        format!("ordinati per {column}, {direction}")
    }
}

/// Reads an amount the way people type it: "150000", "150.000",
/// "150.000,50", "150000,5", "150000.50", with or without "€".
pub fn parse_euros(text: &str) -> Option<Amount> {
    let cleaned: String = text.chars().filter(|c| !c.is_whitespace() && *c != '€').collect();
    let (units, decimals) = if let Some((units, decimals)) = cleaned.split_once(',') {
        (units.replace('.', ""), decimals.to_string())
    } else {
        match cleaned.rsplit_once('.') {
            // A last group of three digits is a thousands group.
            Some((_, last)) if last.len() == 3 => (cleaned.replace('.', ""), String::new()),
            Some((units, decimals)) => (units.replace('.', ""), decimals.to_string()),
            None => (cleaned.clone(), String::new()),
        }
    };
    let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if units.is_empty() || units.len() > 13 || !all_digits(&units) || decimals.len() > 2 || !all_digits(&decimals) {
        return None;
    }
    let cents = format!("{decimals:0<2}").parse::<i64>().ok()?;
    Some(Amount::from_cents(units.parse::<i64>().ok()? * 100 + cents))
}

/// "150000" or "150000.50": the URL and input form of a filter amount.
pub fn euros_plain(amount: Amount) -> String {
    if amount.cents() % 100 == 0 {
        (amount.cents() / 100).to_string()
    } else {
        amount.plain()
    }
}

/// "12 progetti su 21".
pub fn results_label(shown: usize, total: usize) -> String {
    let noun = |n: usize| if n == 1 { "progetto" } else { "progetti" };
    if shown == total {
        format!("{total} {}", noun(total))
    } else {
        format!("{shown} {} su {total}", noun(shown))
    }
}

/// The projects of a table, folded once for matching.
pub struct ProjectCatalog {
    items: Vec<ProjectSummary>,
    /// Title, CUP, CIG, measure code and implementing body, folded.
    haystacks: Vec<String>,
    titles: Vec<String>,
}

impl ProjectCatalog {
    pub fn new(items: Vec<ProjectSummary>) -> ProjectCatalog {
        let haystacks = items
            .iter()
            .map(|p| {
                fold(&format!(
                    "{} {} {} {} {}",
                    p.titolo_progetto,
                    p.cup,
                    p.cig.join(" "),
                    p.codice_misura,
                    p.soggetto_attuatore
                ))
            })
            .collect();
        let titles = items.iter().map(|p| fold(&p.titolo_progetto)).collect();
        ProjectCatalog {
            items,
            haystacks,
            titles,
        }
    }

    pub fn items(&self) -> &[ProjectSummary] {
        &self.items
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// Every project's index sorted by `sort` (ties by title, then CUP,
    /// so the order never depends on the file order).
    pub fn order(&self, sort: SortKey, descending: bool) -> Vec<usize> {
        let mut indices: Vec<usize> = (0..self.items.len()).collect();
        let (items, titles) = (&self.items, &self.titles);
        let by_title = |a: usize, b: usize| titles[a].cmp(&titles[b]).then_with(|| items[a].cup.cmp(&items[b].cup));
        indices.sort_by(|&a, &b| {
            let (pa, pb) = (&items[a], &items[b]);
            let primary = match sort {
                SortKey::Title => Ordering::Equal,
                SortKey::Cup => pa.cup.cmp(&pb.cup),
                SortKey::Measure => pa.codice_misura.cmp(&pb.codice_misura),
                SortKey::Status => pa.stato.cmp(&pb.stato),
                SortKey::Year => pa.anno_inizio.cmp(&pb.anno_inizio),
                SortKey::Pnrr => pa.finanziamento_pnrr.cmp(&pb.finanziamento_pnrr),
                SortKey::Total => pa.finanziamento_totale.cmp(&pb.finanziamento_totale),
                SortKey::Awarded => pa.aggiudicato.cmp(&pb.aggiudicato),
                SortKey::Received => pa.erogato.cmp(&pb.erogato),
            };
            let primary = if descending { primary.reverse() } else { primary };
            let tie = by_title(a, b);
            let tie = if descending && sort == SortKey::Title {
                tie.reverse()
            } else {
                tie
            };
            primary.then(tie)
        });
        indices
    }

    /// Whether project `index` passes the filter (the order aside).
    pub fn matches(&self, index: usize, filter: &ProjectFilter, words: &[String]) -> bool {
        let p = &self.items[index];
        filter.mission.as_ref().is_none_or(|m| &p.mission_code() == m)
            && filter.status.is_none_or(|s| p.stato == s)
            && filter.year.is_none_or(|y| p.anno_inizio == y)
            && filter.min.is_none_or(|min| p.finanziamento_pnrr >= min)
            && filter.max.is_none_or(|max| p.finanziamento_pnrr <= max)
            && words.iter().all(|w| self.haystacks[index].contains(w.as_str()))
    }

    /// The folded words of the filter's text, each of which must appear.
    pub fn words(filter: &ProjectFilter) -> Vec<String> {
        fold(&filter.text).split_whitespace().map(str::to_string).collect()
    }

    /// Which projects pass, by index.
    pub fn matching(&self, filter: &ProjectFilter) -> Vec<bool> {
        let words = Self::words(filter);
        (0..self.items.len()).map(|i| self.matches(i, filter, &words)).collect()
    }

    /// The projects that pass, in the filter's order.
    pub fn visible(&self, filter: &ProjectFilter) -> Vec<&ProjectSummary> {
        let matching = self.matching(filter);
        self.order(filter.sort, filter.descending)
            .into_iter()
            .filter(|&i| matching[i])
            .map(|i| &self.items[i])
            .collect()
    }
}

/// The table's rows as slots: the rows stay where the page put them, and
/// the n-th row shows the n-th project to show. A new sort or filter only
/// rewrites the text of the slots whose project changed and hides or shows
/// the slots past the end: moving rows makes the browser restyle and lay
/// out every moved row, twice the cost of rewriting their text.
#[derive(Clone, Debug, PartialEq)]
pub struct RowSlots {
    /// The project each slot shows, in document order.
    showing: Vec<usize>,
    visible: Vec<bool>,
}

/// What one slot must do: show another project's text, and/or change its
/// visibility.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SlotChange {
    pub slot: usize,
    pub write: Option<usize>,
    pub hidden: Option<bool>,
}

impl RowSlots {
    /// The slots as the page holds them: (project, visible) in document order.
    pub fn new(rows: impl IntoIterator<Item = (usize, bool)>) -> RowSlots {
        let (showing, visible) = rows.into_iter().unzip();
        RowSlots { showing, visible }
    }

    /// The changes that make the first slots show `shown` (projects in the
    /// order they must appear) and hide the others; a slot already showing
    /// its project is not touched. Projects beyond the slots are left out.
    pub fn update(&mut self, shown: &[usize]) -> Vec<SlotChange> {
        let mut changes = Vec::new();
        for slot in 0..self.showing.len() {
            let wanted = shown.get(slot).copied();
            let write = wanted.filter(|&project| self.showing[slot] != project);
            let visible = wanted.is_some();
            let hidden = (self.visible[slot] != visible).then_some(!visible);
            if write.is_some() || hidden.is_some() {
                changes.push(SlotChange { slot, write, hidden });
            }
            if let Some(project) = write {
                self.showing[slot] = project;
            }
            self.visible[slot] = visible;
        }
        changes
    }
}

#[cfg(test)]
#[path = "filter_tests.rs"]
mod tests;
