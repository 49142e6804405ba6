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
    for file in ["sito.toml", "argomenti.yaml", "home.yaml", "pnrr/misure.yaml"] {
        copy(&Path::new("content").join(file), &content.join(file));
    }
    for section in ["servizi", "archivi"] {
        for entry in std::fs::read_dir(Path::new("content").join(section)).unwrap().flatten() {
            copy(&entry.path(), &content.join(section).join(entry.file_name()));
        }
    }
    let topics = ["viabilita", "scuole", "ambiente", "pnrr", "archivi"];
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
    for i in 0..projects {
        let cup = format!("J41C22{i:09}");
        let pnrr = 10_000 + i * 137;
        let text = format!(
            "cup: {cup}\ncodice_locale_progetto: GEN-{i}\ntitolo_progetto: \"{} {i}\"\nsintesi_progetto: \"{}.\"\n\
             misura: m1c1-investimento-1-2\nsoggetto_attuatore: Provincia\ncodice_fiscale_soggetto_attuatore: \"00218930113\"\n\
             finanziamento_pnrr: {pnrr}.00\naltri_finanziamenti: 500.00\nfinanziamento_totale: {}.00\n\
             data_inizio_prevista: 2023-01-01\ndata_fine_prevista: 2026-06-30\nstato: in-corso\n\
             gare:\n  - cig: A{i:09}\n    oggetto_gara: \"{}\"\n    importo_aggiudicazione: 1000.00\n    denominazione_aggiudicatario: Impresa {i}\n    codice_fiscale_aggiudicatario: \"12345678901\"\n\
             argomenti:\n  - pnrr\nfonte:\n  fonte: ReGiS\n  verificato_il: 2026-11-18\n",
            words(i, 5),
            words(i + 3, 15),
            pnrr + 500,
            words(i + 5, 4),
        );
        std::fs::write(project_dir.join(format!("{cup}.yaml")), text).unwrap();
    }
    println!("corpus: {news} novità e {projects} progetti in {}", content.display());
}
