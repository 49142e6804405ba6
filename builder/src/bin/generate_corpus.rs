//! Writes a large test corpus for the build benchmark (scripts/bench-build):
//! the sample configuration, topics and measures, plus N generated news items
//! and M PNRR projects. Generated, never committed.
//!
//! `generate-corpus --out DIR [--news 10000] [--projects 1000] [--tipo avvisi]`
//! (`--tipo` puts every item in one list, for the filter benchmark).

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

const WORDS: [&str; 24] = [
    "strada",
    "provinciale",
    "lavori",
    "scuola",
    "cantiere",
    "ponte",
    "archivio",
    "cloud",
    "progetto",
    "Comuni",
    "ambiente",
    "bacino",
    "sismica",
    "manutenzione",
    "servizio",
    "digitale",
    "territorio",
    "bando",
    "rete",
    "consultazione",
    "pratica",
    "edificio",
    "tecnici",
    "sicurezza",
];

fn words(seed: usize, count: usize) -> String {
    (0..count)
        .map(|i| WORDS[(seed * 7 + i * 13 + i * i) % WORDS.len()])
        .collect::<Vec<_>>()
        .join(" ")
}

/// A partita IVA with the right check digit.
fn vat_number(seed: usize) -> String {
    let digits: Vec<u32> = format!("{:010}", 1_000_000_000 + seed * 7919 % 999_999_999)
        .chars()
        .map(|c| c.to_digit(10).unwrap())
        .collect();
    let sum: u32 = digits
        .iter()
        .enumerate()
        .map(|(i, &d)| if i % 2 == 0 { d } else { (d * 2) % 10 + (d * 2) / 10 })
        .sum();
    let digits: String = digits.iter().map(|d| char::from_digit(*d, 10).unwrap()).collect();
    format!("{digits}{}", (10 - sum % 10) % 10)
}

/// One project with acts, a tender, milestones and payments that add up.
fn project(i: usize, measures: &[&str], status: &str) -> String {
    let cup = format!("J41C22{i:09}");
    let pnrr = 10_000 + (i * 7_919) % 2_500_000;
    let year = 2021 + i % 5;
    let mut text = format!(
        "cup: {cup}\ncodice_locale_progetto: GEN-{i}\ntitolo_progetto: \"{} {i}\"\nsintesi_progetto: \"{}.\"\n\
         misura: {}\nsoggetto_attuatore: Provincia\ncodice_fiscale_soggetto_attuatore: \"00218930113\"\n\
         finanziamento_pnrr: {pnrr}.00\naltri_finanziamenti:\n  - fonte: provincia\n    importo: 500.00\nfinanziamento_totale: {}.00\n\
         data_inizio_prevista: {year}-01-01\ndata_fine_prevista: 2026-06-30\nstato: {status}\n\
         fonte:\n  fonte: ReGiS\n  verificato_il: 2026-11-18\nargomenti:\n  - pnrr\n\
         atti:\n  - tipologia: decreto-finanziamento\n    numero: \"{i}/{year}\"\n    data: {year}-01-01\n    oggetto: \"{}\"\n    collegamento: https://www.example.org/atti/{i}\n",
        words(i, 5),
        words(i + 3, 15),
        measures[i % measures.len()],
        pnrr + 500,
        words(i + 7, 6),
    );
    if status != "da-avviare" {
        writeln!(
            text,
            "data_inizio_effettiva: {year}-03-01\ngare:\n  - cig: A{i:09}\n    oggetto_gara: \"{}\"\n    data_aggiudicazione: {year}-02-01\n    importo_aggiudicazione: {}.00\n    denominazione_aggiudicatario: Impresa {i}\n    codice_fiscale_aggiudicatario: \"{}\"\n\
             pagamenti:\n  - data: {year}-04-01\n    descrizione: Anticipazione\n    importo: {}.00",
            words(i + 5, 4),
            pnrr / 2,
            vat_number(i),
            pnrr / 10,
        )
        .unwrap();
    }
    if status == "concluso" {
        writeln!(text, "data_fine_effettiva: 2026-06-30").unwrap();
    }
    writeln!(
        text,
        "traguardi:\n  - descrizione: Aggiudicazione\n    tipo: traguardo\n    data_prevista: {year}-03-31\n  - descrizione: Collaudo\n    tipo: obiettivo\n    data_prevista: 2026-06-30"
    )
    .unwrap();
    text
}

fn copy(from: &Path, to: &Path) {
    std::fs::create_dir_all(to.parent().unwrap()).unwrap();
    std::fs::copy(from, to).unwrap_or_else(|e| panic!("{}: {e}", from.display()));
}

fn main() {
    let mut out = PathBuf::from("target/corpus");
    let (mut news, mut projects) = (10_000usize, 1_000usize);
    let mut only_kind: Option<String> = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let value = args.next().expect("every option takes a value");
        match arg.as_str() {
            "--out" => out = PathBuf::from(value),
            "--news" => news = value.parse().expect("a number"),
            "--projects" => projects = value.parse().expect("a number"),
            "--tipo" => only_kind = Some(value),
            other => panic!("unknown option {other}"),
        }
    }
    let content = out.join("content");
    let _ = std::fs::remove_dir_all(&content);
    for file in [
        "sito.toml",
        "argomenti.yaml",
        "home.yaml",
        "uffici.yaml",
        "organi.yaml",
        "enti.yaml",
        // The Vivere pages list the Comuni and the roads.
        "comuni.yaml",
        "strade.yaml",
        // The restrictions are checked against the Comuni's outlines.
        "geodati/comuni.geojson",
        // sito.toml names the Albo pretorio export.
        "albo-pretorio.csv",
        "amministrazione-trasparente.yaml",
        "categorie-servizi.yaml",
        "pnrr/misure.yaml",
    ] {
        copy(&Path::new("content").join(file), &content.join(file));
    }
    for section in [
        "servizi",
        "archivi",
        // Offices name their heads, people their organs and offices.
        "persone",
        "pagine/amministrazione",
        "pagine/vivere-la-provincia",
        // The transparency tree points to a document and to the calls.
        "documenti",
        "bandi",
        "limitazioni",
    ] {
        for entry in std::fs::read_dir(Path::new("content").join(section)).unwrap().flatten() {
            copy(&entry.path(), &content.join(section).join(entry.file_name()));
        }
    }
    let topics = ["rete-stradale", "istruzione", "tutela-ambiente", "pnrr", "archivio"];
    let kinds = ["notizie", "comunicati", "avvisi"];
    for kind in kinds {
        std::fs::create_dir_all(content.join("novita").join(kind)).unwrap();
    }
    for i in 0..news {
        let kind = only_kind.as_deref().unwrap_or(kinds[i % 3]);
        let (year, month, day) = (2020 + (i / 336) % 7, 1 + (i / 28) % 12, 1 + i % 28);
        let mut text = format!(
            "---\ntitolo: \"{} {i}\"\nsommario: \"{}.\"\ndata: {year}-{month:02}-{day:02}\nargomenti:\n  - {}\n",
            words(i, 6),
            words(i + 1, 18),
            topics[i % topics.len()]
        );
        if kind == "avvisi" {
            writeln!(text, "scadenza: {}-{month:02}-{day:02}", year + 1 + i % 2).unwrap();
        }
        text.push_str("---\n");
        for paragraph in 0..4 {
            writeln!(text, "{}.\n", words(i + paragraph, 60)).unwrap();
        }
        writeln!(text, "## {}\n\nVedi anche la [sezione PNRR](/pnrr).", words(i + 9, 3)).unwrap();
        std::fs::write(content.join("novita").join(kind).join(format!("voce-{i}.md")), text).unwrap();
    }
    let project_dir = content.join("pnrr/progetti");
    std::fs::create_dir_all(&project_dir).unwrap();
    let measures = std::fs::read_to_string(content.join("pnrr/misure.yaml")).unwrap();
    let measures: Vec<&str> = measures
        .lines()
        .filter_map(|line| line.trim().strip_prefix("- slug:"))
        .map(str::trim)
        .collect();
    let statuses = ["da-avviare", "in-corso", "in-corso", "concluso"];
    for i in 0..projects {
        std::fs::write(
            project_dir.join(format!("J41C22{i:09}.yaml")),
            project(i, &measures, statuses[i % 4]),
        )
        .unwrap();
    }
    println!("corpus: {news} novità e {projects} progetti in {}", content.display());
}
