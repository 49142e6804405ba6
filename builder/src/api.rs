//! The static JSON API (`dist/api/v1/`, contract in docs/api-v1.md): every
//! file as (path, JSON text). The pre-renderer reads the same texts, so a
//! page and its JSON never disagree.

use crate::load::Site;
use provincia_sito::model::content::OfficeList;
use provincia_sito::model::content::{
    api_path, sort_newest_first, HomeData, IndexEntry, NewsCatalogFile, NewsHubData, NewsItem, NewsKind, NewsListPage,
    NewsSummary, PnrrHighlight, SearchEntry, SearchIndex, SearchKind, Shortcut, SiteIndex, TopicCount, TopicList,
    TopicPage, TopicRef, API_VERSION, PAGE_SIZE,
};
use provincia_sito::model::pagination::page_count;
use provincia_sito::model::pnrr::{MeasurePage, PnrrOverview, ProjectPage, ProjectSummary, RecentChange};
use provincia_sito::model::services::{Service, ServiceCatalog, ServiceCategory, ServiceSummary};
use provincia_sito::model::site_map;
use provincia_sito::model::transparency::{NodeContent, TransparencyNode, TransparencyTree};

/// Changes listed under "Ultime modifiche" on /pnrr.
const RECENT_CHANGES: usize = 10;
use provincia_sito::model::Amount;
use serde::Serialize;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::Arc;

pub type ApiFiles = BTreeMap<String, Arc<str>>;

/// Latest news and press releases on the home page.
const HOME_NEWS: usize = 6;
/// Notices in force on the home page.
const HOME_NOTICES: usize = 4;
/// Latest items of each kind on the Novità hub.
const HUB_NEWS: usize = 3;
/// Related items on a news page.
const RELATED: usize = 3;
/// Newest candidates looked at per shared topic when choosing related items:
/// enough for a good choice, and linear in the number of items.
const RELATED_CANDIDATES: usize = 12;

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

    let related = related_items(&summaries);
    for item in &site.news {
        let with_related = NewsItem {
            correlati: related
                .get(&(item.tipo, item.slug.as_str()))
                .cloned()
                .unwrap_or_default(),
            ..item.clone()
        };
        files.insert(api_path::news_item(item.tipo, &item.slug), json(&with_related));
    }
    for kind in NewsKind::ALL {
        let of_kind: Vec<NewsSummary> = summaries.iter().filter(|s| s.tipo == kind).cloned().collect();
        list_files(&mut files, &of_kind, Some(kind), None);
    }
    let hub = NewsHubData {
        versione: API_VERSION,
        elementi: NewsKind::ALL
            .into_iter()
            .flat_map(|kind| current(&summaries, kind).into_iter().take(HUB_NEWS))
            .collect(),
        argomenti: site
            .topics
            .iter()
            .map(|t| TopicCount {
                slug: t.slug.clone(),
                nome: t.nome.clone(),
                contenuti: summaries
                    .iter()
                    .filter(|s| !s.scaduto && s.argomenti.contains(&t.slug))
                    .count() as u32,
            })
            .filter(|t| t.contenuti > 0)
            .collect(),
    };
    files.insert(api_path::NEWS_HUB.into(), json(&hub));

    for page in &site.pages {
        files.insert(api_path::text_page(&page.percorso), json(page));
    }
    files.insert(api_path::SERVICES.into(), json(&service_catalog(site)));
    for service in &site.services {
        files.insert(api_path::service(&service.slug), json(service));
    }
    for archive in &site.archives {
        files.insert(api_path::archive(&archive.slug), json(archive));
    }
    files.insert(
        api_path::OFFICES.into(),
        json(&OfficeList {
            versione: API_VERSION,
            uffici: site.offices.clone(),
        }),
    );

    pnrr_files(site, &mut files);

    let index = site_index(site);
    files.insert(api_path::SITE_INDEX.into(), json(&index));
    files.insert(api_path::TRANSPARENCY.into(), json(&transparency_tree(site, &index)));
    files.insert(api_path::TOPICS.into(), json(&topic_refs(site)));
    for topic in &site.topics {
        let tagged = |refs: &[TopicRef]| refs.iter().any(|r| r.slug == topic.slug);
        let on_topic: Vec<NewsSummary> = summaries
            .iter()
            .filter(|s| s.argomenti.contains(&topic.slug))
            .cloned()
            .collect();
        list_files(&mut files, &on_topic, None, Some(&topic.slug));
        let page = TopicPage {
            versione: API_VERSION,
            slug: topic.slug.clone(),
            nome: topic.nome.clone(),
            descrizione: topic.descrizione.clone(),
            novita: on_topic.len() as u32,
            servizi: site
                .services
                .iter()
                .filter(|s| tagged(&s.argomenti))
                .map(|s| entry(&s.path(), &s.titolo, &s.descrizione))
                .collect(),
            archivi: site
                .archives
                .iter()
                .filter(|a| tagged(&a.argomenti))
                .map(|a| entry(&a.path(), &a.titolo, &a.descrizione))
                .collect(),
            progetti: site
                .projects
                .iter()
                .filter(|p| tagged(&p.argomenti))
                .map(|p| entry(&p.path(), &p.titolo_progetto, &p.sintesi_progetto))
                .collect(),
            pagine: site
                .pages
                .iter()
                .filter(|p| tagged(&p.argomenti))
                .map(|p| entry(&p.percorso, &p.titolo, &p.descrizione))
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

/// The files of one list: its pages of current items (12 each, pre-rendered
/// as the list's numbered pages) and the whole list for the filters.
/// `items` is newest first.
fn list_files(files: &mut ApiFiles, items: &[NewsSummary], kind: Option<NewsKind>, topic: Option<&str>) {
    let (page_path, catalog_path): (Box<dyn Fn(u32) -> String>, String) = match (kind, topic) {
        (Some(kind), _) => (
            Box::new(move |n| api_path::news_page(kind, n)),
            api_path::news_catalog(kind),
        ),
        (None, Some(slug)) => (
            Box::new(move |n| api_path::topic_news_page(slug, n)),
            api_path::topic_catalog(slug),
        ),
        (None, None) => unreachable!("a list belongs to a kind or a topic"),
    };
    let catalog = NewsCatalogFile {
        versione: API_VERSION,
        tipo: kind,
        argomento: topic.map(str::to_string),
        elementi: items.to_vec(),
    };
    files.insert(catalog_path, json(&catalog));
    let listed: Vec<&NewsSummary> = items.iter().filter(|s| !s.scaduto).collect();
    let pages = page_count(listed.len(), PAGE_SIZE);
    for number in 1..=pages {
        let start = (number as usize - 1) * PAGE_SIZE;
        let page = NewsListPage {
            versione: API_VERSION,
            tipo: kind,
            argomento: topic.map(str::to_string),
            pagina: number,
            pagine: pages,
            totale: listed.len() as u32,
            elementi: listed
                .iter()
                .skip(start)
                .take(PAGE_SIZE)
                .map(|s| (*s).clone())
                .collect(),
        };
        files.insert(page_path(number), json(&page));
    }
}

fn entry(path: &str, title: &str, description: &str) -> IndexEntry {
    IndexEntry {
        percorso: path.to_string(),
        titolo: title.to_string(),
        descrizione: description.to_string(),
    }
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

/// The catalogue: categories in their file's order, each with its services
/// by title.
fn service_catalog(site: &Site) -> ServiceCatalog {
    ServiceCatalog {
        versione: API_VERSION,
        categorie: site
            .service_categories
            .iter()
            .map(|c| {
                let mut servizi: Vec<ServiceSummary> = site
                    .services
                    .iter()
                    .filter(|s| s.categoria.slug == c.slug)
                    .map(Service::summary)
                    .collect();
                servizi.sort_by(|a, b| a.titolo.cmp(&b.titolo));
                ServiceCategory {
                    slug: c.slug.clone(),
                    nome: c.nome.clone(),
                    descrizione: c.descrizione.clone(),
                    servizi,
                }
            })
            .collect(),
    }
}

/// The tree with the titles of the site pages its nodes point to.
fn transparency_tree(site: &Site, index: &SiteIndex) -> TransparencyTree {
    fn resolve(nodes: &mut [TransparencyNode], index: &SiteIndex) {
        for node in nodes {
            if let NodeContent::Pagina { percorso, titolo } = &mut node.contenuto {
                *titolo = index
                    .find(percorso)
                    .map(|e| e.titolo.clone())
                    .or_else(|| site_map::find(percorso).map(|p| p.title.to_string()))
                    .unwrap_or_default();
            }
            resolve(&mut node.figli, index);
        }
    }
    let mut tree = site.transparency.clone();
    resolve(&mut tree.sezioni, index);
    tree
}

/// Every page below a section, for section lists, the site map and search.
fn site_index(site: &Site) -> SiteIndex {
    let mut voci: Vec<IndexEntry> = site
        .pages
        .iter()
        .map(|p| entry(&p.percorso, &p.titolo, &p.descrizione))
        .collect();
    voci.extend(
        site.service_categories
            .iter()
            .map(|c| entry(&format!("/servizi/{}", c.slug), &c.nome, &c.descrizione)),
    );
    voci.extend(
        site.services
            .iter()
            .map(|s| entry(&s.path(), &s.titolo, &s.descrizione)),
    );
    voci.extend(
        site.archives
            .iter()
            .map(|a| entry(&a.path(), &a.titolo, &a.descrizione)),
    );
    voci.extend(site.transparency.walk().into_iter().map(|(path, node)| {
        let description = node
            .riferimento
            .clone()
            .unwrap_or_else(|| "Amministrazione trasparente".to_string());
        entry(&path, &node.titolo, &description)
    }));
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
            .filter(|s| s.tipo != NewsKind::Avviso)
            .take(HOME_NEWS)
            .cloned()
            .collect(),
        avvisi: notices_in_force(summaries, site.today),
        servizi: shortcuts(&site.home.servizi),
        archivi: shortcuts(&site.home.archivi),
        pnrr,
    }
}

/// Notices in force today, the nearest deadline first (open-ended ones last).
fn notices_in_force(summaries: &[NewsSummary], today: provincia_sito::model::Date) -> Vec<NewsSummary> {
    let mut notices: Vec<NewsSummary> = summaries
        .iter()
        .filter(|s| s.tipo == NewsKind::Avviso && !s.scaduto && s.valid_from() <= today)
        .cloned()
        .collect();
    notices.sort_by_key(|s| (s.scadenza.is_none(), s.scadenza));
    notices.truncate(HOME_NOTICES);
    notices
}

/// For each item, current items sharing most of its topics, newest first.
/// `summaries` is newest first.
fn related_items(summaries: &[NewsSummary]) -> HashMap<(NewsKind, &str), Vec<NewsSummary>> {
    let mut by_topic: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, s) in summaries.iter().enumerate().filter(|(_, s)| !s.scaduto) {
        for topic in &s.argomenti {
            by_topic.entry(topic.as_str()).or_default().push(i);
        }
    }
    summaries
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let candidates: HashSet<usize> = item
                .argomenti
                .iter()
                .filter_map(|t| by_topic.get(t.as_str()))
                .flat_map(|list| list.iter().copied().filter(|&j| j != i).take(RELATED_CANDIDATES))
                .collect();
            let mut scored: Vec<(usize, usize)> = candidates
                .into_iter()
                .map(|j| {
                    let shared = summaries[j]
                        .argomenti
                        .iter()
                        .filter(|t| item.argomenti.contains(t))
                        .count();
                    (shared, j)
                })
                .collect();
            // Most shared topics first; then the newest (lowest index).
            scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
            let chosen = scored
                .into_iter()
                .take(RELATED)
                .map(|(_, j)| summaries[j].clone())
                .collect();
            ((item.tipo, item.slug.as_str()), chosen)
        })
        .collect()
}

fn search_index(site: &Site, summaries: &[NewsSummary], index: &SiteIndex) -> SearchIndex {
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
    match path.split('/').nth(1) {
        Some("servizi") => SearchKind::Servizio,
        Some("archivi") => SearchKind::Archivio,
        Some("argomenti") => SearchKind::Argomento,
        Some("pnrr") => SearchKind::Misura,
        Some("amministrazione-trasparente") => SearchKind::Trasparenza,
        _ => SearchKind::Pagina,
    }
}

/// Overview, measure and project files of the PNRR section.
fn pnrr_files(site: &Site, files: &mut ApiFiles) {
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
        files.insert(api_path::pnrr_measure(&measure.slug), json(&page));
    }
    let mut recent: Vec<RecentChange> = Vec::new();
    for project in &site.projects {
        let Some(measure) = site.measures.iter().find(|m| m.slug == project.misura) else {
            continue;
        };
        let modifiche = site
            .project_history
            .get(&format!("{}.yaml", project.cup))
            .cloned()
            .unwrap_or_default();
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
        files.insert(api_path::pnrr_project(&project.cup), json(&page));
    }
    recent.sort_by(|a, b| b.modifica.data.cmp(&a.modifica.data).then_with(|| a.cup.cmp(&b.cup)));
    recent.truncate(RECENT_CHANGES);
    let overview = PnrrOverview {
        versione: API_VERSION,
        aggiornato_il: checked,
        misure: site.measures.clone(),
        progetti: projects,
        ultime_modifiche: recent,
    };
    files.insert(api_path::PNRR.into(), json(&overview));
}
