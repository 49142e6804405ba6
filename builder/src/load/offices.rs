//! content/uffici.yaml: the organisation, settore → servizio → ufficio, with
//! each unit's contacts, competences and head. Contents name an office by
//! slug (news, services, people's roles); a unit's services, staff and news
//! are read from those, never written twice (see [`attach`]). Optional: a
//! site without the file names no office.

use super::pages::markdown_field;
use super::Loader;
use provincia_sito::model::address::{PostalAddress, ADDRESS_SHAPE};
use provincia_sito::model::calls::Call;
use provincia_sito::model::config::is_email;
use provincia_sito::model::content::{
    sort_newest_first, LinkedPage, NewsItem, NewsSummary, Office, OfficeLevel, OfficeUnit,
};
use provincia_sito::model::people::{Person, PersonKind};
use provincia_sito::model::services::Service;
use provincia_sito::model::slug;

/// The fields of an office in content/uffici.yaml (the CMS offers these).
pub const FIELDS: [&str; 11] = [
    "slug",
    "livello",
    "nome",
    "dipende_da",
    "descrizione",
    "competenze",
    "responsabile",
    "email",
    "telefono",
    "indirizzo",
    "orari",
];

/// How many of a unit's newest news items its page lists.
const NEWS_SHOWN: usize = 5;

/// A unit as read, with what can only be checked once everything is.
pub struct LoadedUnit {
    pub unit: OfficeUnit,
    /// (file, line, field) of `dipende_da` and `responsabile`, for messages.
    parent_at: (String, usize, String),
    head: Option<(String, String, usize, String)>,
}

/// The units in file order.
pub fn load(loader: &mut Loader) -> Vec<LoadedUnit> {
    let mut list = Vec::new();
    loader.each_listed("uffici.yaml", "uffici", |loader, record| {
        let slug = record.text("slug");
        let nome = record.text("nome");
        // A flat list of offices, as a small ente keeps it, stays valid.
        let livello = match record.opt_text("livello") {
            None => Some(OfficeLevel::Ufficio),
            Some(_) => record.vocabulary("livello", OfficeLevel::from_key, OfficeLevel::keys),
        };
        let dipende_da = record.opt_text("dipende_da");
        let descrizione = record.text("descrizione");
        let competenze_html = markdown_field(loader, record, "competenze");
        let responsabile = record.opt_text("responsabile");
        let email = record.opt_text("email");
        let telefono = record.opt_text("telefono");
        let indirizzo = record.opt_text("indirizzo");
        let orari = record.opt_text("orari");
        record.finish(&FIELDS);
        // Service pages give this address to the model's metadata, in parts.
        if indirizzo.as_deref().is_some_and(|a| PostalAddress::parse(a).is_none()) {
            record.error("indirizzo", ADDRESS_SHAPE);
        }
        // Written once, as people read them; the booking form takes its
        // days and slots from them, so they must be readable.
        if let Some(Err(why)) = orari
            .as_deref()
            .map(provincia_sito::model::calendar::OpeningHours::parse)
        {
            record.error(
                "orari",
                format!("{why}; atteso {}", provincia_sito::model::calendar::HOURS_FORM),
            );
        }
        if email.as_deref().is_some_and(|e| !is_email(e)) {
            record.error("email", "indirizzo e-mail non valido: atteso nome@dominio.it");
        }
        if telefono
            .as_deref()
            .is_some_and(|t| !t.chars().all(|c| c.is_ascii_digit() || c == ' ' || c == '+'))
        {
            record.error(
                "telefono",
                "numero non valido: attese solo cifre, spazi e il prefisso +39",
            );
        }
        if livello == Some(OfficeLevel::Settore) && dipende_da.is_some() {
            record.error(
                "dipende_da",
                "un settore non dipende da un'altra unità: togli dipende_da",
            );
        }
        let (Some(slug), Some(nome), Some(livello), Some(descrizione)) = (slug, nome, livello, descrizione) else {
            return;
        };
        if let Some(problem) = slug::problem(&slug) {
            record.error("slug", problem);
            return;
        }
        if loader.offices.contains_key(&slug) {
            record.error("slug", format!("ufficio «{slug}» già definito"));
            return;
        }
        let ufficio = Office {
            slug: slug.clone(),
            livello,
            nome,
            email,
            telefono,
            indirizzo,
            orari,
        };
        loader.offices.insert(slug, ufficio.clone());
        let at = |key: &str| (record.file().to_string(), record.line_of(key), record.field(key));
        let head = responsabile.map(|person| {
            let (file, line, field) = at("responsabile");
            (person, file, line, field)
        });
        list.push(LoadedUnit {
            unit: OfficeUnit {
                ufficio,
                dipende_da,
                descrizione,
                competenze_html,
                responsabile: None,
                persone: Vec::new(),
                servizi: Vec::new(),
                notizie: Vec::new(),
                bandi: Vec::new(),
                sedi: Vec::new(),
            },
            parent_at: at("dipende_da"),
            head,
        });
    });
    check_parents(loader, &list);
    list
}

/// Each `dipende_da` names a unit of a higher level: a servizio in a
/// settore, an ufficio in a settore or a servizio (so the tree has no cycle).
fn check_parents(loader: &Loader, list: &[LoadedUnit]) {
    for loaded in list {
        let Some(parent) = &loaded.unit.dipende_da else {
            continue;
        };
        let (file, line, field) = &loaded.parent_at;
        let level = loaded.unit.ufficio.livello;
        if level == OfficeLevel::Settore {
            continue; // already reported: a settore depends on nothing
        }
        let message = match loader.offices.get(parent) {
            None => format!("unità sconosciuta «{parent}»: indica lo slug di un settore o servizio di questo file"),
            Some(found) if !level.fits_under(found.livello) => format!(
                "un {} non può dipendere da un {} («{parent}»): la gerarchia è settore → servizio → ufficio",
                level.key(),
                found.livello.key()
            ),
            Some(_) => continue,
        };
        loader.report.add(file, *line, field, message);
    }
}

/// Fills in each unit's head, staff, services, newest news and calls, once
/// the people, services, news and calls are loaded.
pub fn attach(
    loader: &Loader,
    list: Vec<LoadedUnit>,
    people: &[Person],
    services: &[Service],
    news: &[NewsItem],
    calls: &[Call],
) -> Vec<OfficeUnit> {
    list.into_iter()
        .map(|loaded| {
            let mut unit = loaded.unit;
            if let Some((slug, file, line, field)) = loaded.head {
                match people.iter().find(|p| p.slug == slug) {
                    Some(person) => unit.responsabile = Some(person.summary(loader.today)),
                    None => loader.report.add(
                        &file,
                        line,
                        &field,
                        format!("persona sconosciuta «{slug}»: indica lo slug di una scheda di content/persone"),
                    ),
                }
            }
            let office = unit.slug().to_string();
            unit.persone = people
                .iter()
                .filter(|p| p.tipo == PersonKind::Personale)
                .filter(|p| {
                    p.ruoli
                        .iter()
                        .any(|r| r.is_current(loader.today) && r.ufficio.as_ref().is_some_and(|o| o.slug == office))
                })
                .map(|p| p.summary(loader.today))
                .collect();
            unit.servizi = services
                .iter()
                .filter(|s| s.ufficio.slug == office)
                .map(|s| LinkedPage {
                    titolo: s.titolo.clone(),
                    percorso: s.path(),
                })
                .collect();
            unit.servizi.sort_by(|a, b| a.titolo.cmp(&b.titolo));
            let mut own: Vec<NewsSummary> = news
                .iter()
                .filter(|n| n.ufficio.as_ref().is_some_and(|o| o.slug == office))
                .map(NewsItem::summary)
                .collect();
            sort_newest_first(&mut own);
            unit.notizie = own
                .into_iter()
                .take(NEWS_SHOWN)
                .map(|n| LinkedPage {
                    percorso: n.path(),
                    titolo: n.titolo,
                })
                .collect();
            unit.bandi = calls
                .iter()
                .filter(|c| c.ufficio.slug == office)
                .map(|c| LinkedPage {
                    titolo: match c.scheda.on_behalf() {
                        Some(comuni) => format!("{} ({comuni})", c.scheda.titolo),
                        None => c.scheda.titolo.clone(),
                    },
                    percorso: c.scheda.path(),
                })
                .collect();
            unit
        })
        .collect()
}
