//! Eventi: what the ente holds that a citizen can attend — council
//! sittings (from content/organi.yaml), public consultations, open days,
//! exam sessions, public meetings (content/eventi/{slug}.yaml). An event
//! happens on one or several dates; the list groups the dates to come by
//! month, from the day of the build.

use super::content::TopicRef;
use super::date::Date;
use super::territory::PlaceRef;
use serde::{Deserialize, Serialize};

/// The list of events; each event's page continues its address.
pub const EVENTS_PATH: &str = "/vivere-la-provincia/eventi";
pub const EVENTS_FEED: &str = "/feed/eventi.xml";
/// The pre-rendered list of one kind: `/vivere-la-provincia/eventi/tipo/{kind}`.
pub const KIND_SEGMENT: &str = "tipo";

vocabulary!(
    /// What kind of event.
    EventKind {
        Seduta => "seduta", "Seduta di un organo";
        Consultazione => "consultazione", "Consultazione pubblica";
        OpenDay => "open-day", "Giornata a porte aperte";
        Esame => "esame", "Sessione d'esame";
        Incontro => "incontro", "Incontro pubblico";
    }
);

impl EventKind {
    pub fn plural(self) -> &'static str {
        match self {
            EventKind::Seduta => "Sedute degli organi",
            EventKind::Consultazione => "Consultazioni pubbliche",
            EventKind::OpenDay => "Giornate a porte aperte",
            EventKind::Esame => "Sessioni d'esame",
            EventKind::Incontro => "Incontri pubblici",
        }
    }

    /// The pre-rendered list of this kind.
    pub fn list_path(self) -> String {
        format!("{EVENTS_PATH}/{KIND_SEGMENT}/{}", self.key())
    }
}

/// One date of an event, with its hours when known.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventDate {
    pub data: Date,
    /// "15:00".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ora: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ora_fine: Option<String>,
}

impl EventDate {
    /// "17 dicembre 2026, ore 15:00–17:00".
    pub fn italian(&self) -> String {
        match (&self.ora, &self.ora_fine) {
            (Some(from), Some(to)) => format!("{}, ore {from}–{to}", self.data.italian()),
            (Some(from), None) => format!("{}, ore {from}", self.data.italian()),
            _ => self.data.italian(),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Event {
    pub slug: String,
    pub titolo: String,
    pub tipo: EventKind,
    /// One or two sentences for the list.
    pub descrizione: String,
    /// In order.
    pub date: Vec<EventDate>,
    /// A place of the site, or an address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub luogo: Option<PlaceRef>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub indirizzo: Option<String>,
    pub organizzatore: String,
    #[serde(default)]
    pub argomenti: Vec<TopicRef>,
    /// Where a sitting is described (its organ's page); other events have
    /// their own page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pagina: Option<String>,
}

impl Event {
    pub fn path(&self) -> String {
        self.pagina
            .clone()
            .unwrap_or_else(|| format!("{EVENTS_PATH}/{}", self.slug))
    }

    /// Its iCalendar file, with every date.
    pub fn calendar_path(&self) -> String {
        format!("/calendario/evento-{}.ics", self.slug)
    }

    /// Its dates from `today` on.
    pub fn coming(&self, today: Date) -> Vec<&EventDate> {
        self.date.iter().filter(|d| d.data >= today).collect()
    }

    /// Where: the place's name or the address.
    pub fn where_label(&self) -> String {
        match (&self.luogo, &self.indirizzo) {
            (Some(place), _) => place.nome.clone(),
            (None, Some(address)) => address.clone(),
            (None, None) => String::new(),
        }
    }
}

/// The dates to come, each with its event, grouped by month ("dicembre
/// 2026"), soonest first.
pub fn by_month(events: &[Event], today: Date) -> Vec<(String, Vec<(&EventDate, &Event)>)> {
    let mut dates: Vec<(&EventDate, &Event)> = events
        .iter()
        .flat_map(|event| event.coming(today).into_iter().map(move |date| (date, event)))
        .collect();
    dates.sort_by(|a, b| a.0.cmp(b.0).then_with(|| a.1.titolo.cmp(&b.1.titolo)));
    let mut months: Vec<(String, Vec<(&EventDate, &Event)>)> = Vec::new();
    for (date, event) in dates {
        let month = date.data.month_and_year();
        match months.last_mut() {
            Some((label, items)) if *label == month => items.push((date, event)),
            _ => months.push((month, vec![(date, event)])),
        }
    }
    months
}

/// `eventi.json`: every event, sittings included, by first date.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventList {
    pub versione: u32,
    /// The day "in programma" starts from.
    pub calcolato_il: Date,
    pub eventi: Vec<Event>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(slug: &str, kind: EventKind, dates: &[&str]) -> Event {
        Event {
            slug: slug.into(),
            titolo: slug.into(),
            tipo: kind,
            descrizione: String::new(),
            date: dates
                .iter()
                .map(|d| EventDate {
                    data: Date::parse(d).unwrap(),
                    ora: None,
                    ora_fine: None,
                })
                .collect(),
            luogo: None,
            indirizzo: Some("Sala".into()),
            organizzatore: "Provincia".into(),
            argomenti: vec![],
            pagina: None,
        }
    }

    #[test]
    fn the_dates_to_come_are_grouped_by_month_from_the_build_day() {
        let events = vec![
            event(
                "due-date",
                EventKind::OpenDay,
                &["2026-11-30", "2026-12-12", "2027-01-16"],
            ),
            event("ieri", EventKind::Esame, &["2026-12-04"]),
            event("oggi", EventKind::Incontro, &["2026-12-05"]),
        ];
        let today = Date::parse("2026-12-05").unwrap();
        let months: Vec<(String, Vec<&str>)> = by_month(&events, today)
            .into_iter()
            .map(|(month, dates)| (month, dates.iter().map(|(_, e)| e.slug.as_str()).collect()))
            .collect();
        assert_eq!(
            months,
            [
                ("dicembre 2026".to_string(), vec!["oggi", "due-date"]),
                ("gennaio 2027".to_string(), vec!["due-date"]),
            ]
        );
        assert_eq!(events[0].coming(today).len(), 2);
        assert_eq!(events[0].path(), "/vivere-la-provincia/eventi/due-date");
        assert_eq!(
            EventKind::OpenDay.list_path(),
            "/vivere-la-provincia/eventi/tipo/open-day"
        );
    }

    #[test]
    fn a_date_reads_with_its_hours() {
        let date = EventDate {
            data: Date::parse("2026-12-17").unwrap(),
            ora: Some("15:00".into()),
            ora_fine: Some("17:00".into()),
        };
        assert_eq!(date.italian(), "17 dicembre 2026, ore 15:00–17:00");
    }
}
