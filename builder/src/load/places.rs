//! content/luoghi/{slug}.yaml: one file per place where the ente receives
//! the public or works. A school building (`tipo: scuola`) has its `scuola`
//! block: the institutes by their registry code (each once across the
//! buildings), the students, the energy class, the works and the CUPs of
//! the PNRR projects on it, which must be projects of the site. The build
//! refuses an unknown Comune or office, a postcode that is not one, and a
//! place outside the province.

use super::files::files_in;
use super::geodata::{place, Area};
use super::Loader;
use crate::record::Record;
use provincia_sito::model::content::{LinkedPage, OfficeUnit};
use provincia_sito::model::pnrr::Project;
use provincia_sito::model::territory::schools::{is_institute_code, EnergyClass, Institute, SchoolBuilding};
use provincia_sito::model::territory::{Comune, Place, PlaceKind};
use std::collections::HashMap;
use std::path::Path;

/// Fields of a place, the CMS's too (cms/config.yml).
pub const FIELDS: [&str; 13] = [
    "nome",
    "tipo",
    "descrizione",
    "indirizzo",
    "cap",
    "comune",
    "punto",
    "orari",
    "accessibilita",
    "come_arrivare",
    "telefono",
    "uffici",
    "scuola",
];
const SCHOOL_FIELDS: [&str; 5] = ["istituti", "studenti", "classe_energetica", "lavori", "cup"];

/// What places need from the rest of the content.
pub struct Known<'a> {
    pub comuni: &'a [Comune],
    pub offices: &'a [OfficeUnit],
    pub projects: &'a [Project],
    pub area: Area,
}

/// Every place, by kind then name.
pub fn load(loader: &mut Loader, known: &Known) -> Vec<Place> {
    let mut places = Vec::new();
    // Registry code → the file that has it.
    let mut codes: HashMap<String, String> = HashMap::new();
    for path in files_in(&loader.content.join("luoghi"), "yaml") {
        if let Some(found) = load_one(loader, &path, known, &mut codes) {
            places.push(found);
        }
    }
    places.sort_by(|a: &Place, b: &Place| (a.tipo, &a.nome).cmp(&(b.tipo, &b.nome)));
    places
}

fn load_one(loader: &Loader, path: &Path, known: &Known, codes: &mut HashMap<String, String>) -> Option<Place> {
    let (file, tree, slug, valid) = loader.read_named_yaml(path)?;
    let record = Record::new(loader.report, &file, &tree, 0, "")?;
    let nome = record.text("nome");
    let tipo = record.vocabulary("tipo", PlaceKind::from_key, PlaceKind::keys);
    let descrizione = record.text("descrizione");
    let indirizzo = record.text("indirizzo");
    let cap = record.text("cap").filter(|cap| {
        let ok = cap.len() == 5 && cap.bytes().all(|b| b.is_ascii_digit());
        if !ok {
            record.error(
                "cap",
                format!("«{cap}» non è un codice postale: cinque cifre, come 19124"),
            );
        }
        ok
    });
    let comune = record.text("comune").and_then(|name| {
        let found = known.comuni.iter().find(|c| c.nome == name);
        if found.is_none() {
            record.error(
                "comune",
                format!("Comune sconosciuto «{name}»: i Comuni sono quelli di content/comuni.yaml, scritti allo stesso modo"),
            );
        }
        found.map(Comune::reference)
    });
    let punto = record
        .text("punto")
        .and_then(|text| place(&record, "punto", &text, known.area));
    let orari: Vec<String> = record.texts("orari").into_iter().map(|(line, _)| line).collect();
    let accessibilita = record.text("accessibilita");
    let come_arrivare = record.opt_text("come_arrivare");
    let telefono = record.opt_text("telefono");
    let mut uffici = Vec::new();
    for (slug, line) in record.texts("uffici") {
        match known.offices.iter().find(|u| u.slug() == slug) {
            Some(unit) => uffici.push(unit.ufficio.reference()),
            None => loader.report.add(
                record.file(),
                line,
                &record.field("uffici"),
                format!("ufficio sconosciuto «{slug}»: gli uffici ammessi sono in content/uffici.yaml"),
            ),
        }
    }
    let scuola = record
        .record("scuola")
        .and_then(|block| school(loader, &block, known, codes));
    record.finish(&FIELDS);
    if orari.is_empty() {
        record.error(
            "orari",
            "indica gli orari di apertura, una riga per giorno o gruppo di giorni",
        );
    }
    match (tipo, record.has("scuola")) {
        (Some(PlaceKind::Scuola), false) => {
            record.error(
                "scuola",
                "un edificio scolastico indica gli istituti, gli studenti e i lavori (campo scuola)",
            );
        }
        (Some(kind), true) if kind != PlaceKind::Scuola => {
            record.error("scuola", "solo per i luoghi di tipo scuola");
        }
        _ => {}
    }
    if !valid {
        return None;
    }
    Some(Place {
        slug,
        nome: nome?,
        tipo: tipo?,
        descrizione: descrizione?,
        indirizzo: indirizzo?,
        cap: cap?,
        comune: comune?,
        punto: punto?,
        orari,
        accessibilita: accessibilita?,
        come_arrivare,
        telefono,
        uffici,
        scuola: if tipo == Some(PlaceKind::Scuola) {
            Some(scuola?)
        } else {
            None
        },
    })
}

fn school(
    loader: &Loader,
    record: &Record,
    known: &Known,
    codes: &mut HashMap<String, String>,
) -> Option<SchoolBuilding> {
    let mut istituti = Vec::new();
    for institute in record.records("istituti") {
        let (Some(nome), Some(codice)) = (institute.text("nome"), institute.text("codice")) else {
            institute.finish(&["nome", "codice"]);
            continue;
        };
        institute.finish(&["nome", "codice"]);
        if !is_institute_code(&codice) {
            institute.error(
                "codice",
                format!("«{codice}» non è un codice meccanografico: dieci caratteri maiuscoli, come SPIS00100C"),
            );
            continue;
        }
        if let Some(first) = codes.get(&codice) {
            institute.error("codice", format!("l'istituto {codice} è già in {first}"));
            continue;
        }
        codes.insert(codice.clone(), record.file().to_string());
        istituti.push(Institute { nome, codice });
    }
    if istituti.is_empty() && !record.has("istituti") {
        record.error(
            "istituti",
            "indica almeno un istituto, con il nome e il codice meccanografico",
        );
    }
    let studenti = loader.number(record, "studenti").and_then(|n| {
        let ok = (0..=5000).contains(&n);
        if !ok {
            record.error("studenti", format!("{n} studenti in un edificio non sono verosimili"));
        }
        ok.then_some(n as u32)
    });
    let classe_energetica = record
        .opt_text("classe_energetica")
        .and_then(|_| record.vocabulary("classe_energetica", EnergyClass::from_key, EnergyClass::keys));
    let lavori = record.texts("lavori").into_iter().map(|(line, _)| line).collect();
    let mut progetti_pnrr = Vec::new();
    for (cup, line) in record.texts("cup") {
        match known.projects.iter().find(|p| p.cup == cup) {
            Some(project) => progetti_pnrr.push(LinkedPage {
                titolo: project.titolo_progetto.clone(),
                percorso: project.path(),
            }),
            None => loader.report.add(
                record.file(),
                line,
                &record.field("cup"),
                format!("CUP {cup} sconosciuto: i progetti sono quelli di content/pnrr/progetti"),
            ),
        }
    }
    record.finish(&SCHOOL_FIELDS);
    Some(SchoolBuilding {
        istituti,
        studenti: studenti?,
        classe_energetica,
        lavori,
        progetti_pnrr,
    })
}

/// Each office's seat and each project's buildings, from the places that
/// name them: the links back.
pub fn link_back(places: &[Place], offices: &mut [OfficeUnit], projects: &mut [Project]) {
    for place in places {
        let link = LinkedPage {
            titolo: place.nome.clone(),
            percorso: place.path(),
        };
        for office in &place.uffici {
            if let Some(unit) = offices.iter_mut().find(|u| u.ufficio.slug == office.slug) {
                unit.sedi.push(link.clone());
            }
        }
        for project in place.scuola.iter().flat_map(|s| &s.progetti_pnrr) {
            if let Some(found) = projects.iter_mut().find(|p| p.path() == project.percorso) {
                found.edifici.push(link.clone());
            }
        }
    }
}
