//! The restrictions on the roads as open data: GeoJSON (RFC 7946, WGS84,
//! longitude first; written with the `geojson` crate) and CSV, one
//! restriction per feature or row, past ones too, with their period on the
//! day of the build. Listed in the site's DCAT-AP_IT catalogue.

use crate::load::Site;
use crate::open_data::Table;
use geojson::{Feature, FeatureCollection, Geometry as GeoJsonGeometry, GeometryValue, JsonObject, JsonValue};
use provincia_sito::model::territory::geo::Geometry;
use provincia_sito::model::territory::restrictions::{RESTRICTIONS_CSV, RESTRICTIONS_GEOJSON};
use provincia_sito::model::territory::Restriction;

/// The dataset's key in the catalogue.
pub const DATASET: &str = "limitazioni-al-traffico";
pub const DESCRIPTION: &str = "Le chiusure e le limitazioni al traffico sulle strade provinciali, una per riga: strada, tratto in km, Comuni con codice ISTAT, tipo, limite, inizio e fine, motivo, percorso alternativo, ordinanza, luogo (WGS84) e stato nel giorno dell'aggiornamento.";

/// The GeoJSON properties and the CSV columns, in this order; the CSV
/// adds the place of the marker (`longitudine`, `latitudine`).
const COLUMNS: [&str; 17] = [
    "id",
    "strada",
    "nome_strada",
    "dal_km",
    "al_km",
    "comuni",
    "codici_istat",
    "tipo",
    "descrizione_tipo",
    "limite",
    "inizio",
    "fine",
    "motivo",
    "percorso_alternativo",
    "ordinanza",
    "stato",
    "pagina",
];

/// The two files: (path under dist/, content).
pub fn files(site: &Site) -> Vec<(String, String)> {
    vec![
        (RESTRICTIONS_GEOJSON.trim_start_matches('/').to_string(), geojson(site)),
        (
            RESTRICTIONS_CSV.trim_start_matches('/').to_string(),
            table(site).to_csv(),
        ),
    ]
}

/// "2026-12-01T08:00" or "2026-12-01": local time, as the ordinance says.
fn moment(date: provincia_sito::model::Date, time: &Option<String>) -> String {
    match time {
        Some(time) => format!("{}T{time}", date.iso()),
        None => date.iso(),
    }
}

fn values(site: &Site, item: &Restriction) -> [String; 17] {
    let join = |f: &dyn Fn(&provincia_sito::model::territory::ComuneRef) -> String| {
        item.comuni.iter().map(f).collect::<Vec<_>>().join("; ")
    };
    [
        item.slug.clone(),
        item.strada.codice.clone(),
        item.strada.nome.clone(),
        item.dal_km.plain(),
        item.al_km.plain(),
        join(&|c| c.nome.clone()),
        join(&|c| c.istat.clone()),
        item.tipo.key().to_string(),
        item.tipo.label().to_string(),
        item.limite.clone().unwrap_or_default(),
        moment(item.inizio, &item.ora_inizio),
        moment(item.fine, &item.ora_fine),
        item.motivo.clone(),
        item.percorso_alternativo.clone().unwrap_or_default(),
        item.ordinanza
            .as_ref()
            .map(|o| site.config.absolute(&o.percorso))
            .unwrap_or_default(),
        item.period(site.today).key().to_string(),
        site.config.absolute(&item.path()),
    ]
}

pub fn table(site: &Site) -> Table {
    let mut columns = COLUMNS.to_vec();
    columns.extend(["longitudine", "latitudine"]);
    let mut table = Table::new(&columns);
    for item in &site.territory.limitazioni {
        let [lon, lat] = item.geometria.anchor();
        let mut row = values(site, item).to_vec();
        row.extend([format!("{lon:.5}"), format!("{lat:.5}")]);
        table.rows.push(row);
    }
    table
}

pub fn geojson(site: &Site) -> String {
    let features = site
        .territory
        .limitazioni
        .iter()
        .map(|item| {
            let mut properties = JsonObject::new();
            for (key, value) in COLUMNS.iter().zip(values(site, item)) {
                let value = if value.is_empty() {
                    JsonValue::Null
                } else {
                    JsonValue::String(value)
                };
                properties.insert(key.to_string(), value);
            }
            let geometry = match &item.geometria {
                Geometry::Point(point) => GeometryValue::new_point(*point),
                Geometry::LineString(points) => GeometryValue::new_line_string(points.iter().copied()),
            };
            Feature {
                geometry: Some(GeoJsonGeometry::new(geometry)),
                id: Some(geojson::feature::Id::String(item.slug.clone())),
                properties: Some(properties),
                ..Default::default()
            }
        })
        .collect();
    let mut foreign = JsonObject::new();
    foreign.insert("aggiornato_il".into(), JsonValue::String(site.today.iso()));
    foreign.insert("fonte".into(), JsonValue::String(site.config.ente.nome.clone()));
    let collection = FeatureCollection {
        bbox: None,
        features,
        foreign_members: Some(foreign),
    };
    format!("{}\n", collection)
}
