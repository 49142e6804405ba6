//! content/ → typed, validated data. Every file is read and every problem
//! reported (file, line, field, what was expected); nothing is written while
//! any problem remains.

mod albo;
mod archives;
mod attachments;
mod bodies;
mod calls;
pub use calls::FIELDS as CALL_FIELDS;
pub mod csp;
mod documents;
mod events;
pub use documents::FIELDS as DOCUMENT_FIELDS;
mod files;
mod geodata;
mod news;
mod offices;
pub use offices::FIELDS as OFFICE_FIELDS;
mod pages;
mod people;
mod places;
mod pnrr;
mod related;
mod restrictions;
mod services;
mod territory;
pub use restrictions::FIELDS as RESTRICTION_FIELDS;
pub use territory::{COMUNE_FIELDS, ROAD_FIELDS};
mod svg;
mod topics;
mod transparency;
mod uploads;
mod vocabulary;

pub use services::Category;

pub use files::FrontMatter;

use crate::history::History;
use crate::markdown;
use crate::record::Report;
pub use events::FIELDS as EVENT_FIELDS;
pub use places::FIELDS as PLACE_FIELDS;
use provincia_sito::model::albo::{AlboPage, ALBO_PATH};
use provincia_sito::model::archives::Archive;
use provincia_sito::model::bodies::Body;
use provincia_sito::model::calls::Call;
use provincia_sito::model::config::{OnlineServices, RemoteArchive};
use provincia_sito::model::config_toml::parse_site_config;
use provincia_sito::model::content::{NewsItem, Office, OfficeUnit, TextPage, TopicRef};
use provincia_sito::model::documents::Document;
use provincia_sito::model::people::{Organ, Person};
use provincia_sito::model::pnrr::{Measure, Project};
use provincia_sito::model::services::Service;
use provincia_sito::model::territory::{Comune, Place, Restriction, Road, Territory, RESTRICTIONS_PATH};
use provincia_sito::model::transparency::TransparencyTree;
use provincia_sito::model::{file_size, paths, site_map, slug, Date, SiteConfig};
use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};

#[derive(Clone, Debug)]
pub struct Topic {
    pub slug: String,
    pub nome: String,
    pub descrizione: String,
    /// Slugs it had before (`indirizzi_precedenti`), with their lines.
    pub former: Vec<(String, usize)>,
}

/// An address that moved: the build writes a page at `from` leading to `to`,
/// so links and bookmarks to the old address keep working.
#[derive(Clone, Debug, PartialEq)]
pub struct Redirect {
    pub from: String,
    pub to: String,
}

/// What the home page puts in evidence (content/home.yaml), by reference:
/// the writer resolves it into the API's `HomeData`.
#[derive(Clone, Debug, Default)]
pub struct HomeRefs {
    pub servizi: Vec<String>,
    pub archivi: Vec<String>,
    pub pnrr: Option<PnrrHighlightRef>,
}

/// The API's `PnrrHighlight` as the editor writes it: a measure by slug.
#[derive(Clone, Debug)]
pub struct PnrrHighlightRef {
    pub misura: String,
    pub titolo: String,
    pub testo: String,
}

/// The header's Amministrazione entry leads to every page of its section, as
/// the section page does (the model's second level): the text pages below
/// it, in their order, unless the configuration lists its own entries.
pub fn with_management_menu(mut config: SiteConfig, pages: &[TextPage]) -> SiteConfig {
    let section = provincia_sito::model::config::MANAGEMENT_PATH;
    if let Some(item) = config
        .menu
        .principale
        .iter_mut()
        .find(|i| i.percorso == section && i.voci.is_empty())
    {
        let prefix = format!("{section}/");
        item.voci = pages
            .iter()
            .filter(|p| p.percorso.strip_prefix(&prefix).is_some_and(|rest| !rest.contains('/')))
            .map(|p| provincia_sito::model::config::MenuItem {
                etichetta: p.titolo.clone(),
                percorso: p.percorso.clone(),
                voci: Vec::new(),
            })
            .collect();
    }
    config
}

pub struct Site {
    pub config: SiteConfig,
    pub today: Date,
    pub topics: Vec<Topic>,
    /// Published items only: those dated after `today` wait for a later build.
    pub news: Vec<NewsItem>,
    /// Free pages (Amministrazione, Vivere la Provincia).
    pub pages: Vec<TextPage>,
    /// The organisation, in the order of content/uffici.yaml.
    pub offices: Vec<OfficeUnit>,
    pub service_categories: Vec<Category>,
    pub services: Vec<Service>,
    pub archives: Vec<Archive>,
    /// The organs of government, each with its members.
    pub organs: Vec<Organ>,
    /// Politici and personale amministrativo, by name.
    pub people: Vec<Person>,
    /// Bodies the ente controls or takes part in (D.Lgs. 33/2013 art. 22).
    pub bodies: Vec<Body>,
    /// Documenti e dati, newest first; those dated after `today` wait.
    pub documents: Vec<Document>,
    /// Calls for tender and competitions, newest first.
    pub calls: Vec<Call>,
    /// Events, the organs' sittings included, by first date.
    pub events: Vec<provincia_sito::model::events::Event>,
    /// The Comuni of the province, by name, and the provincial roads.
    pub territory: Territory,
    pub transparency: TransparencyTree,
    pub measures: Vec<Measure>,
    pub projects: Vec<Project>,
    /// Figure changes per project CUP, newest first.
    pub project_changes: crate::figure_history::ProjectHistory,
    pub home: HomeRefs,
    /// Items left out because they are dated after `today`.
    pub scheduled: usize,
    /// Old addresses of renamed topics and categories.
    pub redirects: Vec<Redirect>,
    /// The acts in publication on the Albo pretorio, when the ente set it.
    pub albo: Option<AlboPage>,
}

/// Internal links found in texts, checked once every page is known.
pub(crate) struct LinkUse {
    pub file: String,
    pub line: usize,
    pub field: String,
    pub target: String,
}

pub(crate) struct Loader<'a> {
    pub report: &'a Report,
    /// Editorial warnings: shown to editors, never blocking (crate::review).
    pub warnings: &'a Report,
    pub content: PathBuf,
    pub public: PathBuf,
    pub today: Date,
    pub topics: BTreeMap<String, Topic>,
    pub offices: BTreeMap<String, Office>,
    pub links: Vec<LinkUse>,
    pub history: History,
    /// From the site configuration (empty when it has problems of its own).
    pub online: OnlineServices,
    pub remote_archives: Vec<RemoteArchive>,
    pub transparency_platform: String,
    /// The configuration file as editors see it, for messages.
    pub config_file: String,
}

impl Loader<'_> {
    /// Path of a content file as editors see it in messages: `content/…`.
    pub fn shown(&self, path: &Path) -> String {
        let base = self.content.parent().unwrap_or(Path::new(""));
        path.strip_prefix(base).unwrap_or(path).display().to_string()
    }

    pub fn topic_refs(&self, record: &crate::record::Record, key: &str) -> Vec<TopicRef> {
        record
            .texts(key)
            .into_iter()
            .filter_map(|(slug, line)| match self.topics.get(&slug) {
                Some(topic) => Some(TopicRef {
                    slug: topic.slug.clone(),
                    nome: topic.nome.clone(),
                }),
                None => {
                    let renamed = self
                        .topics
                        .values()
                        .find(|t| t.former.iter().any(|(old, _)| *old == slug));
                    let message = match renamed {
                        Some(topic) => format!(
                            "l'argomento «{slug}» ora si chiama «{}»: scrivi {}",
                            topic.nome, topic.slug
                        ),
                        None => format!(
                            "argomento sconosciuto «{slug}»: gli argomenti ammessi sono in content/argomenti.yaml"
                        ),
                    };
                    self.report.add(record.file(), line, &record.field(key), message);
                    None
                }
            })
            .collect()
    }

    /// The office a record names by slug (`ufficio: viabilita`), if any.
    pub fn office(&self, record: &crate::record::Record, key: &str) -> Option<Office> {
        let slug = record.opt_text(key)?;
        let office = self.offices.get(&slug).cloned();
        if office.is_none() {
            record.error(
                key,
                format!("ufficio sconosciuto «{slug}»: gli uffici ammessi sono in content/uffici.yaml"),
            );
        }
        office
    }

    /// Like [`Loader::office`], for a field that must be there.
    pub fn required_office(&self, record: &crate::record::Record, key: &str) -> Option<Office> {
        if !record.has(key) {
            record.text(key);
            return None;
        }
        self.office(record, key)
    }

    /// A whole number written as text or as a YAML number.
    pub fn number(&self, record: &crate::record::Record, key: &str) -> Option<i64> {
        let text = record.text(key)?;
        text.replace('.', "")
            .parse::<i64>()
            .map_err(|_| record.error(key, format!("«{text}» non è un numero intero")))
            .ok()
    }

    /// Each entry of the list `key` in the optional data file
    /// `content/{name}` (uffici.yaml, organi.yaml, enti.yaml), in file order;
    /// then any key of the file beside `key` is reported. A missing file
    /// holds no entries.
    pub fn each_listed(&mut self, name: &str, key: &str, mut each: impl FnMut(&mut Self, &crate::record::Record)) {
        let path = self.content.join(name);
        if !path.exists() {
            return;
        }
        let report = self.report;
        let Some((file, tree)) = self.read_yaml(&path) else {
            return;
        };
        let Some(root) = crate::record::Record::new(report, &file, &tree, 0, "") else {
            return;
        };
        for record in root.records(key) {
            each(self, &record);
        }
        root.finish(&[key]);
    }

    /// Reads and parses a YAML data file; `None` after reporting why not.
    pub fn read_yaml(&self, path: &Path) -> Option<(String, crate::yaml::Node)> {
        let file = self.shown(path);
        let text = files::read_capped(path, files::MAX_CONTENT_FILE_BYTES)
            .map_err(|message| self.report.add(&file, 0, "(file)", message))
            .ok()?;
        let tree = crate::yaml::parse(&text)
            .map_err(|err| {
                let field = if err.field.is_empty() { "(file)" } else { &err.field };
                self.report.add(&file, err.line, field, err.message)
            })
            .ok()?;
        Some((file, tree))
    }

    /// A data file whose name is its address (`content/servizi/{slug}.yaml`):
    /// parsed, its name checked. The flag says whether the name is a valid slug.
    pub fn read_named_yaml(&self, path: &Path) -> Option<(String, crate::yaml::Node, String, bool)> {
        let (file, tree) = self.read_yaml(path)?;
        let slug = path.file_stem()?.to_string_lossy().to_string();
        let problem = slug::problem(&slug);
        let valid = problem.is_none();
        if let Some(problem) = problem {
            self.report.add(&file, 1, "(nome del file)", problem);
        }
        Some((file, tree, slug, valid))
    }

    /// The recorded changes of a content file.
    pub fn history_of(&self, path: &Path) -> Vec<provincia_sito::model::history::Change> {
        self.history.of(path.strip_prefix(&self.content).unwrap_or(path))
    }

    /// An image referenced by content must exist under public/ and be
    /// within the upload limit.
    pub fn check_public_file(&self, record: &crate::record::Record, key: &str, path: &str) {
        if let Some(message) = self.public_file_problem(path) {
            record.error(key, message);
        }
    }

    /// What is wrong with a file referenced as `/img/…` or `/allegati/…`.
    pub fn public_file_problem(&self, path: &str) -> Option<String> {
        let relative = path.trim_start_matches('/');
        let meta = std::fs::metadata(self.public.join(relative))
            .ok()
            .filter(|m| m.is_file());
        match meta {
            Some(meta) if path.starts_with('/') && !relative.contains("..") => {
                (meta.len() > crate::review::MAX_FILE_BYTES).then(|| {
                    format!(
                        "il file «{path}» pesa {}, oltre il limite di {}: riducilo (immagini: 1600 pixel di lato bastano; PDF: salvalo «ottimizzato per il web»)",
                        file_size::label(meta.len()),
                        file_size::label(crate::review::MAX_FILE_BYTES)
                    )
                })
            }
            _ => Some(format!(
                "file «{path}» non trovato in public/: atteso un percorso come /img/foto.jpg o /allegati/documento.pdf"
            )),
        }
    }

    /// Editorial review of a Markdown text that starts on `first_line` of
    /// `file`: its warnings, and images of the site that must exist.
    pub fn review_text(&self, file: &str, first_line: usize, field: &str, text: &str, rendered: &markdown::Rendered) {
        let line = |offset: usize| first_line + markdown::line_at(text, offset) - 1;
        for warning in crate::review::text_warnings(text) {
            self.warnings.add(file, line(warning.offset), field, warning.message);
        }
        for (src, offset) in &rendered.local_images {
            if let Some(message) = self.public_file_problem(src) {
                self.report
                    .add(file, line(*offset), field, format!("immagine: {message}"));
            }
        }
    }
}

/// What an editor is told about a slug that is not one.
/// Loads `content` with its own `sito.toml`.
pub fn load_site(content: &Path, public: &Path, today: Date, report: &Report) -> Option<Site> {
    load_site_reviewed(
        content,
        &content.join("sito.toml"),
        public,
        today,
        report,
        &Report::default(),
    )
}

/// As [`load_site`], with the configuration from `config_file` (another
/// ente's, `SITE_CONFIG`), also collecting the editorial warnings in
/// `warnings`.
pub fn load_site_reviewed(
    content: &Path,
    config_file: &Path,
    public: &Path,
    today: Date,
    report: &Report,
    warnings: &Report,
) -> Option<Site> {
    let base = content.parent().unwrap_or(Path::new(""));
    let shown_config = config_file
        .strip_prefix(base)
        .unwrap_or(config_file)
        .display()
        .to_string();
    report.list_first(&shown_config);
    let config = match files::read_capped(config_file, files::MAX_CONTENT_FILE_BYTES) {
        Ok(source) => match parse_site_config(&shown_config, &source, &site_map::known_paths()) {
            Ok(config) => {
                csp::check(report, base, &config, &shown_config, &source);
                Some(config)
            }
            Err(problems) => {
                report.extend(problems);
                None
            }
        },
        Err(message) => {
            report.add(&shown_config, 0, "(file)", message);
            None
        }
    };
    let mut loader = Loader {
        report,
        warnings,
        content: content.to_path_buf(),
        public: public.to_path_buf(),
        today,
        topics: BTreeMap::new(),
        offices: BTreeMap::new(),
        links: Vec::new(),
        history: crate::history::read(content),
        online: config.as_ref().map_or(
            OnlineServices {
                archivio_remoto: String::new(),
                sportello_online: String::new(),
            },
            |c| c.servizi_online.clone(),
        ),
        remote_archives: config.as_ref().map_or(Vec::new(), |c| c.archivi.clone()),
        transparency_platform: config
            .as_ref()
            .map_or(String::new(), |c| c.footer.amministrazione_trasparente_esterna.clone()),
        config_file: shown_config.clone(),
    };
    let topics = topics::load(&mut loader);
    let offices = offices::load(&mut loader);
    let comuni = territory::load_comuni(&mut loader);
    let roads = territory::load_roads(&mut loader, &comuni);
    let (map, area) = geodata::load(&loader, &comuni);
    let mut organs = people::load_organs(&mut loader);
    let people = people::load_people(&mut loader, &organs);
    people::attach_members(&mut organs, &people, &loader);
    let bodies = bodies::load(&mut loader);
    let (mut news, scheduled) = news::load(&mut loader);
    related::attach(&mut news);
    let pages = pages::load(&mut loader);
    let (service_categories, services) = services::load(&mut loader);
    let archives = archives::load(&mut loader);
    let (calls, calls_scheduled) = calls::load(&mut loader);
    let mut offices = offices::attach(&loader, offices, &people, &services, &news, &calls);
    let (documents, documents_scheduled) = documents::load(&mut loader, &organs, &offices);
    let restrictions = restrictions::load(&mut loader, &roads, (&documents, &documents_scheduled), area);
    news::link_restrictions(&loader, &mut news, &restrictions);
    let transparency = transparency::load(&mut loader);
    let (measures, mut projects) = pnrr::load(&mut loader, &comuni, area);
    let places = places::load(
        &mut loader,
        &places::Known {
            comuni: &comuni,
            offices: &offices,
            projects: &projects,
            area,
        },
    );
    places::link_back(&places, &mut offices, &mut projects);
    let events = events::load(&mut loader, &places, &organs);
    let home = pages::load_home(&mut loader);
    let albo = config.as_ref().and_then(|c| c.albo_pretorio.clone()).map(|albo| {
        let copia = !albo.esportazione.is_empty();
        let atti = if copia {
            albo::load(&loader, &albo.esportazione)
        } else {
            Vec::new()
        };
        AlboPage {
            versione: provincia_sito::model::endpoint::API_VERSION,
            piattaforma: albo.url,
            aggiornato: today,
            copia,
            atti: provincia_sito::model::albo::current(&atti, today),
        }
    });
    uploads::check(&loader);

    let mut known: HashSet<String> = site_map::known_paths().into_iter().map(str::to_string).collect();
    known.extend(news.iter().map(NewsItem::path));
    known.extend(pages.iter().map(|p| p.percorso.clone()));
    known.extend(service_categories.iter().map(|c| paths::service_category(&c.slug)));
    known.extend(services.iter().map(Service::path));
    known.extend(archives.iter().map(Archive::path));
    known.extend(organs.iter().map(Organ::path));
    known.extend(offices.iter().map(OfficeUnit::path));
    known.extend(albo.iter().map(|_| ALBO_PATH.to_string()));
    known.insert(provincia_sito::model::calls::CALLS_PATH.to_string());
    known.extend(people.iter().map(Person::path));
    known.extend(documents.iter().map(|d| d.scheda.path()));
    known.extend(calls.iter().map(|c| c.scheda.path()));
    known.extend(comuni.iter().map(Comune::path));
    known.extend(roads.iter().map(Road::path));
    known.insert(RESTRICTIONS_PATH.to_string());
    known.extend(places.iter().map(Place::path));
    known.insert(provincia_sito::model::events::EVENTS_PATH.to_string());
    known.extend(events.iter().filter(|e| e.pagina.is_none()).map(|e| e.path()));
    known.extend(
        provincia_sito::model::events::EventKind::ALL
            .iter()
            .map(|k| k.list_path()),
    );
    known.extend(restrictions.iter().map(Restriction::path));
    known.extend(transparency.walk().into_iter().map(|(path, _)| path));
    known.extend(topics.iter().map(|t| paths::topic(&t.slug)));
    known.extend(measures.iter().map(Measure::path));
    known.extend(projects.iter().map(Project::path));
    let files = [
        loader.shown(&content.join("argomenti.yaml")),
        loader.shown(&content.join("categorie-servizi.yaml")),
    ];
    let redirects = redirects(report, &known, &topics, &service_categories, &files);
    for link in &loader.links {
        let target = link.target.split(['?', '#']).next().unwrap_or("");
        let target = if target.len() > 1 {
            target.trim_end_matches('/')
        } else {
            target
        };
        let is_file = public.join(target.trim_start_matches('/')).is_file();
        if !known.contains(target) && !is_file && !is_list_page(target) {
            report.add(
                &link.file,
                link.line,
                &link.field,
                format!("collegamento interno «{}» a una pagina che non esiste", link.target),
            );
        }
    }
    for path in home.servizi.iter().chain(&home.archivi) {
        if !known.contains(path.as_str()) {
            report.add(
                "content/home.yaml",
                0,
                "servizi/archivi",
                format!("pagina «{path}» non trovata"),
            );
        }
    }

    let located = projects
        .iter()
        .map(provincia_sito::model::pnrr::closing::LocatedProject::of)
        .collect();
    let mut project_changes = crate::figure_history::read(content);
    crate::figure_history::name_comuni(&mut project_changes, &comuni);
    Some(Site {
        config: config?,
        today,
        topics,
        news,
        pages,
        offices,
        service_categories,
        services,
        archives,
        organs,
        people,
        bodies,
        documents,
        calls,
        events,
        territory: Territory {
            versione: provincia_sito::model::endpoint::API_VERSION,
            calcolato_il: today,
            comuni,
            strade: roads,
            limitazioni: restrictions,
            luoghi: places,
            riquadro: map.as_ref().map(|m| m.riquadro),
            mappa: map,
            progetti_pnrr: located,
        },
        transparency,
        measures,
        projects,
        project_changes,
        home,
        scheduled: scheduled + documents_scheduled.len() + calls_scheduled,
        redirects,
        albo,
    })
}

/// The old addresses of renamed topics and categories; one that is a page
/// again, or that two entries claim, is refused.
fn redirects(
    report: &Report,
    known: &HashSet<String>,
    topics: &[Topic],
    categories: &[Category],
    [topics_file, categories_file]: &[String; 2],
) -> Vec<Redirect> {
    let moved = topics
        .iter()
        .flat_map(|t| {
            t.former
                .iter()
                .map(|(old, line)| (paths::topic(old), paths::topic(&t.slug), topics_file, *line))
        })
        .chain(categories.iter().flat_map(|c| {
            c.former.iter().map(|(old, line)| {
                let to = paths::service_category(&c.slug);
                (paths::service_category(old), to, categories_file, *line)
            })
        }));
    let mut redirects: Vec<Redirect> = Vec::new();
    for (from, to, file, line) in moved {
        let problem = if known.contains(&from) {
            Some(format!(
                "{from} è di nuovo una pagina del sito: toglilo dagli indirizzi precedenti"
            ))
        } else {
            let taken = redirects.iter().find(|r| r.from == from);
            taken.map(|other| format!("{from} porta già a {}", other.to))
        };
        match problem {
            Some(problem) => report.add(file, line, "indirizzi_precedenti", problem),
            None => redirects.push(Redirect { from, to }),
        }
    }
    redirects
}

/// `/novita/notizie/pagina/3` and the like.
fn is_list_page(path: &str) -> bool {
    paths::split_list_page(path).is_some_and(|(list, _)| list.starts_with("/novita/"))
}
