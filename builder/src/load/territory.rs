//! content/comuni.yaml and content/strade.yaml: the Comuni of the province
//! with their ISTAT codes, and the registry of the provincial roads. A road
//! names the Comuni it crosses as comuni.yaml spells them, and the office
//! that maintains it.

use super::Loader;
use crate::record::Record;
use provincia_sito::model::config::is_https_url;
use provincia_sito::model::slug;
use provincia_sito::model::territory::{is_road_code, road_order, road_slug, Comune, Km, Road};

pub const COMUNE_FIELDS: [&str; 3] = ["istat", "nome", "sito"];
pub const ROAD_FIELDS: [&str; 6] = ["codice", "nome", "lunghezza", "comuni", "zona", "ufficio"];

/// The Comuni, by name. Their ISTAT codes are six digits, unique, and all
/// of one province (the first three digits of the first).
pub fn load_comuni(loader: &mut Loader) -> Vec<Comune> {
    let mut comuni: Vec<Comune> = Vec::new();
    loader.each_listed("comuni.yaml", "comuni", |_, record| {
        let istat = record.text("istat");
        let nome = record.text("nome");
        let sito = record.opt_text("sito");
        record.finish(&COMUNE_FIELDS);
        if let Some(url) = &sito {
            if !is_https_url(url) {
                record.error("sito", "atteso un indirizzo che inizia con https://");
            }
        }
        let (Some(istat), Some(nome)) = (istat, nome) else {
            return;
        };
        if istat.len() != 6 || !istat.bytes().all(|b| b.is_ascii_digit()) {
            record.error("istat", format!("codice ISTAT «{istat}» non valido: attese sei cifre, come 011015"));
            return;
        }
        if let Some(first) = comuni.first() {
            if first.istat[..3] != istat[..3] {
                record.error(
                    "istat",
                    format!(
                        "il codice {istat} è di un'altra provincia: i Comuni di questo file hanno codici che iniziano con {}",
                        &first.istat[..3]
                    ),
                );
                return;
            }
        }
        if let Some(twin) = comuni.iter().find(|c| c.istat == istat || c.nome == nome) {
            record.error("istat", format!("Comune già elencato: {} ({})", twin.nome, twin.istat));
            return;
        }
        comuni.push(Comune {
            slug: slug::of_name(&nome),
            istat,
            nome,
            sito: sito.filter(|url| is_https_url(url)),
        });
    });
    comuni.sort_by(|a, b| a.nome.cmp(&b.nome));
    comuni
}

/// The roads, in the order of their codes.
pub fn load_roads(loader: &mut Loader, comuni: &[Comune]) -> Vec<Road> {
    let mut roads: Vec<Road> = Vec::new();
    loader.each_listed("strade.yaml", "strade", |loader, record| {
        if let Some(road) = load_road(loader, record, comuni) {
            if roads.iter().any(|r| r.codice == road.codice) {
                record.error("codice", format!("strada «{}» già elencata", road.codice));
            } else {
                roads.push(road);
            }
        }
    });
    roads.sort_by(road_order);
    roads
}

fn load_road(loader: &Loader, record: &Record, comuni: &[Comune]) -> Option<Road> {
    let codice = record.text("codice");
    let nome = record.text("nome");
    let lunghezza = record.text("lunghezza").and_then(|text| {
        Km::parse(&text)
            .map_err(|problem| record.error("lunghezza", problem))
            .ok()
    });
    let zona = record.text("zona");
    let ufficio = loader.required_office(record, "ufficio");
    let names = record.texts("comuni");
    let mut crossed = Vec::new();
    for (name, line) in &names {
        match comuni.iter().find(|c| &c.nome == name) {
            Some(comune) => crossed.push(comune.reference()),
            None => loader.report.add(
                record.file(),
                *line,
                &record.field("comuni"),
                format!("Comune sconosciuto «{name}»: i Comuni sono quelli di content/comuni.yaml, scritti allo stesso modo"),
            ),
        }
    }
    if names.is_empty() {
        record.error("comuni", "indica almeno un Comune attraversato dalla strada");
    }
    record.finish(&ROAD_FIELDS);
    if let Some(code) = &codice {
        if !is_road_code(code) {
            record.error(
                "codice",
                format!("«{code}» non è un codice di strada provinciale: scrivi SP, uno spazio e il numero, come SP 1 o SP 566 dir"),
            );
            return None;
        }
    }
    if lunghezza.is_some_and(|km| km.metres() == 0) {
        record.error("lunghezza", "una strada non è lunga 0 km");
        return None;
    }
    let codice = codice?;
    Some(Road {
        slug: road_slug(&codice),
        codice,
        nome: nome?,
        lunghezza: lunghezza?,
        comuni: (crossed.len() == names.len() && !names.is_empty()).then_some(crossed)?,
        zona: zona?,
        ufficio: ufficio?.reference(),
    })
}
