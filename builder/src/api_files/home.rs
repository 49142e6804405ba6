//! The home page: latest news, notices in force, shortcuts and the PNRR
//! highlight chosen in content/home.yaml.

use crate::load::Site;
use provincia_sito::model::content::{HomeData, NewsKind, NewsSummary, PnrrHighlight, RoadsToday, Shortcut, SiteIndex};
use provincia_sito::model::endpoint::API_VERSION;
use provincia_sito::model::territory::restrictions::in_period;
use provincia_sito::model::territory::Period;
use provincia_sito::model::{Amount, Date};

/// Latest news and press releases on the home page.
const HOME_NEWS: usize = 6;
/// Notices in force on the home page.
const HOME_NOTICES: usize = 4;

pub(super) fn home(site: &Site, summaries: &[NewsSummary], index: &SiteIndex) -> HomeData {
    let shortcuts = |paths: &[String]| -> Vec<Shortcut> {
        paths
            .iter()
            .filter_map(|path| index.find(path))
            .map(|e| Shortcut {
                titolo: e.titolo.clone(),
                descrizione: e.descrizione.clone(),
                percorso: e.percorso.clone(),
            })
            .collect()
    };
    let pnrr = site.home.pnrr.as_ref().and_then(|chosen| {
        let measure = site.measures.iter().find(|m| m.slug == chosen.misura)?;
        Some(PnrrHighlight {
            titolo: chosen.titolo.clone(),
            misura: measure.titolo.clone(),
            testo: chosen.testo.clone(),
            importo: Amount::sum(
                site.projects
                    .iter()
                    .filter(|p| p.misura == measure.slug)
                    .map(|p| p.finanziamento_pnrr),
            ),
            percorso: measure.path(),
        })
    });
    HomeData {
        versione: API_VERSION,
        notizie: summaries
            .iter()
            .filter(|s| s.tipo != NewsKind::Avviso)
            .take(HOME_NEWS)
            .cloned()
            .collect(),
        avvisi: notices_in_force(summaries, site.today),
        servizi: shortcuts(&site.home.servizi),
        archivi: shortcuts(&site.home.archivi),
        pnrr,
        strade_oggi: (!site.territory.strade.is_empty()).then(|| RoadsToday {
            calcolato_il: site.today,
            limitazioni: in_period(&site.territory.limitazioni, Period::Oggi, site.today)
                .into_iter()
                .cloned()
                .collect(),
        }),
    }
}

/// Notices in force today, the nearest deadline first (open-ended ones last).
fn notices_in_force(summaries: &[NewsSummary], today: Date) -> Vec<NewsSummary> {
    let mut notices: Vec<NewsSummary> = summaries
        .iter()
        .filter(|s| s.tipo == NewsKind::Avviso && !s.scaduto && s.valid_from() <= today)
        .cloned()
        .collect();
    notices.sort_by_key(|s| (s.scadenza.is_none(), s.scadenza));
    notices.truncate(HOME_NOTICES);
    notices
}
