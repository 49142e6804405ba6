//! The Albo pretorio online: acts have legal effect only when published on
//! the ente's own platform (L. 69/2009 art. 32), for the time the law sets
//! (15 days for a deliberation, TUEL art. 124). The site links to that
//! platform (`[albo_pretorio]` in sito.toml) and, when the platform's export
//! is configured, copies the acts in publication into a page of its own
//! (`albo-pretorio.json`) and an AlboPOP RSS feed. The copy is never the
//! legal one, and search engines are asked not to index it (Garante privacy
//! guidelines of 15 May 2014).

use super::Date;
use serde::{Deserialize, Serialize};

/// The page of the acts in publication.
pub const ALBO_PATH: &str = "/amministrazione/albo-pretorio";
pub const ALBO_TITLE: &str = "Atti in pubblicazione all'Albo pretorio";
pub const ALBO_DESCRIPTION: &str =
    "Gli atti che l'ente sta pubblicando all'Albo pretorio online, con il collegamento a ciascuno sulla piattaforma ufficiale.";
/// The acts in publication as an RSS feed in the AlboPOP format.
pub const ALBO_FEED: &str = "/feed/albo-pretorio.xml";
/// What every link to the platform says.
pub const ALBO_LABEL: &str = "Albo pretorio online";

/// The columns of the export, by header name (their order is free; others
/// are ignored): the fields such platforms export for each act.
pub const EXPORT_COLUMNS: [&str; 7] = [
    "numero_registro",
    "tipo_atto",
    "oggetto",
    "ufficio",
    "inizio_pubblicazione",
    "fine_pubblicazione",
    "url",
];

/// One act in publication, as the platform exports it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AlboItem {
    /// Number in the register of publications: "1234/2026".
    pub registro: String,
    pub tipo: String,
    pub oggetto: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub ufficio: String,
    pub dal: Date,
    pub al: Date,
    /// The act's page on the platform: the legally valid copy.
    pub url: String,
}

impl AlboItem {
    /// In publication on `today`: from its first to its last day included.
    pub fn is_current(&self, today: Date) -> bool {
        self.dal <= today && today <= self.al
    }

    /// "dal 20 novembre 2026 al 5 dicembre 2026".
    pub fn period(&self) -> String {
        format!("{} {}", self.dal.after("dal"), self.al.after("al"))
    }
}

/// `albo-pretorio.json`: the acts in publication on the build date, newest
/// first, and where the legal copy is.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AlboPage {
    pub versione: u32,
    pub piattaforma: String,
    /// The day of the copy: the build date.
    pub aggiornato: Date,
    /// Whether the site copies the export at all.
    pub copia: bool,
    pub atti: Vec<AlboItem>,
}

/// Reads the dates platforms export: "22/11/2026", or "2026-11-22".
pub fn parse_export_date(text: &str) -> Option<Date> {
    super::date::parse_written(text)
}

/// "1234/2026": a number, a slash, a year.
pub fn is_register_number(text: &str) -> bool {
    let mut parts = text.split('/');
    let (number, year) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
    parts.next().is_none()
        && !number.is_empty()
        && number.len() <= 7
        && number.bytes().all(|b| b.is_ascii_digit())
        && year.len() == 4
        && year.bytes().all(|b| b.is_ascii_digit())
}

/// The acts of `items` in publication on `today`, newest first.
pub fn current(items: &[AlboItem], today: Date) -> Vec<AlboItem> {
    let mut current: Vec<AlboItem> = items.iter().filter(|i| i.is_current(today)).cloned().collect();
    current.sort_by(|a, b| b.dal.cmp(&a.dal).then_with(|| b.registro.cmp(&a.registro)));
    current
}

/// The main menu as the header draws it: the configured entries, and in the
/// Amministrazione area the Albo pretorio online when the ente has one (its
/// address is configured once, in `[albo_pretorio]`; the menu entries of
/// sito.toml are pages of this site).
pub fn header_menu(config: &super::SiteConfig) -> Vec<super::config::MenuItem> {
    let mut items = config.menu.principale.clone();
    let management = items.iter_mut().find(|i| i.percorso == super::config::MANAGEMENT_PATH);
    if let (Some(item), Some(albo)) = (management, &config.albo_pretorio) {
        item.voci.push(super::config::MenuItem {
            etichetta: ALBO_LABEL.to_string(),
            percorso: albo.url.clone(),
            voci: Vec::new(),
        });
    }
    items
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    fn item(registro: &str, dal: &str, al: &str) -> AlboItem {
        AlboItem {
            registro: registro.into(),
            tipo: "Determinazione".into(),
            oggetto: "Oggetto".into(),
            ufficio: String::new(),
            dal: date(dal),
            al: date(al),
            url: "https://albo.example.it/atto".into(),
        }
    }

    #[test]
    fn export_dates_are_read_in_both_forms() {
        assert_eq!(parse_export_date("22/11/2026"), Some(date("2026-11-22")));
        assert_eq!(parse_export_date("2/3/2026"), Some(date("2026-03-02")));
        assert_eq!(parse_export_date(" 2026-11-22 "), Some(date("2026-11-22")));
        for bad in ["31/02/2026", "22/11/26", "22-11-2026", "", "22/11/2026/1", "aa/11/2026"] {
            assert_eq!(parse_export_date(bad), None, "{bad}");
        }
    }

    #[test]
    fn register_numbers_are_a_number_and_a_year() {
        assert!(is_register_number("1234/2026"));
        for bad in ["1234", "1234/26", "/2026", "12a/2026", "1/2/2026"] {
            assert!(!is_register_number(bad), "{bad}");
        }
    }

    #[test]
    fn an_act_leaves_the_day_after_its_last_day() {
        let act = item("1/2026", "2026-11-20", "2026-12-04");
        assert!(!act.is_current(date("2026-11-19")));
        assert!(act.is_current(date("2026-11-20")));
        assert!(act.is_current(date("2026-12-04")));
        assert!(!act.is_current(date("2026-12-05")));
    }

    #[test]
    fn the_current_acts_come_newest_first() {
        let items = [
            item("1/2026", "2026-11-01", "2026-11-15"),
            item("2/2026", "2026-11-20", "2026-12-04"),
            item("3/2026", "2026-11-25", "2026-12-10"),
            item("4/2026", "2026-12-06", "2026-12-20"),
        ];
        let shown: Vec<String> = current(&items, date("2026-12-04"))
            .into_iter()
            .map(|i| i.registro)
            .collect();
        assert_eq!(shown, ["3/2026", "2/2026"]);
    }
}
