//! What the home page shows beyond the configuration.

use super::news::NewsSummary;
use crate::model::money::Amount;
use serde::{Deserialize, Serialize};

/// A card leading to a section of the site (services, archives).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Shortcut {
    pub titolo: String,
    pub descrizione: String,
    pub percorso: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PnrrHighlight {
    pub titolo: String,
    pub misura: String,
    pub testo: String,
    pub importo: Amount,
    pub percorso: String,
}

/// Everything the home page shows beyond the configuration.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HomeData {
    pub versione: u32,
    /// Latest news and press releases.
    pub notizie: Vec<NewsSummary>,
    /// Notices in force, the nearest deadline first.
    #[serde(default)]
    pub avvisi: Vec<NewsSummary>,
    pub servizi: Vec<Shortcut>,
    pub archivi: Vec<Shortcut>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pnrr: Option<PnrrHighlight>,
    /// The restrictions in force on the provincial roads; absent where the
    /// ente publishes no road registry.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub strade_oggi: Option<RoadsToday>,
}

/// "Is my road open today, and until when?", answered on the home page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RoadsToday {
    pub calcolato_il: crate::model::date::Date,
    /// In force on that day, by road.
    pub limitazioni: Vec<crate::model::territory::Restriction>,
}
