//! content/documenti/{slug}.md: one Markdown file per document, its fields
//! in the front matter and the editors' notes, if any, as the body.

use super::attachments::attachments;
use super::files::files_in;
use super::news::{check_file_name, read_markdown};
use super::Loader;
use provincia_sito::model::content::OfficeUnit;
use provincia_sito::model::documents::{newest_first, Document, DocumentKind, DocumentSummary, Issuer};
use provincia_sito::model::endpoint::API_VERSION;
use provincia_sito::model::people::Organ;
use std::collections::HashMap;
use std::path::Path;

/// Fields of a document, the CMS's too (cms/config.yml).
pub const FIELDS: [&str; 11] = [
    "tipo",
    "titolo",
    "numero",
    "data",
    "oggetto",
    "organo",
    "ufficio",
    "in_vigore_dal",
    "in_vigore_fino_al",
    "argomenti",
    "allegati",
];

/// Slugs that would collide with the list's own addresses.
const RESERVED_SLUGS: [&str; 2] = ["pagina", "elenco"];

/// Published documents, newest first, and those left for a later build
/// (dated after today). Two acts of the same series cannot share a number
/// in a year.
pub fn load(loader: &mut Loader, organs: &[Organ], offices: &[OfficeUnit]) -> (Vec<Document>, Vec<Document>) {
    let mut documents = Vec::new();
    let mut scheduled = Vec::new();
    // (kind, issuer, year, number) → the file that has it.
    let mut numbers: HashMap<(DocumentKind, String, u16, String), String> = HashMap::new();
    for path in files_in(&loader.content.join("documenti"), "md") {
        let Some((document, number_line)) = load_document(loader, organs, offices, &path) else {
            continue;
        };
        let summary = &document.scheda;
        if let Some(number) = &summary.numero {
            let series = (
                summary.tipo,
                summary.emanato_da.slug.clone(),
                summary.year(),
                number.clone(),
            );
            let file = loader.shown(&path);
            if let Some(first) = numbers.get(&series) {
                loader.report.add(
                    &file,
                    number_line,
                    "numero",
                    format!(
                        "{} n. {number} del {} di {} c'è già in {first}: un numero si dà una volta sola nell'anno",
                        summary.tipo.label(),
                        summary.year(),
                        summary.emanato_da.nome
                    ),
                );
            } else {
                numbers.insert(series, file);
            }
        }
        if summary.data > loader.today {
            scheduled.push(document);
        } else {
            documents.push(Document {
                modifiche: loader.history_of(&path),
                ..document
            });
        }
    }
    documents.sort_by(|a, b| newest_first(&a.scheda, &b.scheda));
    (documents, scheduled)
}

fn load_document(
    loader: &mut Loader,
    organs: &[Organ],
    offices: &[OfficeUnit],
    path: &Path,
) -> Option<(Document, usize)> {
    let slug = path.file_stem()?.to_string_lossy().to_string();
    read_markdown(loader, path, |loader, record, body| {
        check_file_name(loader, record, &slug, &RESERVED_SLUGS, "dei documenti");
        let tipo = record.vocabulary("tipo", DocumentKind::from_key, DocumentKind::keys);
        let titolo = record.text("titolo");
        let data = record.date("data");
        let oggetto = record.text("oggetto");
        let numero = record.opt_text("numero");
        let in_vigore_dal = record.opt_date("in_vigore_dal");
        let in_vigore_fino_al = record.opt_date("in_vigore_fino_al");
        let argomenti = loader.topic_refs(record, "argomenti");
        let allegati = attachments(loader, record, "allegati");
        if !record.has("allegati") {
            record.error(
                "allegati",
                "indica almeno un allegato: il documento è il suo file (PDF con testo, ODS, CSV…)",
            );
        }
        let emanato_da = issuer(record, organs, offices);
        record.finish(&FIELDS);
        let number_line = record.line_of("numero");
        if let Some(number) = &numero {
            if !number.bytes().all(|b| b.is_ascii_digit()) || number.len() > 6 {
                record.error(
                    "numero",
                    format!("«{number}» non è un numero di registro: scrivi solo le cifre (per esempio 118); l'anno è quello della data"),
                );
            }
        }
        if let Some(kind) = tipo {
            if kind.is_numbered() && numero.is_none() {
                record.error(
                    "numero",
                    format!(
                        "{}: il numero di registro è obbligatorio, indicalo (solo le cifre)",
                        kind.plural()
                    ),
                );
            }
        }
        if let (Some(from), Some(to)) = (in_vigore_dal, in_vigore_fino_al) {
            if to < from {
                record.error(
                    "in_vigore_fino_al",
                    format!(
                        "la fine della validità ({}) precede l'inizio ({}): il documento non sarebbe mai in vigore",
                        to.italian(),
                        from.italian()
                    ),
                );
            }
        }
        let (tipo, titolo, data, oggetto, emanato_da) = (tipo?, titolo?, data?, oggetto?, emanato_da?);
        let scheda = DocumentSummary {
            tipo,
            slug: slug.clone(),
            titolo,
            numero,
            data,
            oggetto,
            emanato_da,
            in_vigore_dal,
            in_vigore_fino_al,
            non_in_vigore: in_vigore_fino_al.is_some_and(|end| end < loader.today),
            argomenti: argomenti.iter().map(|t| t.slug.clone()).collect(),
        };
        Some((
            Document {
                versione: API_VERSION,
                scheda,
                argomenti,
                corpo_html: body.html.clone(),
                allegati,
                modifiche: Vec::new(),
            },
            number_line,
        ))
    })
}

/// Who issued it: `organo` (an organ of content/organi.yaml) or `ufficio`
/// (a unit of content/uffici.yaml), exactly one.
fn issuer(record: &crate::record::Record, organs: &[Organ], offices: &[OfficeUnit]) -> Option<Issuer> {
    let organ = record.opt_text("organo");
    let office = record.opt_text("ufficio");
    match (organ, office) {
        (Some(_), Some(_)) => {
            record.error(
                "ufficio",
                "indica chi ha emanato il documento una volta sola: l'organo (organo) oppure l'ufficio (ufficio)",
            );
            None
        }
        (None, None) => {
            record.error(
                "organo",
                "indica chi ha emanato il documento: l'organo (organo: consiglio-provinciale) o l'ufficio (ufficio: viabilita)",
            );
            None
        }
        (Some(slug), None) => match organs.iter().find(|o| o.slug == slug) {
            Some(organ) => Some(Issuer {
                slug: organ.slug.clone(),
                nome: organ.nome.clone(),
                percorso: organ.path(),
            }),
            None => {
                record.error(
                    "organo",
                    format!(
                        "organo sconosciuto «{slug}»: gli organi sono in content/organi.yaml ({})",
                        organs.iter().map(|o| o.slug.as_str()).collect::<Vec<_>>().join(", ")
                    ),
                );
                None
            }
        },
        (None, Some(slug)) => match offices.iter().find(|u| u.ufficio.slug == slug) {
            Some(unit) => Some(Issuer {
                slug: unit.ufficio.slug.clone(),
                nome: unit.ufficio.nome.clone(),
                percorso: unit.path(),
            }),
            None => {
                record.error(
                    "ufficio",
                    format!("ufficio sconosciuto «{slug}»: gli uffici ammessi sono in content/uffici.yaml"),
                );
                None
            }
        },
    }
}
