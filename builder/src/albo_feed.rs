//! The acts in publication on the Albo pretorio as an RSS 2.0 feed in the
//! AlboPOP format (albopop.it/specs): the channel names the ente and its
//! kind, each item the act's register number, type, publication period and
//! office, and links to the act on the legal platform. Written by hand: the
//! format asks for namespaced elements (`xhtml:meta` robots noindex) and
//! per-category domains that the feed crates in use here do not model.

use crate::escape::{attribute, text_content};
use crate::load::Site;
use provincia_sito::model::albo::{AlboItem, ALBO_FEED, ALBO_PATH};
use provincia_sito::model::Date;

/// The specification the categories' domains point into.
const SPECS: &str = "http://albopop.it/specs";
/// AlboPOP feeds list at most this many acts.
const ITEMS: usize = 25;

/// "Fri, 04 Dec 2026 00:00:00 +0000" (RFC 822, as RSS 2.0 asks).
pub fn rfc822(date: Date) -> String {
    const DAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    format!(
        "{}, {:02} {} {} 00:00:00 +0000",
        DAYS[date.weekday() as usize],
        date.day(),
        MONTHS[usize::from(date.month()) - 1],
        date.year()
    )
}

fn category(domain: &str, value: &str) -> String {
    format!(
        "    <category domain=\"{SPECS}#{}\">{}</category>\n",
        attribute(domain),
        text_content(value)
    )
}

fn item(act: &AlboItem) -> String {
    let mut xml = String::from("   <item>\n");
    xml += &format!("    <title>{}</title>\n", text_content(&act.oggetto));
    xml += &format!("    <link>{}</link>\n", text_content(&act.url));
    xml += &format!("    <description>{}</description>\n", text_content(&act.oggetto));
    xml += &format!("    <pubDate>{}</pubDate>\n", rfc822(act.dal));
    xml += &format!("    <guid isPermaLink=\"true\">{}</guid>\n", text_content(&act.url));
    // The specification writes the register number as year/number.
    let (number, year) = act.registro.split_once('/').unwrap_or((&act.registro, ""));
    xml += &category("item-category-uid", &format!("{year}/{number}"));
    xml += &category("item-category-type", &act.tipo);
    xml += &category("item-category-pubStart", &rfc822(act.dal));
    xml += &category("item-category-pubEnd", &rfc822(act.al));
    if !act.ufficio.is_empty() {
        xml += &category("item-category-unit", &act.ufficio);
    }
    xml + "   </item>\n"
}

/// The feed of `acts` (the acts in publication, newest first).
pub fn feed(site: &Site, acts: &[AlboItem]) -> String {
    let ente = &site.config.ente.nome;
    let mut xml = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    xml += "<rss xmlns:xhtml=\"http://www.w3.org/1999/xhtml\" version=\"2.0\">\n <channel>\n";
    xml += &format!("  <title>AlboPOP - Provincia - {}</title>\n", text_content(ente));
    xml += &format!("  <link>{}</link>\n", text_content(&site.config.absolute(ALBO_FEED)));
    xml += &format!(
        "  <description>*non ufficiale* RSS feed dell'Albo Pretorio della {}</description>\n",
        text_content(ente)
    );
    xml += "  <language>it</language>\n";
    xml += &format!("  <pubDate>{}</pubDate>\n", rfc822(site.today));
    xml += &format!(
        "  <webMaster>{} ({})</webMaster>\n",
        text_content(&site.config.contatti.email),
        text_content(ente)
    );
    xml += &format!("  <docs>{}</docs>\n", text_content(&site.config.absolute(ALBO_PATH)));
    xml += &format!(
        "  <copyright>Copyright {} {}</copyright>\n",
        site.today.year(),
        text_content(ente)
    );
    // Personal data in published acts are not for search engines.
    xml += "  <xhtml:meta name=\"robots\" content=\"noindex\" />\n";
    for (domain, value) in [
        ("channel-category-country", "Italia"),
        ("channel-category-type", "Provincia"),
        ("channel-category-name", ente.as_str()),
    ] {
        xml += &category(domain, value).replacen("    ", "  ", 1);
    }
    for act in acts.iter().take(ITEMS) {
        xml += &item(act);
    }
    xml + " </channel>\n</rss>\n"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_written_as_rss_wants_them() {
        assert_eq!(
            rfc822(Date::parse("2026-12-04").unwrap()),
            "Fri, 04 Dec 2026 00:00:00 +0000"
        );
        assert_eq!(
            rfc822(Date::parse("2024-02-29").unwrap()),
            "Thu, 29 Feb 2024 00:00:00 +0000"
        );
    }
}
