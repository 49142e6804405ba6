//! Text pages, services, archives, offices, the transparency tree and the
//! index of every page below a section.

use super::{entry, ApiFiles};
use crate::load::Site;
use provincia_sito::model::bodies::BodyList;
use provincia_sito::model::booking::{BookingData, BookingOffice, BookingService};
use provincia_sito::model::calendar::OpeningHours;
use provincia_sito::model::calls::{CallList, CALLS_PATH, CALLS_TITLE};
use provincia_sito::model::content::{IndexEntry, OfficeList, SiteFile, SiteIndex};
use provincia_sito::model::endpoint::{self, API_VERSION};
use provincia_sito::model::people::{OrganList, PeopleList};
use provincia_sito::model::services::{Service, ServiceCatalog, ServiceCategory, ServiceSummary};
use provincia_sito::model::transparency::{NodeContent, TransparencyNode, TransparencyTree};
use provincia_sito::model::{paths, site_map};

pub(super) fn write(site: &Site, files: &mut ApiFiles) {
    for page in &site.pages {
        files.put(endpoint::text_page(&page.percorso), page);
    }
    files.put(endpoint::services(), &service_catalog(site));
    for service in &site.services {
        files.put(endpoint::service(&service.slug), service);
    }
    for archive in &site.archives {
        files.put(endpoint::archive(&archive.slug), archive);
    }
    for person in &site.people {
        files.put(endpoint::person(&person.slug), person);
    }
    files.put(
        endpoint::people(),
        &PeopleList {
            versione: API_VERSION,
            persone: site.people.iter().map(|p| p.summary(site.today)).collect(),
        },
    );
    files.put(
        endpoint::bodies(),
        &BodyList {
            versione: API_VERSION,
            enti: site.bodies.clone(),
        },
    );
    files.put(
        endpoint::organs(),
        &OrganList {
            versione: API_VERSION,
            organi: site.organs.clone(),
        },
    );
    files.put(endpoint::territory(), &site.territory);
    files.put(
        endpoint::events(),
        &provincia_sito::model::events::EventList {
            versione: provincia_sito::model::endpoint::API_VERSION,
            calcolato_il: site.today,
            eventi: site.events.clone(),
        },
    );
    if let Some(map) = &site.territory.mappa {
        files.put(endpoint::territory_map(), map);
    }
    for call in &site.calls {
        files.put(endpoint::call(&call.scheda.slug), call);
    }
    files.put(
        endpoint::calls(),
        &CallList {
            versione: API_VERSION,
            aggiornato: site.today,
            bandi: site.calls.iter().map(|c| c.scheda.clone()).collect(),
        },
    );
    if let Some(albo) = &site.albo {
        files.put(endpoint::albo(), albo);
    }
    files.put(endpoint::site(), &site_file(site));
    files.put(
        endpoint::offices(),
        &OfficeList {
            versione: API_VERSION,
            uffici: site.offices.clone(),
        },
    );
    files.put(endpoint::booking(), &booking(site));
}

/// The offices the booking page offers: each with the services it is
/// responsible for or receives the public for, by title; offices without
/// a service are left out.
fn booking(site: &Site) -> BookingData {
    let sistema = &site.config.prenotazione.sistema;
    let uffici = site
        .offices
        .iter()
        .filter_map(|unit| {
            let office = &unit.ufficio;
            let mut servizi: Vec<BookingService> = site
                .services
                .iter()
                .filter(|s| s.ufficio == *office || s.sportello.as_ref().is_some_and(|d| d.ufficio == *office))
                .map(|s| BookingService {
                    slug: s.slug.clone(),
                    titolo: s.titolo.clone(),
                })
                .collect();
            servizi.sort_by(|a, b| a.titolo.cmp(&b.titolo));
            // An office without hours takes no appointment through the form
            // (its page still gives its contacts); the load checked the rest.
            let orario = office.orari.as_deref().and_then(|o| OpeningHours::parse(o).ok())?;
            (!servizi.is_empty()).then(|| BookingOffice {
                slug: office.slug.clone(),
                ufficio: office.clone(),
                servizi,
                orario,
            })
        })
        .collect();
    BookingData {
        versione: API_VERSION,
        sistema: (!sistema.is_empty()).then(|| sistema.clone()),
        uffici,
        festa_patronale: site.config.ente.festa_patronale,
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
pub(super) fn transparency_tree(site: &Site, index: &SiteIndex) -> TransparencyTree {
    fn resolve(nodes: &mut [TransparencyNode], site: &Site, index: &SiteIndex) {
        for node in nodes {
            if let NodeContent::Pagina { percorso, titolo } = &mut node.contenuto {
                // A #fragment names a part of the page: the page gives the title.
                let page = percorso.split('#').next().unwrap_or_default();
                *titolo = index
                    .find(page)
                    .map(|e| e.titolo.clone())
                    .or_else(|| site_map::find(page).map(|p| p.title.to_string()))
                    .or_else(|| listed_elsewhere(site, page))
                    .unwrap_or_default();
            }
            resolve(&mut node.figli, site, index);
        }
    }
    let mut tree = site.transparency.clone();
    resolve(&mut tree.sezioni, site, index);
    tree
}

/// Title of a page that is not in the site index: the list of calls, a
/// call, a document (their own lists find them).
fn listed_elsewhere(site: &Site, path: &str) -> Option<String> {
    if path == CALLS_PATH {
        return Some(CALLS_TITLE.to_string());
    }
    site.calls
        .iter()
        .map(|c| &c.scheda)
        .find(|c| c.path() == path)
        .map(|c| c.titolo.clone())
        .or_else(|| {
            site.documents
                .iter()
                .map(|d| &d.scheda)
                .find(|d| d.path() == path)
                .map(|d| d.titolo.clone())
        })
}

/// Every page below a section, for section lists, the site map and search.
pub(super) fn site_index(site: &Site) -> SiteIndex {
    let mut voci: Vec<IndexEntry> = site
        .pages
        .iter()
        .map(|p| entry(&p.percorso, &p.titolo, &p.descrizione))
        .collect();
    voci.extend(
        site.service_categories
            .iter()
            .map(|c| entry(&paths::service_category(&c.slug), &c.nome, &c.descrizione)),
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
    voci.extend(site.organs.iter().map(|o| entry(&o.path(), &o.nome, &o.descrizione)));
    voci.extend(
        site.offices
            .iter()
            .map(|u| entry(&u.path(), &u.ufficio.nome, &u.descrizione)),
    );
    voci.extend(
        site.people
            .iter()
            .map(|p| entry(&p.path(), &p.nome, &p.role_line(site.today))),
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
            .map(|t| entry(&paths::topic(&t.slug), &t.nome, &t.descrizione)),
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

fn site_file(site: &Site) -> SiteFile {
    SiteFile {
        versione: API_VERSION,
        configurazione: site.config.clone(),
        pagine_fisse: site_map::PAGES
            .iter()
            .map(|p| entry(p.path, site.config.page_title(p.path, p.title), p.description))
            .collect(),
    }
}
