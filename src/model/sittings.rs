//! Sittings of the organs of government (content/organi.yaml, `sedute`):
//! when and where, the agenda, and the minutes and deliberations once
//! they exist. Whether a sitting is still to come is decided on the build
//! date, which the nightly build keeps current.

use super::content::Attachment;
use super::Date;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sitting {
    pub data: Date,
    /// "15:00".
    pub ora: String,
    pub luogo: String,
    /// The items on the agenda, in order.
    pub ordine_del_giorno: Vec<String>,
    /// Convocation, minutes, deliberations.
    #[serde(default)]
    pub documenti: Vec<Attachment>,
    /// Held before the build date.
    pub svolta: bool,
}

impl Sitting {
    /// "27 novembre 2026, ore 15:00".
    pub fn when(&self) -> String {
        format!("{}, ore {}", self.data.italian(), self.ora)
    }

    /// The id of its section on the organ's page: "seduta-2026-11-27-1500".
    pub fn anchor(&self) -> String {
        format!("seduta-{}-{}", self.data.iso(), self.ora.replace(':', ""))
    }

    /// Its iCalendar file, for a sitting to come:
    /// "/calendario/consiglio-provinciale-seduta-2026-12-17-1500.ics".
    pub fn calendar_path(&self, organ: &str) -> String {
        format!("/calendario/{organ}-{}.ics", self.anchor())
    }
}

/// "15:00" or "9:30": hours 0–23, minutes 00–59; `None` for anything else.
pub fn parse_time(text: &str) -> Option<String> {
    let (hours, minutes) = text.trim().split_once(':')?;
    let digits = |part: &str| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit());
    if !digits(hours) || hours.len() > 2 || minutes.len() != 2 || !digits(minutes) {
        return None;
    }
    let (h, m): (u8, u8) = (hours.parse().ok()?, minutes.parse().ok()?);
    (h < 24 && m < 60).then(|| format!("{h:02}:{m:02}"))
}

/// The sittings to come (soonest first) and those held (newest first).
pub fn split(sittings: &[Sitting]) -> (Vec<Sitting>, Vec<Sitting>) {
    let (mut held, mut coming): (Vec<Sitting>, Vec<Sitting>) = sittings.iter().cloned().partition(|s| s.svolta);
    coming.sort_by(|a, b| (a.data, &a.ora).cmp(&(b.data, &b.ora)));
    held.sort_by(|a, b| (b.data, &b.ora).cmp(&(a.data, &a.ora)));
    (coming, held)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sitting(day: &str, ora: &str, svolta: bool) -> Sitting {
        Sitting {
            data: Date::parse(day).unwrap(),
            ora: ora.into(),
            luogo: "Sala consiliare".into(),
            ordine_del_giorno: vec!["Comunicazioni del Presidente".into()],
            documenti: vec![],
            svolta,
        }
    }

    #[test]
    fn times_are_hours_and_minutes() {
        assert_eq!(parse_time("15:00").as_deref(), Some("15:00"));
        assert_eq!(parse_time("9:30").as_deref(), Some("09:30"));
        for bad in ["24:00", "15:60", "15", "15.00", "ore 15:00", "1500", ":30", "15:5"] {
            assert_eq!(parse_time(bad), None, "{bad}");
        }
    }

    #[test]
    fn sittings_to_come_first_soonest_then_held_newest() {
        let all = [
            sitting("2026-10-29", "15:00", true),
            sitting("2026-12-17", "15:00", false),
            sitting("2026-11-26", "15:00", true),
            sitting("2026-12-10", "9:30", false),
        ];
        let (coming, held) = split(&all);
        let days = |list: &[Sitting]| list.iter().map(|s| s.data.iso()).collect::<Vec<_>>();
        assert_eq!(days(&coming), ["2026-12-10", "2026-12-17"]);
        assert_eq!(days(&held), ["2026-11-26", "2026-10-29"]);
        assert_eq!(all[1].when(), "17 dicembre 2026, ore 15:00");
        assert_eq!(all[3].anchor(), "seduta-2026-12-10-930");
        assert_eq!(
            all[1].calendar_path("consiglio-provinciale"),
            "/calendario/consiglio-provinciale-seduta-2026-12-17-1500.ics"
        );
    }
}
