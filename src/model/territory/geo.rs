//! Geometry of the territory: points and lines in WGS84 (longitude first,
//! as GeoJSON writes them, RFC 7946), the province's bounding box, the
//! Comuni's outlines for the map, and the projection that draws them.

use serde::{Deserialize, Serialize};

/// Longitude, latitude in degrees (WGS84), in GeoJSON's order.
pub type LonLat = [f64; 2];

/// A point on OpenStreetMap's own site: a link, never an embedded map,
/// which would load a third party's tiles into our pages.
pub fn openstreetmap_url([lon, lat]: LonLat) -> String {
    format!("https://www.openstreetmap.org/?mlat={lat:.5}&mlon={lon:.5}#map=17/{lat:.5}/{lon:.5}")
}

/// A restriction's place: a point, or the line of the stretch it covers.
/// Serialised as a GeoJSON geometry (`{"type": "Point", "coordinates": …}`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", content = "coordinates")]
pub enum Geometry {
    Point(LonLat),
    LineString(Vec<LonLat>),
}

impl Geometry {
    pub fn points(&self) -> Vec<LonLat> {
        match self {
            Geometry::Point(point) => vec![*point],
            Geometry::LineString(points) => points.clone(),
        }
    }

    /// Where its marker goes: the point, or the line's middle vertex.
    pub fn anchor(&self) -> LonLat {
        match self {
            Geometry::Point(point) => *point,
            Geometry::LineString(points) => points[points.len() / 2],
        }
    }
}

/// West, south, east, north in degrees.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BoundingBox {
    pub ovest: f64,
    pub sud: f64,
    pub est: f64,
    pub nord: f64,
}

impl BoundingBox {
    /// The smallest box holding every point; `None` without points.
    pub fn around(points: impl IntoIterator<Item = LonLat>) -> Option<BoundingBox> {
        points.into_iter().fold(None, |found, [lon, lat]| {
            Some(match found {
                None => BoundingBox {
                    ovest: lon,
                    sud: lat,
                    est: lon,
                    nord: lat,
                },
                Some(b) => BoundingBox {
                    ovest: b.ovest.min(lon),
                    sud: b.sud.min(lat),
                    est: b.est.max(lon),
                    nord: b.nord.max(lat),
                },
            })
        })
    }

    pub fn contains(&self, [lon, lat]: LonLat) -> bool {
        (self.ovest..=self.est).contains(&lon) && (self.sud..=self.nord).contains(&lat)
    }

    /// The box grown by `degrees` on every side: the simplified outlines
    /// cut corners of the coast, and a point on a coast road may fall
    /// just outside them.
    pub fn grown(&self, degrees: f64) -> BoundingBox {
        BoundingBox {
            ovest: self.ovest - degrees,
            sud: self.sud - degrees,
            est: self.est + degrees,
            nord: self.nord + degrees,
        }
    }

    /// "9.46–10.07 E, 44.02–44.44 N", for messages.
    pub fn describe(&self) -> String {
        format!(
            "longitudine {:.2}–{:.2}, latitudine {:.2}–{:.2}",
            self.ovest, self.est, self.sud, self.nord
        )
    }
}

/// A Comune on the map: its outline (one or more rings) and where its name goes.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ComuneShape {
    pub istat: String,
    pub anelli: Vec<Vec<LonLat>>,
    /// A point inside the Comune.
    pub punto: LonLat,
}

/// What the map is drawn on, from content/geodati.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MapBase {
    /// The API's version, as in every file of the API.
    pub versione: u32,
    pub riquadro: BoundingBox,
    pub comuni: Vec<ComuneShape>,
    /// Who made the outlines, and their licence, shown under the map.
    pub fonte: String,
}

/// Longitude and latitude to the map's pixels: an equirectangular
/// projection with the longitudes shrunk by the cosine of the middle
/// latitude, which at a province's size is as good as any other.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Projection {
    area: BoundingBox,
    scale: f64,
    shrink: f64,
    pub width: f64,
    pub height: f64,
}

impl Projection {
    pub fn new(area: BoundingBox, width: f64) -> Projection {
        let shrink = ((area.sud + area.nord) / 2.0).to_radians().cos();
        let scale = width / ((area.est - area.ovest) * shrink);
        Projection {
            area,
            scale,
            shrink,
            width,
            height: (area.nord - area.sud) * scale,
        }
    }

    /// Pixels from the top left corner, rounded to tenths.
    pub fn xy(&self, [lon, lat]: LonLat) -> (f64, f64) {
        let round = |v: f64| (v * 10.0).round() / 10.0;
        (
            round((lon - self.area.ovest) * self.shrink * self.scale),
            round((self.area.nord - lat) * self.scale),
        )
    }

    /// An SVG path of closed rings.
    pub fn rings_path(&self, rings: &[Vec<LonLat>]) -> String {
        let mut path = String::new();
        for ring in rings {
            for (i, point) in ring.iter().enumerate() {
                let (x, y) = self.xy(*point);
                path.push_str(&format!("{}{x} {y}", if i == 0 { "M" } else { "L" }));
            }
            path.push('Z');
        }
        path
    }

    /// An SVG path of an open line.
    pub fn line_path(&self, points: &[LonLat]) -> String {
        points
            .iter()
            .enumerate()
            .map(|(i, point)| {
                let (x, y) = self.xy(*point);
                format!("{}{x} {y}", if i == 0 { "M" } else { "L" })
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SPEZIA: BoundingBox = BoundingBox {
        ovest: 9.46,
        sud: 44.02,
        est: 10.08,
        nord: 44.44,
    };

    #[test]
    fn a_geometry_is_written_as_geojson_with_longitude_first() {
        let point = Geometry::Point([9.8237, 44.1024]);
        let json = serde_json::to_string(&point).unwrap();
        assert_eq!(json, r#"{"type":"Point","coordinates":[9.8237,44.1024]}"#);
        let line: Geometry =
            serde_json::from_str(r#"{"type":"LineString","coordinates":[[9.8,44.1],[9.9,44.2],[10.0,44.3]]}"#).unwrap();
        assert_eq!(line.anchor(), [9.9, 44.2]);
    }

    #[test]
    fn the_box_holds_its_points_and_grows_for_the_coast() {
        let area = BoundingBox::around([[9.5, 44.1], [10.0, 44.4], [9.7, 44.05]]).unwrap();
        assert_eq!((area.ovest, area.sud, area.est, area.nord), (9.5, 44.05, 10.0, 44.4));
        assert!(area.contains([9.8, 44.2]));
        assert!(!area.contains([9.8, 44.0]));
        assert!(area.grown(0.06).contains([9.8, 44.0]));
        assert!(BoundingBox::around([]).is_none());
    }

    #[test]
    fn the_projection_keeps_north_up_and_shapes_true() {
        let map = Projection::new(SPEZIA, 600.0);
        assert_eq!(map.xy([9.46, 44.44]), (0.0, 0.0));
        assert_eq!(map.xy([10.08, 44.44]).0, 600.0);
        // 0.42° of latitude against 0.62° of longitude shrunk by cos(44.23°).
        assert!((map.height - 567.2).abs() < 0.1, "{}", map.height);
        let (_, south) = map.xy([9.7, 44.02]);
        assert!((south - map.height).abs() < 0.1);
        assert_eq!(map.line_path(&[[9.46, 44.44], [10.08, 44.44]]), "M0 0L600 0");
        assert!(map
            .rings_path(&[vec![[9.46, 44.44], [10.08, 44.44], [9.46, 44.02]]])
            .ends_with('Z'));
    }
}
