//! The closing-phase fields of a project file: `localizzazioni` (Comuni of
//! the configured province by ISTAT code), `indicatori`, `iter`, and the
//! final status (`collaudo`, `data_rendicontazione`,
//! `data_estrazione_regis`) with the checks a journalist would make.

use super::parts::{all_or_none, check_not_future};
use crate::load::attachments::one_attachment;
use crate::load::geodata::{place, Area};
use crate::load::Loader;
use crate::record::Record;
use provincia_sito::model::pnrr::closing::{Acceptance, Indicator, Location, Phase, PhaseKind, Quantity};
use provincia_sito::model::pnrr::ProjectStatus;
use provincia_sito::model::territory::Comune;
use provincia_sito::model::Date;

pub fn locations(record: &Record, comuni: &[Comune], area: Area) -> Option<Vec<Location>> {
    let mut seen: Vec<String> = Vec::new();
    all_or_none(
        record
            .records("localizzazioni")
            .iter()
            .map(|item| {
                let istat = item.text("istat");
                let indirizzo = item.opt_text("indirizzo");
                let punto = item.opt_text("punto").and_then(|text| place(item, "punto", &text, area));
                item.finish(&["istat", "indirizzo", "punto"]);
                let istat = istat?;
                let Some(comune) = comuni.iter().find(|c| c.istat == istat) else {
                    item.error(
                        "istat",
                        format!("«{istat}» non è il codice ISTAT di un Comune della provincia: i Comuni e i loro codici (fonte ISTAT) sono in content/comuni.yaml"),
                    );
                    return None;
                };
                if seen.contains(&istat) && indirizzo.is_none() {
                    item.error("istat", format!("il Comune {} è già indicato: aggiungi l'indirizzo per distinguere i luoghi", comune.nome));
                }
                seen.push(istat.clone());
                Some(Location {
                    codice_istat_comune: istat,
                    comune: comune.nome.clone(),
                    slug_comune: comune.slug.clone(),
                    indirizzo,
                    punto,
                })
            })
            .collect(),
    )
}

fn quantity(record: &Record, key: &str, required: bool) -> Option<Quantity> {
    let text = if required {
        record.text(key)
    } else {
        record.opt_text(key)
    }?;
    let parsed = Quantity::parse(&text);
    if parsed.is_none() {
        record.error(
            key,
            format!("«{text}» non è un numero: scrivi cifre con il punto per i decimali, come 4200 o 12.5"),
        );
    }
    parsed
}

pub fn indicators(record: &Record, today: Date) -> Option<Vec<Indicator>> {
    all_or_none(
        record
            .records("indicatori")
            .iter()
            .map(|item| {
                let descrizione = item.text("descrizione");
                let unita = item.text("unita_misura");
                let planned = quantity(item, "valore_programmato", true);
                let achieved = quantity(item, "valore_realizzato", false);
                let measured = item.opt_date("data_rilevazione");
                check_not_future(item, "data_rilevazione", measured, today);
                match (item.has("valore_realizzato"), item.has("data_rilevazione")) {
                    (true, false) => item.error(
                        "data_rilevazione",
                        "il valore realizzato non ha la data in cui è stato rilevato: aggiungi data_rilevazione",
                    ),
                    (false, true) => item.error(
                        "valore_realizzato",
                        "c'è la data di rilevazione ma non il valore realizzato",
                    ),
                    _ => {}
                }
                item.finish(&[
                    "descrizione",
                    "unita_misura",
                    "valore_programmato",
                    "valore_realizzato",
                    "data_rilevazione",
                ]);
                Some(Indicator {
                    descrizione: descrizione?,
                    unita_misura: unita?,
                    valore_programmato: planned?,
                    valore_realizzato: achieved,
                    data_rilevazione: measured,
                })
            })
            .collect(),
    )
}

pub fn phases(record: &Record, today: Date) -> Option<Vec<Phase>> {
    let items = record.records("iter");
    let mut previous: Option<(PhaseKind, Date)> = None;
    all_or_none(
        items
            .iter()
            .map(|item| {
                let fase = item.vocabulary("fase", PhaseKind::from_key, PhaseKind::keys);
                let start = item.date("data_inizio_prevista");
                let end = item.date("data_fine_prevista");
                let actual_start = item.opt_date("data_inizio_effettiva");
                let actual_end = item.opt_date("data_fine_effettiva");
                check_not_future(item, "data_inizio_effettiva", actual_start, today);
                check_not_future(item, "data_fine_effettiva", actual_end, today);
                item.finish(&[
                    "fase",
                    "data_inizio_prevista",
                    "data_fine_prevista",
                    "data_inizio_effettiva",
                    "data_fine_effettiva",
                ]);
                if let (Some(start), Some(end)) = (start, end) {
                    if end < start {
                        item.error(
                            "data_fine_prevista",
                            "la fine prevista della fase precede il suo inizio",
                        );
                    }
                }
                if let (Some(start), Some(end)) = (actual_start, actual_end) {
                    if end < start {
                        item.error(
                            "data_fine_effettiva",
                            "la fine effettiva della fase precede il suo inizio",
                        );
                    }
                }
                if actual_end.is_some() && actual_start.is_none() {
                    item.error("data_inizio_effettiva", "la fase ha una fine effettiva ma non l'inizio");
                }
                if let (Some(kind), Some(start)) = (fase, start) {
                    if let Some((before, before_start)) = previous {
                        if kind <= before {
                            item.error(
                                "fase",
                                format!(
                                    "fase fuori ordine: «{}» viene dopo «{}»; l'ordine è {}",
                                    kind.key(),
                                    before.key(),
                                    PhaseKind::keys()
                                ),
                            );
                        } else if start < before_start {
                            item.error(
                                "data_inizio_prevista",
                                format!(
                                    "la fase «{}» inizia prima della fase «{}» che la precede",
                                    kind.key(),
                                    before.key()
                                ),
                            );
                        }
                    }
                    previous = Some((kind, start));
                }
                Some(Phase {
                    fase: fase?,
                    data_inizio_prevista: start?,
                    data_fine_prevista: end?,
                    data_inizio_effettiva: actual_start,
                    data_fine_effettiva: actual_end,
                })
            })
            .collect(),
    )
}

/// The final status: what `collaudato` and `rendicontato` require, and
/// that the steps come in their order (concluded, accepted, reported).
pub struct FinalStatus {
    pub collaudo: Option<Acceptance>,
    pub data_rendicontazione: Option<Date>,
    pub data_estrazione_regis: Option<Date>,
}

pub fn final_status(
    loader: &Loader,
    record: &Record,
    status: Option<ProjectStatus>,
    ended: Option<Date>,
    today: Date,
) -> Option<FinalStatus> {
    let accepted = status.is_some_and(ProjectStatus::is_accepted);
    // Every field is read (and checked) before the outcome is decided.
    let mut broken = false;
    let collaudo = match record.record("collaudo") {
        Some(group) => {
            let data = group.date("data");
            check_not_future(&group, "data", data, today);
            let certificato = one_attachment(loader, &group, "certificato");
            group.finish(&["data", "certificato"]);
            if !accepted {
                record.error(
                    "collaudo",
                    "c'è il collaudo ma lo stato non è «collaudato» né «rendicontato»",
                );
            }
            if let (Some(data), Some(ended)) = (data, ended) {
                if data < ended {
                    group.error("data", "il collaudo precede la fine effettiva dei lavori");
                }
            }
            match (data, certificato) {
                (Some(data), Some(certificato)) => Some(Acceptance { data, certificato }),
                _ => {
                    broken = true;
                    None
                }
            }
        }
        None => {
            if accepted {
                record.error(
                    "stato",
                    "un progetto collaudato o rendicontato deve indicare il collaudo: collaudo: {data, certificato: {titolo, file}}, con il certificato di collaudo o di regolare esecuzione",
                );
                broken = true;
            }
            None
        }
    };
    let reported = record.opt_date("data_rendicontazione");
    check_not_future(record, "data_rendicontazione", reported, today);
    match (status, reported) {
        (Some(ProjectStatus::Rendicontato), None) => record.error(
            "data_rendicontazione",
            "un progetto rendicontato deve indicare il giorno in cui la rendicontazione finale è stata inserita in ReGiS",
        ),
        (Some(s), Some(_)) if s != ProjectStatus::Rendicontato => record.error(
            "data_rendicontazione",
            "c'è la data di rendicontazione ma lo stato non è «rendicontato»",
        ),
        _ => {}
    }
    if let Some(reported) = reported {
        if ended.is_some_and(|ended| reported < ended) {
            record.error(
                "data_rendicontazione",
                "la rendicontazione precede la conclusione del progetto (data_fine_effettiva)",
            );
        } else if collaudo.as_ref().is_some_and(|c| reported < c.data) {
            record.error("data_rendicontazione", "la rendicontazione precede il collaudo");
        }
    }
    let extracted = record.opt_date("data_estrazione_regis");
    check_not_future(record, "data_estrazione_regis", extracted, today);
    if broken {
        return None;
    }
    Some(FinalStatus {
        collaudo,
        data_rendicontazione: reported,
        data_estrazione_regis: extracted,
    })
}
