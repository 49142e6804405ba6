//! The service catalogue: categories, and service pages in the order of the
//! Designers Italia service page (category, title, status, description, who
//! it is for, how to do it, what you need, what you get, times, access,
//! conditions, contacts, topics).

use super::content::{Office, TopicRef};
use super::date::Date;
use super::history::Change;
use serde::{Deserialize, Serialize};

vocabulary!(
    /// How a person proves who they are on the online channel.
    Authentication {
        Spid => "spid", "SPID";
        Cie => "cie", "CIE (Carta d'identità elettronica)";
        Cns => "cns", "CNS (Carta nazionale dei servizi)";
    }
);

/// Where a service's online channel lives: a platform of the site
/// configuration, so another ente changes one address, not every service.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OnlineChannel {
    pub url: String,
    /// Empty when the channel needs no login.
    #[serde(default)]
    pub autenticazione: Vec<Authentication>,
}

impl OnlineChannel {
    /// "con SPID, CIE (Carta d'identità elettronica) o CNS (…)".
    pub fn login_sentence(&self) -> Option<String> {
        let labels: Vec<&str> = self.autenticazione.iter().map(|a| a.label()).collect();
        match labels.as_slice() {
            [] => None,
            [one] => Some(format!("Si accede con {one}.")),
            [rest @ .., last] => Some(format!("Si accede con {} o {last}.", rest.join(", "))),
        }
    }
}

/// The office where the service is also given in person.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PhysicalChannel {
    pub ufficio: Office,
    /// Booking address: https, mailto: or tel:.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prenotazione: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CategoryRef {
    pub slug: String,
    pub nome: String,
}

impl CategoryRef {
    pub fn path(&self) -> String {
        super::paths::service_category(&self.slug)
    }
}

/// One service page. The `*_html` fields are Markdown rendered and
/// sanitised at build time.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Service {
    pub versione: u32,
    pub slug: String,
    pub titolo: String,
    pub categoria: CategoryRef,
    pub attivo: bool,
    /// Why a service is not active; always present when it is not.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub motivo_stato: Option<String>,
    pub descrizione: String,
    pub destinatari_html: String,
    pub come_fare_html: String,
    pub cosa_serve_html: String,
    pub cosa_si_ottiene_html: String,
    pub tempi_html: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub online: Option<OnlineChannel>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sportello: Option<PhysicalChannel>,
    pub condizioni_html: String,
    /// The office responsible (Designers Italia "Unità organizzativa").
    pub ufficio: Office,
    #[serde(default)]
    pub argomenti: Vec<TopicRef>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aggiornato: Option<Date>,
    #[serde(default)]
    pub modifiche: Vec<Change>,
}

impl Service {
    pub fn path(&self) -> String {
        super::paths::service(&self.slug)
    }

    pub fn summary(&self) -> ServiceSummary {
        ServiceSummary {
            slug: self.slug.clone(),
            titolo: self.titolo.clone(),
            descrizione: self.descrizione.clone(),
            attivo: self.attivo,
            online: self.online.is_some(),
        }
    }
}

/// A service as the catalogue lists it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ServiceSummary {
    pub slug: String,
    pub titolo: String,
    pub descrizione: String,
    pub attivo: bool,
    /// Can be used online.
    pub online: bool,
}

impl ServiceSummary {
    pub fn path(&self) -> String {
        super::paths::service(&self.slug)
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ServiceCategory {
    pub slug: String,
    pub nome: String,
    pub descrizione: String,
    pub servizi: Vec<ServiceSummary>,
}

impl ServiceCategory {
    pub fn path(&self) -> String {
        super::paths::service_category(&self.slug)
    }
}

/// `servizi.json`: every category with its services, in content order.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ServiceCatalog {
    pub versione: u32,
    pub categorie: Vec<ServiceCategory>,
}

impl ServiceCatalog {
    pub fn category(&self, slug: &str) -> Option<&ServiceCategory> {
        self.categorie.iter().find(|c| c.slug == slug)
    }

    pub fn service_count(&self) -> usize {
        self.categorie.iter().map(|c| c.servizi.len()).sum()
    }
}

/// The headings of a service page, in the order the Designers Italia model
/// requires, with their anchors: the page index and the sections use them.
pub const SECTIONS: [(&str, &str); 8] = [
    ("a-chi-si-rivolge", "A chi è rivolto"),
    ("come-fare", "Come fare"),
    ("cosa-serve", "Cosa serve"),
    ("cosa-si-ottiene", "Cosa si ottiene"),
    ("tempi-e-scadenze", "Tempi e scadenze"),
    ("accedi-al-servizio", "Accedi al servizio"),
    ("condizioni-di-servizio", "Condizioni di servizio"),
    ("contatti", "Contatti"),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_login_sentence_lists_the_means_in_order() {
        let channel = |autenticazione: Vec<Authentication>| OnlineChannel {
            url: "https://servizi.example.it".into(),
            autenticazione,
        };
        assert_eq!(channel(vec![]).login_sentence(), None);
        assert_eq!(
            channel(vec![Authentication::Spid]).login_sentence().as_deref(),
            Some("Si accede con SPID.")
        );
        assert_eq!(
            channel(vec![Authentication::Spid, Authentication::Cie, Authentication::Cns])
                .login_sentence()
                .as_deref(),
            Some("Si accede con SPID, CIE (Carta d'identità elettronica) o CNS (Carta nazionale dei servizi).")
        );
    }
}
