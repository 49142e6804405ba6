//! content/eventi/{slug}.yaml: one file per event a citizen can attend; the
//! organs' sittings (content/organi.yaml) become events too, written once
//! there. The build refuses an unknown kind, place or topic, a place and an
//! address together (or neither), no date, dates out of order or repeated,
//! and hours that end before they start.

use super::files::files_in;
use super::Loader;
use crate::record::Record;
use provincia_sito::model::events::{Event, EventDate, EventKind, KIND_SEGMENT};
use provincia_sito::model::people::Organ;
use provincia_sito::model::sittings::parse_time;
use provincia_sito::model::territory::Place;
use std::path::Path;

/// Fields of an event, the CMS's too (cms/config.yml).
pub const FIELDS: [&str; 8] = [
    "titolo",
    "tipo",
    "descrizione",
    "date",
    "luogo",
    "indirizzo",
    "organizzatore",
    "argomenti",
];

/// Every event, the sittings included, by first date.
pub fn load(loader: &mut Loader, places: &[Place], organs: &[Organ]) -> Vec<Event> {
    let mut events: Vec<Event> = files_in(&loader.content.join("eventi"), "yaml")
        .iter()
        .filter_map(|path| load_one(loader, path, places))
        .collect();
    events.extend(sittings(organs, places));
    events.sort_by(|a, b| {
        a.date
            .first()
            .cmp(&b.date.first())
            .then_with(|| a.titolo.cmp(&b.titolo))
    });
    events
}

fn load_one(loader: &Loader, path: &Path, places: &[Place]) -> Option<Event> {
    let (file, tree, slug, valid) = loader.read_named_yaml(path)?;
    let record = Record::new(loader.report, &file, &tree, 0, "")?;
    if slug == KIND_SEGMENT {
        record.error(
            "(nome del file)",
            format!("«{KIND_SEGMENT}» è l'indirizzo degli elenchi per tipo: cambia il nome del file"),
        );
    }
    let titolo = record.text("titolo");
    let tipo = record.vocabulary("tipo", EventKind::from_key, EventKind::keys);
    if tipo == Some(EventKind::Seduta) {
        record.error(
            "tipo",
            "le sedute degli organi si scrivono in content/organi.yaml, da cui diventano eventi",
        );
    }
    let descrizione = record.text("descrizione");
    let dates = dates(&record);
    let luogo = record.opt_text("luogo").and_then(|slug| {
        let found = places.iter().find(|p| p.slug == slug);
        if found.is_none() {
            record.error(
                "luogo",
                format!(
                    "luogo sconosciuto «{slug}»: i luoghi sono quelli di content/luoghi (nome del file senza .yaml)"
                ),
            );
        }
        found.map(Place::reference)
    });
    let indirizzo = record.opt_text("indirizzo");
    match (record.has("luogo"), record.has("indirizzo")) {
        (true, true) => record.error("indirizzo", "indica il luogo oppure l'indirizzo, non entrambi"),
        (false, false) => record.error("luogo", "indica dove: un luogo di content/luoghi oppure un indirizzo"),
        _ => {}
    }
    let organizzatore = record.text("organizzatore");
    let argomenti = loader.topic_refs(&record, "argomenti");
    record.finish(&FIELDS);
    if !valid || tipo == Some(EventKind::Seduta) || slug == KIND_SEGMENT {
        return None;
    }
    Some(Event {
        slug,
        titolo: titolo?,
        tipo: tipo?,
        descrizione: descrizione?,
        date: dates?,
        luogo,
        indirizzo,
        organizzatore: organizzatore?,
        argomenti,
        pagina: None,
    })
}

/// The dates, in order, each once, hours in order.
fn dates(record: &Record) -> Option<Vec<EventDate>> {
    let mut found: Vec<EventDate> = Vec::new();
    let mut whole = true;
    for entry in record.records("date") {
        let data = entry.date("data");
        let time = |key: &str| {
            let text = entry.opt_text(key)?;
            let parsed = parse_time(&text);
            if parsed.is_none() {
                entry.error(key, format!("«{text}» non è un'ora: scrivi ore e minuti, come 15:00"));
            }
            parsed
        };
        let (ora, ora_fine) = (time("ora"), time("ora_fine"));
        entry.finish(&["data", "ora", "ora_fine"]);
        let Some(data) = data else {
            whole = false;
            continue;
        };
        match (&ora, &ora_fine) {
            (Some(from), Some(to)) if to <= from => {
                entry.error(
                    "ora_fine",
                    format!("finisce alle {to}, prima di cominciare alle {from}"),
                );
                whole = false;
                continue;
            }
            (None, Some(_)) => {
                entry.error("ora", "con l'ora di fine serve anche quella d'inizio");
                whole = false;
                continue;
            }
            _ => {}
        }
        if let Some(previous) = found.last() {
            if data <= previous.data {
                entry.error(
                    "data",
                    format!(
                        "il {} è scritto dopo il {}: le date vanno in ordine, ciascuna una volta",
                        data.italian(),
                        previous.data.italian()
                    ),
                );
                whole = false;
                continue;
            }
        }
        found.push(EventDate { data, ora, ora_fine });
    }
    if found.is_empty() && whole {
        record.error("date", "indica almeno una data");
    }
    (whole && !found.is_empty()).then_some(found)
}

/// Each organ's sittings as events: their page is the organ's, at the sitting.
fn sittings(organs: &[Organ], places: &[Place]) -> Vec<Event> {
    organs
        .iter()
        .flat_map(|organ| {
            organ.sedute.iter().map(move |sitting| {
                let place = places
                    .iter()
                    .find(|p| p.nome == sitting.luogo || sitting.luogo.contains(&p.nome));
                Event {
                    slug: format!("{}-{}", organ.slug, sitting.anchor()),
                    titolo: format!("{}: seduta", organ.nome),
                    tipo: EventKind::Seduta,
                    descrizione: match sitting.ordine_del_giorno.as_slice() {
                        [] => "L'ordine del giorno è nella pagina dell'organo.".to_string(),
                        [only] => format!("All'ordine del giorno: {only}."),
                        [first, rest @ ..] => {
                            format!("{} punti all'ordine del giorno, il primo: {first}.", rest.len() + 1)
                        }
                    },
                    date: vec![EventDate {
                        data: sitting.data,
                        ora: Some(sitting.ora.clone()),
                        ora_fine: None,
                    }],
                    luogo: place.map(Place::reference),
                    indirizzo: place.is_none().then(|| sitting.luogo.clone()),
                    organizzatore: organ.nome.clone(),
                    argomenti: Vec::new(),
                    pagina: Some(format!("{}#{}", organ.path(), sitting.anchor())),
                }
            })
        })
        .collect()
}
