//! The static JSON API (`dist/api/v1/`, contract in docs/api-v1.md): every
//! file as (path, JSON text). The pre-renderer reads the same texts, so a
//! page and its JSON never disagree.

use crate::load::Site;
use provincia_sito::model::content::{
    api_path, sort_newest_first, HomeData, IndexEntry, NewsHubData, NewsKind, NewsListPage, NewsSummary, PnrrHighlight,
    SearchEntry, SearchIndex, Shortcut, SiteIndex, TopicPage, TopicRef, API_VERSION, PAGE_SIZE,
};
use provincia_sito::model::pagination::page_count;
use provincia_sito::model::pnrr::{MeasurePage, PnrrOverview, ProjectPage, ProjectSummary};
use provincia_sito::model::Amount;
use serde::Serialize;
use std::collections::{BTreeMap, HashSet};
use std::sync::Arc;

pub type ApiFiles = BTreeMap<String, Arc<str>>;

/// Latest items on the home page.
const HOME_NEWS: usize = 6;
/// Latest items of each kind on the Novità hub.
const HUB_NEWS: usize = 3;
/// Latest items on a topic page (the full, paginated topic lists come with the Novità work).
const TOPIC_NEWS: usize = 24;

fn json<T: Serialize>(value: &T) -> Arc<str> {
    Arc::from(serde_json::to_string(value).expect("API types always serialise"))
}

/// Items in the current lists: expired notices leave them but keep their page.
fn current(summaries: &[NewsSummary], kind: NewsKind) -> Vec<NewsSummary> {
    summaries
        .iter()
        .filter(|s| s.tipo == kind && !s.scaduto)
        .cloned()
        .collect()
}

pub fn build(site: &Site) -> ApiFiles {
    let mut files = ApiFiles::new();
    let mut summaries: Vec<NewsSummary> = site.news.iter().map(|n| n.summary()).collect();
    sort_newest_first(&mut summaries);

    for item in &site.news {
        files.insert(api_path::news_item(item.tipo, &item.slug), json(item));
    }
    for kind in NewsKind::ALL {
        let listed = current(&summaries, kind);
        let pages = page_count(listed.len(), PAGE_SIZE);
        for number in 1..=pages {
            let start = (number as usize - 1) * PAGE_SIZE;
            let page = NewsListPage {
                versione: API_VERSION,
                tipo: kind,
                pagina: number,
                pagine: pages,
                totale: listed.len() as u32,
                elementi: listed.iter().skip(start).take(PAGE_SIZE).cloned().collect(),
            };
            files.insert(api_path::news_page(kind, number), json(&page));
        }
    }
    let hub = NewsHubData {
        versione: API_VERSION,
        elementi: NewsKind::ALL
            .into_iter()
            .flat_map(|kind| current(&summaries, kind).into_iter().take(HUB_NEWS))
            .collect(),
    };
    files.insert(api_path::NEWS_HUB.into(), json(&hub));

    for page in &site.pages {
        files.insert(api_path::text_page(&page.percorso), json(page));
    }

    let projects: Vec<ProjectSummary> = site.projects.iter().map(|p| p.summary()).collect();
    for measure in &site.measures {
        let page = MeasurePage {
            versione: API_VERSION,
            misura: measure.clone(),
            progetti: projects.iter().filter(|p| p.misura == measure.slug).cloned().collect(),
        };
        files.insert(api_path::pnrr_measure(&measure.slug), json(&page));
    }
    for project in &site.projects {
        let Some(measure) = site.measures.iter().find(|m| m.slug == project.misura) else {
            continue;
        };
        let page = ProjectPage {
            versione: API_VERSION,
            misura: measure.clone(),
            progetto: project.clone(),
        };
        files.insert(api_path::pnrr_project(&project.cup), json(&page));
    }
    let overview = PnrrOverview {
        versione: API_VERSION,
        misure: site.measures.clone(),
        progetti: projects.clone(),
    };
    files.insert(api_path::PNRR.into(), json(&overview));

    let index = site_index(site);
    files.insert(api_path::SITE_INDEX.into(), json(&index));
    files.insert(api_path::TOPICS.into(), json(&topic_refs(site)));
    for topic in &site.topics {
        let tagged = |refs: &[TopicRef]| refs.iter().any(|r| r.slug == topic.slug);
        let tagged_news: HashSet<(NewsKind, &str)> = site
            .news
            .iter()
            .filter(|n| tagged(&n.argomenti))
            .map(|n| (n.tipo, n.slug.as_str()))
            .collect();
        let page = TopicPage {
            versione: API_VERSION,
            slug: topic.slug.clone(),
            nome: topic.nome.clone(),
            descrizione: topic.descrizione.clone(),
            notizie: summaries
                .iter()
                .filter(|s| !s.scaduto && tagged_news.contains(&(s.tipo, s.slug.as_str())))
                .take(TOPIC_NEWS)
                .cloned()
                .collect(),
            pagine: site
                .pages
                .iter()
                .filter(|p| tagged(&p.argomenti))
                .map(|p| entry(&p.percorso, &p.titolo, &p.descrizione))
                .chain(
                    site.projects
                        .iter()
                        .filter(|p| tagged(&p.argomenti))
                        .map(|p| entry(&p.path(), &p.titolo_progetto, &p.sintesi_progetto)),
                )
                .collect(),
        };
        files.insert(api_path::topic(&topic.slug), json(&page));
    }

    files.insert(api_path::HOME.into(), json(&home(site, &summaries, &index)));
    files.insert(
        api_path::SEARCH_INDEX.into(),
        json(&search_index(site, &summaries, &index)),
    );
    files
}

fn entry(path: &str, title: &str, description: &str) -> IndexEntry {
    IndexEntry {
        percorso: path.to_string(),
        titolo: title.to_string(),
        descrizione: description.to_string(),
    }
}

#[derive(Serialize)]
struct TopicList {
    versione: u32,
    argomenti: Vec<TopicRef>,
}

fn topic_refs(site: &Site) -> TopicList {
    TopicList {
        versione: API_VERSION,
        argomenti: site
            .topics
            .iter()
            .map(|t| TopicRef {
                slug: t.slug.clone(),
                nome: t.nome.clone(),
            })
            .collect(),
    }
}

/// Every page below a section, for section lists and the site map.
fn site_index(site: &Site) -> SiteIndex {
    let mut voci: Vec<IndexEntry> = site
        .pages
        .iter()
        .map(|p| entry(&p.percorso, &p.titolo, &p.descrizione))
        .collect();
    voci.extend(
        site.topics
            .iter()
            .map(|t| entry(&format!("/argomenti/{}", t.slug), &t.nome, &t.descrizione)),
    );
    voci.extend(
        site.measures
            .iter()
            .map(|m| entry(&m.path(), &m.titolo, &m.descrizione)),
    );
    SiteIndex {
        versione: API_VERSION,
        voci,
    }
}

fn home(site: &Site, summaries: &[NewsSummary], index: &SiteIndex) -> HomeData {
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
    let pnrr = site.home.pnrr.as_ref().and_then(|spot| {
        let measure = site.measures.iter().find(|m| m.slug == spot.misura)?;
        Some(PnrrHighlight {
            titolo: spot.titolo.clone(),
            misura: measure.titolo.clone(),
            testo: spot.testo.clone(),
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
            .filter(|s| !s.scaduto)
            .take(HOME_NEWS)
            .cloned()
            .collect(),
        servizi: shortcuts(&site.home.servizi),
        archivi: shortcuts(&site.home.archivi),
        pnrr,
    }
}

fn search_index(site: &Site, summaries: &[NewsSummary], index: &SiteIndex) -> SearchIndex {
    let mut voci: Vec<SearchEntry> = summaries
        .iter()
        .map(|s| SearchEntry {
            title: s.titolo.clone(),
            summary: s.sommario.clone(),
            path: s.path(),
            kind: s.tipo.label().to_string(),
        })
        .collect();
    voci.extend(index.voci.iter().map(|e| SearchEntry {
        title: e.titolo.clone(),
        summary: e.descrizione.clone(),
        path: e.percorso.clone(),
        kind: kind_of(&e.percorso).to_string(),
    }));
    voci.extend(site.projects.iter().map(|p| SearchEntry {
        title: p.titolo_progetto.clone(),
        summary: format!("CUP {} – {}", p.cup, p.sintesi_progetto),
        path: p.path(),
        kind: "Progetto PNRR".to_string(),
    }));
    SearchIndex {
        versione: API_VERSION,
        voci,
    }
}

fn kind_of(path: &str) -> &'static str {
    match path.split('/').nth(1) {
        Some("servizi") => "Servizio",
        Some("archivi") => "Archivio",
        Some("argomenti") => "Argomento",
        Some("pnrr") => "Misura PNRR",
        Some("amministrazione-trasparente") => "Amministrazione trasparente",
        _ => "Pagina",
    }
}
