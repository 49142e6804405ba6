//! The ente's organisation: settori, the servizi within them and the uffici
//! within those (content/uffici.yaml), each with how to reach it. Contents
//! name an office by slug; its contacts travel with them as [`Office`], its
//! page reads the whole unit from `uffici.json`.

use crate::model::people::PersonSummary;
use serde::{Deserialize, Serialize};

vocabulary! {
    /// A unit's place in the hierarchy, highest first.
    OfficeLevel {
        Settore => "settore", "Settore";
        Servizio => "servizio", "Servizio";
        Ufficio => "ufficio", "Ufficio";
    }
}

/// The list of the settori (the model's "Aree amministrative").
pub const AREAS_PATH: &str = "/amministrazione/aree-amministrative";
/// The list of every servizio and ufficio (the model's "Uffici").
pub const OFFICES_PATH: &str = "/amministrazione/uffici";

impl OfficeLevel {
    /// Where the units of this level are listed; each unit's page continues it.
    pub fn list_path(self) -> &'static str {
        match self {
            OfficeLevel::Settore => AREAS_PATH,
            OfficeLevel::Servizio | OfficeLevel::Ufficio => OFFICES_PATH,
        }
    }

    /// The list's title, as the section's cards name it.
    pub fn list_label(self) -> &'static str {
        match self {
            OfficeLevel::Settore => "Aree amministrative",
            OfficeLevel::Servizio | OfficeLevel::Ufficio => "Uffici",
        }
    }

    /// Whether a unit of this level may sit inside one of `parent`'s level:
    /// a servizio in a settore, an ufficio in a settore or a servizio.
    pub fn fits_under(self, parent: OfficeLevel) -> bool {
        parent < self
    }
}

/// An office of the ente and how to reach it, as the contents that name it
/// carry it (news, services, people, the booking form).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Office {
    pub slug: String,
    pub livello: OfficeLevel,
    pub nome: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub telefono: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub indirizzo: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub orari: Option<String>,
}

impl Office {
    /// `/amministrazione/uffici/viabilita`, or below the aree amministrative
    /// for a settore.
    pub fn path(&self) -> String {
        crate::model::paths::office(self.livello, &self.slug)
    }
}

/// An office as a role names it: enough to link to its page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OfficeRef {
    pub slug: String,
    pub livello: OfficeLevel,
    pub nome: String,
}

impl OfficeRef {
    pub fn path(&self) -> String {
        crate::model::paths::office(self.livello, &self.slug)
    }
}

impl Office {
    pub fn reference(&self) -> OfficeRef {
        OfficeRef {
            slug: self.slug.clone(),
            livello: self.livello,
            nome: self.nome.clone(),
        }
    }
}

/// A page a unit links to: a service it provides, a news item of its.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LinkedPage {
    pub titolo: String,
    pub percorso: String,
}

/// A unit of the organisation with what its page shows.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OfficeUnit {
    pub ufficio: Office,
    /// The slug of the unit it belongs to; none for a settore.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dipende_da: Option<String>,
    /// One sentence for lists and search.
    pub descrizione: String,
    /// Sanitised HTML of what the unit does; may be empty.
    #[serde(default)]
    pub competenze_html: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub responsabile: Option<PersonSummary>,
    /// The staff with a current role in it, by name.
    #[serde(default)]
    pub persone: Vec<PersonSummary>,
    /// The services it is responsible for (each service's `ufficio`).
    #[serde(default)]
    pub servizi: Vec<LinkedPage>,
    /// Its newest news items.
    #[serde(default)]
    pub notizie: Vec<LinkedPage>,
    /// The calls for tender and competitions it runs (each call's
    /// `ufficio`), newest first: for the Stazione unica appaltante, the
    /// procedures it runs for the Comuni.
    #[serde(default)]
    pub bandi: Vec<LinkedPage>,
    /// Where it receives the public (the places that name it).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sedi: Vec<LinkedPage>,
}

impl OfficeUnit {
    /// What the list of offices promises of every page and this one does
    /// not have yet: the page says so rather than leaving the reader to look.
    pub fn missing_facts(&self) -> Vec<&'static str> {
        let mut missing = Vec::new();
        if self.competenze_html.trim().is_empty() {
            missing.push("le competenze");
        }
        if self.responsabile.is_none() {
            missing.push("il responsabile");
        }
        if self.ufficio.orari.as_deref().is_none_or(|o| o.trim().is_empty()) {
            missing.push("gli orari di apertura");
        }
        missing
    }

    pub fn slug(&self) -> &str {
        &self.ufficio.slug
    }

    pub fn path(&self) -> String {
        self.ufficio.path()
    }
}

/// `uffici.json`: the organisation, settori first, each followed by what it
/// holds (the order of content/uffici.yaml).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OfficeList {
    pub versione: u32,
    pub uffici: Vec<OfficeUnit>,
}

impl OfficeList {
    pub fn find(&self, slug: &str) -> Option<&OfficeUnit> {
        self.uffici.iter().find(|u| u.slug() == slug)
    }

    /// The units directly inside `slug`, in file order.
    pub fn children<'a>(&'a self, slug: &'a str) -> impl Iterator<Item = &'a OfficeUnit> + 'a {
        self.uffici
            .iter()
            .filter(move |u| u.dipende_da.as_deref() == Some(slug))
    }

    /// The units inside no other: the settori, and any office a small ente
    /// lists on its own.
    pub fn top_level(&self) -> impl Iterator<Item = &OfficeUnit> {
        self.uffici.iter().filter(|u| u.dipende_da.is_none())
    }

    /// The units `slug` sits in, outermost first (for the breadcrumb).
    pub fn ancestors(&self, slug: &str) -> Vec<&OfficeUnit> {
        let mut chain = Vec::new();
        let mut next = self.find(slug).and_then(|u| u.dipende_da.as_deref());
        // The build refuses cycles (a unit sits only under a higher level);
        // the bound keeps a hand-edited file from looping here.
        while let Some(parent) = next.and_then(|s| self.find(s)) {
            if chain.len() == OfficeLevel::ALL.len() {
                break;
            }
            chain.push(parent);
            next = parent.dipende_da.as_deref();
        }
        chain.reverse();
        chain
    }

    /// The units of a list page: settori for the aree amministrative,
    /// servizi and uffici for the uffici.
    pub fn listed_at(&self, path: &str) -> Vec<&OfficeUnit> {
        self.uffici
            .iter()
            .filter(|u| u.ufficio.livello.list_path() == path)
            .collect()
    }
}

#[cfg(test)]
#[path = "offices_tests.rs"]
mod tests;
