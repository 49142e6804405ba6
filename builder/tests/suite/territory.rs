//! The restrictions on the roads are checked at build time: a stretch
//! within its road's length and in order, dates and hours in order, a known
//! road, Comuni the road crosses, a known kind (with its limit where it has
//! one), an ordinance that is one, and a place inside the province, written
//! latitude first. Geodata that cannot be read stop the build naming the
//! file and the reason. The fixture's `limitazione-buona` must pass.

use crate::common::{assert_exactly_reported, copy_tree, problems_of};
use std::path::Path;

#[test]
fn each_broken_restriction_is_reported_with_file_line_and_field() {
    let problems: Vec<String> = problems_of("tests/fixtures/amministrazione-errata")
        .into_iter()
        .filter(|p| p.contains("/limitazioni/"))
        .collect();
    let at = |file: &str, rest: &str| format!("amministrazione-errata/limitazioni/{file}.yaml{rest}");
    let expected = [
        at("oltre-la-strada", ":3: campo `al_km`: km 19,5 oltre la fine della SP 1, lunga 18,4 km"),
        at("finisce-prima", ":1: campo `comuni`: indica i Comuni interessati: la SP 1 attraversa La Spezia, Sarzana"),
        at("finisce-prima", ":3: campo `al_km`: il km di fine (3) precede quello di inizio (4)"),
        at("finisce-prima", ":6: campo `fine`: la limitazione finisce prima di cominciare"),
        at("stesso-giorno-ore-invertite", ":7: campo `fine`: la limitazione finisce prima di cominciare"),
        at("strada-sconosciuta", ":1: campo `strada`: strada sconosciuta «SP 99»"),
        at(
            "comune-non-attraversato",
            ":3: campo `comuni`: «Lerici» non è un Comune attraversato dalla SP 1 (La Spezia, Sarzana)",
        ),
        at(
            "fuori-provincia",
            ":8: campo `punto`: il luogo 45.4642, 9.1900 è fuori dalla provincia (longitudine 9.75–10.02, latitudine 44.07–44.15)",
        ),
        at(
            "coordinate-invertite",
            ":8: campo `tracciato`: il luogo 9.97, 44.12 è fuori dalla provincia (longitudine 9.75–10.02, latitudine 44.07–44.15) (sembrano invertite",
        ),
        at("campi-sbagliati", ":2: campo `dal_km`: «2,5» non è una distanza in chilometri"),
        at("campi-sbagliati", ":4: campo `tipo`: «frana» sconosciuto: ammessi chiusura-totale,"),
        at("campi-sbagliati", ":6: campo `ora_inizio`: «25:00» non è un'ora"),
        at(
            "campi-sbagliati",
            ":9: campo `ordinanza`: «documento-buono» è un documento di tipo deliberazione, non un'ordinanza",
        ),
        at("campi-sbagliati", ":11: campo `colore`: campo sconosciuto"),
        at("limite-senza-valore", ":1: campo `punto`: indica dove si trova"),
        at("limite-senza-valore", ":1: campo `limite`: indica il limite, come «3,5 t» o «30 km/h»"),
        at("limite-senza-valore", ":8: campo `ordinanza`: ordinanza «ordinanza-che-non-esiste» sconosciuta"),
    ];
    assert_exactly_reported(&problems, &expected);
}

/// A place has a known Comune and offices, a postcode, a place in the
/// province and its hours; a school building has its block (and only a
/// school has one) with registry codes once across buildings, a number of
/// students, an energy class of the scale and CUPs of the site's projects.
#[test]
fn each_broken_place_is_reported_with_file_line_and_field() {
    let problems: Vec<String> = problems_of("tests/fixtures/amministrazione-errata")
        .into_iter()
        .filter(|p| p.contains("/luoghi/"))
        .collect();
    let at = |file: &str, rest: &str| format!("amministrazione-errata/luoghi/{file}.yaml{rest}");
    let expected = [
        at("scuola-sbagliata", ":5: campo `cap`: «1912» non è un codice postale"),
        at("scuola-sbagliata", ":6: campo `comune`: Comune sconosciuto «Lerici»"),
        at("scuola-sbagliata", ":7: campo `punto`: il luogo 45.46, 9.19 è fuori dalla provincia"),
        at("scuola-sbagliata", ":10: campo `uffici`: ufficio sconosciuto «protocollo»"),
        at("scuola-sbagliata", ":13: campo `scuola.istituti[0].codice`: «SP-01» non è un codice meccanografico"),
        at(
            "scuola-sbagliata",
            ":14: campo `scuola.istituti[1].codice`: l'istituto SPTD01000Q è già in amministrazione-errata/luoghi/codice-ripetuto.yaml",
        ),
        at("scuola-sbagliata", ":15: campo `scuola.studenti`: «tanti» non è un numero intero"),
        at("scuola-sbagliata", ":16: campo `scuola.classe_energetica`: «Z» sconosciuto: ammessi A4, A3"),
        at("scuola-sbagliata", ":17: campo `scuola.cup`: CUP J00X00000000000 sconosciuto"),
        at("scuola-senza-edificio", ":1: campo `scuola`: un edificio scolastico indica gli istituti"),
        at("sede-con-scuola", ":1: campo `orari`: indica gli orari di apertura"),
        at("sede-con-scuola", ":9: campo `scuola`: solo per i luoghi di tipo scuola"),
    ];
    assert_exactly_reported(&problems, &expected);
}

/// An event has a known kind (sittings come from organi.yaml), dates in
/// order with hours in order, a known place or an address (one), known
/// topics; the fixture's sittings become events linked to their organ.
#[test]
fn each_broken_event_is_reported_and_sittings_become_events() {
    let problems: Vec<String> = problems_of("tests/fixtures/amministrazione-errata")
        .into_iter()
        .filter(|p| p.contains("/eventi/"))
        .collect();
    let at = |file: &str, rest: &str| format!("amministrazione-errata/eventi/{file}.yaml{rest}");
    let expected = [
        at(
            "evento-sbagliato",
            ":2: campo `tipo`: le sedute degli organi si scrivono in content/organi.yaml",
        ),
        at("evento-sbagliato", ":5: campo `date[0].ora`: «25:00» non è un'ora"),
        at(
            "evento-sbagliato",
            ":6: campo `date[1].data`: il 9 dicembre 2026 è scritto dopo il 10 dicembre 2026",
        ),
        at(
            "evento-sbagliato",
            ":7: campo `date[2].ora_fine`: finisce alle 17:00, prima di cominciare alle 18:00",
        ),
        at(
            "evento-sbagliato",
            ":8: campo `luogo`: luogo sconosciuto «sala-inesistente»",
        ),
        at(
            "evento-sbagliato",
            ":9: campo `indirizzo`: indica il luogo oppure l'indirizzo, non entrambi",
        ),
        at(
            "evento-sbagliato",
            ":11: campo `argomenti`: argomento sconosciuto «argomento-inesistente»",
        ),
        at("senza-date", ":1: campo `date`: indica almeno una data"),
        at("senza-date", ":1: campo `luogo`: indica dove"),
    ];
    assert_exactly_reported(&problems, &expected);
}

/// The fixture with its geodata file replaced by `text`: the problems
/// that name the geodata.
fn geodata_problems(name: &str, text: &str) -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let copy = std::env::temp_dir().join(format!("geodati-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&copy);
    copy_tree(&root.join("tests/fixtures/amministrazione-errata"), &copy, &|bytes| {
        bytes
    });
    std::fs::write(copy.join("geodati/comuni.geojson"), text).unwrap();
    let problems = problems_of(copy.to_str().unwrap())
        .into_iter()
        .filter(|p| p.contains("geodati/comuni.geojson"))
        .collect();
    std::fs::remove_dir_all(&copy).unwrap();
    problems
}

#[test]
fn geodata_that_cannot_be_read_name_the_file_and_the_reason() {
    let broken = geodata_problems("rotti", "{\"type\": \"FeatureCollection\",\n \"features\": [\n");
    assert_eq!(broken.len(), 1, "{broken:?}");
    assert!(
        broken[0].contains("comuni.geojson:3: campo `(file)`: il file non è JSON valido"),
        "{broken:?}"
    );

    let not_geojson = geodata_problems("non-geojson", r#"{"type": "Mappa", "fonte": "x"}"#);
    assert_eq!(not_geojson.len(), 1, "{not_geojson:?}");
    assert!(
        not_geojson[0].contains("non è una FeatureCollection GeoJSON"),
        "{not_geojson:?}"
    );

    let wrong = geodata_problems(
        "sbagliati",
        r#"{"type":"FeatureCollection","features":[
        {"type":"Feature","properties":{"istat":"011015","punto":[9.82,44.11]},"geometry":{"type":"Point","coordinates":[9.8,44.1]}},
        {"type":"Feature","properties":{"istat":"099999","punto":[9.82,44.11]},"geometry":{"type":"Point","coordinates":[9.8,44.1]}}]}"#,
    );
    let expected = [
        "campo `fonte`: indica la fonte e la licenza",
        "campo `features[0].geometry`: La Spezia: atteso un Polygon o un MultiPolygon, trovato Point",
        "campo `features[1].properties.istat`: «099999» non è il codice ISTAT di un Comune",
        "campo `features`: manca il confine di La Spezia (011015)",
        "campo `features`: manca il confine di Sarzana (011027)",
    ];
    for wanted in expected {
        assert!(
            wrong.iter().any(|p| p.contains(wanted)),
            "missing {wanted} in {wrong:?}"
        );
    }
    assert_eq!(wrong.len(), expected.len(), "{wrong:?}");

    // A vertex off the Earth stretched the province's box to the world; a
    // control character in a name broke nothing visible but the feeds.
    let stray = geodata_problems(
        "vertici",
        r#"{"type":"FeatureCollection","fonte":"Prova\u0007","features":[
        {"type":"Feature","properties":{"istat":"011015","punto":[9.82,44.11]},"geometry":{"type":"Polygon","coordinates":[[[9.8,44.1],[1e308,-1e308],[9.9,44.2],[9.8,44.1]]]}},
        {"type":"Feature","properties":{"istat":"011027","punto":[9.96,44.11]},"geometry":{"type":"Polygon","coordinates":[[[9.9,44.1],[0.0,0.0],[9.95,44.2],[9.9,44.1]]]}}]}"#,
    );
    let expected = ["campo `fonte`: il testo contiene un carattere invisibile non ammesso (U+0007"];
    for wanted in expected {
        assert!(
            stray.iter().any(|p| p.contains(wanted)),
            "missing {wanted} in {stray:?}"
        );
    }
    let fixed = geodata_problems(
        "vertici-2",
        r#"{"type":"FeatureCollection","fonte":"Prova","features":[
        {"type":"Feature","properties":{"istat":"011015","punto":[9.82,44.11]},"geometry":{"type":"Polygon","coordinates":[[[9.8,44.1],[1e308,-1e308],[9.9,44.2],[9.8,44.1]]]}},
        {"type":"Feature","properties":{"istat":"011027","punto":[9.96,44.11]},"geometry":{"type":"Polygon","coordinates":[[[9.9,44.1],[0.0,0.0],[9.95,44.2],[9.9,44.1]]]}}]}"#,
    );
    for wanted in [
        "campo `features[0].geometry`: La Spezia: il vertice [1e308, -1e308] non è una coppia",
        "campo `features[1].geometry`: Sarzana: il vertice [0.0, 0.0] non è una coppia",
    ] {
        assert!(
            fixed.iter().any(|p| p.contains(wanted)),
            "missing {wanted} in {fixed:?}"
        );
    }
}

/// The restrictions as GeoJSON read back with the `geojson` crate (RFC
/// 7946): one feature per restriction, Point or LineString, WGS84 with the
/// longitude first and every place in the province; the CSV has the same
/// rows; on a fixed day, one ending the day before is over and one
/// starting the day after is among the next 7 days.
#[test]
fn the_restrictions_geojson_reads_back_inside_the_province() {
    use geojson::{FeatureCollection, GeometryValue};
    use provincia_sito::model::Date;
    use site_builder::load::load_site;
    use site_builder::record::Report;
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let report = Report::default();
    let today = Date::parse("2026-12-05").unwrap();
    let site = load_site(&root.join("../content"), &root.join("../public"), today, &report).expect("valid sample");
    let text = site_builder::restrictions_data::geojson(&site);
    let collection: FeatureCollection = text.parse().expect("GeoJSON");
    let items = &site.territory.limitazioni;
    assert_eq!(collection.features.len(), items.len());
    assert!(items.len() >= 25, "the sample has at least 25 restrictions");
    let area = site.territory.mappa.as_ref().expect("geodata").riquadro;
    let mut lines = 0;
    for feature in &collection.features {
        let geometry = &feature.geometry.as_ref().expect("a geometry").value;
        let points: Vec<Vec<f64>> = match geometry {
            GeometryValue::Point { coordinates } => vec![coordinates.as_slice().to_vec()],
            GeometryValue::LineString { coordinates } => {
                lines += 1;
                coordinates.iter().map(|p| p.as_slice().to_vec()).collect()
            }
            other => panic!("unexpected {}", other.type_name()),
        };
        for point in points {
            let [lon, lat] = [point[0], point[1]];
            assert!(
                (9.0..10.5).contains(&lon) && (43.8..44.6).contains(&lat),
                "{lon},{lat}: longitude first"
            );
            assert!(area.grown(0.02).contains([lon, lat]), "{lon},{lat} in the province");
        }
    }
    assert!(lines > 0, "some restrictions are stretches");
    let state = |slug: &str| {
        let feature = collection
            .features
            .iter()
            .find(|f| f.property("id").and_then(|v| v.as_str()) == Some(slug))
            .unwrap_or_else(|| panic!("{slug}"));
        feature.property("stato").and_then(|v| v.as_str()).unwrap().to_string()
    };
    // content/limitazioni: ended on 4 December, starts on 6 December.
    assert_eq!(state("sp-1-restringimento-sarzana"), "concluse");
    assert_eq!(state("sp-2-manifestazione-montemarcello"), "prossimi-7-giorni");
    assert_eq!(state("sp-330-semaforo-buonviaggio"), "oggi");
    let csv = site_builder::restrictions_data::table(&site);
    assert_eq!(csv.rows.len(), items.len());
    assert_eq!(csv.columns.last().map(String::as_str), Some("latitudine"));
}

/// The sample's sittings are events whose page is their organ's; an event
/// on several dates has a calendar file with one VEVENT per date; the
/// sample has at least 12 events.
#[test]
fn sittings_are_events_and_every_date_is_in_the_calendar() {
    use provincia_sito::model::events::EventKind;
    use provincia_sito::model::Date;
    use site_builder::load::load_site;
    use site_builder::record::Report;
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let report = Report::default();
    let today = Date::parse("2026-12-05").unwrap();
    let site = load_site(&root.join("../content"), &root.join("../public"), today, &report).expect("valid sample");
    assert!(site.events.len() >= 12, "{}", site.events.len());
    let sittings: Vec<_> = site.events.iter().filter(|e| e.tipo == EventKind::Seduta).collect();
    let expected: usize = site.organs.iter().map(|o| o.sedute.len()).sum();
    assert_eq!(sittings.len(), expected);
    assert!(sittings
        .iter()
        .all(|e| e.path().starts_with("/amministrazione/organi-di-governo/") && e.path().contains("#seduta-")));
    let several = site
        .events
        .iter()
        .find(|e| e.date.len() > 1 && e.coming(today).len() == e.date.len())
        .expect("an event on several dates to come");
    let calendars = site_builder::ics::build(&site);
    let (_, text) = calendars
        .iter()
        .find(|(path, _)| format!("/{path}") == several.calendar_path())
        .expect("its calendar file");
    assert_eq!(text.matches("BEGIN:VEVENT").count(), several.date.len(), "{text}");
    let first = &several.date[0];
    let start = format!(
        "DTSTART;TZID=Europe/Rome:{}T{}00",
        first.data.iso().replace('-', ""),
        first.ora.as_ref().unwrap().replace(':', "")
    );
    assert!(text.contains(&start), "{start} in {text}");
}
