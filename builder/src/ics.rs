//! iCalendar (RFC 5545) files for notices with a deadline and for the
//! organs' sittings to come, so a citizen can put them in their own
//! calendar (`NewsItem::calendar_path`, `Sitting::calendar_path`).
//!
//! One all-day event per file is a few lines of text; a calendar library
//! would bring a date-time stack for them, so the format is written here.

use crate::load::Site;
use provincia_sito::model::content::NewsItem;
use provincia_sito::model::events::Event as SiteEvent;
use provincia_sito::model::people::Organ;
use provincia_sito::model::sittings::Sitting;
use provincia_sito::model::territory::Restriction;
use provincia_sito::model::Date;

/// Every calendar file as (path under dist/, text): notices' deadlines and
/// the organs' sittings to come.
pub fn build(site: &Site) -> Vec<(String, String)> {
    let notices = site
        .news
        .iter()
        .filter_map(|item| Some((item.calendar_path()?, notice(site, item)?)));
    let sittings = site.organs.iter().flat_map(|organ| {
        organ
            .sedute
            .iter()
            .filter(|s| !s.svolta)
            .map(move |sitting| (sitting.calendar_path(&organ.slug), sitting_event(site, organ, sitting)))
    });
    let restrictions = site
        .territory
        .limitazioni
        .iter()
        .filter(|r| r.fine >= site.today)
        .map(|r| (r.calendar_path(), restriction(site, r)));
    // Sittings have theirs already; other events to come get one with every date.
    let events = site
        .events
        .iter()
        .filter(|e| e.pagina.is_none() && !e.coming(site.today).is_empty())
        .map(|e| (e.calendar_path(), event_calendar(site, e)));
    notices
        .chain(sittings)
        .chain(restrictions)
        .chain(events)
        .map(|(path, text)| (path.trim_start_matches('/').to_string(), text))
        .collect()
}

/// A notice's deadline: an all-day event.
fn notice(site: &Site, item: &NewsItem) -> Option<String> {
    let end = item.scadenza?;
    let url = site.config.absolute(&item.path());
    Some(calendar(
        site,
        Event {
            uid: format!("avviso-{}", item.slug),
            stamp: item.aggiornato.unwrap_or(item.data),
            // An all-day event with no end lasts that one day (RFC 5545, 3.6.1).
            start: format!("DTSTART;VALUE=DATE:{}", compact(end)),
            summary: format!("Scadenza: {}", item.titolo),
            description: format!("{}\n\nAvviso completo: {url}", item.sommario),
            location: None,
            end: None,
            geo: None,
            url,
        },
    ))
}

/// A sitting at its local time (floating: the time of the place, as the
/// convocation states it).
fn sitting_event(site: &Site, organ: &Organ, sitting: &Sitting) -> String {
    let url = site.config.absolute(&format!("{}#{}", organ.path(), sitting.anchor()));
    calendar(
        site,
        Event {
            uid: format!("seduta-{}-{}", organ.slug, sitting.anchor()),
            stamp: site.today,
            start: local_time("DTSTART", sitting.data, &sitting.ora),
            summary: format!("{}: seduta", organ.nome),
            description: format!("Ordine del giorno:\n{}\n\n{url}", sitting.ordine_del_giorno.join("\n")),
            location: Some(sitting.luogo.clone()),
            end: None,
            geo: None,
            url,
        },
    )
}

/// A restriction from its first to its last hour, at local time; days
/// without hours are whole days (DTEND is the day after, RFC 5545 3.6.1).
fn restriction(site: &Site, item: &Restriction) -> String {
    let url = site.config.absolute(&item.path());
    let next_day = |date: Date| Date::from_unix_days(date.unix_days() + 1);
    let (start, end) = match (&item.ora_inizio, &item.ora_fine) {
        (None, None) => (
            format!("DTSTART;VALUE=DATE:{}", compact(item.inizio)),
            format!("DTEND;VALUE=DATE:{}", compact(next_day(item.fine))),
        ),
        (from, to) => (
            local_time("DTSTART", item.inizio, from.as_deref().unwrap_or("00:00")),
            match to {
                Some(to) => local_time("DTEND", item.fine, to),
                None => local_time("DTEND", next_day(item.fine), "00:00"),
            },
        ),
    };
    let [lon, lat] = item.geometria.anchor();
    let mut description = format!("{}\n{}", item.when(), item.motivo);
    if let Some(detour) = &item.percorso_alternativo {
        description.push_str(&format!("\nPercorso alternativo: {detour}"));
    }
    description.push_str(&format!("\n\n{url}"));
    calendar(
        site,
        Event {
            uid: format!("limitazione-{}", item.slug),
            stamp: site.today,
            start,
            end: Some(end),
            summary: item.title(),
            description,
            location: Some(format!(
                "{}, {} ({})",
                item.strada.full_name(),
                item.stretch(),
                item.comuni_names()
            )),
            geo: Some(format!("GEO:{lat:.5};{lon:.5}")),
            url,
        },
    )
}

/// Every date of an event, each a VEVENT at local time (a whole day
/// without hours).
fn event_calendar(site: &Site, item: &SiteEvent) -> String {
    let url = site.config.absolute(&item.path());
    let location = match (&item.luogo, &item.indirizzo) {
        (Some(place), _) => site
            .territory
            .place(&place.slug)
            .map_or(place.nome.clone(), |p| format!("{}, {}", p.nome, p.full_address())),
        (None, Some(address)) => address.clone(),
        (None, None) => String::new(),
    };
    let events = item
        .date
        .iter()
        .enumerate()
        .map(|(i, date)| {
            let at = |property: &str, time: &str| local_time(property, date.data, time);
            let (start, end) = match (&date.ora, &date.ora_fine) {
                (Some(from), Some(to)) => (at("DTSTART", from), Some(at("DTEND", to))),
                (Some(from), None) => (at("DTSTART", from), None),
                _ => (format!("DTSTART;VALUE=DATE:{}", compact(date.data)), None),
            };
            Event {
                uid: format!("evento-{}-{}", item.slug, i + 1),
                stamp: site.today,
                start,
                end,
                summary: item.titolo.clone(),
                description: format!("{}\n\n{url}", item.descrizione),
                location: (!location.is_empty()).then(|| location.clone()),
                geo: None,
                url: url.clone(),
            }
        })
        .collect();
    calendar_of(site, events)
}

struct Event {
    uid: String,
    stamp: Date,
    /// The whole DTSTART line.
    start: String,
    /// The whole DTEND line, if any.
    end: Option<String>,
    /// The whole GEO line, if any.
    geo: Option<String>,
    summary: String,
    description: String,
    location: Option<String>,
    url: String,
}

/// The time zone of every time the site publishes: acts, sittings and
/// closures state Italian local time.
const TIME_ZONE: &str = "Europe/Rome";

/// `DTSTART;TZID=Europe/Rome:20261217T150000` from a day and "15:00": the
/// local time the act states, tied to its zone, so a calendar app abroad
/// (or a phone set to another zone) shows the right hour.
fn local_time(property: &str, date: Date, time: &str) -> String {
    format!(
        "{property};TZID={TIME_ZONE}:{}T{}00",
        compact(date),
        time.replace(':', "")
    )
}

/// The zone's rules (EU summer time since 1996), which RFC 5545 requires in
/// any calendar that names the zone.
const VTIMEZONE: [&str; 18] = [
    "BEGIN:VTIMEZONE",
    "TZID:Europe/Rome",
    "X-LIC-LOCATION:Europe/Rome",
    "BEGIN:DAYLIGHT",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0200",
    "TZNAME:CEST",
    "DTSTART:19700329T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    "END:DAYLIGHT",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:+0200",
    "TZOFFSETTO:+0100",
    "TZNAME:CET",
    "DTSTART:19701025T030000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    "END:STANDARD",
    "END:VTIMEZONE",
];

fn compact(date: Date) -> String {
    date.iso().replace('-', "")
}

fn calendar(site: &Site, event: Event) -> String {
    calendar_of(site, vec![event])
}

/// One calendar file holding `events` (an event on several dates has one
/// VEVENT per date).
fn calendar_of(site: &Site, events: Vec<Event>) -> String {
    let base = site.config.absolute("");
    let host = base.split("://").nth(1).unwrap_or(&base);
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".to_string(),
        format!("PRODID:-//{}//Sito istituzionale//IT", escape(&site.config.ente.nome)),
        "CALSCALE:GREGORIAN".to_string(),
        "METHOD:PUBLISH".to_string(),
    ];
    let zoned = format!(";TZID={TIME_ZONE}:");
    if events
        .iter()
        .any(|e| e.start.contains(&zoned) || e.end.as_ref().is_some_and(|end| end.contains(&zoned)))
    {
        lines.extend(VTIMEZONE.iter().map(|line| line.to_string()));
    }
    for event in events {
        lines.extend([
            "BEGIN:VEVENT".to_string(),
            format!("UID:{}@{host}", event.uid),
            format!("DTSTAMP:{}T000000Z", compact(event.stamp)),
            event.start,
        ]);
        lines.extend(event.end);
        lines.extend([
            format!("SUMMARY:{}", escape(&event.summary)),
            format!("DESCRIPTION:{}", escape(&event.description)),
        ]);
        if let Some(place) = &event.location {
            lines.push(format!("LOCATION:{}", escape(place)));
        }
        lines.extend(event.geo);
        lines.extend([
            format!("URL:{}", event.url),
            "TRANSP:TRANSPARENT".to_string(),
            "END:VEVENT".to_string(),
        ]);
    }
    lines.push("END:VCALENDAR".to_string());
    lines.iter().map(|l| fold(l)).collect::<Vec<_>>().join("")
}

/// TEXT values escape backslash, semicolon, comma and line breaks. A bare
/// carriage return is a line break too for lenient parsers, which would
/// read what follows as a new property; content refuses it, and this is
/// the second line of defence.
fn escape(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace(';', "\\;")
        .replace(',', "\\,")
        .replace("\r\n", "\\n")
        .replace(['\r', '\n'], "\\n")
}

/// Lines longer than 75 octets continue on the next line after a space,
/// never splitting a UTF-8 character; every line ends with CRLF.
fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    let mut width = 0;
    for c in line.chars() {
        let size = c.len_utf8();
        if width + size > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += size;
    }
    out.push_str("\r\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_text_values() {
        assert_eq!(escape("a; b, c\\d\ne"), "a\\; b\\, c\\\\d\\ne");
    }

    #[test]
    fn a_carriage_return_cannot_start_a_property() {
        let escaped = escape("X\rDTSTART;VALUE=DATE:19700101");
        assert_eq!(escaped, "X\\nDTSTART\\;VALUE=DATE:19700101");
        let line = fold(&format!("SUMMARY:{escaped}"));
        assert_eq!(line.matches(['\r', '\n']).count(), 2, "only the final CRLF: {line:?}");
        assert_eq!(escape("a\r\nb"), "a\\nb");
    }

    #[test]
    fn folds_long_lines_at_75_octets_without_breaking_characters() {
        let line = format!("SUMMARY:{}", "è".repeat(60));
        let folded = fold(&line);
        assert!(folded.ends_with("\r\n"));
        for part in folded.trim_end_matches("\r\n").split("\r\n") {
            assert!(part.len() <= 75, "{} octets", part.len());
        }
        let unfolded = folded.trim_end_matches("\r\n").replace("\r\n ", "");
        assert_eq!(unfolded, line);
        assert_eq!(fold("VERSION:2.0"), "VERSION:2.0\r\n");
    }
}
