//! When an office receives the public: its hours as the content writes
//! them ("dal lunedì al venerdì dalle 9 alle 12"), read once into days and
//! periods; the Italian public holidays and the patron saint's day of the
//! seat, when no office receives. The booking form offers only what these
//! allow and the receiving service refuses anything else.

pub use super::config::YearDay;
use super::date::Date;
use serde::{Deserialize, Serialize};

/// A period of the day, in minutes from midnight: 9:00–12:30 is 540–750.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Period {
    pub dalle: u16,
    pub alle: u16,
}

impl Period {
    /// "9:00 – 12:30".
    pub fn label(self) -> String {
        format!("{} – {}", clock(self.dalle), clock(self.alle))
    }
}

/// "9:00", "14:30".
pub fn clock(minutes: u16) -> String {
    format!("{}:{:02}", minutes / 60, minutes % 60)
}

/// The week of an office: for each day from Monday (0) to Sunday (6) the
/// periods it receives, in order; none when closed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OpeningHours {
    pub giorni: [Vec<Period>; 7],
}

const WEEKDAYS: [&str; 7] = [
    "lunedi",
    "martedi",
    "mercoledi",
    "giovedi",
    "venerdi",
    "sabato",
    "domenica",
];

fn weekday_of(word: &str) -> Option<usize> {
    let folded = super::search::fold(word);
    WEEKDAYS.iter().position(|d| *d == folded)
}

/// "9", "9.30", "9:30" → minutes from midnight.
fn time_of(word: &str) -> Option<u16> {
    let (hours, minutes) = match word.split_once(['.', ':']) {
        Some((h, m)) if m.len() == 2 => (h, m),
        Some(_) => return None,
        None => (word, "0"),
    };
    let digits = |s: &str| !s.is_empty() && s.len() <= 2 && s.bytes().all(|b| b.is_ascii_digit());
    if !digits(hours) || !digits(minutes) {
        return None;
    }
    let (h, m): (u16, u16) = (hours.parse().ok()?, minutes.parse().ok()?);
    (h <= 24 && m < 60 && h * 60 + m <= 24 * 60).then_some(h * 60 + m)
}

pub const HOURS_FORM: &str = "giorni e orari come «dal lunedì al venerdì dalle 9 alle 12» o «martedì e giovedì dalle 9 alle 12 e dalle 15 alle 17», più parti separate da «;», una nota dopo una virgola";

impl OpeningHours {
    /// Reads hours as Italians write them: one or more parts separated by
    /// ";", each a day ("sabato"), a list ("martedì e giovedì", "lunedì,
    /// mercoledì e venerdì") or a range ("dal lunedì al venerdì"), then
    /// one or more "dalle 9 alle 12" joined by "e"; "anche" before the
    /// hours is allowed, and a note after a comma ("su appuntamento").
    pub fn parse(text: &str) -> Result<OpeningHours, String> {
        let mut hours = OpeningHours::default();
        for part in text.split(';') {
            let part = part.trim();
            if part.is_empty() {
                continue;
            }
            let (days, periods) = parse_part(part).map_err(|why| format!("«{part}»: {why}"))?;
            for day in days {
                for period in &periods {
                    if hours.giorni[day]
                        .iter()
                        .any(|p| p.dalle < period.alle && period.dalle < p.alle)
                    {
                        return Err(format!("«{part}»: due orari dello stesso giorno si sovrappongono"));
                    }
                    hours.giorni[day].push(*period);
                }
                hours.giorni[day].sort_by_key(|p| p.dalle);
            }
        }
        if hours.giorni.iter().all(Vec::is_empty) {
            return Err("nessun giorno di apertura".into());
        }
        Ok(hours)
    }

    /// The periods of a day of the week (0 Monday).
    pub fn on_weekday(&self, weekday: i64) -> &[Period] {
        usize::try_from(weekday)
            .ok()
            .and_then(|d| self.giorni.get(d))
            .map_or(&[], Vec::as_slice)
    }

    pub fn on(&self, day: Date) -> &[Period] {
        self.on_weekday(day.weekday())
    }
}

fn parse_part(part: &str) -> Result<(Vec<usize>, Vec<Period>), String> {
    // A note after the hours: "dalle 9 alle 12, su appuntamento".
    let words: Vec<&str> = part
        .split(|c: char| c.is_whitespace())
        .filter(|w| !w.is_empty())
        .collect();
    let first_time = words
        .iter()
        .position(|w| super::search::fold(w) == "dalle")
        .ok_or("manca l'orario («dalle … alle …»)")?;
    let mut day_words: Vec<&str> = words[..first_time].to_vec();
    if day_words.last().is_some_and(|w| super::search::fold(w) == "anche") {
        day_words.pop();
    }
    let days = parse_days(&day_words)?;
    let mut periods = Vec::new();
    let mut rest = &words[first_time..];
    loop {
        let [dalle, from, alle, to, tail @ ..] = rest else {
            return Err("un orario va scritto «dalle 9 alle 12»".into());
        };
        let to_clean = to.trim_end_matches(',');
        if super::search::fold(dalle) != "dalle" || super::search::fold(alle) != "alle" {
            return Err("un orario va scritto «dalle 9 alle 12»".into());
        }
        let (Some(start), Some(end)) = (time_of(from), time_of(to_clean)) else {
            return Err(format!("ora non valida in «dalle {from} alle {to_clean}»"));
        };
        if start >= end {
            return Err(format!("«dalle {from} alle {to_clean}» finisce prima di cominciare"));
        }
        periods.push(Period {
            dalle: start,
            alle: end,
        });
        if to.ends_with(',') {
            break; // the rest is a note
        }
        match tail {
            [] => break,
            [e, more @ ..] if *e == "e" && !more.is_empty() => rest = more,
            _ => {
                return Err(format!(
                    "dopo l'orario si aspetta «e dalle …» o una virgola, non «{}»",
                    tail.join(" ")
                ))
            }
        }
    }
    Ok((days, periods))
}

fn parse_days(words: &[&str]) -> Result<Vec<usize>, String> {
    let folded: Vec<String> = words
        .iter()
        .map(|w| super::search::fold(w.trim_end_matches(',')))
        .collect();
    let day = |w: &str| weekday_of(w).ok_or_else(|| format!("«{w}» non è un giorno della settimana"));
    match folded.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        [] => Err("mancano i giorni".into()),
        ["dal", from, "al", to] => {
            let (from, to) = (day(from)?, day(to)?);
            if from > to {
                return Err("l'intervallo di giorni va dal primo all'ultimo".into());
            }
            Ok((from..=to).collect())
        }
        ["tutti", "i", "giorni"] => Ok((0..7).collect()),
        list => {
            let mut days = Vec::new();
            for (i, word) in list.iter().enumerate() {
                // "martedì e giovedì": the "e" only before the last day.
                if *word == "e" && i + 2 == list.len() && i > 0 {
                    continue;
                }
                days.push(day(word)?);
            }
            Ok(days)
        }
    }
}

/// Easter Sunday of `year` (Gregorian calendar, the anonymous algorithm).
pub fn easter(year: u16) -> Date {
    let y = i32::from(year);
    let a = y % 19;
    let b = y / 100;
    let c = y % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    Date::new(year, month as u8, day as u8).expect("Easter falls in March or April")
}

/// The public holiday `day` is, if it is one: the national holidays
/// (with 4 October from 2026, law 151/2025) and the patron saint's day
/// of the seat.
pub fn holiday(day: Date, patron: Option<YearDay>) -> Option<&'static str> {
    let fixed = match (day.month(), day.day()) {
        (1, 1) => Some("Capodanno"),
        (1, 6) => Some("Epifania"),
        (4, 25) => Some("Festa della Liberazione"),
        (5, 1) => Some("Festa del lavoro"),
        (6, 2) => Some("Festa della Repubblica"),
        (8, 15) => Some("Ferragosto"),
        (10, 4) if day.year() >= 2026 => Some("San Francesco d'Assisi, patrono d'Italia"),
        (11, 1) => Some("Ognissanti"),
        (12, 8) => Some("Immacolata Concezione"),
        (12, 25) => Some("Natale"),
        (12, 26) => Some("Santo Stefano"),
        _ => None,
    };
    if fixed.is_some() {
        return fixed;
    }
    let easter = easter(day.year());
    if easter.days_until(day) == 1 {
        return Some("Lunedì dell'Angelo");
    }
    if easter == day {
        return Some("Pasqua");
    }
    patron
        .filter(|p| p.mese == day.month() && p.giorno == day.day())
        .map(|_| "festa del santo patrono")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    fn p(dalle: &str, alle: &str) -> Period {
        Period {
            dalle: time_of(dalle).unwrap(),
            alle: time_of(alle).unwrap(),
        }
    }

    #[test]
    fn reads_the_hours_the_sample_offices_write() {
        let hours = OpeningHours::parse("dal lunedì al venerdì dalle 9 alle 12").unwrap();
        assert_eq!(hours.on_weekday(0), [p("9", "12")]);
        assert_eq!(hours.on_weekday(4), [p("9", "12")]);
        assert!(hours.on_weekday(5).is_empty());
        let hours = OpeningHours::parse("martedì e giovedì dalle 9 alle 12 e dalle 15 alle 17").unwrap();
        assert!(hours.on_weekday(0).is_empty());
        assert_eq!(hours.on_weekday(1), [p("9", "12"), p("15", "17")]);
        assert_eq!(hours.on_weekday(3), [p("9", "12"), p("15", "17")]);
        let hours = OpeningHours::parse("martedì e giovedì dalle 9 alle 12, su appuntamento").unwrap();
        assert_eq!(hours.on_weekday(1), [p("9", "12")]);
        let hours =
            OpeningHours::parse("dal lunedì al venerdì dalle 9 alle 12; martedì e giovedì anche dalle 15 alle 17")
                .unwrap();
        assert_eq!(hours.on_weekday(1), [p("9", "12"), p("15", "17")]);
        assert_eq!(hours.on_weekday(2), [p("9", "12")]);
        let hours = OpeningHours::parse("lunedì, mercoledì e venerdì dalle 8.30 alle 12:45").unwrap();
        assert_eq!(hours.on_weekday(2), [Period { dalle: 510, alle: 765 }]);
        assert_eq!(Period { dalle: 510, alle: 765 }.label(), "8:30 – 12:45");
    }

    #[test]
    fn hours_it_cannot_read_are_refused_with_the_reason() {
        for (text, why) in [
            ("sempre aperto", "manca l'orario"),
            ("dal lunedì al venerdì dalle 12 alle 9", "finisce prima di cominciare"),
            ("lunedì dalle 9 alle 25", "ora non valida"),
            ("dal venerdì al lunedì dalle 9 alle 12", "dal primo all'ultimo"),
            ("lunedi dalle 9 alle 12 dalle 15 alle 17", "e dalle"),
            ("festivi dalle 9 alle 12", "non è un giorno"),
            ("lunedì dalle 9 alle 12; lunedì dalle 11 alle 13", "si sovrappongono"),
            ("", "nessun giorno"),
        ] {
            let error = OpeningHours::parse(text).unwrap_err();
            assert!(error.contains(why), "{text}: {error}");
        }
    }

    #[test]
    fn easter_and_the_holidays_of_the_italian_calendar() {
        assert_eq!(easter(2026), d("2026-04-05"));
        assert_eq!(easter(2027), d("2027-03-28"));
        assert_eq!(easter(2024), d("2024-03-31"));
        assert_eq!(holiday(d("2027-03-29"), None), Some("Lunedì dell'Angelo"));
        assert_eq!(holiday(d("2026-12-08"), None), Some("Immacolata Concezione"));
        assert_eq!(holiday(d("2026-12-25"), None), Some("Natale"));
        assert_eq!(
            holiday(d("2026-10-04"), None),
            Some("San Francesco d'Assisi, patrono d'Italia")
        );
        assert_eq!(holiday(d("2025-10-04"), None), None);
        assert_eq!(holiday(d("2026-12-09"), None), None);
        let spezia = Some(YearDay { giorno: 19, mese: 3 });
        assert_eq!(holiday(d("2027-03-19"), spezia), Some("festa del santo patrono"));
        assert_eq!(holiday(d("2027-03-19"), None), None);
    }
}
