//! content/bandi/{slug}.md: one Markdown file per call for tender or
//! competition, its fields in the front matter and its details as the body.
//! The status is not written by editors: it follows from the dates and the
//! outcome on the day of the build (`model::calls::status`).

use super::attachments::attachments;
use super::files::files_in;
use super::news::{check_file_name, read_markdown};
use super::Loader;
use crate::record::Record;
use provincia_sito::model::calls::{status, Award, Call, CallKind, CallSummary, Procedure, INPA_PREFIX};
use provincia_sito::model::endpoint::API_VERSION;
use provincia_sito::model::pnrr::codes::{is_valid_cig, is_valid_cup};
use std::collections::HashMap;
use std::path::Path;

/// Fields of a call, the CMS's too (cms/config.yml).
pub const FIELDS: [&str; 17] = [
    "tipo",
    "titolo",
    "oggetto",
    "procedura",
    "cig",
    "cup",
    "importo",
    "posti",
    "pubblicato_il",
    "scadenza",
    "ufficio",
    "per_conto_di",
    "inpa",
    "aggiudicazione",
    "esito_il",
    "documenti",
    "argomenti",
];

/// Published calls, newest first, and the number left for a later build.
/// A CIG identifies one procedure: two calls cannot share it.
pub fn load(loader: &mut Loader) -> (Vec<Call>, usize) {
    let mut calls = Vec::new();
    let mut scheduled = 0;
    let mut cigs: HashMap<String, String> = HashMap::new();
    for path in files_in(&loader.content.join("bandi"), "md") {
        let Some((call, cig_line)) = load_call(loader, &path) else {
            continue;
        };
        let file = loader.shown(&path);
        if let Some(cig) = &call.scheda.cig {
            match cigs.get(cig) {
                Some(first) => loader.report.add(
                    &file,
                    cig_line,
                    "cig",
                    format!("il CIG {cig} è già di {first}: ogni procedura ha il suo CIG"),
                ),
                None => {
                    cigs.insert(cig.clone(), file.clone());
                }
            }
        }
        if call.scheda.pubblicato_il > loader.today {
            scheduled += 1;
        } else {
            calls.push(Call {
                modifiche: loader.history_of(&path),
                ..call
            });
        }
    }
    calls.sort_by(|a, b| {
        b.scheda
            .pubblicato_il
            .cmp(&a.scheda.pubblicato_il)
            .then_with(|| a.scheda.titolo.cmp(&b.scheda.titolo))
    });
    (calls, scheduled)
}

fn load_call(loader: &mut Loader, path: &Path) -> Option<(Call, usize)> {
    let slug = path.file_stem()?.to_string_lossy().to_string();
    read_markdown(loader, path, |loader, record, body| {
        check_file_name(loader, record, &slug, &[], "dei bandi");
        let tipo = record.vocabulary("tipo", CallKind::from_key, CallKind::keys);
        let titolo = record.text("titolo");
        let oggetto = record.text("oggetto");
        let procedura = record.vocabulary("procedura", Procedure::from_key, Procedure::keys);
        let pubblicato_il = record.date("pubblicato_il");
        let scadenza = record.date("scadenza");
        let ufficio = loader.required_office(record, "ufficio");
        let per_conto_di: Vec<String> = record.texts("per_conto_di").into_iter().map(|(name, _)| name).collect();
        let cup = record.opt_text("cup");
        let esito_il = record.opt_date("esito_il");
        let argomenti = loader.topic_refs(record, "argomenti");
        let documenti = attachments(loader, record, "documenti");
        if !record.has("documenti") {
            record.error(
                "documenti",
                "indica almeno un documento: il bando o l'avviso (PDF con testo)",
            );
        }
        if let Some(code) = &cup {
            if !is_valid_cup(code) {
                record.error(
                    "cup",
                    format!("CUP «{code}» non valido: attesi 15 caratteri maiuscoli, come J41C22000390006"),
                );
            }
        }
        if let (Some(kind), Some(procedure)) = (tipo, procedura) {
            if !procedure.fits(kind) {
                record.error(
                    "procedura",
                    format!(
                        "«{}» non è una procedura per un {}",
                        procedure.key(),
                        kind.label().to_lowercase()
                    ),
                );
            }
        }
        let (cig, importo, posti, inpa, aggiudicazione) = match tipo {
            Some(CallKind::Gara) => tender_fields(record),
            Some(CallKind::Concorso) => competition_fields(record),
            None => (None, None, None, None, None),
        };
        if let (Some(published), Some(deadline)) = (pubblicato_il, scadenza) {
            if deadline < published {
                record.error(
                    "scadenza",
                    format!(
                        "la scadenza ({}) precede la pubblicazione ({})",
                        deadline.italian(),
                        published.italian()
                    ),
                );
            }
        }
        if let (Some(award), Some(deadline)) = (&aggiudicazione, scadenza) {
            if award.data < deadline {
                record.error(
                    "aggiudicazione",
                    format!(
                        "l'aggiudicazione ({}) precede la scadenza delle offerte ({})",
                        award.data.italian(),
                        deadline.italian()
                    ),
                );
            }
        }
        if let Some(outcome) = esito_il {
            match (tipo, &aggiudicazione, scadenza) {
                (Some(CallKind::Gara), None, _) => record.error(
                    "esito_il",
                    "l'esito di una gara segue l'aggiudicazione: indica anche aggiudicazione",
                ),
                (Some(CallKind::Gara), Some(award), _) if outcome < award.data => record.error(
                    "esito_il",
                    format!(
                        "l'esito ({}) precede l'aggiudicazione ({})",
                        outcome.italian(),
                        award.data.italian()
                    ),
                ),
                (Some(CallKind::Concorso), _, Some(deadline)) if outcome < deadline => record.error(
                    "esito_il",
                    format!(
                        "la graduatoria ({}) precede la scadenza delle domande ({})",
                        outcome.italian(),
                        deadline.italian()
                    ),
                ),
                _ => {}
            }
        }
        record.finish(&FIELDS);
        let cig_line = record.line_of("cig");
        let (tipo, titolo, oggetto, procedura) = (tipo?, titolo?, oggetto?, procedura?);
        let (pubblicato_il, scadenza, ufficio) = (pubblicato_il?, scadenza?, ufficio?);
        let stato = status(scadenza, aggiudicazione.as_ref(), esito_il, loader.today);
        let scheda = CallSummary {
            tipo,
            slug: slug.clone(),
            titolo,
            procedura,
            cig,
            cup,
            importo,
            posti,
            pubblicato_il,
            scadenza,
            stato,
            per_conto_di,
        };
        Some((
            Call {
                versione: API_VERSION,
                scheda,
                oggetto,
                corpo_html: body.html.clone(),
                ufficio: ufficio.reference(),
                inpa,
                aggiudicazione,
                esito_il,
                documenti,
                argomenti,
                modifiche: Vec::new(),
            },
            cig_line,
        ))
    })
}

type KindFields = (
    Option<String>,
    Option<provincia_sito::model::Amount>,
    Option<u32>,
    Option<String>,
    Option<Award>,
);

/// A tender: its CIG (the key of its record in ANAC's database), its base
/// amount and, once awarded, who won it.
fn tender_fields(record: &Record) -> KindFields {
    let cig = record.text("cig");
    if let Some(code) = &cig {
        if !is_valid_cig(code) {
            record.error(
                "cig",
                format!("CIG «{code}» non valido: attesi 10 caratteri, cifre e lettere maiuscole, come B1A2C3D4E5"),
            );
        }
    }
    let importo = record.amount("importo");
    for key in ["posti", "inpa"] {
        if record.has(key) {
            record.error(key, "solo per i concorsi");
        }
    }
    let aggiudicazione = record.record("aggiudicazione").and_then(|award| {
        let data = award.date("data");
        let aggiudicatario = award.text("aggiudicatario");
        let importo = award.amount("importo");
        award.finish(&["data", "aggiudicatario", "importo"]);
        Some(Award {
            data: data?,
            aggiudicatario: aggiudicatario?,
            importo: importo?,
        })
    });
    (cig.filter(|c| is_valid_cig(c)), importo, None, None, aggiudicazione)
}

/// A competition: the posts it fills and its notice on inPA.
fn competition_fields(record: &Record) -> KindFields {
    let posti = record.text("posti").and_then(|text| match text.parse::<u32>() {
        Ok(n) if n >= 1 => Some(n),
        _ => {
            record.error(
                "posti",
                format!("«{text}» non è un numero di posti: scrivi quanti, per esempio 2"),
            );
            None
        }
    });
    let inpa = record.text("inpa");
    if let Some(url) = &inpa {
        if !url.starts_with(INPA_PREFIX) {
            record.error(
                "inpa",
                format!("atteso l'indirizzo del bando sul portale inPA, che inizia con {INPA_PREFIX}"),
            );
        }
    }
    for key in ["cig", "importo", "aggiudicazione"] {
        if record.has(key) {
            record.error(key, "solo per i bandi di gara");
        }
    }
    (None, None, posti, inpa, None)
}
