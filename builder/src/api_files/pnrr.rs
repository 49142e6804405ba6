//! Overview, measure and project files of the PNRR section.

use super::ApiFiles;
use crate::load::Site;
use provincia_sito::model::endpoint::{self, API_VERSION};
use provincia_sito::model::pnrr::closing::open_items;
use provincia_sito::model::pnrr::{MeasurePage, PnrrOverview, ProjectPage, ProjectSummary, RecentChange};

/// Changes listed under "Ultime modifiche" on /pnrr.
const RECENT_CHANGES: usize = 10;

pub(super) fn write(site: &Site, files: &mut ApiFiles) {
    let checked = crate::open_data::last_checked(site);
    let projects: Vec<ProjectSummary> = site
        .projects
        .iter()
        .filter_map(|p| site.measures.iter().find(|m| m.slug == p.misura).map(|m| p.summary(m)))
        .collect();
    for measure in &site.measures {
        let page = MeasurePage {
            versione: API_VERSION,
            aggiornato_il: checked,
            misura: measure.clone(),
            progetti: projects.iter().filter(|p| p.misura == measure.slug).cloned().collect(),
        };
        files.put(endpoint::pnrr_measure(&measure.slug), &page);
    }
    let mut recent: Vec<RecentChange> = Vec::new();
    for project in &site.projects {
        let Some(measure) = site.measures.iter().find(|m| m.slug == project.misura) else {
            continue;
        };
        let modifiche = site.project_changes.get(&project.cup).cloned().unwrap_or_default();
        recent.extend(modifiche.iter().filter(|c| !c.prima).map(|c| RecentChange {
            cup: project.cup.clone(),
            titolo_progetto: project.titolo_progetto.clone(),
            modifica: c.clone(),
        }));
        let page = ProjectPage {
            versione: API_VERSION,
            data_riferimento: site.today,
            misura: measure.clone(),
            progetto: project.clone(),
            modifiche,
        };
        files.put(endpoint::pnrr_project(&project.cup), &page);
    }
    recent.sort_by(|a, b| b.modifica.data.cmp(&a.modifica.data).then_with(|| a.cup.cmp(&b.cup)));
    recent.truncate(RECENT_CHANGES);
    let overview = PnrrOverview {
        versione: API_VERSION,
        aggiornato_il: checked,
        misure: site.measures.clone(),
        progetti: projects,
        ultime_modifiche: recent,
        aperto: open_items(&site.projects),
    };
    files.put(endpoint::pnrr(), &overview);
}
