//! content/categorie-servizi.yaml (the categories, in catalogue order; kept
//! out of servizi/ so that folder holds only services, as the CMS lists it)
//! and one `{slug}.yaml` per service, with the sections of the Designers
//! Italia service page.

use super::files::files_in;
use super::pages::markdown_field;
use super::{vocabulary, Loader};
use crate::record::Record;
use provincia_sito::model::config::is_https_url;
use provincia_sito::model::endpoint::API_VERSION;
use provincia_sito::model::paths;
use provincia_sito::model::services::{Authentication, CategoryRef, OnlineChannel, PhysicalChannel, Service};
use std::path::Path;

/// A category as `categorie-servizi.yaml` declares it.
#[derive(Clone, Debug)]
pub struct Category {
    pub slug: String,
    pub nome: String,
    pub descrizione: String,
    /// Slugs it had before (`indirizzi_precedenti`), with their lines.
    pub former: Vec<(String, usize)>,
}

const FIELDS: [&str; 16] = [
    "titolo",
    "categoria",
    "stato",
    "motivo_stato",
    "descrizione",
    "destinatari",
    "come_fare",
    "cosa_serve",
    "cosa_si_ottiene",
    "tempi",
    "accesso_online",
    "sportello",
    "condizioni",
    "ufficio",
    "argomenti",
    "aggiornato",
];

pub fn load(loader: &mut Loader) -> (Vec<Category>, Vec<Service>) {
    let folder = loader.content.join("servizi");
    let categories_file = loader.content.join("categorie-servizi.yaml");
    // A site with no services yet has no categories either.
    let categories = if !categories_file.exists() && files_in(&folder, "yaml").is_empty() {
        Vec::new()
    } else {
        load_categories(loader, &categories_file)
    };
    let mut services = Vec::new();
    for path in files_in(&folder, "yaml") {
        if let Some(service) = load_service(loader, &categories, &path) {
            services.push(Service {
                modifiche: loader.history_of(&path),
                ..service
            });
        }
    }
    (categories, services)
}

fn load_categories(loader: &mut Loader, path: &Path) -> Vec<Category> {
    let voices = vocabulary::load(loader, "categorie-servizi.yaml", &["categorie"]);
    let Some((file, tree)) = loader.read_yaml(path) else {
        return Vec::new();
    };
    let Some(root) = Record::new(loader.report, &file, &tree, 0, "") else {
        return Vec::new();
    };
    let mut categories: Vec<Category> = Vec::new();
    for record in root.records("categorie") {
        let Some(entry) = vocabulary::entry(loader, &record, &voices) else {
            continue;
        };
        if categories.iter().any(|c| c.slug == entry.slug) {
            record.error("slug", format!("categoria «{}» già definita", entry.slug));
        } else if let Some(twin) = categories
            .iter()
            .find(|c| voices.vocabulary.find(&c.nome) == voices.vocabulary.find(&entry.nome))
        {
            record.error(
                "nome",
                format!(
                    "la voce «{}» è già la categoria «{}»: unisci i loro servizi",
                    entry.nome, twin.slug
                ),
            );
        } else {
            categories.push(Category {
                slug: entry.slug,
                nome: entry.nome,
                descrizione: entry.descrizione,
                former: entry.former,
            });
        }
    }
    root.finish(&["categorie"]);
    if categories.is_empty() {
        loader
            .report
            .add(&file, 1, "categorie", "attesa almeno una categoria di servizi");
    }
    categories
}

/// A Markdown section every service page must have.
fn required_markdown(loader: &mut Loader, record: &Record, key: &str) -> String {
    if !record.has(key) {
        record.text(key);
        return String::new();
    }
    markdown_field(loader, record, key)
}

fn load_service(loader: &mut Loader, categories: &[Category], path: &Path) -> Option<Service> {
    let (file, tree, slug, valid) = loader.read_named_yaml(path)?;
    let report = loader.report;
    let record = Record::new(report, &file, &tree, 0, "")?;
    if valid && categories.iter().any(|c| c.slug == slug) {
        report.add(
            &file,
            1,
            "(nome del file)",
            format!(
                "{} è già l'indirizzo di una categoria: cambia il nome del file",
                paths::service_category(&slug)
            ),
        );
    }
    let titolo = record.text("titolo");
    let descrizione = record.text("descrizione");
    let categoria = record.text("categoria").and_then(|key| {
        let found = categories.iter().find(|c| c.slug == key);
        if found.is_none() {
            let known: Vec<&str> = categories.iter().map(|c| c.slug.as_str()).collect();
            let message = match categories.iter().find(|c| c.former.iter().any(|(old, _)| *old == key)) {
                Some(renamed) => format!(
                    "la categoria «{key}» ora è «{}» ({}): scrivi {}",
                    renamed.slug, renamed.nome, renamed.slug
                ),
                None => format!(
                    "categoria sconosciuta «{key}»; quelle ammesse (content/categorie-servizi.yaml) sono: {}",
                    known.join(", ")
                ),
            };
            record.error("categoria", message);
        }
        found.map(|c| CategoryRef {
            slug: c.slug.clone(),
            nome: c.nome.clone(),
        })
    });
    let attivo = match record.text("stato").as_deref() {
        Some("attivo") => Some(true),
        Some("non-attivo") => Some(false),
        Some(other) => {
            record.error(
                "stato",
                format!("stato «{other}» sconosciuto: atteso attivo oppure non-attivo"),
            );
            None
        }
        None => None,
    };
    let motivo_stato = record.opt_text("motivo_stato");
    match (attivo, &motivo_stato) {
        (Some(false), None) => record.error(
            "motivo_stato",
            "un servizio non attivo deve dire perché (e quando tornerà disponibile)",
        ),
        (Some(true), Some(_)) => record.error("motivo_stato", "il motivo si indica solo per un servizio non attivo"),
        _ => {}
    }
    let destinatari_html = required_markdown(loader, &record, "destinatari");
    let come_fare_html = required_markdown(loader, &record, "come_fare");
    let cosa_serve_html = required_markdown(loader, &record, "cosa_serve");
    let cosa_si_ottiene_html = required_markdown(loader, &record, "cosa_si_ottiene");
    let tempi_html = required_markdown(loader, &record, "tempi");
    let condizioni_html = required_markdown(loader, &record, "condizioni");
    let online = record.record("accesso_online").and_then(|r| online_channel(loader, &r));
    let sportello = record.record("sportello").and_then(|r| {
        let ufficio = loader.required_office(&r, "ufficio");
        let prenotazione = r.opt_text("prenotazione");
        if let Some(address) = &prenotazione {
            if !(is_https_url(address) || address.starts_with("mailto:") || address.starts_with("tel:")) {
                r.error("prenotazione", "atteso un indirizzo https://, mailto: oppure tel:");
            }
        }
        r.finish(&["ufficio", "prenotazione"]);
        Some(PhysicalChannel {
            ufficio: ufficio?,
            prenotazione,
        })
    });
    if !record.has("accesso_online") && !record.has("sportello") {
        record.error(
            "accesso_online",
            "indica almeno un canale: accesso_online oppure sportello",
        );
    }
    let ufficio = loader.required_office(&record, "ufficio");
    let argomenti = loader.topic_refs(&record, "argomenti");
    if !record.has("argomenti") {
        record.error("argomenti", "indica almeno un argomento");
    }
    let aggiornato = record.opt_date("aggiornato");
    record.finish(&FIELDS);
    Some(Service {
        versione: API_VERSION,
        slug,
        titolo: titolo?,
        categoria: categoria?,
        attivo: attivo?,
        motivo_stato,
        descrizione: descrizione?,
        destinatari_html,
        come_fare_html,
        cosa_serve_html,
        cosa_si_ottiene_html,
        tempi_html,
        online,
        sportello,
        condizioni_html,
        ufficio: ufficio?,
        argomenti,
        aggiornato,
        modifiche: Vec::new(),
    })
}

/// `accesso_online: { piattaforma: sportello, percorso: /…, autenticazione: [spid, cie] }`
/// or `{ url: https://…, … }` for a platform of another body (the SUAP).
fn online_channel(loader: &Loader, record: &Record) -> Option<OnlineChannel> {
    let platform = record.opt_text("piattaforma");
    let direct = record.opt_text("url");
    let url = match (platform, direct) {
        (Some(platform), None) => {
            let base = match platform.as_str() {
                "sportello" => loader.online.sportello_online.clone(),
                "archivio" => loader.online.archivio_remoto.clone(),
                other => {
                    record.error("piattaforma", format!("piattaforma «{other}» sconosciuta: attese sportello oppure archivio (indirizzi in content/sito.toml, [servizi_online])"));
                    return None;
                }
            };
            let path = record.opt_text("percorso").unwrap_or_default();
            if !path.is_empty() && !path.starts_with('/') {
                record.error("percorso", "atteso un percorso che inizia con /");
            }
            format!("{}{path}", base.trim_end_matches('/'))
        }
        (None, Some(url)) => {
            if !is_https_url(&url) {
                record.error("url", "atteso un indirizzo che inizia con https://");
            }
            url
        }
        _ => {
            record.error(
                "piattaforma",
                "indica piattaforma (con percorso) oppure url, non entrambi",
            );
            return None;
        }
    };
    let autenticazione = record
        .texts("autenticazione")
        .into_iter()
        .filter_map(|(key, line)| {
            let found = Authentication::from_key(&key);
            if found.is_none() {
                loader.report.add(
                    record.file(),
                    line,
                    &record.field("autenticazione"),
                    format!("«{key}» sconosciuto: ammessi {}", Authentication::keys()),
                );
            }
            found
        })
        .collect();
    record.finish(&["piattaforma", "percorso", "url", "autenticazione"]);
    Some(OnlineChannel { url, autenticazione })
}
