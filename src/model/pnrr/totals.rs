//! The sums a journalist checks first: assigned, committed (awarded
//! tenders), received, overall and by mission.

use super::{Measure, ProjectSummary};
use crate::model::money::Amount;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Totals {
    pub projects: usize,
    pub pnrr: Amount,
    pub total: Amount,
    pub awarded: Amount,
    pub received: Amount,
}

impl Totals {
    pub fn of<'a>(projects: impl IntoIterator<Item = &'a ProjectSummary>) -> Totals {
        let mut cents = [0i64; 4];
        let mut count = 0;
        for p in projects {
            count += 1;
            cents[0] += p.finanziamento_pnrr.cents();
            cents[1] += p.finanziamento_totale.cents();
            cents[2] += p.aggiudicato.cents();
            cents[3] += p.erogato.cents();
        }
        Totals {
            projects: count,
            pnrr: Amount::from_cents(cents[0]),
            total: Amount::from_cents(cents[1]),
            awarded: Amount::from_cents(cents[2]),
            received: Amount::from_cents(cents[3]),
        }
    }
}

/// Share of `part` in `whole` as "40,1%" (one decimal, rounded down so a
/// share never reads as complete before it is).
pub fn percent(part: Amount, whole: Amount) -> String {
    if whole.cents() <= 0 {
        return "0%".to_string();
    }
    let tenths = (i128::from(part.cents()) * 1000 / i128::from(whole.cents())) as i64;
    if tenths % 10 == 0 {
        format!("{}%", tenths / 10)
    } else {
        format!("{},{}%", tenths / 10, tenths % 10)
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MissionTotals {
    /// "M1".
    pub code: String,
    /// "M1 – Digitalizzazione, innovazione, competitività, cultura e turismo".
    pub name: String,
    pub totals: Totals,
}

/// One row per mission that has projects, in mission order.
pub fn by_mission(measures: &[Measure], projects: &[ProjectSummary]) -> Vec<MissionTotals> {
    let mut missions: Vec<MissionTotals> = Vec::new();
    for measure in measures {
        let code = measure.mission_code();
        if missions.iter().any(|m| m.code == code) {
            continue;
        }
        let totals = Totals::of(projects.iter().filter(|p| p.mission_code() == code));
        if totals.projects > 0 {
            missions.push(MissionTotals {
                code,
                name: measure.missione.clone(),
                totals,
            });
        }
    }
    missions.sort_by_key(|m| m.code[1..].parse::<u32>().unwrap_or(u32::MAX));
    missions
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::pnrr::ProjectStatus;

    fn measure(code: &str, mission: &str) -> Measure {
        Measure {
            slug: code.to_lowercase(),
            codice: code.into(),
            missione: mission.into(),
            componente: String::new(),
            titolo: code.into(),
            descrizione: String::new(),
            amministrazione_titolare: String::new(),
        }
    }

    fn project(code: &str, pnrr: i64, total: i64, awarded: i64, received: i64) -> ProjectSummary {
        ProjectSummary {
            cup: "J41C22000390006".into(),
            titolo_progetto: "Progetto".into(),
            misura: code.to_lowercase(),
            codice_misura: code.into(),
            soggetto_attuatore: "Provincia della Spezia".into(),
            anno_inizio: 2023,
            finanziamento_pnrr: Amount::from_cents(pnrr),
            finanziamento_totale: Amount::from_cents(total),
            aggiudicato: Amount::from_cents(awarded),
            erogato: Amount::from_cents(received),
            stato: ProjectStatus::InCorso,
            cig: Vec::new(),
        }
    }

    #[test]
    fn totals_add_every_column_exactly_in_cents() {
        let projects = [
            project("M1C1I1.2", 93_171_200, 93_171_200, 80_000_000, 9_317_120),
            project("M4C1I3.3", 1, 2, 3, 4),
        ];
        let totals = Totals::of(&projects);
        assert_eq!(totals.projects, 2);
        assert_eq!(totals.pnrr.italian(), "931.712,01 €");
        assert_eq!(totals.total.italian(), "931.712,02 €");
        assert_eq!(totals.awarded.italian(), "800.000,03 €");
        assert_eq!(totals.received.italian(), "93.171,24 €");
        assert_eq!(Totals::of(&[]), Totals::default());
    }

    #[test]
    fn missions_group_their_measures_and_skip_empty_ones() {
        let measures = [
            measure("M4C1I3.3", "M4 – Istruzione e ricerca"),
            measure("M1C1I1.2", "M1 – Digitalizzazione"),
            measure("M1C1I1.4.1", "M1 – Digitalizzazione"),
            measure("M2C3I1.1", "M2 – Rivoluzione verde"),
        ];
        let projects = [
            project("M1C1I1.2", 100, 100, 0, 0),
            project("M1C1I1.4.1", 50, 60, 0, 0),
            project("M4C1I3.3", 10, 10, 0, 0),
        ];
        let rows = by_mission(&measures, &projects);
        let codes: Vec<&str> = rows.iter().map(|r| r.code.as_str()).collect();
        assert_eq!(codes, ["M1", "M4"]);
        assert_eq!(rows[0].totals.projects, 2);
        assert_eq!(rows[0].totals.total, Amount::from_cents(160));
        assert_eq!(rows[1].name, "M4 – Istruzione e ricerca");
    }

    #[test]
    fn percentages_round_down_to_one_decimal() {
        let whole = Amount::from_cents(93_171_200);
        assert_eq!(percent(Amount::from_cents(9_317_120), whole), "10%");
        assert_eq!(percent(Amount::from_cents(37_268_480), whole), "40%");
        assert_eq!(percent(Amount::from_cents(93_171_199), whole), "99,9%");
        assert_eq!(percent(Amount::from_cents(5), Amount::default()), "0%");
    }
}
