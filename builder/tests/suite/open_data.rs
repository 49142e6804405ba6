//! The PNRR downloads read back as what was written: CSV with BOM and RFC
//! 4180 quoting (as LibreOffice and every CSV parser read it), JSON with the
//! same rows, Italia Domani column names, and totals that match the pages.

use provincia_sito::model::endpoint;
use provincia_sito::model::pnrr::open_data::{Dataset, Format, Scope};
use provincia_sito::model::pnrr::{totals::Totals, PnrrOverview};
use provincia_sito::model::Date;
use site_builder::load::{load_site, Site};
use site_builder::open_data::{files, table, Table};
use site_builder::record::Report;
use std::collections::HashMap;
use std::path::Path;

fn site() -> Site {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let report = Report::default();
    let today = Date::parse("2026-11-22").unwrap();
    load_site(&root.join("../content"), &root.join("../public"), today, &report).expect("the sample content is valid")
}

/// Reads a CSV the way a spreadsheet does: BOM, header, quoted fields.
fn parse_csv(text: &str) -> Table {
    let body = text
        .strip_prefix('\u{feff}')
        .expect("UTF-8 BOM first, for spreadsheets");
    assert!(body.contains("\r\n"), "RFC 4180 line ends");
    let mut reader = csv::ReaderBuilder::new().from_reader(body.as_bytes());
    let columns = reader.headers().unwrap().iter().map(str::to_string).collect();
    let rows = reader
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect();
    Table { columns, rows }
}

fn parse_json(text: &str, columns: &[String]) -> Table {
    let rows: Vec<serde_json::Map<String, serde_json::Value>> = serde_json::from_str(text).unwrap();
    Table {
        columns: columns.to_vec(),
        rows: rows
            .iter()
            .map(|row| {
                assert_eq!(row.len(), columns.len(), "every column, no other key");
                columns.iter().map(|c| row[c].as_str().unwrap().to_string()).collect()
            })
            .collect(),
    }
}

#[test]
fn every_dataset_reads_back_the_same_from_csv_and_json() {
    let site = site();
    let projects: Vec<_> = site.projects.iter().collect();
    for dataset in Dataset::OF_PROJECTS.into_iter().chain([Dataset::Measures]) {
        let written = table(&site, dataset, &projects);
        assert!(!written.rows.is_empty(), "{dataset:?} has sample rows");
        assert_eq!(parse_csv(&written.to_csv()), written, "{dataset:?} CSV round trip");
        assert_eq!(
            parse_json(&written.to_json(), &written.columns),
            written,
            "{dataset:?} JSON round trip"
        );
    }
}

#[test]
fn text_a_spreadsheet_would_run_as_a_formula_is_neutralised() {
    let hostile = [
        "=HYPERLINK(\"https://example.invalid\",\"x\")",
        "+39 0187 1",
        "-2+3",
        "@SUM(A1:A2)",
        "\tTAB",
        "\rCR",
    ];
    let written = Table {
        columns: vec!["Oggetto Gara".into(), "Importo aggiudicazione".into()],
        rows: hostile
            .iter()
            .map(|text| vec![text.to_string(), "818450.00".into()])
            .chain([vec!["Lavori - lotto 1".into(), "-12.50".into()]])
            .collect(),
    };
    let read = parse_csv(&written.to_csv());
    for (row, text) in read.rows.iter().zip(hostile) {
        assert_eq!(row[0], format!("'{text}"), "neutralised with a leading quote");
        assert_eq!(row[1], "818450.00", "amounts stay numbers");
    }
    assert_eq!(
        read.rows[6],
        ["Lavori - lotto 1", "-12.50"],
        "a number or a dash inside text is left alone"
    );
    assert_eq!(
        parse_json(&written.to_json(), &written.columns),
        written,
        "JSON keeps the text as written"
    );
}

#[test]
fn quoting_survives_commas_quotes_and_line_breaks() {
    let tricky = Table {
        columns: vec!["CUP".into(), "Titolo Progetto".into()],
        rows: vec![vec![
            "J41C22000390006".into(),
            "Scuola \"Costa\", lotto 1\nseconda riga; con punto e virgola".into(),
        ]],
    };
    let csv = tricky.to_csv();
    assert!(
        csv.contains("\"Scuola \"\"Costa\"\", lotto 1\nseconda riga; con punto e virgola\""),
        "{csv}"
    );
    assert_eq!(parse_csv(&csv), tricky);
    assert_eq!(parse_json(&tricky.to_json(), &tricky.columns), tricky);
}

#[test]
fn the_project_csv_joins_with_italia_domani_by_cup() {
    let site = site();
    let written: HashMap<String, String> = files(&site).into_iter().collect();
    let projects = parse_csv(&written["dati/pnrr/progetti.csv"]);
    for column in [
        "CUP",
        "Titolo Progetto",
        "Codice Univoco Misura",
        "Soggetto Attuatore",
        "Codice Fiscale Soggetto Attuatore",
        "Finanziamento PNRR",
        "Finanziamento Totale",
        "Data di Inizio Progetto Prevista",
        "Data di Fine Progetto Effettiva",
        "Stato Avanzamento Progetto",
    ] {
        assert!(projects.columns.iter().any(|c| c == column), "column {column}");
    }
    let at = |name: &str| projects.columns.iter().position(|c| c == name).unwrap();
    let cloud = projects
        .rows
        .iter()
        .find(|r| r[0] == "J41C22000390006")
        .expect("the cloud project");
    assert_eq!(cloud[at("Finanziamento PNRR")], "931712.00");
    assert_eq!(cloud[at("Codice Univoco Misura")], "M1C1I1.2");
    assert_eq!(projects.rows.len(), site.projects.len());
    // Every scope has its files: one measure, one project.
    let one = |scope, dataset, format| {
        provincia_sito::model::pnrr::open_data::file_path(scope, dataset, format)
            .trim_start_matches('/')
            .to_string()
    };
    let project_tenders = parse_csv(&written[&one(Scope::Project("J41C22000390006"), Dataset::Tenders, Format::Csv)]);
    assert_eq!(project_tenders.rows.len(), 2);
    assert!(project_tenders.rows.iter().all(|r| r[0] == "J41C22000390006"));
    assert!(written.contains_key(&one(
        Scope::Measure("m4c1-investimento-3-3"),
        Dataset::Payments,
        Format::Json
    )));
}

#[test]
fn the_catalog_describes_each_dataset_with_licence_publisher_and_date() {
    let site = site();
    let catalog: serde_json::Value = serde_json::from_str(&site_builder::open_data::catalog(&site, false)).unwrap();
    let datasets = catalog["dcat:dataset"].as_array().unwrap();
    assert_eq!(datasets.len(), 6);
    for dataset in datasets {
        assert!(dataset["dct:title"].as_str().unwrap().contains("PNRR"));
        assert_eq!(dataset["dct:publisher"]["foaf:name"], "Provincia della Spezia");
        assert_eq!(dataset["dct:modified"]["@value"], "2026-11-18");
        let distributions = dataset["dcat:distribution"].as_array().unwrap();
        assert_eq!(distributions.len(), 2, "CSV and JSON");
        assert_eq!(distributions[0]["dct:license"]["foaf:name"], "CC BY 4.0");
    }
}

#[test]
fn totals_on_the_page_equal_the_sums_of_the_downloads() {
    let site = site();
    let api = site_builder::api_files::build(&site);
    let overview: PnrrOverview = api.read(&endpoint::pnrr()).unwrap();
    let totals = Totals::of(&overview.progetti);
    let payments = table(&site, Dataset::Payments, &site.projects.iter().collect::<Vec<_>>());
    let cents: i64 = payments
        .rows
        .iter()
        .map(|r| provincia_sito::model::Amount::parse(&r[3]).unwrap().cents())
        .sum();
    assert_eq!(totals.received.cents(), cents);
    assert_eq!(totals.projects, 22);
    assert_eq!(
        totals.pnrr,
        provincia_sito::model::Amount::sum(site.projects.iter().map(|p| p.finanziamento_pnrr))
    );
}

/// Documenti e dati as open data: every published document once, newest
/// first, read back from the CSV and the JSON as written; a document dated
/// after the build day is not there yet; the site-wide catalogue lists the
/// table with both downloads next to the PNRR datasets.
#[test]
fn the_documents_table_holds_every_published_document_and_the_catalogue_lists_it() {
    let site = site();
    let written: HashMap<String, String> = files(&site).into_iter().collect();
    let csv = parse_csv(&written["dati/documenti.csv"]);
    assert_eq!(csv, site_builder::open_data::documents_table(&site));
    assert_eq!(parse_json(&written["dati/documenti.json"], &csv.columns), csv);
    assert_eq!(csv.rows.len(), site.documents.len());
    assert!(site.documents.len() >= 30, "{}", site.documents.len());
    let dates: Vec<&str> = csv.rows.iter().map(|r| r[2].as_str()).collect();
    assert!(dates.windows(2).all(|w| w[0] >= w[1]), "newest first: {dates:?}");
    assert!(
        dates.iter().all(|d| *d <= "2026-11-22"),
        "nothing dated after the build day"
    );
    let pages: Vec<&str> = csv.rows.iter().map(|r| r[10].as_str()).collect();
    assert!(
        pages.iter().all(|p| p.contains("/amministrazione/documenti/")),
        "{pages:?}"
    );

    let catalog: serde_json::Value = serde_json::from_str(&site_builder::open_data::catalog(&site, true)).unwrap();
    let datasets = catalog["dcat:dataset"].as_array().unwrap();
    assert_eq!(
        datasets.len(),
        8,
        "six PNRR datasets, the documents and the road restrictions"
    );
    let restrictions = datasets
        .iter()
        .find(|d| d["dct:title"] == "Limitazioni al traffico")
        .expect("the restrictions in the catalogue");
    assert_eq!(
        restrictions["dcat:theme"]["@id"],
        "http://publications.europa.eu/resource/authority/data-theme/TRAN"
    );
    let documents = datasets.iter().find(|d| d["dct:title"] == "Documenti e dati").unwrap();
    let urls: Vec<&str> = documents["dcat:distribution"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["dcat:downloadURL"]["@id"].as_str().unwrap())
        .collect();
    assert!(
        urls[0].ends_with("/dati/documenti.csv") && urls[1].ends_with("/dati/documenti.json"),
        "{urls:?}"
    );
    assert!(documents["dcat:landingPage"]["@id"]
        .as_str()
        .unwrap()
        .ends_with("/amministrazione/documenti"));
}
