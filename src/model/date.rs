//! Calendar dates as content uses them ("2026-11-22") and as Italians read
//! them ("22 novembre 2026"). No time zones: publication dates are days.

use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

const MONTHS: [&str; 12] = [
    "gennaio",
    "febbraio",
    "marzo",
    "aprile",
    "maggio",
    "giugno",
    "luglio",
    "agosto",
    "settembre",
    "ottobre",
    "novembre",
    "dicembre",
];

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateError(pub String);

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "data non valida «{}»: attesa una data nel formato AAAA-MM-GG, per esempio 2026-11-22",
            self.0
        )
    }
}

impl Date {
    pub fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        let valid = (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month);
        valid.then_some(Date { year, month, day })
    }

    /// Parses the ISO 8601 calendar form `AAAA-MM-GG`, nothing else.
    pub fn parse(text: &str) -> Result<Date, DateError> {
        let err = || DateError(text.to_string());
        let bytes = text.as_bytes();
        if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
            return Err(err());
        }
        let number = |range: std::ops::Range<usize>| -> Result<u16, DateError> {
            let part = &text[range];
            if part.bytes().all(|b| b.is_ascii_digit()) {
                part.parse().map_err(|_| err())
            } else {
                Err(err())
            }
        };
        let (year, month, day) = (number(0..4)?, number(5..7)?, number(8..10)?);
        Date::new(year, month as u8, day as u8).ok_or_else(err)
    }

    /// "22 novembre 2026"; the first of the month is "1° dicembre 2026".
    pub fn italian(&self) -> String {
        let first = if self.day == 1 { "°" } else { "" };
        format!(
            "{}{first} {} {}",
            self.day,
            MONTHS[usize::from(self.month) - 1],
            self.year
        )
    }

    /// The date after a preposition with the article, elided before a
    /// vowel as Italian wants: "dal 7 dicembre", but "dall'8 dicembre",
    /// "fino all'11 dicembre", "l'8 dicembre".
    pub fn after(&self, preposition: &str) -> String {
        format!("{}{}", self.preposition(preposition), self.italian())
    }

    /// The preposition with its article as this date wants it, ready to be
    /// followed by the date (for markup that puts the date in `<time>`):
    /// "al " before "12 dicembre", "all'" before "11 dicembre".
    pub fn preposition(&self, preposition: &str) -> String {
        if !matches!(self.day, 8 | 11) {
            return format!("{preposition} ");
        }
        if let Some(before) = preposition.strip_suffix("il") {
            format!("{before}l'")
        } else if preposition.ends_with('l') {
            format!("{preposition}l'")
        } else {
            format!("{preposition} ")
        }
    }

    /// "novembre 2026".
    pub fn month_and_year(&self) -> String {
        format!("{} {}", MONTHS[usize::from(self.month) - 1], self.year)
    }

    /// "2026-11-22", for `<time datetime>` and the JSON API.
    pub fn iso(&self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    pub fn year(&self) -> u16 {
        self.year
    }

    pub fn month(&self) -> u8 {
        self.month
    }

    pub fn day(&self) -> u8 {
        self.day
    }

    /// Days since 1970-01-01: the inverse of `from_unix_days`, to count the
    /// days between two dates.
    /// Day of the week, 0 for Monday to 6 for Sunday.
    pub fn weekday(&self) -> i64 {
        // 1 January 1970 was a Thursday.
        (self.unix_days() + 3).rem_euclid(7)
    }

    pub fn unix_days(&self) -> i64 {
        // Days-from-civil over 400-year eras (H. Hinnant's algorithm).
        let year = i64::from(self.year) - i64::from(self.month <= 2);
        let era = year.div_euclid(400);
        let yoe = year.rem_euclid(400);
        let month = i64::from(self.month);
        let doy = (153 * (if month > 2 { month - 3 } else { month + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// Whole days from `self` to `later` (negative when `later` is earlier).
    pub fn days_until(&self, later: Date) -> i64 {
        later.unix_days() - self.unix_days()
    }

    /// The calendar day `days` days after 1970-01-01 (the build reads the
    /// clock this way; no date library needed).
    pub fn from_unix_days(days: i64) -> Date {
        // Civil-from-days over 400-year eras (H. Hinnant's algorithm).
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as u16;
        Date { year, month, day }
    }
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

serde_as_text!(Date, iso);

/// Italian civil time of a moment (seconds since 1970, UTC): the day and
/// "HH:MM". Central European Time, summer time from the last Sunday of March
/// to the last Sunday of October at 01:00 UTC (EU rule since 1996).
pub fn italian_time(unix_seconds: i64) -> (Date, String) {
    let utc_day = Date::from_unix_days(unix_seconds.div_euclid(86_400));
    let last_sunday = |month: u8| {
        let end = Date::new(utc_day.year(), month, 31).expect("March and October have 31 days");
        end.unix_days() - (end.weekday() + 1) % 7
    };
    let summer_starts = last_sunday(3) * 86_400 + 3_600;
    let summer_ends = last_sunday(10) * 86_400 + 3_600;
    let offset = if (summer_starts..summer_ends).contains(&unix_seconds) {
        7_200
    } else {
        3_600
    };
    let local = unix_seconds + offset;
    let minutes = local.rem_euclid(86_400) / 60;
    (
        Date::from_unix_days(local.div_euclid(86_400)),
        format!("{:02}:{:02}", minutes / 60, minutes % 60),
    )
}

/// A date as written by a person or a spreadsheet: "2026-11-22" or
/// "22/11/2026" (day and month with one or two digits).
pub fn parse_written(text: &str) -> Option<Date> {
    let text = text.trim();
    if let Ok(date) = Date::parse(text) {
        return Some(date);
    }
    let mut parts = text.split('/');
    let (day, month, year) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || year.len() != 4 || day.len() > 2 || month.len() > 2 {
        return None;
    }
    let number = |part: &str| {
        part.bytes()
            .all(|b| b.is_ascii_digit())
            .then(|| part.parse::<u16>().ok())
            .flatten()
    };
    Date::new(
        number(year)?,
        u8::try_from(number(month)?).ok()?,
        u8::try_from(number(day)?).ok()?,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weekday_from_monday() {
        // 2 December 2026 is a Wednesday, 1 January 1970 a Thursday.
        assert_eq!(Date::parse("2026-12-02").unwrap().weekday(), 2);
        assert_eq!(Date::parse("1970-01-01").unwrap().weekday(), 3);
        assert_eq!(Date::parse("2026-12-06").unwrap().weekday(), 6);
        assert_eq!(Date::parse("2026-12-07").unwrap().weekday(), 0);
    }

    #[test]
    fn days_since_the_epoch_become_calendar_days() {
        assert_eq!(Date::from_unix_days(0).iso(), "1970-01-01");
        assert_eq!(Date::from_unix_days(20_414).iso(), "2025-11-22");
        assert_eq!(Date::from_unix_days(20_779).iso(), "2026-11-22");
        assert_eq!(Date::from_unix_days(11_016).iso(), "2000-02-29");
    }

    #[test]
    fn calendar_days_go_back_to_days_since_the_epoch() {
        for days in [0, 59, 60, 11_016, 20_414, 20_779, 30_000] {
            assert_eq!(Date::from_unix_days(days).unix_days(), days);
        }
        let start = Date::parse("2026-02-27").unwrap();
        assert_eq!(start.days_until(Date::parse("2026-03-01").unwrap()), 2);
        assert_eq!(
            Date::parse("2024-03-01")
                .unwrap()
                .days_until(Date::parse("2024-02-28").unwrap()),
            -2
        );
    }

    #[test]
    fn formats_italian_long_dates() {
        assert_eq!(Date::parse("2026-11-22").unwrap().italian(), "22 novembre 2026");
        assert_eq!(Date::parse("2027-01-01").unwrap().italian(), "1° gennaio 2027");
        assert_eq!(Date::parse("2026-08-09").unwrap().italian(), "9 agosto 2026");
    }

    #[test]
    fn keeps_the_iso_form() {
        assert_eq!(Date::parse("2026-03-05").unwrap().iso(), "2026-03-05");
    }

    #[test]
    fn knows_leap_years_and_month_lengths() {
        assert!(Date::parse("2024-02-29").is_ok());
        assert!(Date::parse("2000-02-29").is_ok());
        assert!(Date::parse("2026-02-29").is_err());
        assert!(Date::parse("1900-02-29").is_err());
        assert!(Date::parse("2026-04-31").is_err());
        assert!(Date::parse("2026-12-31").is_ok());
    }

    #[test]
    fn rejects_other_shapes() {
        for bad in [
            "",
            "2026-1-01",
            "22/11/2026",
            "2026-13-01",
            "2026-00-10",
            "2026-11-00",
            "2026-11-2a",
            "+026-11-22",
        ] {
            let err = Date::parse(bad).unwrap_err();
            assert!(err.to_string().contains("AAAA-MM-GG"), "{bad}: {err}");
        }
    }

    #[test]
    fn orders_chronologically_and_round_trips_through_json() {
        let a = Date::parse("2026-01-31").unwrap();
        let b = Date::parse("2026-02-01").unwrap();
        assert!(a < b);
        let json = serde_json::to_string(&b).unwrap();
        assert_eq!(json, "\"2026-02-01\"");
        assert_eq!(serde_json::from_str::<Date>(&json).unwrap(), b);
        assert!(serde_json::from_str::<Date>("\"2026-02-30\"").is_err());
    }

    #[test]
    fn italian_time_follows_summer_time() {
        let at = |d: &str, secs: i64| Date::parse(d).unwrap().unix_days() * 86_400 + secs;
        // 29 March 2026 is the last Sunday of March: 00:59 UTC is winter time.
        assert_eq!(
            italian_time(at("2026-03-29", 3_540)),
            (Date::parse("2026-03-29").unwrap(), "01:59".into())
        );
        assert_eq!(
            italian_time(at("2026-03-29", 3_600)),
            (Date::parse("2026-03-29").unwrap(), "03:00".into())
        );
        // 25 October 2026: back to winter time at 01:00 UTC.
        assert_eq!(
            italian_time(at("2026-10-25", 3_599)),
            (Date::parse("2026-10-25").unwrap(), "02:59".into())
        );
        assert_eq!(
            italian_time(at("2026-10-25", 3_600)),
            (Date::parse("2026-10-25").unwrap(), "02:00".into())
        );
        // Late evening UTC in winter is already the next day in Italy.
        assert_eq!(
            italian_time(at("2026-12-04", 23 * 3_600 + 30 * 60)),
            (Date::parse("2026-12-05").unwrap(), "00:30".into())
        );
    }

    #[test]
    fn the_first_is_an_ordinal_and_articles_elide_before_eight_and_eleven() {
        let d = |text: &str| Date::parse(text).unwrap();
        assert_eq!(d("2026-12-01").italian(), "1° dicembre 2026");
        assert_eq!(d("2026-12-22").italian(), "22 dicembre 2026");
        assert_eq!(d("2026-12-01").after("dal"), "dal 1° dicembre 2026");
        assert_eq!(d("2026-12-11").after("fino al"), "fino all'11 dicembre 2026");
        assert_eq!(d("2026-12-08").after("dal"), "dall'8 dicembre 2026");
        assert_eq!(d("2026-12-08").after("il"), "l'8 dicembre 2026");
        assert_eq!(d("2026-12-08").after("Conclusa il"), "Conclusa l'8 dicembre 2026");
        assert_eq!(d("2026-12-18").after("al"), "al 18 dicembre 2026");
        assert_eq!(d("2026-12-11").after("entro"), "entro 11 dicembre 2026");
    }
}
