//! Luoghi: where the ente receives the public and works — its seats, front
//! desks, school buildings, archives' reading rooms, road depots
//! (content/luoghi/{slug}.yaml). Each has an address, hours, accessibility,
//! how to get there and a link to OpenStreetMap (no embedded map: it would
//! load a third party's tiles); the offices it hosts link back to it.

use super::geo::{openstreetmap_url, LonLat};
use super::schools::SchoolBuilding;
use super::ComuneRef;
use crate::model::content::OfficeRef;
use serde::{Deserialize, Serialize};

/// The list of places; each place's page continues its address.
pub const PLACES_PATH: &str = "/vivere-la-provincia/luoghi";

vocabulary!(
    /// What a place is for.
    PlaceKind {
        Sede => "sede", "Sede istituzionale";
        Sportello => "sportello", "Sportello al pubblico";
        Scuola => "scuola", "Edificio scolastico";
        SalaConsultazione => "sala-consultazione", "Sala di consultazione";
        CentroOperativo => "centro-operativo", "Centro operativo stradale";
        SalaIncontri => "sala-incontri", "Sala per incontri ed eventi";
    }
);

impl PlaceKind {
    /// "Sedi istituzionali": the heading of its group on the list.
    pub fn plural(self) -> &'static str {
        match self {
            PlaceKind::Sede => "Sedi istituzionali",
            PlaceKind::Sportello => "Sportelli al pubblico",
            PlaceKind::Scuola => "Edifici scolastici",
            PlaceKind::SalaConsultazione => "Sale di consultazione",
            PlaceKind::CentroOperativo => "Centri operativi stradali",
            PlaceKind::SalaIncontri => "Sale per incontri ed eventi",
        }
    }
}

/// A place as other data name it (an office's seat, an event's venue).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlaceRef {
    pub slug: String,
    pub nome: String,
}

impl PlaceRef {
    pub fn path(&self) -> String {
        format!("{PLACES_PATH}/{}", self.slug)
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Place {
    pub slug: String,
    pub nome: String,
    pub tipo: PlaceKind,
    /// One sentence for the list.
    pub descrizione: String,
    /// "Via Vittorio Veneto 2".
    pub indirizzo: String,
    /// "19124".
    pub cap: String,
    pub comune: ComuneRef,
    pub punto: LonLat,
    /// "Lunedì–venerdì 9:00–12:30", one line each.
    pub orari: Vec<String>,
    pub accessibilita: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub come_arrivare: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub telefono: Option<String>,
    /// The offices that receive the public here.
    #[serde(default)]
    pub uffici: Vec<OfficeRef>,
    /// What a school building adds: only, and always, for a school.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scuola: Option<SchoolBuilding>,
}

impl Place {
    pub fn path(&self) -> String {
        format!("{PLACES_PATH}/{}", self.slug)
    }

    pub fn reference(&self) -> PlaceRef {
        PlaceRef {
            slug: self.slug.clone(),
            nome: self.nome.clone(),
        }
    }

    /// "Via Vittorio Veneto 2, 19124 La Spezia".
    pub fn full_address(&self) -> String {
        format!("{}, {} {}", self.indirizzo, self.cap, self.comune.nome)
    }

    pub fn map_url(&self) -> String {
        openstreetmap_url(self.punto)
    }
}
