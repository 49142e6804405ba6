//! content/geodati/comuni.geojson: the Comuni's outlines, on which the map
//! of restrictions is drawn and against which a restriction's place is
//! checked. The file carries its source and licence (`fonte`); each
//! feature names its Comune by ISTAT code (`istat`) and a point inside it
//! (`punto`). Read with the `geojson` crate, after serde_json has given the
//! line of a syntax error.

use super::Loader;
use crate::record::Record;
use geojson::{FeatureCollection, GeometryValue, Position};
use provincia_sito::model::territory::geo::{BoundingBox, ComuneShape, LonLat, MapBase};
use provincia_sito::model::territory::Comune;

pub const GEODATA_FILE: &str = "geodati/comuni.geojson";

/// How far outside the Comuni's simplified outlines a place may be.
const COAST_MARGIN_DEGREES: f64 = 0.02;

/// What the places are checked against.
#[derive(Clone, Copy)]
pub enum Area {
    Province(BoundingBox),
    /// The geodata file is absent: each place says so.
    Missing,
    /// The geodata file is broken, and says so itself.
    Unreadable,
}

/// The map base, and the area places are checked against. Without the
/// file there is no map; a file that cannot be read is reported, with the
/// reason.
pub fn load(loader: &Loader, comuni: &[Comune]) -> (Option<MapBase>, Area) {
    let path = loader.content.join(GEODATA_FILE);
    if !path.exists() {
        return (None, Area::Missing);
    }
    match read(loader, &path, comuni) {
        Some(map) => {
            let area = Area::Province(map.riquadro);
            (Some(map), area)
        }
        None => (None, Area::Unreadable),
    }
}

fn read(loader: &Loader, path: &std::path::Path, comuni: &[Comune]) -> Option<MapBase> {
    let file = loader.shown(path);
    let report = |line: usize, field: &str, message: String| loader.report.add(&file, line, field, message);
    let text = super::files::read_capped(path, super::files::MAX_GEODATA_BYTES)
        .map_err(|message| report(0, "(file)", format!("geodati: {message}")))
        .ok()?;
    let json: serde_json::Value = serde_json::from_str(&text)
        .map_err(|err| report(err.line(), "(file)", format!("il file non è JSON valido: {err}")))
        .ok()?;
    if !texts_are_clean(&json, "", &report) {
        return None;
    }
    let fonte = json
        .get("fonte")
        .and_then(|v| v.as_str())
        .unwrap_or("")
        .trim()
        .to_string();
    let collection = serde_json::from_value::<FeatureCollection>(json)
        .map_err(|err| {
            report(
                0,
                "(file)",
                format!("il file non è una FeatureCollection GeoJSON: {err}"),
            )
        })
        .ok()?;
    if fonte.is_empty() {
        report(
            0,
            "fonte",
            "indica la fonte e la licenza dei confini (campo «fonte» della FeatureCollection)".into(),
        );
    }
    let mut shapes: Vec<ComuneShape> = Vec::new();
    for (i, feature) in collection.features.iter().enumerate() {
        let field = |name: &str| format!("features[{i}].{name}");
        let istat = feature.property("istat").and_then(|v| v.as_str()).unwrap_or("");
        let Some(comune) = comuni.iter().find(|c| c.istat == istat) else {
            report(
                0,
                &field("properties.istat"),
                format!("«{istat}» non è il codice ISTAT di un Comune di content/comuni.yaml"),
            );
            continue;
        };
        let punto = feature
            .property("punto")
            .and_then(|v| serde_json::from_value::<LonLat>(v.clone()).ok());
        let rings = match feature.geometry.as_ref().map(|g| &g.value) {
            Some(GeometryValue::Polygon { coordinates }) => rings(std::slice::from_ref(coordinates)),
            Some(GeometryValue::MultiPolygon { coordinates }) => rings(coordinates),
            other => {
                let found = other.map_or("nessuna geometria", |g| g.type_name());
                report(
                    0,
                    &field("geometry"),
                    format!("{}: atteso un Polygon o un MultiPolygon, trovato {found}", comune.nome),
                );
                continue;
            }
        };
        let Some(punto) = punto else {
            report(
                0,
                &field("properties.punto"),
                format!("{}: manca il punto interno [longitudine, latitudine]", comune.nome),
            );
            continue;
        };
        if let Some(problem) = coordinates_problem(&rings, punto) {
            report(0, &field("geometry"), format!("{}: {problem}", comune.nome));
            continue;
        }
        if shapes.iter().any(|s| s.istat == istat) {
            report(
                0,
                &field("properties.istat"),
                format!("{} ha già un confine nel file", comune.nome),
            );
            continue;
        }
        shapes.push(ComuneShape {
            istat: istat.to_string(),
            anelli: rings,
            punto,
        });
    }
    for comune in comuni {
        if !shapes.iter().any(|s| s.istat == comune.istat) {
            report(
                0,
                "features",
                format!("manca il confine di {} ({})", comune.nome, comune.istat),
            );
        }
    }
    let riquadro = BoundingBox::around(shapes.iter().flat_map(|s| s.anelli.iter().flatten().copied()))?;
    Some(MapBase {
        versione: provincia_sito::model::endpoint::API_VERSION,
        riquadro,
        comuni: shapes,
        fonte,
    })
}

/// How far (in degrees, about 50 km) a vertex may lie from its Comune's
/// inner point: no Comune is larger, and a stray vertex would stretch the
/// province's box, against which every place is checked, to the world.
const MAX_VERTEX_DISTANCE_DEGREES: f64 = 0.5;

/// A vertex or point that is not a place on Earth, or not near its Comune.
fn coordinates_problem(rings: &[Vec<LonLat>], punto: LonLat) -> Option<String> {
    let on_earth = |[lon, lat]: LonLat| lon.is_finite() && lat.is_finite() && lon.abs() <= 180.0 && lat.abs() <= 90.0;
    if !on_earth(punto) {
        return Some(format!(
            "il punto interno {punto:?} non è una coppia [longitudine, latitudine]"
        ));
    }
    let stray = rings.iter().flatten().find(|&&vertex| {
        !on_earth(vertex)
            || (vertex[0] - punto[0]).abs() > MAX_VERTEX_DISTANCE_DEGREES
            || (vertex[1] - punto[1]).abs() > MAX_VERTEX_DISTANCE_DEGREES
    })?;
    Some(format!(
        "il vertice {stray:?} non è una coppia [longitudine, latitudine] a meno di {MAX_VERTEX_DISTANCE_DEGREES} gradi (circa 50 km) dal punto interno {punto:?}: il file è danneggiato o le coordinate non sono WGS84"
    ))
}

/// Every text of the file (names, source) is free of control characters and
/// within its field's length; each problem is reported with its path.
fn texts_are_clean(value: &serde_json::Value, path: &str, report: &impl Fn(usize, &str, String)) -> bool {
    use provincia_sito::model::text_limits::field_problem;
    match value {
        serde_json::Value::String(text) => {
            let field = if path.is_empty() { "(file)" } else { path };
            field_problem(field, text)
                .map(|message| report(0, field, message))
                .is_none()
        }
        serde_json::Value::Array(items) => items.iter().enumerate().fold(true, |clean, (i, item)| {
            texts_are_clean(item, &format!("{path}[{i}]"), report) && clean
        }),
        serde_json::Value::Object(fields) => fields.iter().fold(true, |clean, (key, item)| {
            let inner = if path.is_empty() {
                key.clone()
            } else {
                format!("{path}.{key}")
            };
            texts_are_clean(item, &inner, report) && clean
        }),
        _ => true,
    }
}

/// Every ring of the polygons (outer boundaries and holes alike: the map
/// draws them with the even-odd rule).
fn rings(polygons: &[Vec<Vec<Position>>]) -> Vec<Vec<LonLat>> {
    polygons
        .iter()
        .flatten()
        .map(|ring| ring.iter().map(|p| [p[0], p[1]]).collect())
        .collect()
}

/// A place as an editor writes it, as OpenStreetMap shows it: latitude
/// then longitude ("44.1024, 9.8237"), so it can be copied; the site stores
/// and publishes it in GeoJSON's order, longitude first.
pub fn place(record: &Record, key: &str, text: &str, area: Area) -> Option<LonLat> {
    let numbers: Vec<Option<f64>> = text.split(',').map(|n| n.trim().parse::<f64>().ok()).collect();
    let [Some(lat), Some(lon)] = numbers.as_slice() else {
        record.error(
            key,
            format!("«{text}» non è una coppia di coordinate: scrivi latitudine e longitudine separate da una virgola, come 44.1024, 9.8237"),
        );
        return None;
    };
    let here = [*lon, *lat];
    let area = match area {
        Area::Province(area) => area,
        Area::Unreadable => return None,
        Area::Missing => {
            record.error(
                key,
                "mancano i confini dei Comuni (content/geodati/comuni.geojson): senza non si può controllare che il luogo sia nella provincia",
            );
            return None;
        }
    };
    let province = area.grown(COAST_MARGIN_DEGREES);
    if !province.contains(here) {
        let swapped = province.contains([*lat, *lon]);
        let hint = if swapped {
            " (sembrano invertite: prima la latitudine, poi la longitudine)"
        } else {
            ""
        };
        record.error(
            key,
            format!("il luogo {text} è fuori dalla provincia ({}){hint}", area.describe()),
        );
        return None;
    }
    Some(here)
}
