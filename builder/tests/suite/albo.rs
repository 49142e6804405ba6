//! The Albo pretorio export comes from another system every night: a
//! malformed row (a control character included) is reported with its row
//! and column and left out, the other rows are kept; an act leaves the copy
//! the day after its last day of publication; the copy asks not to be
//! indexed and stays out of the sitemap; the feed follows the AlboPOP format.

use crate::common::assert_exactly_reported;
use provincia_sito::model::albo::ALBO_PATH;
use provincia_sito::model::Date;
use site_builder::load::{load_site_reviewed, Site};
use site_builder::record::Report;
use std::path::Path;

fn fixture_on(day: &str) -> (Option<Site>, Vec<String>, Vec<String>) {
    let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/albo-errato");
    let (report, warnings) = (Report::default(), Report::default());
    let site = load_site_reviewed(
        &content,
        &content.join("sito.toml"),
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("../public"),
        Date::parse(day).unwrap(),
        &report,
        &warnings,
    );
    let shown = |r: Report| r.into_problems().iter().map(ToString::to_string).collect::<Vec<_>>();
    (site, shown(report), shown(warnings))
}

fn registers(site: &Site) -> Vec<String> {
    site.albo
        .as_ref()
        .unwrap()
        .atti
        .iter()
        .map(|a| a.registro.clone())
        .collect()
}

#[test]
fn malformed_rows_are_reported_and_the_others_kept() {
    let (site, errors, warnings) = fixture_on("2026-12-04");
    assert_eq!(errors, Vec::<String>::new());
    let at = |rest: &str| format!("albo-errato/albo.csv:{rest}");
    let albo: Vec<String> = warnings.into_iter().filter(|w| w.contains("albo.csv")).collect();
    assert_exactly_reported(
        &albo,
        &[
            at("3: campo `colonna inizio_pubblicazione`: «31/02/2026» non è una data (gg/mm/aaaa)"),
            at("4: campo `colonna numero_registro`: «registro» non è un numero di registro"),
            at("4: campo `colonna url`: «http://albo.example.it/14» non è un indirizzo https://"),
            at("5: campo `colonna oggetto`: vuota"),
            at("5: campo `colonna fine_pubblicazione`: la pubblicazione finisce prima di cominciare"),
            // It would make the feed's XML invalid.
            at("7: campo `colonna oggetto`: il testo contiene un carattere invisibile non ammesso (U+000B"),
        ],
    );
    // Newest first; an extra column of the platform is ignored.
    assert_eq!(registers(&site.unwrap()), ["16/2026", "12/2026"]);
}

#[test]
fn an_act_leaves_the_day_after_its_last_day() {
    let (site, _, _) = fixture_on("2026-12-05");
    assert_eq!(registers(&site.unwrap()), ["16/2026", "12/2026"]);
    let (site, _, _) = fixture_on("2026-12-06");
    assert_eq!(registers(&site.unwrap()), ["16/2026"]);
}

#[test]
fn the_copy_is_not_indexed_and_the_feed_is_albopop() {
    let (site, _, _) = fixture_on("2026-12-04");
    let site = site.unwrap();
    let feeds = site_builder::feeds::build(&site).files;
    let (_, rss) = feeds
        .iter()
        .find(|(path, _)| path == "feed/albo-pretorio.xml")
        .expect("the feed");
    for expected in [
        "<title>AlboPOP - Provincia - ",
        "<xhtml:meta name=\"robots\" content=\"noindex\" />",
        "<category domain=\"http://albopop.it/specs#item-category-uid\">2026/16</category>",
        "<category domain=\"http://albopop.it/specs#item-category-pubEnd\">Wed, 16 Dec 2026 00:00:00 +0000</category>",
        "<guid isPermaLink=\"true\">https://albo.example.it/16</guid>",
    ] {
        assert!(rss.contains(expected), "{expected} in\n{rss}");
    }
    assert_eq!(rss.matches("<item>").count(), 2);
    let routes = site_builder::prerender::routes(&site);
    assert!(routes.iter().any(|r| r.path == ALBO_PATH));
}
