//! The lists inside a project file (funding, acts, tenders, milestones,
//! payments) and the checks they share. Each list is `None` when one of its
//! items is wrong: the problem is reported and the project is not published.

use crate::load::Loader;
use crate::record::Record;
use provincia_sito::model::pnrr::codes::is_valid_vat_number;
use provincia_sito::model::pnrr::{
    is_valid_cig, is_valid_tax_code, Act, ActKind, FundingSource, Milestone, MilestoneKind, OtherFunding, Payment,
    Source, Tender,
};
use provincia_sito::model::Date;

/// A value of a closed vocabulary, or an error listing the accepted keys.
pub fn keyed<T>(record: &Record, key: &str, from_key: fn(&str) -> Option<T>, keys: fn() -> String) -> Option<T> {
    let text = record.text(key)?;
    let value = from_key(&text);
    if value.is_none() {
        record.error(key, format!("valore «{text}» sconosciuto: ammessi {}", keys()));
    }
    value
}

pub fn tax_code(record: &Record, key: &str) -> Option<String> {
    let code = record.text(key)?;
    if !is_valid_tax_code(&code) {
        record.error(
            key,
            format!("codice fiscale «{code}» non valido: attese 11 cifre (con la cifra di controllo giusta) o i 16 caratteri di una persona"),
        );
        return None;
    }
    Some(code)
}

pub fn check_date_order(record: &Record, start: Option<Date>, end: Option<Date>, key: &str, message: &str) {
    if let (Some(start), Some(end)) = (start, end) {
        if end < start {
            record.error(key, message);
        }
    }
}

/// Something that has happened cannot be dated after the build.
pub fn check_not_future(record: &Record, key: &str, date: Option<Date>, today: Date) {
    if let Some(date) = date {
        if date > today {
            record.error(
                key,
                format!(
                    "la data {} è nel futuro: si indica solo ciò che è già avvenuto",
                    date.italian()
                ),
            );
        }
    }
}

/// `fonte: {fonte, verificato_il}`; items without one take the project's.
pub fn source(record: &Record, today: Date, fallback: Option<&Source>) -> Option<Source> {
    let Some(group) = record.record("fonte") else {
        if fallback.is_none() {
            record.error(
                "fonte",
                "campo obbligatorio mancante: da dove vengono i dati (atto, ReGiS, Italia Domani) e quando sono stati verificati",
            );
        }
        return fallback.cloned();
    };
    let fonte = group.text("fonte");
    let verificato_il = group.date("verificato_il");
    check_not_future(&group, "verificato_il", verificato_il, today);
    group.finish(&["fonte", "verificato_il"]);
    Some(Source {
        fonte: fonte?,
        verificato_il: verificato_il?,
    })
}

/// Collects a list whose items each may fail.
pub fn all_or_none<T>(items: Vec<Option<T>>) -> Option<Vec<T>> {
    items.into_iter().collect()
}

pub fn other_funding(record: &Record) -> Option<Vec<OtherFunding>> {
    let mut seen: Vec<FundingSource> = Vec::new();
    all_or_none(
        record
            .records("altri_finanziamenti")
            .iter()
            .map(|item| {
                let fonte = keyed(item, "fonte", FundingSource::from_key, FundingSource::keys);
                let importo = item.amount("importo");
                item.finish(&["fonte", "importo"]);
                if let Some(fonte) = fonte {
                    if seen.contains(&fonte) {
                        item.error(
                            "fonte",
                            format!("la fonte «{}» è già indicata: somma gli importi", fonte.key()),
                        );
                    }
                    seen.push(fonte);
                }
                Some(OtherFunding {
                    fonte: fonte?,
                    importo: importo?,
                })
            })
            .collect(),
    )
}

const ACT_FIELDS: [&str; 5] = ["tipologia", "numero", "data", "oggetto", "collegamento"];

pub fn acts(loader: &Loader, record: &Record, today: Date) -> Option<Vec<Act>> {
    all_or_none(
        record
            .records("atti")
            .iter()
            .map(|item| {
                let tipologia = keyed(item, "tipologia", ActKind::from_key, ActKind::keys);
                let (numero, data, oggetto) = (item.text("numero"), item.date("data"), item.text("oggetto"));
                check_not_future(item, "data", data, today);
                let collegamento = item.text("collegamento");
                if let Some(link) = &collegamento {
                    if link.starts_with('/') {
                        loader.check_public_file(item, "collegamento", link);
                    } else if !link.starts_with("https://") {
                        item.error(
                            "collegamento",
                            format!("collegamento «{link}» non valido: atteso un indirizzo https:// o un file del sito come /allegati/…"),
                        );
                    }
                }
                item.finish(&ACT_FIELDS);
                Some(Act {
                    tipologia: tipologia?,
                    numero: numero?,
                    data: data?,
                    oggetto: oggetto?,
                    collegamento: collegamento?,
                })
            })
            .collect(),
    )
}

const TENDER_FIELDS: [&str; 9] = [
    "cig",
    "oggetto_gara",
    "data_aggiudicazione",
    "importo_aggiudicazione",
    "denominazione_aggiudicatario",
    "codice_fiscale_aggiudicatario",
    "partita_iva_aggiudicatario",
    "titolare_effettivo",
    "fonte",
];

/// `elsewhere`: the tenders of the projects read before, by CUP. A tender
/// that serves several projects is written alike in each.
pub fn tenders(
    record: &Record,
    today: Date,
    fallback: Option<&Source>,
    elsewhere: &[(String, Tender)],
) -> Option<Vec<Tender>> {
    let mut seen: Vec<String> = Vec::new();
    all_or_none(
        record
            .records("gare")
            .iter()
            .map(|item| {
                let cig = item.text("cig");
                if let Some(cig) = &cig {
                    if !is_valid_cig(cig) {
                        item.error(
                            "cig",
                            format!("CIG «{cig}» non valido: attesi 10 caratteri, lettere maiuscole o cifre"),
                        );
                    } else if seen.contains(cig) {
                        item.error("cig", format!("CIG «{cig}» già indicato in questo progetto"));
                    }
                    seen.push(cig.clone());
                }
                let data = item.date("data_aggiudicazione");
                check_not_future(item, "data_aggiudicazione", data, today);
                let vat = item.opt_text("partita_iva_aggiudicatario");
                if let Some(vat) = &vat {
                    if !is_valid_vat_number(vat) {
                        item.error(
                            "partita_iva_aggiudicatario",
                            format!("partita IVA «{vat}» non valida: attese 11 cifre con la cifra di controllo giusta"),
                        );
                    }
                }
                let tender = (
                    item.text("oggetto_gara"),
                    item.amount("importo_aggiudicazione"),
                    item.text("denominazione_aggiudicatario"),
                    tax_code(item, "codice_fiscale_aggiudicatario"),
                    item.opt_text("titolare_effettivo"),
                    source(item, today, fallback),
                );
                item.finish(&TENDER_FIELDS);
                let tender = Tender {
                    cig: cig?,
                    oggetto_gara: tender.0?,
                    data_aggiudicazione: data?,
                    importo_aggiudicazione: tender.1?,
                    denominazione_aggiudicatario: tender.2?,
                    codice_fiscale_aggiudicatario: tender.3?,
                    partita_iva_aggiudicatario: vat,
                    titolare_effettivo: tender.4,
                    fonte: tender.5?,
                    altri_cup: Vec::new(),
                };
                for (cup, other) in elsewhere.iter().filter(|(_, t)| t.cig == tender.cig) {
                    let differs = [
                        ("oggetto_gara", other.oggetto_gara != tender.oggetto_gara),
                        ("data_aggiudicazione", other.data_aggiudicazione != tender.data_aggiudicazione),
                        ("importo_aggiudicazione", other.importo_aggiudicazione != tender.importo_aggiudicazione),
                        ("codice_fiscale_aggiudicatario", other.codice_fiscale_aggiudicatario != tender.codice_fiscale_aggiudicatario),
                    ];
                    for (field, _) in differs.iter().filter(|(_, d)| *d) {
                        item.error(
                            field,
                            format!("la gara con CIG {} è anche nel progetto {cup} con un valore diverso: una gara che serve più progetti va scritta uguale in ciascuno", tender.cig),
                        );
                    }
                }
                Some(tender)
            })
            .collect(),
    )
}

pub fn milestones(record: &Record, today: Date, fallback: Option<&Source>) -> Option<Vec<Milestone>> {
    all_or_none(
        record
            .records("traguardi")
            .iter()
            .map(|item| {
                let descrizione = item.text("descrizione");
                let tipo = keyed(item, "tipo", MilestoneKind::from_key, MilestoneKind::keys);
                let planned = item.date("data_prevista");
                let actual = item.opt_date("data_effettiva");
                check_not_future(item, "data_effettiva", actual, today);
                let fonte = source(item, today, fallback);
                item.finish(&["descrizione", "tipo", "data_prevista", "data_effettiva", "fonte"]);
                Some(Milestone {
                    descrizione: descrizione?,
                    tipo: tipo?,
                    data_prevista: planned?,
                    data_effettiva: actual,
                    fonte: fonte?,
                })
            })
            .collect(),
    )
}

pub fn payments(record: &Record, today: Date, fallback: Option<&Source>) -> Option<Vec<Payment>> {
    all_or_none(
        record
            .records("pagamenti")
            .iter()
            .map(|item| {
                let data = item.date("data");
                check_not_future(item, "data", data, today);
                let descrizione = item.text("descrizione");
                let importo = item.amount("importo");
                let fonte = source(item, today, fallback);
                item.finish(&["data", "descrizione", "importo", "fonte"]);
                Some(Payment {
                    data: data?,
                    descrizione: descrizione?,
                    importo: importo?,
                    fonte: fonte?,
                })
            })
            .collect(),
    )
}
