//! Limitazioni al traffico: closures and restrictions on the provincial
//! roads (content/limitazioni/{slug}.yaml). Whether a restriction is in
//! force is decided on the day of the build, which the nightly rebuild
//! keeps current; a page says which day that was.

use super::geo::Geometry;
use super::{code_order, ComuneRef, Km, ROADS_PATH};
use crate::model::content::LinkedPage;
use crate::model::date::Date;
use serde::{Deserialize, Serialize};

/// The list of restrictions; each restriction's page continues its address.
pub const RESTRICTIONS_PATH: &str = "/vivere-la-provincia/limitazioni-al-traffico";
pub const RESTRICTIONS_TITLE: &str = "Limitazioni al traffico";
/// The Atom feed of every restriction; each road and Comune has its own.
pub const RESTRICTIONS_FEED: &str = "/feed/limitazioni.xml";
/// Every restriction as open data.
pub const RESTRICTIONS_GEOJSON: &str = "/dati/limitazioni.geojson";
pub const RESTRICTIONS_CSV: &str = "/dati/limitazioni.csv";

/// The feed of a road's restrictions.
pub fn road_feed(road_slug: &str) -> String {
    format!("/feed/limitazioni/strade/{road_slug}.xml")
}

/// The feed of the restrictions in a Comune.
pub fn comune_feed(comune_slug: &str) -> String {
    format!("/feed/limitazioni/comuni/{comune_slug}.xml")
}

/// How far ahead "nei prossimi giorni" looks.
pub const DAYS_AHEAD: i64 = 7;

vocabulary!(
    /// What a restriction does to the traffic.
    RestrictionKind {
        ChiusuraTotale => "chiusura-totale", "Chiusura totale";
        SensoUnicoAlternato => "senso-unico-alternato", "Senso unico alternato";
        Restringimento => "restringimento", "Restringimento di carreggiata";
        LimiteDiPeso => "limite-di-peso", "Limite di peso";
        LimiteDiVelocita => "limite-di-velocita", "Limite di velocità";
        DivietoMezziPesanti => "divieto-mezzi-pesanti", "Divieto di transito ai mezzi pesanti";
    }
);

impl RestrictionKind {
    /// The letter in its map marker: the shape and the letter, not the
    /// colour, tell the kinds apart.
    pub fn letter(self) -> &'static str {
        match self {
            RestrictionKind::ChiusuraTotale => "C",
            RestrictionKind::SensoUnicoAlternato => "A",
            RestrictionKind::Restringimento => "R",
            RestrictionKind::LimiteDiPeso => "P",
            RestrictionKind::LimiteDiVelocita => "V",
            RestrictionKind::DivietoMezziPesanti => "M",
        }
    }

    /// A closure stops the traffic; the others slow or sort it.
    pub fn closes(self) -> bool {
        self == RestrictionKind::ChiusuraTotale
    }
}

vocabulary!(
    /// Where a restriction stands on the day of the build.
    Period {
        Oggi => "oggi", "In vigore oggi";
        ProssimiGiorni => "prossimi-7-giorni", "Nei prossimi 7 giorni";
        PiuAvanti => "piu-avanti", "Più avanti";
        Concluse => "concluse", "Concluse";
    }
);

/// A provincial road as other data name it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RoadRef {
    pub codice: String,
    pub slug: String,
    pub nome: String,
}

impl RoadRef {
    pub fn path(&self) -> String {
        format!("{ROADS_PATH}/{}", self.slug)
    }

    /// "SP 1 Aurelia".
    pub fn full_name(&self) -> String {
        format!("{} {}", self.codice, self.nome)
    }
}

/// A closure or restriction on one stretch of a road.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Restriction {
    pub slug: String,
    pub strada: RoadRef,
    pub dal_km: Km,
    /// Equal to `dal_km` for a restriction at one point.
    pub al_km: Km,
    pub comuni: Vec<ComuneRef>,
    pub tipo: RestrictionKind,
    /// The limit, for a weight or speed limit: "3,5 t", "30 km/h".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limite: Option<String>,
    pub inizio: Date,
    /// "08:00"; without it, from the start of the day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ora_inizio: Option<String>,
    pub fine: Date,
    /// "18:00"; without it, to the end of the day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ora_fine: Option<String>,
    pub motivo: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub percorso_alternativo: Option<String>,
    /// The ordinance: a page of Documenti e dati, or a file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ordinanza: Option<LinkedPage>,
    pub geometria: Geometry,
}

/// `/vivere-la-provincia/limitazioni-al-traffico/sp-1-…`: a restriction's
/// page, by the name of its file.
pub fn restriction_path(slug: &str) -> String {
    format!("{RESTRICTIONS_PATH}/{slug}")
}

impl Restriction {
    pub fn path(&self) -> String {
        restriction_path(&self.slug)
    }

    /// Its iCalendar file.
    pub fn calendar_path(&self) -> String {
        format!("/calendario/limitazione-{}.ics", self.slug)
    }

    /// "Chiusura totale, SP 9 del Passo del Rastrello, km 4,200–6,800".
    pub fn title(&self) -> String {
        format!("{}, {}, {}", self.kind_label(), self.strada.full_name(), self.stretch())
    }

    /// "Limite di peso (3,5 t)".
    pub fn kind_label(&self) -> String {
        match &self.limite {
            Some(limit) => format!("{} ({limit})", self.tipo.label()),
            None => self.tipo.label().to_string(),
        }
    }

    /// "km 4,200–6,800", or "km 4,200" at one point.
    pub fn stretch(&self) -> String {
        if self.dal_km == self.al_km {
            format!("km {}", self.dal_km.number())
        } else {
            format!("km {}–{}", self.dal_km.number(), self.al_km.number())
        }
    }

    /// "dal 1 dicembre 2026 ore 08:00 al 12 dicembre 2026 ore 18:00".
    pub fn when(&self) -> String {
        let at = |date: Date, preposition: &str, time: &Option<String>| match time {
            Some(time) => format!("{} ore {time}", date.after(preposition)),
            None => date.after(preposition),
        };
        if self.inizio == self.fine {
            let hours = match (&self.ora_inizio, &self.ora_fine) {
                (Some(from), Some(to)) => format!(", dalle {from} alle {to}"),
                (Some(from), None) => format!(", dalle {from}"),
                (None, Some(to)) => format!(", fino alle {to}"),
                (None, None) => String::new(),
            };
            format!("{}{hours}", self.inizio.after("il"))
        } else {
            format!(
                "{} {}",
                at(self.inizio, "dal", &self.ora_inizio),
                at(self.fine, "al", &self.ora_fine)
            )
        }
    }

    /// "fino al 12 dicembre 2026 ore 18:00": what a driver asks first.
    pub fn until(&self) -> String {
        match &self.ora_fine {
            Some(time) => format!("{} ore {time}", self.fine.after("fino al")),
            None => self.fine.after("fino al"),
        }
    }

    /// "il 7 dicembre 2026 alle 08:00": when one to come begins.
    pub fn starts(&self) -> String {
        match &self.ora_inizio {
            Some(time) => format!("{} alle {time}", self.inizio.after("il")),
            None => self.inizio.after("il"),
        }
    }

    /// Where it stands on `today`: in force (for any part of the day),
    /// starting within [`DAYS_AHEAD`] days, later, or over.
    pub fn period(&self, today: Date) -> Period {
        if self.fine < today {
            Period::Concluse
        } else if self.inizio <= today {
            Period::Oggi
        } else if today.days_until(self.inizio) <= DAYS_AHEAD {
            Period::ProssimiGiorni
        } else {
            Period::PiuAvanti
        }
    }

    /// "Riomaggiore, Vernazza".
    pub fn comuni_names(&self) -> String {
        super::names_of(&self.comuni)
    }

    pub fn touches(&self, comune_slug: &str) -> bool {
        self.comuni.iter().any(|c| c.slug == comune_slug)
    }
}

/// The order within a period: in force ones by road and kilometre; coming
/// ones soonest first; past ones the latest ended first.
pub fn order_in(period: Period, a: &Restriction, b: &Restriction) -> std::cmp::Ordering {
    let by_place = || code_order(&a.strada.codice, &b.strada.codice).then(a.dal_km.cmp(&b.dal_km));
    match period {
        Period::Oggi => by_place(),
        Period::ProssimiGiorni | Period::PiuAvanti => a.inizio.cmp(&b.inizio).then_with(by_place),
        Period::Concluse => b.fine.cmp(&a.fine).then_with(by_place),
    }
}

/// The restrictions of `period`, in its order.
pub fn in_period(items: &[Restriction], period: Period, today: Date) -> Vec<&Restriction> {
    let mut found: Vec<&Restriction> = items.iter().filter(|r| r.period(today) == period).collect();
    found.sort_by(|a, b| order_in(period, a, b));
    found
}
