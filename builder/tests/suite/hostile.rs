//! Content written to attack the site or the build (a stolen editor's
//! account, a careless paste): the build refuses what could stall it, crash
//! it or break a feed, naming file, line and field; what it accepts reaches
//! the page, the feeds and the calendars as text, never as markup.

use crate::common::copy_tree;
use provincia_sito::model::content::{feed_path, NewsKind};
use provincia_sito::model::Date;
use site_builder::load::{load_site, Site};
use site_builder::prerender::{self, Route, Template};
use site_builder::record::Report;
use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::sync::Arc;
use std::time::Instant;

fn today() -> Date {
    Date::parse("2026-11-22").unwrap()
}

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn sample_site() -> Site {
    let report = Report::default();
    load_site(&repo().join("content"), &repo().join("public"), today(), &report).expect("the sample content is valid")
}

fn write(root: &Path, relative: &str, text: &str) {
    let path = root.join(relative);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

fn news(title: &str, body: &str) -> String {
    format!("---\ntitolo: \"{title}\"\nsommario: \"Contenuto di prova.\"\ndata: 2026-11-20\nargomenti: [rete-stradale]\n---\n{body}")
}

/// A copy of the sample site with the hostile fixtures laid over it.
fn hostile_root() -> PathBuf {
    let root = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("contenuti-ostili");
    let _ = std::fs::remove_dir_all(&root);
    for folder in ["content", "public", "deploy"] {
        copy_tree(&repo().join(folder), &root.join(folder), &|bytes| bytes);
    }
    copy_tree(&repo().join("builder/tests/fixtures/ostili"), &root, &|bytes| bytes);
    std::fs::remove_file(root.join("README.md")).unwrap();
    // About 21,000 levels of `- ` overflowed the stack of the YAML loader.
    write(
        &root,
        "content/novita/notizie/yaml-profondo.md",
        &format!(
            "---\ntitolo: \"Elenco annidato\"\nsommario: \"Prova.\"\ndata: 2026-11-20\nallegati:\n  - {}x\n---\nTesto.\n",
            "- ".repeat(21_000)
        ),
    );
    // 80 KB of nested lists and 200 KB of nested quotes took minutes to sanitise.
    write(
        &root,
        "content/novita/notizie/elenco-profondo.md",
        &news(
            "Elenco profondo",
            &format!("Introduzione.\n\n{}x\n", "- ".repeat(40_000)),
        ),
    );
    write(
        &root,
        "content/novita/notizie/citazioni-profonde.md",
        &news(
            "Citazioni profonde",
            &format!("Introduzione.\n\n{}x\n", "> ".repeat(99_000)),
        ),
    );
    write(
        &root,
        "content/novita/notizie/testo-enorme.md",
        &news("Testo enorme", &"Una riga di testo qualunque.\n\n".repeat(12_000)),
    );
    // End tags that close nothing made the depth counter forget the open
    // `<b>`s: 196 kB took the sanitiser 7–12 s.
    write(
        &root,
        "content/novita/notizie/tag-non-chiusi.md",
        &news("Tag non chiusi", &"<b></x>".repeat(28_000)),
    );
    // A title pasted by mistake was copied into ~27 files (475 MB of dist/).
    write(
        &root,
        "content/novita/notizie/titolo-enorme.md",
        &news(&"Titolo ".repeat(40_000), "Testo."),
    );
    write(
        &root,
        "content/novita/notizie/file-enorme.md",
        &news(
            "File enorme",
            &format!("Testo.\n\n<!-- {} -->\n", "x".repeat(10_000_000)),
        ),
    );
    let config = root.join("content/sito.toml");
    let source = std::fs::read_to_string(&config).unwrap();
    let changed = source.replacen(
        "indirizzo = \"/ricezione/v1\"",
        "indirizzo = \"https://raccolta.example.org/ricezione\"",
        1,
    );
    assert_ne!(source, changed, "the sample sends to its own receiving service");
    std::fs::write(&config, changed).unwrap();
    root
}

#[test]
fn the_build_refuses_every_hostile_file_at_once_with_file_line_and_field() {
    let root = hostile_root();
    let report = Report::default();
    let started = Instant::now();
    load_site(&root.join("content"), &root.join("public"), today(), &report);
    eprintln!("hostile content checked in {} ms", started.elapsed().as_millis());
    let problems: Vec<String> = report.into_problems().iter().map(ToString::to_string).collect();
    let config_line = std::fs::read_to_string(root.join("content/sito.toml"))
        .unwrap()
        .lines()
        .position(|l| l.starts_with("indirizzo = \"https://raccolta"))
        .unwrap()
        + 1;
    let expected = [
        format!("content/sito.toml:{config_line}: campo `ricezione.indirizzo`: il browser non può interrogare «https://raccolta.example.org/ricezione»: la sua origine non è tra quelle di connect-src nella Content-Security-Policy di deploy/nginx/provincia-sito.conf"),
        "content/novita/avvisi/ritorno-carrello.md:2: campo `titolo`: il testo contiene un carattere invisibile non ammesso (U+000D, ritorno carrello) al carattere 2".into(),
        "content/novita/comunicati/controllo-nel-testo.md:9: campo `testo`: il testo contiene un carattere invisibile non ammesso (U+000C, salto pagina)".into(),
        "content/novita/notizie/carattere-di-controllo.md:2: campo `titolo`: il testo contiene un carattere invisibile non ammesso (U+000B, tabulazione verticale) al carattere 19".into(),
        "content/novita/notizie/citazioni-profonde.md:9: campo `testo`: elenchi, citazioni, formattazione o tag HTML annidati oltre 32 livelli".into(),
        "content/novita/notizie/elenco-profondo.md:9: campo `testo`: elenchi, citazioni, formattazione o tag HTML annidati oltre 32 livelli".into(),
        "content/novita/notizie/testo-enorme.md:7: campo `testo`: testo di 360 kB, oltre il limite di 200 kB".into(),
        format!("content/novita/notizie/yaml-profondo.md:6: campo `allegati{}`: elenchi e gruppi di campi annidati oltre 64 livelli", "[0]".repeat(63)),
        "public/allegati/pagina.js: campo `(file)`: tipo di file «js» non ammesso in public/allegati".into(),
        "content/novita/notizie/file-enorme.md: campo `(file)`: file di 10 MB, oltre il limite di 2 MB".into(),
        "content/novita/notizie/tag-non-chiusi.md:7: campo `testo`: elenchi, citazioni, formattazione o tag HTML annidati oltre 32 livelli".into(),
        "content/novita/notizie/titolo-enorme.md:2: campo `titolo`: testo di 280.000 caratteri, oltre il limite di 500 per un titolo".into(),
        "public/img/caricati/animazione.svg:3: campo `(file)`: l'elemento <animate> non è tra quelli di un disegno statico".into(),
        "public/img/caricati/trappola.svg:3: campo `(file)`: l'attributo onload=\"…\" di <rect> non è tra quelli ammessi".into(),
    ];
    for wanted in &expected {
        assert!(
            problems.iter().any(|p| p.starts_with(wanted.as_str())),
            "missing: {wanted}\nreported:\n{}",
            problems.join("\n")
        );
    }
    assert_eq!(problems.len(), expected.len(), "reported:\n{}", problems.join("\n"));
}

const HOSTILE_TITLE: &str = "Avviso </title><meta http-equiv=\"refresh\" content=\"0;url=https://example.invalid/\"> <script>alert(1)</script> & \"virgolette\" 'apici'\tàèìòù €";

#[test]
fn a_title_stays_text_in_the_pre_rendered_head() {
    let mut site = sample_site();
    let item = site.news.iter_mut().find(|n| n.tipo == NewsKind::Notizia).unwrap();
    item.titolo = HOSTILE_TITLE.to_string();
    let path = item.path();
    let files = Arc::new(site_builder::api_files::build(&site));
    let template =
        Template::parse("<!DOCTYPE html><html lang=\"it\"><head><meta charset=\"utf-8\"></head><body></body></html>")
            .unwrap();
    let html = prerender::render(
        &site.config,
        &files,
        &template,
        &Route::page(path, HOSTILE_TITLE.into()),
    )
    .html;

    let document = scraper::Html::parse_document(&html);
    let select = |css: &str| scraper::Selector::parse(css).unwrap();
    let titles: Vec<String> = document.select(&select("title")).map(|t| t.text().collect()).collect();
    assert_eq!(
        titles,
        [format!("{HOSTILE_TITLE} – {}", site.config.ente.nome)],
        "{html}"
    );
    assert_eq!(document.select(&select("meta[http-equiv]")).count(), 0);
    let scripts: Vec<_> = document
        .select(&select("script"))
        .filter(|s| !matches!(s.value().attr("type"), Some("application/json" | "application/ld+json")))
        .collect();
    assert!(scripts.is_empty(), "an executable script in the page");
    let h1: String = document.select(&select("h1")).next().unwrap().text().collect();
    assert_eq!(h1.trim(), HOSTILE_TITLE.trim());
}

#[test]
fn accepted_hostile_text_keeps_feeds_and_calendars_well_formed() {
    let mut site = sample_site();
    let notice = site
        .news
        .iter_mut()
        .find(|n| n.tipo == NewsKind::Avviso && n.scadenza.is_some())
        .unwrap();
    notice.titolo = HOSTILE_TITLE.to_string();
    notice.sommario = "X\rDTSTART;VALUE=DATE:19700101\r\nEND:VEVENT".into();
    let slug = notice.slug.clone();

    for (path, xml) in site_builder::feeds::build(&site).files {
        // The Albo pretorio feed is RSS (AlboPOP): well-formed is what counts here.
        if format!("/{path}") == provincia_sito::model::albo::ALBO_FEED {
            roxmltree::Document::parse(&xml).unwrap_or_else(|e| panic!("{path} is not XML: {e}"));
            continue;
        }
        let feed = atom_syndication::Feed::from_str(&xml).unwrap_or_else(|e| panic!("{path} is not Atom: {e}"));
        if format!("/{path}") == feed_path::kind(NewsKind::Avviso) {
            assert!(feed.entries.iter().any(|e| e.title.value == HOSTILE_TITLE), "{path}");
        }
    }
    let (_, calendar) = site_builder::ics::build(&site)
        .into_iter()
        .find(|(path, _)| path.contains(&slug))
        .unwrap();
    let unfolded = calendar.replace("\r\n ", "");
    let properties: Vec<&str> = unfolded.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert_eq!(
        properties.iter().filter(|l| l.starts_with("DTSTART")).count(),
        1,
        "{calendar}"
    );
    assert_eq!(
        properties.iter().filter(|l| l.starts_with("END:VEVENT")).count(),
        1,
        "{calendar}"
    );
    assert!(
        !calendar.replace("\r\n", "").contains('\r'),
        "no bare carriage return: {calendar:?}"
    );
}
