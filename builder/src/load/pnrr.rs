//! content/pnrr/misure.yaml and content/pnrr/progetti/{CUP}.yaml, with the
//! Italia Domani field names and the checks a journalist would make: codes in
//! their official format, amounts that add up.

use super::files::files_in;
use super::pages::markdown_field;
use super::{is_valid_slug, Loader};
use crate::record::Record;
use provincia_sito::model::pnrr::{is_valid_cig, is_valid_cup, Measure, Project, ProjectStatus, Source, Tender};
use provincia_sito::model::Amount;
use std::path::Path;

const MEASURE_FIELDS: [&str; 7] = [
    "slug",
    "codice",
    "missione",
    "componente",
    "titolo",
    "descrizione",
    "amministrazione_titolare",
];

const PROJECT_FIELDS: [&str; 19] = [
    "cup",
    "codice_locale_progetto",
    "titolo_progetto",
    "sintesi_progetto",
    "misura",
    "soggetto_attuatore",
    "codice_fiscale_soggetto_attuatore",
    "finanziamento_pnrr",
    "altri_finanziamenti",
    "finanziamento_totale",
    "data_inizio_prevista",
    "data_fine_prevista",
    "data_inizio_effettiva",
    "data_fine_effettiva",
    "stato",
    "gare",
    "argomenti",
    "fonte",
    "descrizione",
];

/// Codice fiscale of a company or body (11 digits) or of a person (16 characters).
pub fn is_valid_tax_code(code: &str) -> bool {
    (code.len() == 11 && code.bytes().all(|b| b.is_ascii_digit()))
        || (code.len() == 16 && code.bytes().all(|b| b.is_ascii_digit() || b.is_ascii_uppercase()))
}

pub fn load(loader: &mut Loader) -> (Vec<Measure>, Vec<Project>) {
    let measures = load_measures(loader);
    let mut projects = Vec::new();
    for path in files_in(&loader.content.join("pnrr").join("progetti"), "yaml") {
        projects.extend(load_project(loader, &measures, &path));
    }
    (measures, projects)
}

fn load_measures(loader: &Loader) -> Vec<Measure> {
    let path = loader.content.join("pnrr").join("misure.yaml");
    let Some((file, tree)) = loader.read_yaml(&path) else {
        return Vec::new();
    };
    let Some(root) = Record::new(loader.report, &file, &tree, 0, "") else {
        return Vec::new();
    };
    let mut measures: Vec<Measure> = Vec::new();
    for record in root.records("misure") {
        let fields: Vec<Option<String>> = MEASURE_FIELDS.iter().map(|key| record.text(key)).collect();
        record.finish(&MEASURE_FIELDS);
        let Some(values) = fields.into_iter().collect::<Option<Vec<String>>>() else {
            continue;
        };
        let [slug, codice, missione, componente, titolo, descrizione, amministrazione_titolare]: [String; 7] =
            values.try_into().expect("seven fields");
        if !is_valid_slug(&slug) || slug == "progetti" {
            record.error(
                "slug",
                format!("«{slug}» non valido: attese lettere minuscole, cifre e trattini (non «progetti»)"),
            );
        } else if measures.iter().any(|m| m.slug == slug) {
            record.error("slug", format!("misura «{slug}» già definita"));
        }
        measures.push(Measure {
            slug,
            codice,
            missione,
            componente,
            titolo,
            descrizione,
            amministrazione_titolare,
        });
    }
    root.finish(&["misure"]);
    measures
}

fn load_project(loader: &mut Loader, measures: &[Measure], path: &Path) -> Option<Project> {
    let (file, tree) = loader.read_yaml(path)?;
    let report = loader.report;
    let record = Record::new(report, &file, &tree, 0, "")?;
    let stem = path.file_stem()?.to_string_lossy().to_string();
    let cup = record.text("cup");
    if let Some(cup) = &cup {
        if !is_valid_cup(cup) {
            record.error(
                "cup",
                format!("CUP «{cup}» non valido: attesi 15 caratteri come J41C22000390006"),
            );
        } else if *cup != stem {
            record.error(
                "cup",
                format!("il file si chiama «{stem}.yaml» ma il CUP è «{cup}»: il nome del file deve essere il CUP"),
            );
        }
    }
    let misura = record.text("misura");
    if let Some(slug) = &misura {
        if !measures.iter().any(|m| &m.slug == slug) {
            record.error(
                "misura",
                format!("misura «{slug}» sconosciuta: le misure sono in content/pnrr/misure.yaml"),
            );
        }
    }
    let tax_code = record.text("codice_fiscale_soggetto_attuatore");
    if let Some(code) = &tax_code {
        if !is_valid_tax_code(code) {
            record.error(
                "codice_fiscale_soggetto_attuatore",
                format!("codice fiscale «{code}» non valido: attese 11 cifre o 16 caratteri"),
            );
        }
    }
    let pnrr = record.amount("finanziamento_pnrr");
    let other = record.amount("altri_finanziamenti");
    let total = record.amount("finanziamento_totale");
    if let (Some(pnrr), Some(other), Some(total)) = (pnrr, other, total) {
        if pnrr > total {
            record.error(
                "finanziamento_pnrr",
                format!(
                    "la quota PNRR ({}) supera il finanziamento totale ({})",
                    pnrr.italian(),
                    total.italian()
                ),
            );
        } else if Amount::sum([pnrr, other]) != total {
            record.error(
                "finanziamento_totale",
                format!(
                    "atteso {} (finanziamento PNRR + altri finanziamenti), trovato {}",
                    Amount::sum([pnrr, other]).italian(),
                    total.italian()
                ),
            );
        }
    }
    let start = record.date("data_inizio_prevista");
    let end = record.date("data_fine_prevista");
    if let (Some(start), Some(end)) = (start, end) {
        if end < start {
            record.error("data_fine_prevista", "la fine prevista precede l'inizio previsto");
        }
    }
    let stato = record.text("stato").and_then(|key| {
        let status = ProjectStatus::ALL.into_iter().find(|s| s.key() == key);
        if status.is_none() {
            let allowed: Vec<&str> = ProjectStatus::ALL.iter().map(|s| s.key()).collect();
            record.error(
                "stato",
                format!("stato «{key}» sconosciuto: attesi {}", allowed.join(", ")),
            );
        }
        status
    });
    let gare: Vec<Option<Tender>> = record.records("gare").iter().map(load_tender).collect();
    if let (Some(total), true) = (total, gare.iter().all(Option::is_some)) {
        let awarded = Amount::sum(gare.iter().flatten().map(|g| g.importo_aggiudicazione));
        if awarded > total {
            record.error(
                "gare",
                format!(
                    "le gare aggiudicate ({}) superano il finanziamento totale ({})",
                    awarded.italian(),
                    total.italian()
                ),
            );
        }
    }
    let fonte = record.record("fonte").and_then(|source| {
        let (fonte, verificato_il) = (source.text("fonte"), source.date("verificato_il"));
        source.finish(&["fonte", "verificato_il"]);
        Some(Source {
            fonte: fonte?,
            verificato_il: verificato_il?,
        })
    });
    if fonte.is_none() && record.record("fonte").is_none() {
        record.error("fonte", "campo obbligatorio mancante: da dove vengono i dati (atto, ReGiS, Italia Domani) e quando sono stati verificati");
    }
    let argomenti = loader.topic_refs(&record, "argomenti");
    let descrizione_html = markdown_field(loader, &record, "descrizione");
    let codice_locale = record.text("codice_locale_progetto");
    let titolo = record.text("titolo_progetto");
    let sintesi = record.text("sintesi_progetto");
    let attuatore = record.text("soggetto_attuatore");
    let data_inizio_effettiva = record.opt_date("data_inizio_effettiva");
    let data_fine_effettiva = record.opt_date("data_fine_effettiva");
    record.finish(&PROJECT_FIELDS);
    Some(Project {
        cup: cup?,
        codice_locale_progetto: codice_locale?,
        titolo_progetto: titolo?,
        sintesi_progetto: sintesi?,
        misura: misura?,
        soggetto_attuatore: attuatore?,
        codice_fiscale_soggetto_attuatore: tax_code?,
        finanziamento_pnrr: pnrr?,
        altri_finanziamenti: other?,
        finanziamento_totale: total?,
        data_inizio_prevista: start?,
        data_fine_prevista: end?,
        data_inizio_effettiva,
        data_fine_effettiva,
        stato: stato?,
        gare: gare.into_iter().collect::<Option<Vec<_>>>()?,
        argomenti,
        fonte: fonte?,
        descrizione_html,
    })
}

fn load_tender(record: &Record) -> Option<Tender> {
    let cig = record.text("cig");
    if let Some(cig) = &cig {
        if !is_valid_cig(cig) {
            record.error(
                "cig",
                format!("CIG «{cig}» non valido: attesi 10 caratteri, lettere maiuscole o cifre"),
            );
        }
    }
    let tender = (
        record.text("oggetto_gara"),
        record.amount("importo_aggiudicazione"),
        record.text("denominazione_aggiudicatario"),
        record.text("codice_fiscale_aggiudicatario"),
    );
    if let Some(code) = &tender.3 {
        if !is_valid_tax_code(code) {
            record.error(
                "codice_fiscale_aggiudicatario",
                format!("codice fiscale «{code}» non valido: attese 11 cifre o 16 caratteri"),
            );
        }
    }
    record.finish(&[
        "cig",
        "oggetto_gara",
        "importo_aggiudicazione",
        "denominazione_aggiudicatario",
        "codice_fiscale_aggiudicatario",
    ]);
    Some(Tender {
        cig: cig?,
        oggetto_gara: tender.0?,
        importo_aggiudicazione: tender.1?,
        denominazione_aggiudicatario: tender.2?,
        codice_fiscale_aggiudicatario: tender.3?,
    })
}
