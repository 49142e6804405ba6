//! The closing-phase tables of the PNRR open data, with Italia Domani's
//! column names: Localizzazioni (joined to theirs by CUP and ISTAT code),
//! Indicatori target and Iter di progetto.

use crate::load::Site;
use crate::open_data::{date, Table};
use provincia_sito::model::pnrr::open_data::Dataset;
use provincia_sito::model::pnrr::Project;

pub fn table(site: &Site, dataset: Dataset, projects: &[&Project]) -> Table {
    match dataset {
        Dataset::Locations => {
            let mut table = Table::new(&[
                "CUP",
                "Codice Locale Progetto",
                "Codice Comune",
                "Descrizione Comune",
                "Indirizzo",
                "Latitudine",
                "Longitudine",
            ]);
            for p in projects {
                for l in &p.localizzazioni {
                    let [lon, lat] = l
                        .punto
                        .map(|[lon, lat]| [lon.to_string(), lat.to_string()])
                        .unwrap_or_default();
                    table.rows.push(vec![
                        p.cup.clone(),
                        p.codice_locale_progetto.clone(),
                        l.codice_istat_comune.clone(),
                        l.comune.clone(),
                        l.indirizzo.clone().unwrap_or_default(),
                        lat,
                        lon,
                    ]);
                }
            }
            table
        }
        Dataset::Indicators => {
            let mut table = Table::new(&[
                "CUP",
                "Codice Locale Progetto",
                "Codice Univoco Misura",
                "Descrizione Indicatore",
                "Unità di Misura",
                "Valore Programmato",
                "Valore Realizzato",
                "Data Rilevazione",
            ]);
            for p in projects {
                let measure = site
                    .measures
                    .iter()
                    .find(|m| m.slug == p.misura)
                    .map(|m| m.codice.clone())
                    .unwrap_or_default();
                for i in &p.indicatori {
                    table.rows.push(vec![
                        p.cup.clone(),
                        p.codice_locale_progetto.clone(),
                        measure.clone(),
                        i.descrizione.clone(),
                        i.unita_misura.clone(),
                        i.valore_programmato.plain().to_string(),
                        i.valore_realizzato
                            .as_ref()
                            .map(|v| v.plain().to_string())
                            .unwrap_or_default(),
                        date(i.data_rilevazione),
                    ]);
                }
            }
            table
        }
        Dataset::Phases => {
            let mut table = Table::new(&[
                "CUP",
                "Codice Locale Progetto",
                "Fase",
                "Descrizione Fase",
                "Data Inizio Prevista",
                "Data Fine Prevista",
                "Data Inizio Effettiva",
                "Data Fine Effettiva",
            ]);
            for p in projects {
                for f in &p.iter {
                    table.rows.push(vec![
                        p.cup.clone(),
                        p.codice_locale_progetto.clone(),
                        f.fase.key().to_string(),
                        f.fase.label().to_string(),
                        f.data_inizio_prevista.iso(),
                        f.data_fine_prevista.iso(),
                        date(f.data_inizio_effettiva),
                        date(f.data_fine_effettiva),
                    ]);
                }
            }
            table
        }
        other => unreachable!("{other:?} is not a closing-phase table"),
    }
}
