//! The CMS (cms/config.yml) catches while typing what the build refuses:
//! these tests keep the two in step. Patterns are run against the same codes
//! the model accepts and refuses, select options against the model's
//! vocabularies, folders and files against the content tree, and the upload
//! limit against the build's.

use provincia_sito::model::archives::{ArchiveStatus, Audience, FieldKind};
use provincia_sito::model::bodies::{BodyKind, Share};
use provincia_sito::model::calls::{CallKind, Procedure, INPA_PREFIX};
use provincia_sito::model::content::OfficeLevel;
use provincia_sito::model::documents::DocumentKind;
use provincia_sito::model::people::PersonKind;
use provincia_sito::model::pnrr::codes::{is_valid_cig, is_valid_cup};
use provincia_sito::model::pnrr::{ActKind, FundingSource, MilestoneKind, ProjectStatus};
use provincia_sito::model::territory::{is_road_code, Km};
use provincia_sito::model::Amount;
use site_builder::load::{
    CALL_FIELDS, COMUNE_FIELDS, DOCUMENT_FIELDS, OFFICE_FIELDS, PLACE_FIELDS, RESTRICTION_FIELDS, ROAD_FIELDS,
};
use site_builder::review::MAX_FILE_BYTES;
use std::path::Path;
use yaml_rust2::{Yaml, YamlLoader};

fn root() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/.."))
}

fn config() -> Yaml {
    let text = std::fs::read_to_string(root().join("cms/config.yml")).unwrap();
    YamlLoader::load_from_str(&text).unwrap().remove(0)
}

/// Every field map anywhere in the configuration, depth first.
fn fields(node: &Yaml, out: &mut Vec<Yaml>) {
    match node {
        Yaml::Hash(map) => {
            if map.contains_key(&Yaml::String("widget".into())) {
                out.push(node.clone());
            }
            for value in map.values() {
                fields(value, out);
            }
        }
        Yaml::Array(items) => items.iter().for_each(|item| fields(item, out)),
        _ => {}
    }
}

fn all_fields() -> Vec<Yaml> {
    let mut out = Vec::new();
    fields(&config()["collections"], &mut out);
    out
}

fn named(name: &str) -> Vec<Yaml> {
    all_fields()
        .into_iter()
        .filter(|f| f["name"].as_str() == Some(name))
        .collect()
}

fn pattern_of(field: &Yaml) -> regex::Regex {
    regex::Regex::new(field["pattern"][0].as_str().expect("pattern")).unwrap()
}

fn options_of(field: &Yaml) -> Vec<String> {
    field["options"]
        .as_vec()
        .unwrap()
        .iter()
        .map(|o| o["value"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn cup_and_cig_patterns_agree_with_the_build() {
    // The CUPs typed in (a school building's are chosen from the projects).
    let cups: Vec<Yaml> = named("cup")
        .into_iter()
        .filter(|f| f["widget"].as_str() != Some("relation"))
        .collect();
    assert!(cups.len() >= 2, "projects and calls");
    for field in cups {
        let cup = pattern_of(&field);
        for code in [
            "J41C22000390006",
            "J41C2200039000",
            "J41C220003900067",
            "j41C22000390006",
            "J4XC22000390006",
            "J41122000390006",
            "J41C22000-90006",
            "B12H2300000000Z",
        ] {
            assert_eq!(cup.is_match(code), is_valid_cup(code), "CUP {code}");
        }
    }
    let cigs = named("cig");
    assert!(!cigs.is_empty());
    for field in cigs {
        let cig = pattern_of(&field);
        for code in [
            "95873461AF",
            "Z3A3B0C1D2",
            "9A1B2C3D4",
            "9A1B2C3D4E5",
            "9a1b2c3d4e",
            "9A1B2C3D4-",
        ] {
            assert_eq!(cig.is_match(code), is_valid_cig(code), "CIG {code}");
        }
    }
}

#[test]
fn amount_patterns_agree_with_the_build() {
    let amounts: Vec<Yaml> = [
        "finanziamento_pnrr",
        "finanziamento_totale",
        "importo",
        "importo_aggiudicazione",
    ]
    .iter()
    .flat_map(|name| named(name))
    .collect();
    assert!(amounts.len() >= 5, "every amount field has a pattern");
    for field in amounts {
        let pattern = pattern_of(&field);
        for text in [
            "931712.00",
            "0.50",
            "931712",
            "931.712,00",
            "931712.5",
            "-10.00",
            "1 000.00",
        ] {
            assert_eq!(
                pattern.is_match(text),
                Amount::parse(text).is_ok(),
                "{} «{text}»",
                field["name"].as_str().unwrap()
            );
        }
    }
}

#[test]
fn select_options_are_the_model_vocabularies() {
    let keys = |all: Vec<&'static str>| all.into_iter().map(String::from).collect::<Vec<_>>();
    let select = |field: &str, of: &str| -> Vec<String> {
        let found: Vec<Yaml> = named(field)
            .into_iter()
            .filter(|f| f["widget"].as_str() == Some("select") && options_of(f).iter().any(|o| o == of))
            .collect();
        options_of(&found[0])
    };
    assert_eq!(
        select("stato", "in-corso"),
        keys(ProjectStatus::ALL.iter().map(|s| s.key()).collect())
    );
    assert_eq!(
        select("stato", "in-arrivo"),
        keys(ArchiveStatus::ALL.iter().map(|s| s.key()).collect())
    );
    assert_eq!(
        select("chi", "pubblico"),
        keys(Audience::ALL.iter().map(|s| s.key()).collect())
    );
    assert_eq!(
        select("tipo", "elenco"),
        keys(FieldKind::ALL.iter().map(|s| s.key()).collect())
    );
    assert_eq!(
        select("tipologia", "avviso"),
        keys(ActKind::ALL.iter().map(|s| s.key()).collect())
    );
    assert_eq!(
        select("tipo", "traguardo"),
        keys(MilestoneKind::ALL.iter().map(|s| s.key()).collect())
    );
    assert_eq!(
        select("fonte", "regione"),
        keys(FundingSource::ALL.iter().map(|s| s.key()).collect())
    );
    assert_eq!(
        select("tipo", "politico"),
        keys(PersonKind::ALL.iter().map(|s| s.key()).collect())
    );
    assert_eq!(
        select("tipo", "societa"),
        keys(BodyKind::ALL.iter().map(|s| s.key()).collect())
    );
    assert_eq!(
        select("livello", "settore"),
        keys(OfficeLevel::ALL.iter().map(|s| s.key()).collect())
    );
    assert_eq!(
        select("tipo", "ordinanza"),
        keys(DocumentKind::ALL.iter().map(|s| s.key()).collect())
    );
    assert_eq!(
        select("tipo", "concorso"),
        keys(CallKind::ALL.iter().map(|s| s.key()).collect())
    );
    assert_eq!(
        select("procedura", "mobilita"),
        keys(Procedure::ALL.iter().map(|s| s.key()).collect())
    );
}

/// The collection of the content folder `folder`.
fn collection_of(folder: &str) -> Yaml {
    config()["collections"]
        .as_vec()
        .unwrap()
        .iter()
        .find(|c| c["folder"].as_str() == Some(folder))
        .unwrap_or_else(|| panic!("the collection of {folder}"))
        .clone()
}

/// The top-level fields a collection offers, but the body, in order of name.
fn offered_fields(collection: &Yaml) -> Vec<String> {
    let mut offered: Vec<String> = collection["fields"]
        .as_vec()
        .unwrap()
        .iter()
        .filter_map(|f| f["name"].as_str().map(str::to_string))
        .filter(|name| name != "body")
        .collect();
    offered.sort();
    offered
}

fn field_of(collection: &Yaml, name: &str) -> Yaml {
    collection["fields"]
        .as_vec()
        .unwrap()
        .iter()
        .find(|f| f["name"].as_str() == Some(name))
        .unwrap_or_else(|| panic!("field {name}"))
        .clone()
}

/// The CMS offers for a document exactly the fields the build reads (and
/// the body), and its number pattern takes what the build takes.
#[test]
fn document_fields_are_those_the_build_reads() {
    let collection = collection_of("content/documenti");
    let mut read: Vec<String> = DOCUMENT_FIELDS.iter().map(|f| f.to_string()).collect();
    read.sort();
    assert_eq!(offered_fields(&collection), read);
    let pattern = pattern_of(&field_of(&collection, "numero"));
    for good in ["1", "118", "123456"] {
        assert!(pattern.is_match(good), "{good}");
    }
    for bad in ["118/2026", "n. 118", "1234567", ""] {
        assert!(!pattern.is_match(bad), "{bad}");
    }
}

/// The territory's lists: the CMS offers the fields the build reads, and
/// its road code and length patterns take what the build takes.
#[test]
fn territory_fields_and_patterns_are_the_builds() {
    let config = config();
    let files = config["collections"]
        .as_vec()
        .unwrap()
        .iter()
        .find(|c| c["name"].as_str() == Some("dati"))
        .unwrap()["files"]
        .as_vec()
        .unwrap()
        .clone();
    let list_of = |file: &str| -> Yaml {
        let entry = files
            .iter()
            .find(|f| f["file"].as_str() == Some(file))
            .unwrap_or_else(|| panic!("{file}"));
        entry["fields"][0].clone()
    };
    let names = |list: &Yaml| -> Vec<String> {
        let mut names: Vec<String> = list["fields"]
            .as_vec()
            .unwrap()
            .iter()
            .filter_map(|f| f["name"].as_str().map(str::to_string))
            .collect();
        names.sort();
        names
    };
    let sorted = |fields: &[&str]| {
        let mut v: Vec<String> = fields.iter().map(|f| f.to_string()).collect();
        v.sort();
        v
    };
    let comuni = list_of("content/comuni.yaml");
    let roads = list_of("content/strade.yaml");
    assert_eq!(names(&comuni), sorted(&COMUNE_FIELDS));
    assert_eq!(names(&roads), sorted(&ROAD_FIELDS));
    let code = pattern_of(&field_of(&roads, "codice"));
    for text in ["SP 1", "SP 566 dir", "SP1", "SP 01", "sp 1", "SP 1 Dir", "SP 12345"] {
        assert_eq!(code.is_match(text), is_road_code(text), "{text}");
    }
    let length = pattern_of(&field_of(&roads, "lunghezza"));
    for text in ["18.4", "3.250", "12", "18,4", "1.2345", ".4"] {
        assert_eq!(length.is_match(text), Km::parse(text).is_ok(), "{text}");
    }
}

/// The same for a call: its fields are the build's, and its inPA pattern
/// takes what the build takes (CIG and CUP: the test above).
#[test]
fn call_fields_are_those_the_build_reads() {
    let collection = collection_of("content/bandi");
    let mut read: Vec<String> = CALL_FIELDS.iter().map(|f| f.to_string()).collect();
    read.sort();
    assert_eq!(offered_fields(&collection), read);
    let inpa = pattern_of(&field_of(&collection, "inpa"));
    assert!(inpa.is_match(&format!("{INPA_PREFIX}bandi-e-avvisi/x")));
    assert!(!inpa.is_match("https://example.org/bando"));
}

/// The same for a restriction: its fields are the build's, its kinds the
/// model's, and its patterns take the hours and places the build takes.
#[test]
fn restriction_fields_are_those_the_build_reads() {
    use provincia_sito::model::sittings::parse_time;
    use provincia_sito::model::territory::RestrictionKind;
    let collection = collection_of("content/limitazioni");
    let mut read: Vec<String> = RESTRICTION_FIELDS.iter().map(|f| f.to_string()).collect();
    read.sort();
    assert_eq!(offered_fields(&collection), read);
    let kinds: Vec<String> = RestrictionKind::ALL.iter().map(|k| k.key().to_string()).collect();
    assert_eq!(options_of(&field_of(&collection, "tipo")), kinds);
    let hour = pattern_of(&field_of(&collection, "ora_inizio"));
    for text in ["08:30", "8:30", "23:59", "24:00", "8.30", "12:60", "ore 8"] {
        assert_eq!(hour.is_match(text), parse_time(text).is_some(), "{text}");
    }
    let place = pattern_of(&field_of(&collection, "punto"));
    for text in ["44.1024, 9.8237", "44.1024,9.8237", "44, 9"] {
        assert!(place.is_match(text), "{text}");
    }
    for text in ["44,1024 9,8237", "44.1024", "via Roma 1"] {
        assert!(!place.is_match(text), "{text}");
    }
}

/// The same for a place: its fields and kinds are the build's, and its
/// registry-code pattern takes what the build takes.
#[test]
fn place_fields_are_those_the_build_reads() {
    use provincia_sito::model::territory::schools::is_institute_code;
    use provincia_sito::model::territory::PlaceKind;
    let collection = collection_of("content/luoghi");
    let mut read: Vec<String> = PLACE_FIELDS.iter().map(|f| f.to_string()).collect();
    read.sort();
    assert_eq!(offered_fields(&collection), read);
    let kinds: Vec<String> = PlaceKind::ALL.iter().map(|k| k.key().to_string()).collect();
    assert_eq!(options_of(&field_of(&collection, "tipo")), kinds);
    let institutes = &field_of(&collection, "scuola")["fields"][0];
    let code = pattern_of(&institutes["fields"][1]);
    for text in [
        "SPPS01000B",
        "SPIS00300N",
        "SP-01",
        "spps01000b",
        "SPPS01000",
        "SP1S01000B",
    ] {
        assert_eq!(code.is_match(text), is_institute_code(text), "{text}");
    }
}

/// Each field the CMS offers for an office is one the build reads: a field
/// the build refuses would stop the site at the next publication.
#[test]
fn office_fields_are_those_the_build_reads() {
    let office_list = named("uffici")
        .into_iter()
        .find(|f| f["widget"].as_str() == Some("list"))
        .expect("the list of offices");
    let offered: Vec<&str> = office_list["fields"]
        .as_vec()
        .expect("fields")
        .iter()
        .filter_map(|f| f["name"].as_str())
        .collect();
    for name in &offered {
        assert!(
            OFFICE_FIELDS.contains(name),
            "the CMS offers «{name}», the build does not read it"
        );
    }
    assert!(offered.len() >= 10, "{offered:?}");
}

#[test]
fn folders_and_files_exist_and_topics_come_from_the_vocabulary() {
    let config = config();
    for collection in config["collections"].as_vec().unwrap() {
        if let Some(folder) = collection["folder"].as_str() {
            assert!(root().join(folder).is_dir(), "folder {folder}");
        }
        for file in collection["files"].as_vec().into_iter().flatten() {
            let path = file["file"].as_str().unwrap();
            assert!(root().join(path).is_file(), "file {path}");
        }
    }
    let topics = named("argomenti");
    let relations: Vec<&Yaml> = topics
        .iter()
        .filter(|f| f["widget"].as_str() == Some("relation"))
        .collect();
    assert!(
        relations.len() >= 7,
        "every content type picks its topics from the vocabulary"
    );
    for field in relations {
        assert_eq!(field["file"].as_str(), Some("argomenti"));
        assert_eq!(field["value_field"].as_str(), Some("argomenti.*.slug"));
    }
}

#[test]
fn uploads_have_the_build_limit_and_images_require_alt_text() {
    let uploads: Vec<Yaml> = all_fields()
        .into_iter()
        .filter(|f| matches!(f["widget"].as_str(), Some("image" | "file")))
        .collect();
    assert!(uploads.len() >= 3);
    for field in &uploads {
        assert_eq!(
            field["media_library"]["config"]["max_file_size"].as_i64(),
            Some(MAX_FILE_BYTES as i64),
            "{}",
            field["name"].as_str().unwrap()
        );
    }
    // An image block is optional as a whole (a news item needs no image),
    // so Decap cannot require its fields; the pattern still refuses a
    // useless text, and the build refuses an image without one
    // (validation.rs).
    for alt in named("alt") {
        assert!(!pattern_of(&alt).is_match("foto"));
    }
    for image in named("immagine") {
        assert_eq!(image["required"].as_bool(), Some(false), "an image is optional");
    }
}

#[test]
fn markdown_previews_are_sanitised() {
    // Decap renders the preview of a Markdown field as HTML in the editor's
    // own page; without sanitize_preview a pasted <img onerror> runs there.
    let markdown: Vec<Yaml> = all_fields()
        .into_iter()
        .filter(|f| f["widget"].as_str() == Some("markdown"))
        .collect();
    assert!(
        markdown.len() >= 10,
        "the sample configuration has a dozen Markdown fields"
    );
    for field in markdown {
        assert_eq!(
            field["sanitize_preview"].as_bool(),
            Some(true),
            "{:?} without sanitize_preview: true",
            field["name"]
        );
    }
}

#[test]
fn the_share_pattern_agrees_with_the_build() {
    let share = pattern_of(&named("quota")[0]);
    // «0» is left out: the pattern lets it through, to the build's own message.
    for text in [
        "12.5", "12.50", "100", "100.00", "0.05", "120", "12,5", "12.505", "-3", "dodici",
    ] {
        assert_eq!(share.is_match(text), Share::parse(text).is_ok(), "quota {text}");
    }
}
