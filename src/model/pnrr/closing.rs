//! The closing phase of the plan (late 2026): where each project is (the
//! Italia Domani "Localizzazioni"), what it achieved against its target
//! ("Indicatori target"), its procedural steps ("Iter di progetto"), its
//! final status, and what is still open against the plan's closing dates.

use super::{Milestone, Project, ProjectStatus};
use crate::model::content::Attachment;
use crate::model::date::Date;
use crate::model::money::Amount;
use crate::model::territory::geo::LonLat;
use serde::{Deserialize, Serialize};

/// The plan's closing dates (Reg. UE 2021/241 art. 18 and 20 as amended;
/// Circolare RGS n. 22 of 19 September 2025).
pub struct PlanDate {
    pub date: &'static str,
    pub what: &'static str,
}

pub const PLAN_DATES: [PlanDate; 4] = [
    PlanDate {
        date: "2026-08-31",
        what: "ultimo giorno per raggiungere traguardi e obiettivi",
    },
    PlanDate {
        date: "2026-09-30",
        what: "ultimo giorno per le richieste di pagamento finali",
    },
    PlanDate {
        date: "2026-12-31",
        what: "ultimo giorno per i pagamenti",
    },
    PlanDate {
        date: "2031-12-31",
        what: "fine del periodo in cui possono arrivare controlli e audit (cinque anni)",
    },
];

/// The day by which every milestone and target had to be reached.
pub fn milestones_deadline() -> Date {
    Date::parse(PLAN_DATES[0].date).expect("a valid date")
}

/// A place of the project, as Italia Domani's "Localizzazioni": the Comune
/// by ISTAT code (one of the configured province's, from content/comuni.yaml),
/// and optionally the address and the point.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Location {
    pub codice_istat_comune: String,
    pub comune: String,
    /// The Comune's page on this site.
    pub slug_comune: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub indirizzo: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub punto: Option<LonLat>,
}

impl Location {
    pub fn comune_path(&self) -> String {
        format!("{}/{}", crate::model::territory::COMUNI_PATH, self.slug_comune)
    }
}

/// A project where it is, for the pages of its Comuni.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LocatedProject {
    pub cup: String,
    pub titolo_progetto: String,
    pub stato: ProjectStatus,
    pub finanziamento_pnrr: Amount,
    /// ISTAT codes of its Comuni.
    pub comuni: Vec<String>,
}

impl LocatedProject {
    pub fn of(project: &Project) -> LocatedProject {
        let mut comuni: Vec<String> = project
            .localizzazioni
            .iter()
            .map(|l| l.codice_istat_comune.clone())
            .collect();
        comuni.dedup();
        LocatedProject {
            cup: project.cup.clone(),
            titolo_progetto: project.titolo_progetto.clone(),
            stato: project.stato,
            finanziamento_pnrr: project.finanziamento_pnrr,
            comuni,
        }
    }

    pub fn path(&self) -> String {
        crate::model::paths::pnrr_project(&self.cup)
    }
}

/// A decimal quantity as written in the content (`4200`, `12.5`): kept as
/// text so the open data carry it exactly.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Quantity(String);

impl Quantity {
    pub fn parse(text: &str) -> Option<Quantity> {
        let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        let fine = match text.split_once('.') {
            Some((units, decimals)) => digits(units) && digits(decimals),
            None => digits(text),
        };
        fine.then(|| Quantity(text.to_string()))
    }

    pub fn plain(&self) -> &str {
        &self.0
    }

    /// "4.200", "12,5".
    pub fn italian(&self) -> String {
        let (units, decimals) = self.0.split_once('.').unwrap_or((&self.0, ""));
        let mut grouped = String::new();
        for (i, c) in units.chars().enumerate() {
            if i > 0 && (units.len() - i) % 3 == 0 {
                grouped.push('.');
            }
            grouped.push(c);
        }
        if decimals.is_empty() {
            grouped
        } else {
            format!("{grouped},{decimals}")
        }
    }
}

/// An indicator of the project's measure, as Italia Domani's "Indicatori
/// target": planned and, once measured, achieved value with its date.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Indicator {
    pub descrizione: String,
    pub unita_misura: String,
    pub valore_programmato: Quantity,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valore_realizzato: Option<Quantity>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data_rilevazione: Option<Date>,
}

vocabulary!(
    /// The procedural steps of a public works project, in their order
    /// (Italia Domani "Iter di progetto").
    PhaseKind {
        Progettazione => "progettazione", "Progettazione";
        Affidamento => "affidamento", "Affidamento dei lavori o del servizio";
        Esecuzione => "esecuzione", "Esecuzione";
        Collaudo => "collaudo", "Collaudo o verifica di conformità";
    }
);

/// One step with its planned and actual dates.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Phase {
    pub fase: PhaseKind,
    pub data_inizio_prevista: Date,
    pub data_fine_prevista: Date,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data_inizio_effettiva: Option<Date>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data_fine_effettiva: Option<Date>,
}

impl Phase {
    /// Ended after its planned end, or not ended and past it on `today`.
    pub fn is_late(&self, today: Date) -> bool {
        match self.data_fine_effettiva {
            Some(end) => end > self.data_fine_prevista,
            None => today > self.data_fine_prevista,
        }
    }
}

/// The acceptance test of a concluded project, with its certificate.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Acceptance {
    pub data: Date,
    pub certificato: Attachment,
}

/// A milestone not reached, of one project.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OpenMilestone {
    pub cup: String,
    pub titolo_progetto: String,
    pub traguardo: Milestone,
}

/// PNRR money a project has still to receive.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExpectedPayment {
    pub cup: String,
    pub titolo_progetto: String,
    pub finanziamento_pnrr: Amount,
    pub erogato: Amount,
    pub da_ricevere: Amount,
}

/// A project not yet accepted (no collaudo).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NotAccepted {
    pub cup: String,
    pub titolo_progetto: String,
    pub stato: ProjectStatus,
    pub data_fine_prevista: Date,
}

/// What a journalist asks in December 2026: what is still open.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OpenItems {
    /// Milestones and targets due by 31 August 2026 and not reached.
    pub traguardi: Vec<OpenMilestone>,
    pub pagamenti: Vec<ExpectedPayment>,
    pub non_collaudati: Vec<NotAccepted>,
}

impl OpenItems {
    pub fn is_empty(&self) -> bool {
        self.traguardi.is_empty() && self.pagamenti.is_empty() && self.non_collaudati.is_empty()
    }
}

/// What is open across `projects`: a milestone is open when it was due by
/// the plan's deadline and has no date of achievement (one reached late is
/// reached); a payment when the PNRR share is not all received; a project
/// until its collaudo.
pub fn open_items(projects: &[Project]) -> OpenItems {
    let deadline = milestones_deadline();
    let mut open = OpenItems::default();
    for project in projects {
        for milestone in &project.traguardi {
            if milestone.data_effettiva.is_none() && milestone.data_prevista <= deadline {
                open.traguardi.push(OpenMilestone {
                    cup: project.cup.clone(),
                    titolo_progetto: project.titolo_progetto.clone(),
                    traguardo: milestone.clone(),
                });
            }
        }
        let received = project.received();
        if received < project.finanziamento_pnrr {
            open.pagamenti.push(ExpectedPayment {
                cup: project.cup.clone(),
                titolo_progetto: project.titolo_progetto.clone(),
                finanziamento_pnrr: project.finanziamento_pnrr,
                erogato: received,
                da_ricevere: Amount::from_cents(project.finanziamento_pnrr.cents() - received.cents()),
            });
        }
        if !project.is_accepted() {
            open.non_collaudati.push(NotAccepted {
                cup: project.cup.clone(),
                titolo_progetto: project.titolo_progetto.clone(),
                stato: project.stato,
                data_fine_prevista: project.data_fine_prevista,
            });
        }
    }
    open.traguardi.sort_by_key(|m| m.traguardo.data_prevista);
    open.pagamenti.sort_by_key(|p| std::cmp::Reverse(p.da_ricevere));
    open.non_collaudati.sort_by_key(|p| p.data_fine_prevista);
    open
}

#[cfg(test)]
#[path = "closing_tests.rs"]
mod tests;
