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

/// Fields of every item; notices also have their validity period and the
/// traffic restrictions they announce.
const FIELDS: [&str; 11] = [
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
    "limitazioni",
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

/// Each notice's restrictions by their title ("SP 21 di Deiva Marina:
/// chiusura totale, dal 10 dicembre…"), and a warning where the notice and
/// its restriction give different dates: the same fact written twice.
pub fn link_restrictions(
    loader: &Loader,
    news: &mut [NewsItem],
    restrictions: &[provincia_sito::model::territory::Restriction],
) {
    for item in news.iter_mut().filter(|i| !i.limitazioni.is_empty()) {
        let file = loader.shown(
            &loader
                .content
                .join("novita")
                .join(item.tipo.segment())
                .join(format!("{}.md", item.slug)),
        );
        for link in &mut item.limitazioni {
            let Some(r) = restrictions.iter().find(|r| r.path() == link.percorso) else {
                continue; // its own file's problems are reported already
            };
            link.titolo = format!("{}: {}", r.title(), r.when());
            if let Some(end) = item.scadenza.filter(|end| *end < r.fine) {
                loader.warnings.add(
                    &file,
                    1,
                    "scadenza",
                    format!(
                        "l'avviso scade {} ma la limitazione «{}» dura fino al {}: una delle due date è da correggere",
                        end.after("il"),
                        r.slug,
                        r.fine.italian()
                    ),
                );
            }
            if let Some(start) = item.inizio.filter(|start| *start > r.inizio) {
                loader.warnings.add(
                    &file,
                    1,
                    "inizio",
                    format!(
                        "l'avviso vale {} ma la limitazione «{}» comincia prima, {}",
                        start.after("dal"),
                        r.slug,
                        r.inizio.after("il")
                    ),
                );
            }
        }
    }
}

/// The restrictions a notice announces, by the name of their file in
/// content/limitazioni; their titles are filled in once they are loaded.
fn restriction_links(loader: &Loader, record: &Record) -> Vec<provincia_sito::model::content::LinkedPage> {
    record
        .texts("limitazioni")
        .into_iter()
        .filter_map(|(slug, _)| {
            if !loader
                .content
                .join("limitazioni")
                .join(format!("{slug}.yaml"))
                .is_file()
            {
                record.error(
                    "limitazioni",
                    format!(
                        "«{slug}» non è una limitazione: atteso il nome di un file di content/limitazioni, senza .yaml"
                    ),
                );
                return None;
            }
            Some(provincia_sito::model::content::LinkedPage {
                percorso: provincia_sito::model::territory::restriction_path(&slug),
                titolo: slug,
            })
        })
        .collect()
}

/// Whether a text speaks of a closure or another limit of traffic on a
/// provincial road ("senso unico alternato sulla SP 1", "chiusura di una
/// galleria provinciale"): such a notice must point to its restriction.
pub fn speaks_of_road_traffic(text: &str) -> bool {
    let text = provincia_sito::model::search::fold(text);
    const LIMITS: [&str; 8] = [
        "chiusur",
        "chiuso al traffico",
        "chiusa al traffico",
        "senso unico",
        "restringiment",
        "limite di peso",
        "divieto di transito",
        "semaforo",
    ];
    const ROADS: [&str; 4] = ["strada provinciale", "strade provinciali", "galleria", "ponte"];
    let names_a_road = ROADS.iter().any(|r| text.contains(r))
        || text.match_indices("sp ").any(|(at, _)| {
            let before_ok = at == 0 || !text.as_bytes()[at - 1].is_ascii_alphanumeric();
            before_ok && text[at + 3..].starts_with(|c: char| c.is_ascii_digit())
        });
    names_a_road && LIMITS.iter().any(|l| text.contains(l))
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
        let limitazioni = if kind == NewsKind::Avviso {
            restriction_links(loader, record)
        } else {
            Vec::new()
        };
        if kind == NewsKind::Avviso && limitazioni.is_empty() {
            // The fields as already read: reading them again would report their problems twice.
            let (t, s) = (
                titolo.as_deref().unwrap_or_default(),
                sommario.as_deref().unwrap_or_default(),
            );
            if speaks_of_road_traffic(&format!("{t}\n{s}\n{}", body.html)) {
                record.error(
                    "limitazioni",
                    "l'avviso parla di una limitazione al traffico su una strada provinciale: scrivila in content/limitazioni \
                     (strada, tratto, date, percorso alternativo) e collegala qui con «limitazioni: [nome-del-file]», \
                     così compare anche nell'elenco, sulla mappa e nelle pagine delle strade",
                );
            }
        }
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
            limitazioni,
            correlati: Vec::new(),
            modifiche: Vec::new(),
        })
    })
}

#[cfg(test)]
mod tests {
    use super::speaks_of_road_traffic;

    #[test]
    fn a_notice_about_a_provincial_road_closure_is_recognised() {
        for text in [
            "Senso unico alternato sulla SP 1 per la messa in sicurezza di un versante",
            "Chiusura notturna di una galleria provinciale per manutenzione",
            "Chiusura temporanea di una strada provinciale per lavori al ponte",
            "Il ponte resta chiuso al traffico fino a venerdì",
            "Limite di peso sulla sp 12 dopo l'ispezione",
        ] {
            assert!(speaks_of_road_traffic(text), "{text}");
        }
        for text in [
            "Chiusura degli uffici per le festività",
            "Nuovo bando per le palestre scolastiche",
            "Lavori alla SP 1: asfaltatura completata, strada aperta",
            "La wasp 3 non è una strada",
        ] {
            assert!(!speaks_of_road_traffic(text), "{text}");
        }
    }
}
