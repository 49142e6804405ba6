//! content/limitazioni/{slug}.yaml: one file per closure or restriction on
//! a provincial road. The build refuses a stretch outside the road's
//! length, an end before the start, an unknown road or Comune, a Comune
//! the road does not cross, and a place outside the province.
//!
//! Places are written as OpenStreetMap shows them (`geodata::place`).

use super::files::files_in;
use super::geodata::{place, Area};
use super::Loader;
use crate::record::Record;
use provincia_sito::model::content::LinkedPage;
use provincia_sito::model::documents::{Document, DocumentKind};
use provincia_sito::model::sittings::parse_time;
use provincia_sito::model::territory::geo::{Geometry, LonLat};
use provincia_sito::model::territory::restrictions::order_in;
use provincia_sito::model::territory::{Km, Period, Restriction, RestrictionKind, Road};
use std::path::Path;

/// Fields of a restriction, the CMS's too (cms/config.yml).
pub const FIELDS: [&str; 15] = [
    "strada",
    "dal_km",
    "al_km",
    "comuni",
    "tipo",
    "limite",
    "inizio",
    "ora_inizio",
    "fine",
    "ora_fine",
    "motivo",
    "percorso_alternativo",
    "ordinanza",
    "punto",
    "tracciato",
];

/// Every restriction, past ones too, by road and kilometre.
/// `documents` are the published ones and those scheduled for a later day.
pub fn load(
    loader: &mut Loader,
    roads: &[Road],
    documents: (&[Document], &[Document]),
    area: Area,
) -> Vec<Restriction> {
    let mut found: Vec<Restriction> = files_in(&loader.content.join("limitazioni"), "yaml")
        .iter()
        .filter_map(|path| load_one(loader, path, roads, documents, area))
        .collect();
    found.sort_by(|a, b| order_in(Period::Oggi, a, b).then_with(|| a.inizio.cmp(&b.inizio)));
    found
}

fn load_one(
    loader: &Loader,
    path: &Path,
    roads: &[Road],
    documents: (&[Document], &[Document]),
    area: Area,
) -> Option<Restriction> {
    let (file, tree, slug, valid) = loader.read_named_yaml(path)?;
    let record = Record::new(loader.report, &file, &tree, 0, "")?;
    let road = record.text("strada").and_then(|code| {
        let road = roads.iter().find(|r| r.codice == code);
        if road.is_none() {
            record.error(
                "strada",
                format!("strada sconosciuta «{code}»: le strade sono quelle di content/strade.yaml, come SP 1"),
            );
        }
        road
    });
    let km = |key: &str, text: Option<String>| {
        text.and_then(|text| Km::parse(&text).map_err(|problem| record.error(key, problem)).ok())
    };
    let dal_km = km("dal_km", record.text("dal_km"));
    let al_km = km("al_km", record.opt_text("al_km")).or(dal_km);
    let tipo = record.vocabulary("tipo", RestrictionKind::from_key, RestrictionKind::keys);
    let limite = record.opt_text("limite");
    let inizio = record.date("inizio");
    let fine = record.date("fine");
    let ora_inizio = time(&record, "ora_inizio");
    let ora_fine = time(&record, "ora_fine");
    let motivo = record.text("motivo");
    let percorso_alternativo = record.opt_text("percorso_alternativo");
    let ordinanza = ordinance(loader, &record, documents);
    let geometria = geometry(&record, area);
    let comuni = comuni(loader, &record, road);
    record.finish(&FIELDS);

    if let (Some(road), Some(from), Some(to)) = (road, dal_km, al_km) {
        if to < from {
            record.error(
                "al_km",
                format!(
                    "il km di fine ({}) precede quello di inizio ({})",
                    to.number(),
                    from.number()
                ),
            );
        }
        if to > road.lunghezza {
            let key = if record.has("al_km") { "al_km" } else { "dal_km" };
            record.error(
                key,
                format!(
                    "km {} oltre la fine della {}, lunga {}",
                    to.number(),
                    road.codice,
                    road.lunghezza.italian()
                ),
            );
        }
    }
    if let (Some(start), Some(end)) = (inizio, fine) {
        let ends_before =
            end < start || (end == start && matches!((&ora_inizio, &ora_fine), (Some(from), Some(to)) if to <= from));
        if ends_before {
            record.error(
                "fine",
                "la limitazione finisce prima di cominciare: controlla date e ore",
            );
        }
    }
    let needs_limit = matches!(
        tipo,
        Some(RestrictionKind::LimiteDiPeso | RestrictionKind::LimiteDiVelocita)
    );
    if needs_limit && limite.is_none() {
        record.error("limite", "indica il limite, come «3,5 t» o «30 km/h»");
    }
    if !valid {
        return None;
    }
    let road = road?;
    Some(Restriction {
        slug,
        strada: road.reference(),
        dal_km: dal_km?,
        al_km: al_km?,
        comuni: comuni?,
        tipo: tipo?,
        limite,
        inizio: inizio?,
        ora_inizio,
        fine: fine?,
        ora_fine,
        motivo: motivo?,
        percorso_alternativo,
        ordinanza,
        geometria: geometria?,
    })
}

fn time(record: &Record, key: &str) -> Option<String> {
    let text = record.opt_text(key)?;
    let time = parse_time(&text);
    if time.is_none() {
        record.error(key, format!("«{text}» non è un'ora: scrivi ore e minuti, come 08:30"));
    }
    time
}

/// The Comuni named, each crossed by the road; the road's only Comune
/// when none is named.
fn comuni(
    loader: &Loader,
    record: &Record,
    road: Option<&Road>,
) -> Option<Vec<provincia_sito::model::territory::ComuneRef>> {
    // Read before anything else, so an unknown road does not make the
    // field look unknown too.
    let names = record.texts("comuni");
    let named = names.len();
    let road = road?;
    if names.is_empty() {
        if let [only] = road.comuni.as_slice() {
            return Some(vec![only.clone()]);
        }
        record.error(
            "comuni",
            format!(
                "indica i Comuni interessati: la {} attraversa {}",
                road.codice,
                road.comuni_names()
            ),
        );
        return None;
    }
    let mut found = Vec::new();
    for (name, line) in names {
        match road.comuni.iter().find(|c| c.nome == name) {
            Some(comune) => found.push(comune.clone()),
            None => loader.report.add(
                record.file(),
                line,
                &record.field("comuni"),
                format!(
                    "«{name}» non è un Comune attraversato dalla {} ({})",
                    road.codice,
                    road.comuni_names()
                ),
            ),
        }
    }
    (found.len() == named).then_some(found)
}

/// The ordinance: the slug of an ordinance in Documenti e dati, or a file
/// under /allegati/.
/// An ordinance scheduled for a later day is accepted and linked from the
/// build of that day on (the nightly rebuild), never as a broken link.
fn ordinance(
    loader: &Loader,
    record: &Record,
    (published, scheduled): (&[Document], &[Document]),
) -> Option<LinkedPage> {
    let value = record.opt_text("ordinanza")?;
    if value.starts_with('/') {
        return match loader.public_file_problem(&value) {
            Some(problem) => {
                record.error("ordinanza", problem);
                None
            }
            None => Some(LinkedPage {
                titolo: "Ordinanza".into(),
                percorso: value,
            }),
        };
    }
    let found = published
        .iter()
        .map(|d| (d, true))
        .chain(scheduled.iter().map(|d| (d, false)));
    match found.into_iter().find(|(d, _)| d.scheda.slug == value) {
        Some((document, false)) if document.scheda.tipo == DocumentKind::Ordinanza => None,
        Some((document, true)) if document.scheda.tipo == DocumentKind::Ordinanza => Some(LinkedPage {
            titolo: document.scheda.reference(),
            percorso: document.scheda.path(),
        }),
        Some((document, _)) => {
            record.error(
                "ordinanza",
                format!(
                    "«{value}» è un documento di tipo {}, non un'ordinanza",
                    document.scheda.tipo.key()
                ),
            );
            None
        }
        None => {
            record.error(
                "ordinanza",
                format!("ordinanza «{value}» sconosciuta: scrivi il nome del file in content/documenti (senza .md) o il percorso di un file, come /allegati/ordinanza.pdf"),
            );
            None
        }
    }
}

/// A point (`punto`) or a line (`tracciato`), each place inside the
/// province.
fn geometry(record: &Record, area: Area) -> Option<Geometry> {
    let point = record.opt_text("punto");
    let line = record.texts("tracciato");
    let geometry = match (point, line.is_empty()) {
        (Some(text), true) => Geometry::Point(place(record, "punto", &text, area)?),
        (None, false) => {
            // The first wrong place is enough: the others are likely wrong alike.
            let places: Option<Vec<LonLat>> = line
                .iter()
                .map(|(text, _)| place(record, "tracciato", text, area))
                .collect();
            if line.len() < 2 {
                record.error("tracciato", "un tracciato ha almeno due punti");
                return None;
            }
            Geometry::LineString(places?)
        }
        (Some(_), false) => {
            record.error("tracciato", "indica il punto oppure il tracciato, non entrambi");
            return None;
        }
        (None, true) => {
            record.error(
                "punto",
                "indica dove si trova: un punto come «44.1024, 9.8237» (latitudine, longitudine, come li mostra OpenStreetMap) o un tracciato",
            );
            return None;
        }
    };
    Some(geometry)
}
