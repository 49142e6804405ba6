//! Where a milestone stands on a given day, said in words: lateness must not
//! be told by colour alone.

use super::Milestone;
use crate::model::date::Date;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MilestoneStatus {
    ReachedOnTime {
        on: Date,
    },
    ReachedLate {
        on: Date,
        days: i64,
    },
    /// Planned date passed, not reached yet.
    Late {
        days: i64,
    },
    Planned,
}

impl MilestoneStatus {
    pub fn of(milestone: &Milestone, today: Date) -> MilestoneStatus {
        let planned = milestone.data_prevista;
        match milestone.data_effettiva {
            Some(on) if on <= planned => MilestoneStatus::ReachedOnTime { on },
            Some(on) => MilestoneStatus::ReachedLate {
                on,
                days: planned.days_until(on),
            },
            None if today > planned => MilestoneStatus::Late {
                days: planned.days_until(today),
            },
            None => MilestoneStatus::Planned,
        }
    }

    pub fn is_late(self) -> bool {
        matches!(self, MilestoneStatus::ReachedLate { .. } | MilestoneStatus::Late { .. })
    }

    /// A CSS class suffix and the words that say the same thing.
    pub fn key(self) -> &'static str {
        match self {
            MilestoneStatus::ReachedOnTime { .. } => "raggiunto",
            MilestoneStatus::ReachedLate { .. } => "raggiunto-in-ritardo",
            MilestoneStatus::Late { .. } => "in-ritardo",
            MilestoneStatus::Planned => "previsto",
        }
    }

    /// "Raggiunto in ritardo di 41 giorni, il 12 marzo 2024".
    pub fn sentence(self) -> String {
        match self {
            MilestoneStatus::ReachedOnTime { on } => format!("Raggiunto nei tempi, {}", on.after("il")),
            MilestoneStatus::ReachedLate { on, days } => {
                format!("Raggiunto in ritardo di {}, {}", days_label(days), on.after("il"))
            }
            MilestoneStatus::Late { days } => {
                format!("In ritardo di {}: non ancora raggiunto", days_label(days))
            }
            MilestoneStatus::Planned => "Previsto, non ancora raggiunto".to_string(),
        }
    }
}

fn days_label(days: i64) -> String {
    if days == 1 {
        "1 giorno".to_string()
    } else {
        format!("{days} giorni")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::pnrr::{MilestoneKind, Source};

    fn day(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    fn milestone(planned: &str, actual: Option<&str>) -> Milestone {
        Milestone {
            descrizione: "Migrazione dei servizi".into(),
            tipo: MilestoneKind::Traguardo,
            data_prevista: day(planned),
            data_effettiva: actual.map(day),
            fonte: Source {
                fonte: "ReGiS".into(),
                verificato_il: day("2026-11-18"),
            },
        }
    }

    #[test]
    fn reached_milestones_compare_actual_with_planned() {
        let today = day("2026-11-22");
        let on_time = MilestoneStatus::of(&milestone("2024-03-31", Some("2024-03-31")), today);
        assert_eq!(on_time.sentence(), "Raggiunto nei tempi, il 31 marzo 2024");
        assert!(!on_time.is_late());
        let late = MilestoneStatus::of(&milestone("2024-01-31", Some("2024-03-12")), today);
        assert_eq!(late.sentence(), "Raggiunto in ritardo di 41 giorni, il 12 marzo 2024");
        assert!(late.is_late());
    }

    #[test]
    fn unreached_milestones_are_late_only_after_their_date() {
        let open = milestone("2026-11-21", None);
        assert_eq!(
            MilestoneStatus::of(&open, day("2026-11-22")).sentence(),
            "In ritardo di 1 giorno: non ancora raggiunto"
        );
        assert_eq!(MilestoneStatus::of(&open, day("2026-11-21")), MilestoneStatus::Planned);
        assert!(!MilestoneStatus::Planned.is_late());
    }
}
