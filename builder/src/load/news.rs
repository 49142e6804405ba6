//! content/novita/{notizie,comunicati,avvisi}/{slug}.md: one Markdown file
//! per item, its fields in the front matter.

use super::attachments::{attachments, image};
use super::files::{files_in, split_front_matter};
use super::{LinkUse, Loader};
use crate::markdown;
use crate::record::Record;
use provincia_sito::model::content::{NewsItem, NewsKind};
use provincia_sito::model::endpoint::API_VERSION;
use provincia_sito::model::reading;
use provincia_sito::model::slug;
use std::path::Path;

/// Fields of every item; notices also have their validity period.
const FIELDS: [&str; 10] = [
    "titolo",
    "sommario",
    "data",
    "aggiornato",
    "argomenti",
    "immagine",
    "allegati",
    "ufficio",
    "inizio",
    "scadenza",
];

/// Slugs that would collide with the list's own addresses and files.
const RESERVED_SLUGS: [&str; 3] = ["pagina", "pagine", "elenco"];

/// Published items and the number left for a later build (dated after today).
pub fn load(loader: &mut Loader) -> (Vec<NewsItem>, usize) {
    let mut items = Vec::new();
    let mut scheduled = 0;
    for kind in NewsKind::ALL {
        let dir = loader.content.join("novita").join(kind.segment());
        for path in files_in(&dir, "md") {
            match load_item(loader, kind, &path) {
                Some(item) if item.data > loader.today => scheduled += 1,
                Some(item) => items.push(NewsItem {
                    modifiche: loader.history_of(&path),
                    ..item
                }),
                None => {}
            }
        }
    }
    (items, scheduled)
}

/// Reads the fields and body of a Markdown file; `None` after reporting.
pub(super) fn read_markdown<T>(
    loader: &mut Loader,
    path: &Path,
    read: impl FnOnce(&mut Loader, &Record, &markdown::Rendered) -> Option<T>,
) -> Option<T> {
    let report = loader.report;
    let file = loader.shown(path);
    let text = super::files::read_capped(path, super::files::MAX_CONTENT_FILE_BYTES)
        .map_err(|message| report.add(&file, 0, "(file)", message))
        .ok()?;
    let front = split_front_matter(&text)
        .map_err(|err| report.add(&file, err.line, &err.field, err.message))
        .ok()?;
    let record = Record::new(report, &file, &front.tree, front.offset, "")?;
    let rendered = markdown::render(&front.body);
    for problem in &rendered.problems {
        let line = front.body_line + markdown::line_at(&front.body, problem.offset) - 1;
        report.add(&file, line, "testo", problem.message.clone());
    }
    for (target, offset) in &rendered.internal_links {
        loader.links.push(LinkUse {
            file: file.clone(),
            line: front.body_line + markdown::line_at(&front.body, *offset) - 1,
            field: "testo".into(),
            target: target.clone(),
        });
    }
    loader.review_text(&file, front.body_line, "testo", &front.body, &rendered);
    read(loader, &record, &rendered)
}

/// Reports a Markdown file whose name cannot be its address: not a slug, or
/// one of `reserved`, the names the list `whose` uses for its own addresses.
pub(super) fn check_file_name(loader: &Loader, record: &Record, slug: &str, reserved: &[&str], whose: &str) {
    let problem = slug::problem(slug).or_else(|| {
        reserved.contains(&slug).then(|| {
            format!(
                "«{slug}» è riservato: i nomi {} sono già parti degli indirizzi {whose}",
                reserved.iter().map(|s| format!("«{s}»")).collect::<Vec<_>>().join(", ")
            )
        })
    });
    if let Some(problem) = problem {
        loader.report.add(
            record.file(),
            1,
            "(nome del file)",
            format!("{problem} (il nome del file diventa l'indirizzo)"),
        );
    }
}

fn load_item(loader: &mut Loader, kind: NewsKind, path: &Path) -> Option<NewsItem> {
    let slug = path.file_stem()?.to_string_lossy().to_string();
    read_markdown(loader, path, |loader, record, body| {
        check_file_name(loader, record, &slug, &RESERVED_SLUGS, "delle novità");
        let titolo = record.text("titolo");
        let sommario = record.text("sommario");
        let data = record.date("data");
        let aggiornato = record.opt_date("aggiornato");
        let argomenti = loader.topic_refs(record, "argomenti");
        let (inizio, scadenza) = if kind == NewsKind::Avviso {
            (record.opt_date("inizio"), record.opt_date("scadenza"))
        } else {
            (None, None)
        };
        if kind == NewsKind::Avviso && !record.has("scadenza") {
            loader.warnings.add(
                record.file(),
                1,
                "scadenza",
                "avviso senza data di scadenza: resta tra gli avvisi in vigore per sempre; indica fino a quando vale (scadenza: AAAA-MM-GG)",
            );
        }
        let allegati = attachments(loader, record, "allegati");
        let ufficio = loader.office(record, "ufficio");
        let immagine = image(loader, record, "immagine");
        let allowed: &[&str] = if kind == NewsKind::Avviso {
            &FIELDS
        } else {
            &FIELDS[..8]
        };
        record.finish(allowed);
        let (titolo, sommario, data) = (titolo?, sommario?, data?);
        if let Some(updated) = aggiornato {
            if updated < data {
                record.error("aggiornato", "la data di aggiornamento precede quella di pubblicazione");
            }
        }
        match (inizio, scadenza) {
            (Some(start), Some(end)) if end < start => record.error(
                "scadenza",
                format!(
                    "la scadenza ({}) precede l'inizio della validità ({}): l'avviso non sarebbe mai in vigore",
                    end.italian(),
                    start.italian()
                ),
            ),
            (None, Some(end)) if end < data => record.error(
                "scadenza",
                format!(
                    "la scadenza ({}) precede la data di pubblicazione ({})",
                    end.italian(),
                    data.italian()
                ),
            ),
            _ => {}
        }
        Some(NewsItem {
            versione: API_VERSION,
            tipo: kind,
            slug: slug.clone(),
            titolo,
            sommario,
            data,
            aggiornato,
            inizio,
            scadenza,
            scaduto: scadenza.is_some_and(|end| end < loader.today),
            argomenti,
            immagine,
            corpo_html: body.html.clone(),
            lettura_minuti: reading::minutes(body.words),
            allegati,
            ufficio,
            correlati: Vec::new(),
            modifiche: Vec::new(),
        })
    })
}
