//! Another ente deploys from its own configuration file: the whole dist/ the
//! build writes (pages, JSON API, feeds, sitemap, open data, calendars) names
//! that ente and nothing of the sample one. The content is the sample's, with
//! the ente's own facts (name, place, phone prefix, domain, tax code) written
//! as the other ente would write them; what is left of La Spezia could then
//! only come from the code or from the wrong configuration file.

use crate::common::copy_tree;
use provincia_sito::model::Date;
use site_builder::load::load_site_reviewed;
use site_builder::record::Report;
use std::path::{Path, PathBuf};

const OTHER_CONFIG: &str = "tests/fixtures/provincia-di-valdoria.toml";

/// What only the sample ente has (its configuration and its facts).
const SAMPLE_MARKERS: [&str; 7] = [
    "Spezia",
    "spezia",
    "Liguria",
    "0187",
    "00218930113",
    "provincia.sp.it",
    "Vittorio Veneto",
];

/// The sample's facts in the content, as the other ente would write its own.
const CONTENT_FACTS: [(&str, &str); 12] = [
    ("Via Vittorio Veneto 2, 19124", "Piazza del Castello 1, 99100"),
    // The places give the street apart from the postcode.
    ("Via Vittorio Veneto 2", "Piazza del Castello 1"),
    ("Provincia della Spezia", "Provincia di Valdoria"),
    ("provincia della Spezia", "provincia di Valdoria"),
    ("della Spezia", "di Valdoria"),
    ("La Spezia", "Valdoria"),
    ("Spezia", "Valdoria"),
    ("spezia", "valdoria"),
    ("Liguria", "Valdoriana"),
    ("0187", "0999"),
    ("00218930113", "01234567897"),
    ("provincia.sp.it", "provincia.valdoria.example"),
];

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// The other ente's facts in place of the sample's, in a text file.
fn rewritten(bytes: Vec<u8>) -> Vec<u8> {
    let text = String::from_utf8(bytes).expect("content files are text");
    CONTENT_FACTS
        .iter()
        .fold(text, |text, (sample, other)| text.replace(sample, other))
        .into_bytes()
}

fn files_below(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files_below(&path, out);
        } else {
            out.push(path);
        }
    }
}

#[test]
fn the_built_site_names_only_the_ente_of_its_configuration() {
    let work = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("rebrand-dist");
    let _ = std::fs::remove_dir_all(&work);
    let content = work.join("content");
    copy_tree(&repo().join("content"), &content, &rewritten);
    // The other ente's configuration stays where it is: the build must read
    // the file it is given, not content/sito.toml.
    std::fs::write(
        content.join("sito.toml"),
        std::fs::read(repo().join("content/sito.toml")).unwrap(),
    )
    .unwrap();

    let report = Report::default();
    let today = Date::parse("2026-11-22").unwrap();
    let site = load_site_reviewed(
        &content,
        &repo().join(OTHER_CONFIG),
        &repo().join("public"),
        today,
        &report,
        &Report::default(),
    );
    let problems: Vec<String> = report.into_problems().iter().map(ToString::to_string).collect();
    assert_eq!(problems, Vec::<String>::new());
    let site = site.unwrap();
    assert_eq!(site.config.ente.nome, "Provincia di Valdoria");

    let dist = work.join("dist");
    let pages = site_builder::write::write_site(&site, &dist, Some(&repo().join("index.html")), true).unwrap();
    assert!(pages > 100, "{pages} pages");

    let mut files = Vec::new();
    files_below(&dist, &mut files);
    let checked: Vec<&PathBuf> = files
        .iter()
        .filter(|f| {
            let extension = f.extension().and_then(|e| e.to_str()).unwrap_or("");
            ["html", "json", "xml", "csv", "ics", "jsonld", "txt"].contains(&extension)
        })
        .collect();
    for extension in ["html", "json", "xml", "csv", "ics", "jsonld"] {
        assert!(
            checked.iter().any(|f| f.extension().unwrap() == extension),
            "no .{extension} file written"
        );
    }
    let mut traces = Vec::new();
    for file in &checked {
        let text = std::fs::read_to_string(file).unwrap();
        for marker in SAMPLE_MARKERS {
            if let Some(at) = text.find(marker) {
                let start = text[..at].char_indices().rev().nth(40).map_or(0, |(i, _)| i);
                let end = (at + marker.len() + 40).min(text.len());
                let end = (end..=text.len()).find(|&i| text.is_char_boundary(i)).unwrap();
                traces.push(format!(
                    "{}: «{marker}» in …{}…",
                    file.strip_prefix(&dist).unwrap().display(),
                    &text[start..end]
                ));
            }
        }
    }
    assert!(
        traces.is_empty(),
        "{} traces of the sample ente:\n{}",
        traces.len(),
        traces.join("\n")
    );
    let home = std::fs::read_to_string(dist.join("index.html")).unwrap();
    assert!(home.contains("Provincia di Valdoria") && home.contains("www.provincia.valdoria.example"));
}
