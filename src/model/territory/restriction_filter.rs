//! The filters of the restrictions list (road, Comune, kind, period) and
//! their place in the URL, so a driver can keep "SP 9, oggi" as a link.
//! Notes on what the URL asked wrongly follow the news lists' wording.

use super::restrictions::{in_period, Period, Restriction, RestrictionKind, RoadRef};
use super::{ComuneRef, Territory};
use crate::model::date::Date;
use crate::model::news_filter::{key, query_string, shorten};
use serde::{Deserialize, Serialize};

/// Query keys.
pub const ROAD: &str = "strada";
pub const COMUNE: &str = "comune";
pub const WHEN: &str = "quando";
/// `quando=tutte`: every period, the past too.
pub const ALL_PERIODS: &str = "tutte";

/// What the filters offer: every road and every Comune, so a driver finds
/// theirs even on a day it has nothing.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RestrictionChoices {
    pub strade: Vec<RoadRef>,
    pub comuni: Vec<ComuneRef>,
}

impl RestrictionChoices {
    pub fn of(territory: &Territory) -> RestrictionChoices {
        RestrictionChoices {
            strade: territory.strade.iter().map(|r| r.reference()).collect(),
            comuni: territory.comuni.iter().map(|c| c.reference()).collect(),
        }
    }
}

/// What the reader asked for. No period means the default view: in force
/// today and in the next 7 days.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RestrictionFilter {
    /// Slug of a road.
    pub road: Option<String>,
    /// Slug of a Comune.
    pub comune: Option<String>,
    pub kind: Option<RestrictionKind>,
    pub when: When,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum When {
    /// Today and the next 7 days.
    #[default]
    Soon,
    One(Period),
    All,
}

impl When {
    pub fn periods(self) -> Vec<Period> {
        match self {
            When::Soon => vec![Period::Oggi, Period::ProssimiGiorni],
            When::One(period) => vec![period],
            When::All => Period::ALL.to_vec(),
        }
    }

    /// From the value in the URL or the form; empty is the default.
    pub fn from_key(value: &str) -> Option<When> {
        match value {
            "" => Some(When::Soon),
            ALL_PERIODS => Some(When::All),
            _ => Period::from_key(value).map(When::One),
        }
    }

    /// The value in the URL; empty for the default.
    pub fn key(self) -> &'static str {
        match self {
            When::Soon => "",
            When::One(period) => period.key(),
            When::All => ALL_PERIODS,
        }
    }
}

impl RestrictionFilter {
    /// Reads the filter from the query pairs, keeping what makes sense and
    /// saying in plain words what was ignored.
    pub fn from_query<'a>(
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
        choices: &RestrictionChoices,
    ) -> (RestrictionFilter, Vec<String>) {
        let mut filter = RestrictionFilter::default();
        let mut notes = Vec::new();
        for (name, value) in pairs {
            let value = value.trim();
            if value.is_empty() {
                continue;
            }
            match name {
                ROAD => match choices.strade.iter().find(|r| r.slug == value) {
                    Some(road) => filter.road = Some(road.slug.clone()),
                    None => notes.push(format!(
                        "La strada «{}» non è una strada provinciale: sono mostrate tutte le strade.",
                        shorten(value)
                    )),
                },
                COMUNE => match choices.comuni.iter().find(|c| c.slug == value) {
                    Some(comune) => filter.comune = Some(comune.slug.clone()),
                    None => notes.push(format!(
                        "«{}» non è un Comune della provincia: sono mostrati tutti i Comuni.",
                        shorten(value)
                    )),
                },
                key::KIND => match RestrictionKind::from_key(value) {
                    Some(kind) => filter.kind = Some(kind),
                    None => notes.push(format!(
                        "Il tipo di limitazione «{}» non esiste: sono mostrate limitazioni di ogni tipo.",
                        shorten(value)
                    )),
                },
                WHEN => match When::from_key(value) {
                    Some(when) => filter.when = when,
                    None => notes.push(format!(
                        "«{}» non è un periodo: sono mostrate le limitazioni in vigore oggi e nei prossimi 7 giorni.",
                        shorten(value)
                    )),
                },
                _ => {}
            }
        }
        (filter, notes)
    }

    pub fn to_query(&self) -> String {
        let mut pairs = Vec::new();
        if let Some(road) = &self.road {
            pairs.push((ROAD, road.clone()));
        }
        if let Some(comune) = &self.comune {
            pairs.push((COMUNE, comune.clone()));
        }
        if let Some(kind) = self.kind {
            pairs.push((key::KIND, kind.key().to_string()));
        }
        if self.when != When::Soon {
            pairs.push((WHEN, self.when.key().to_string()));
        }
        query_string(&pairs)
    }

    pub fn matches(&self, item: &Restriction) -> bool {
        self.road.as_ref().is_none_or(|road| &item.strada.slug == road)
            && self.comune.as_ref().is_none_or(|comune| item.touches(comune))
            && self.kind.is_none_or(|kind| item.tipo == kind)
    }

    /// The matching restrictions, by period in the periods' order, each
    /// period in its own order; periods with none are kept, empty, so the
    /// page can say so.
    pub fn apply<'a>(&self, items: &'a [Restriction], today: Date) -> Vec<(Period, Vec<&'a Restriction>)> {
        self.when
            .periods()
            .into_iter()
            .map(|period| {
                let found = in_period(items, period, today)
                    .into_iter()
                    .filter(|item| self.matches(item))
                    .collect();
                (period, found)
            })
            .collect()
    }
}
