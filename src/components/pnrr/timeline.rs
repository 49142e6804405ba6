//! Milestones and targets as a timeline: planned and actual dates, and
//! lateness said in words (the colour only repeats it).

use crate::model::pnrr::milestones::MilestoneStatus;
use crate::model::pnrr::Milestone;
use crate::model::Date;
use leptos::prelude::*;

#[component]
pub fn MilestoneTimeline(milestones: Vec<Milestone>, today: Date) -> impl IntoView {
    let mut milestones = milestones;
    milestones.sort_by_key(|m| m.data_prevista);
    let late = milestones
        .iter()
        .filter(|m| MilestoneStatus::of(m, today).is_late())
        .count();
    let summary = match late {
        0 => "Nessun traguardo in ritardo.".to_string(),
        1 => "1 traguardo o obiettivo in ritardo.".to_string(),
        n => format!("{n} traguardi o obiettivi in ritardo."),
    };
    let items = milestones
        .into_iter()
        .map(|m| {
            let status = MilestoneStatus::of(&m, today);
            let badge = status.is_late().then(|| view! { <span class="badge timeline-late">"In ritardo"</span>" " });
            view! {
                <li class=format!("timeline-item timeline-{}", status.key())>
                    <p class="timeline-title mb-1">{badge}<strong>{m.descrizione.clone()}</strong>" "<span class="small">{format!("({})", m.tipo.label().to_lowercase())}</span></p>
                    <p class="mb-1">"Previsto entro il "<time datetime=m.data_prevista.iso()>{m.data_prevista.italian()}</time>". "{status.sentence()}"."</p>
                    <p class="small text-muted mb-0">{format!("Fonte: {}.", m.fonte.sentence())}</p>
                </li>
            }
        })
        .collect_view();
    view! {
        <p>{summary}{format!(" Situazione {}", today.preposition("al"))}<time datetime=today.iso()>{today.italian()}</time>"."</p>
        <ol class="pnrr-timeline">{items}</ol>
    }
}
