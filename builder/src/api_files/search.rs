//! The search index: every page of the site, with the codes that find a
//! PNRR project exactly.

use crate::load::Site;
use provincia_sito::model::content::{
    NewsSummary, SearchEntry, SearchIndex, SearchKind, SiteIndex, AREAS_PATH, OFFICES_PATH,
};
use provincia_sito::model::endpoint::API_VERSION;
use provincia_sito::model::people::PersonKind;

pub(super) fn search_index(site: &Site, summaries: &[NewsSummary], index: &SiteIndex) -> SearchIndex {
    let entry = |title: &str, summary: &str, path: String, kind: SearchKind| SearchEntry {
        title: title.to_string(),
        summary: summary.to_string(),
        path,
        kind,
        codes: Vec::new(),
    };
    let mut voci: Vec<SearchEntry> = summaries
        .iter()
        .map(|s| entry(&s.titolo, &s.sommario, s.path(), SearchKind::of_news(s.tipo)))
        .collect();
    voci.extend(
        index
            .voci
            .iter()
            .map(|e| entry(&e.titolo, &e.descrizione, e.percorso.clone(), kind_of(&e.percorso))),
    );
    voci.extend(site.documents.iter().map(|d| {
        let summary = format!("{}. {}", d.scheda.reference(), d.scheda.oggetto);
        entry(&d.scheda.titolo, &summary, d.scheda.path(), SearchKind::Documento)
    }));
    // A road is found by its code ("SP 8"), a Comune by its ISTAT code.
    voci.extend(site.territory.strade.iter().map(|r| SearchEntry {
        codes: vec![r.codice.clone()],
        ..entry(
            &r.full_name(),
            &format!("Strada provinciale, {}", r.lunghezza.italian()),
            r.path(),
            SearchKind::Strada,
        )
    }));
    // Restrictions not yet over, found by their road's code too.
    voci.extend(
        site.territory
            .limitazioni
            .iter()
            .filter(|r| r.fine >= site.today)
            .map(|r| SearchEntry {
                codes: vec![r.strada.codice.clone()],
                ..entry(
                    &r.title(),
                    &format!("{}: {}. {}", r.when(), r.comuni_names(), r.motivo),
                    r.path(),
                    SearchKind::Limitazione,
                )
            }),
    );
    // A school building is found by its institutes' registry codes too.
    voci.extend(site.territory.luoghi.iter().map(|p| {
        SearchEntry {
            codes: p
                .scuola
                .iter()
                .flat_map(|s| s.istituti.iter().map(|i| i.codice.clone()))
                .collect(),
            ..entry(
                &p.nome,
                &format!("{}, {}", p.tipo.label(), p.full_address()),
                p.path(),
                SearchKind::Luogo,
            )
        }
    }));
    voci.extend(site.territory.comuni.iter().map(|c| SearchEntry {
        codes: vec![c.istat.clone()],
        ..entry(
            &c.nome,
            &format!("Comune, codice ISTAT {}", c.istat),
            c.path(),
            SearchKind::Comune,
        )
    }));
    // A tender is found by its CIG and CUP too, as projects are.
    voci.extend(site.calls.iter().map(|c| SearchEntry {
        codes: c.scheda.cig.iter().chain(&c.scheda.cup).cloned().collect(),
        ..entry(&c.scheda.titolo, &c.oggetto, c.scheda.path(), SearchKind::Bando)
    }));
    voci.extend(site.projects.iter().map(|p| {
        SearchEntry {
            codes: std::iter::once(p.cup.clone())
                .chain(p.gare.iter().map(|g| g.cig.clone()))
                .collect(),
            ..entry(&p.titolo_progetto, &p.sintesi_progetto, p.path(), SearchKind::Progetto)
        }
    }));
    SearchIndex {
        versione: API_VERSION,
        voci,
    }
}

fn kind_of(path: &str) -> SearchKind {
    let below = |list: &str| path.strip_prefix(list).is_some_and(|rest| rest.starts_with('/'));
    if PersonKind::ALL.into_iter().any(|kind| below(kind.list_path())) {
        return SearchKind::Persona;
    }
    if below(AREAS_PATH) || below(OFFICES_PATH) {
        return SearchKind::Ufficio;
    }
    match path.split('/').nth(1) {
        Some("servizi") => SearchKind::Servizio,
        Some("archivi") => SearchKind::Archivio,
        Some("argomenti") => SearchKind::Argomento,
        Some("pnrr") => SearchKind::Misura,
        Some("amministrazione-trasparente") => SearchKind::Trasparenza,
        _ => SearchKind::Pagina,
    }
}
