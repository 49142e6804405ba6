//! The territory as data: the Comuni of the province (content/comuni.yaml,
//! with their ISTAT codes) and the network of provincial roads
//! (content/strade.yaml), each road with its length and the Comuni it
//! crosses, the restrictions on them (content/limitazioni) and the map they
//! are drawn on (content/geodati). The shape of `territorio.json`.

pub mod geo;
mod km;
pub mod places;
pub mod restriction_filter;
pub mod restrictions;
pub mod schools;
#[cfg(test)]
mod tests;

pub use km::Km;
pub use places::{Place, PlaceKind, PlaceRef, PLACES_PATH};
pub use restrictions::{restriction_path, Period, Restriction, RestrictionKind, RoadRef, RESTRICTIONS_PATH};
pub use schools::SCHOOLS_PATH;

use super::date::Date;
use geo::MapBase;

use super::content::OfficeRef;
use serde::{Deserialize, Serialize};

/// The list of the Comuni; each Comune's page continues its address.
pub const COMUNI_PATH: &str = "/vivere-la-provincia/comuni";
/// The list of the provincial roads; each road's page continues its address.
pub const ROADS_PATH: &str = "/vivere-la-provincia/strade-provinciali";

/// A Comune of the province.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Comune {
    /// ISTAT code, six digits: the province's three, then the Comune's.
    pub istat: String,
    pub slug: String,
    pub nome: String,
    /// Its institutional site.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sito: Option<String>,
}

impl Comune {
    pub fn path(&self) -> String {
        format!("{COMUNI_PATH}/{}", self.slug)
    }

    pub fn reference(&self) -> ComuneRef {
        ComuneRef {
            istat: self.istat.clone(),
            slug: self.slug.clone(),
            nome: self.nome.clone(),
        }
    }
}

/// A Comune as other data name it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ComuneRef {
    pub istat: String,
    pub slug: String,
    pub nome: String,
}

impl ComuneRef {
    pub fn path(&self) -> String {
        format!("{COMUNI_PATH}/{}", self.slug)
    }
}

/// A provincial road of the registry.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Road {
    /// "SP 1", "SP 566 dir".
    pub codice: String,
    /// "sp-1", "sp-566-dir": the road's address.
    pub slug: String,
    /// "Aurelia", "di Sesta Godano".
    pub nome: String,
    pub lunghezza: Km,
    /// The Comuni it crosses, in the order the road meets them.
    pub comuni: Vec<ComuneRef>,
    /// The maintenance zone (the road workers' district).
    pub zona: String,
    /// The office that maintains it.
    pub ufficio: OfficeRef,
}

impl Road {
    pub fn path(&self) -> String {
        format!("{ROADS_PATH}/{}", self.slug)
    }

    /// "SP 1 Aurelia".
    pub fn full_name(&self) -> String {
        format!("{} {}", self.codice, self.nome)
    }

    /// "La Spezia, Vezzano Ligure, Arcola".
    pub fn comuni_names(&self) -> String {
        names_of(&self.comuni)
    }

    pub fn reference(&self) -> RoadRef {
        RoadRef {
            codice: self.codice.clone(),
            slug: self.slug.clone(),
            nome: self.nome.clone(),
        }
    }
}

/// "La Spezia, Vezzano Ligure": Comuni as a road or a restriction lists them.
pub fn names_of(comuni: &[ComuneRef]) -> String {
    comuni.iter().map(|c| c.nome.as_str()).collect::<Vec<_>>().join(", ")
}

/// The slug of a road code: "SP 566 dir" → "sp-566-dir".
pub fn road_slug(code: &str) -> String {
    code.split_whitespace()
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join("-")
}

/// "SP 1", "SP 566 dir", "SP 26 bis": "SP", a number, optionally a suffix
/// of lowercase letters.
pub fn is_road_code(code: &str) -> bool {
    let parts: Vec<&str> = code.split(' ').collect();
    let number =
        |p: &str| !p.is_empty() && p.len() <= 4 && p.bytes().all(|b| b.is_ascii_digit()) && !p.starts_with('0');
    match parts.as_slice() {
        ["SP", n] => number(n),
        ["SP", n, suffix] => number(n) && !suffix.is_empty() && suffix.bytes().all(|b| b.is_ascii_lowercase()),
        _ => false,
    }
}

/// The Comuni, the roads and their restrictions, for the Vivere pages.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Territory {
    pub versione: u32,
    /// The day of the build, on which "in vigore oggi" was computed.
    pub calcolato_il: Date,
    /// By name.
    pub comuni: Vec<Comune>,
    /// By code, in numeric order.
    pub strade: Vec<Road>,
    /// By road, then kilometre.
    #[serde(default)]
    pub limitazioni: Vec<Restriction>,
    /// Offices, front desks, school buildings, reading rooms: by kind, then name.
    #[serde(default)]
    pub luoghi: Vec<Place>,
    /// The province's bounding box, when content/geodati has the Comuni's
    /// outlines: then the map is at `endpoint::territory_map`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub riquadro: Option<geo::BoundingBox>,
    /// The outlines themselves, for the builder: its own file, so the pages
    /// that only list roads or places do not carry them.
    #[serde(skip)]
    pub mappa: Option<MapBase>,
    /// The PNRR projects with their Comuni, for the Comuni's pages.
    #[serde(default)]
    pub progetti_pnrr: Vec<crate::model::pnrr::closing::LocatedProject>,
}

impl Territory {
    /// The PNRR projects located in the Comune with ISTAT code `istat`.
    pub fn projects_in(&self, istat: &str) -> Vec<&crate::model::pnrr::closing::LocatedProject> {
        self.progetti_pnrr
            .iter()
            .filter(|p| p.comuni.iter().any(|c| c == istat))
            .collect()
    }

    pub fn comune(&self, slug: &str) -> Option<&Comune> {
        self.comuni.iter().find(|c| c.slug == slug)
    }

    pub fn road(&self, slug: &str) -> Option<&Road> {
        self.strade.iter().find(|r| r.slug == slug)
    }

    /// The roads that cross a Comune.
    pub fn roads_of(&self, istat: &str) -> Vec<&Road> {
        self.strade
            .iter()
            .filter(|r| r.comuni.iter().any(|c| c.istat == istat))
            .collect()
    }

    pub fn restriction(&self, slug: &str) -> Option<&Restriction> {
        self.limitazioni.iter().find(|r| r.slug == slug)
    }

    /// The restrictions on a road, of every period.
    pub fn restrictions_on(&self, road_slug: &str) -> Vec<Restriction> {
        self.limitazioni
            .iter()
            .filter(|r| r.strada.slug == road_slug)
            .cloned()
            .collect()
    }

    /// The restrictions that touch a Comune, of every period.
    pub fn restrictions_in(&self, comune_slug: &str) -> Vec<Restriction> {
        self.limitazioni
            .iter()
            .filter(|r| r.touches(comune_slug))
            .cloned()
            .collect()
    }

    pub fn place(&self, slug: &str) -> Option<&Place> {
        self.luoghi.iter().find(|p| p.slug == slug)
    }

    /// The school buildings, by Comune and name.
    pub fn schools(&self) -> Vec<&Place> {
        let mut found: Vec<&Place> = self.luoghi.iter().filter(|p| p.scuola.is_some()).collect();
        found.sort_by(|a, b| (&a.comune.nome, &a.nome).cmp(&(&b.comune.nome, &b.nome)));
        found
    }

    /// The places in a Comune.
    pub fn places_in(&self, istat: &str) -> Vec<&Place> {
        self.luoghi.iter().filter(|p| p.comune.istat == istat).collect()
    }

    /// Total length of the network.
    pub fn network_length(&self) -> Km {
        Km::from_metres(self.strade.iter().map(|r| r.lunghezza.metres()).sum())
    }
}

/// Roads in the order of their codes' numbers ("SP 2" before "SP 10"),
/// then by suffix ("SP 566" before "SP 566 dir").
pub fn road_order(a: &Road, b: &Road) -> std::cmp::Ordering {
    code_order(&a.codice, &b.codice)
}

/// The order of [`road_order`] on the codes themselves.
pub fn code_order(a: &str, b: &str) -> std::cmp::Ordering {
    let key = |code: &str| {
        let mut parts = code.split(' ').skip(1);
        let number = parts.next().and_then(|n| n.parse::<u32>().ok()).unwrap_or(u32::MAX);
        (number, parts.next().unwrap_or("").to_string())
    };
    key(a).cmp(&key(b))
}
