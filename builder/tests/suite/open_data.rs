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
    // Measures and the eight tables of projects, the closing ones included.
    assert_eq!(datasets.len(), 9);
    for dataset in datasets {
        assert!(dataset["dct:title"].as_str().unwrap().contains("PNRR"));
        assert_eq!(dataset["dct:publisher"]["foaf:name"], "Provincia della Spezia");
        assert_eq!(dataset["dct:modified"]["@value"], "2026-11-18");
        let distributions = dataset["dcat:distribution"].as_array().unwrap();
        assert_eq!(distributions.len(), 2, "CSV and JSON");
        assert_eq!(distributions[0]["dct:license"]["foaf:name"], "CC BY 4.0");
    }
}

/// DCAT-AP_IT: the ente is the publisher and rights holder by its IPA code,
/// with a URI; each dataset has a contact point; a dataset listed in both
/// catalogues is one dataset, with one address and one identifier; the
/// CSVs point to their Table Schema's package.
#[test]
fn the_catalogues_name_the_ente_by_ipa_code_and_each_dataset_once() {
    let site = site();
    let read = |whole: bool| -> serde_json::Value {
        serde_json::from_str(&site_builder::open_data::catalog(&site, whole)).unwrap()
    };
    let (pnrr, all) = (read(false), read(true));
    for catalog in [&pnrr, &all] {
        assert_eq!(catalog["dct:publisher"]["dct:identifier"], "p_sp");
        assert_eq!(
            catalog["dct:publisher"]["@id"],
            "https://spcdata.digitpa.gov.it/Amministrazione/p_sp"
        );
        for dataset in catalog["dcat:dataset"].as_array().unwrap() {
            assert_eq!(dataset["dct:rightsHolder"]["dct:identifier"], "p_sp");
            assert!(
                dataset["dct:identifier"].as_str().unwrap().starts_with("p_sp:"),
                "{dataset}"
            );
            let contact = &dataset["dcat:contactPoint"];
            assert_eq!(contact["@type"][0], "vcard:Organization");
            assert_eq!(
                contact["vcard:hasEmail"]["@id"],
                format!("mailto:{}", site.config.contatti.email)
            );
            for distribution in dataset["dcat:distribution"].as_array().unwrap() {
                if distribution["dcat:mediaType"] == "text/csv" {
                    assert!(distribution["dct:conformsTo"]["@id"]
                        .as_str()
                        .unwrap()
                        .ends_with("/dati/datapackage.json"));
                }
            }
        }
    }
    let ids = |catalog: &serde_json::Value| -> Vec<(String, String)> {
        catalog["dcat:dataset"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| {
                (
                    d["dct:identifier"].as_str().unwrap().to_string(),
                    d["@id"].as_str().unwrap().to_string(),
                )
            })
            .collect()
    };
    let everything = ids(&all);
    for (identifier, address) in ids(&pnrr) {
        assert!(
            everything.contains(&(identifier.clone(), address.clone())),
            "{identifier} at {address} is another dataset in the site catalogue"
        );
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
        11,
        "nine PNRR datasets, the documents and the road restrictions"
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

/// The column names of every PNRR CSV, as published under API version 1:
/// journalists' scripts read them by name. A change here needs a new API
/// version (`endpoint::API_VERSION`) and a note in docs/api-v1.md.
#[test]
fn the_pnrr_csv_columns_are_the_contract_of_api_version_1() {
    assert_eq!(endpoint::API_VERSION, 1, "a new API version: write its columns below");
    let site = site();
    let projects: Vec<_> = site.projects.iter().collect();
    let expected: [(Dataset, &[&str]); 9] = [
        (
            Dataset::Projects,
            &[
                "CUP",
                "Codice Locale Progetto",
                "Titolo Progetto",
                "Sintesi Progetto",
                "Missione",
                "Componente",
                "Codice Univoco Misura",
                "Descrizione Misura",
                "Amministrazione Titolare",
                "Soggetto Attuatore",
                "Codice Fiscale Soggetto Attuatore",
                "Finanziamento PNRR",
                "Finanziamento Stato",
                "Finanziamento UE (diverso da PNRR)",
                "Finanziamento Regione",
                "Finanziamento Provincia",
                "Finanziamento Comune",
                "Finanziamento Altro Pubblico",
                "Finanziamento Privato",
                "Finanziamento da Reperire",
                "Finanziamento Totale",
                "Data di Inizio Progetto Prevista",
                "Data di Inizio Progetto Effettiva",
                "Data di Fine Progetto Prevista",
                "Data di Fine Progetto Effettiva",
                "Stato Avanzamento Progetto",
                "Importo Aggiudicato",
                "Importo Ricevuto",
                "Spiegazione Eccedenza",
                "Data Collaudo",
                "Certificato Collaudo",
                "Data Rendicontazione",
                "Data Estrazione ReGiS",
                "Fonte",
                "Data Verifica",
                "Pagina",
            ],
        ),
        (
            Dataset::Tenders,
            &[
                "CUP",
                "CIG",
                "Oggetto Gara",
                "Data Aggiudicazione",
                "Importo Aggiudicazione",
                "Denominazione Aggiudicatario",
                "Codice Fiscale Aggiudicatario",
                "Partita IVA Aggiudicatario",
                "Titolare Effettivo",
                "Scheda BDNCP",
                "Fonte",
                "Data Verifica",
            ],
        ),
        (
            Dataset::Acts,
            &[
                "CUP",
                "Tipologia Atto",
                "Numero Atto",
                "Data Atto",
                "Oggetto Atto",
                "Collegamento",
            ],
        ),
        (
            Dataset::Milestones,
            &[
                "CUP",
                "Tipo",
                "Descrizione",
                "Data Prevista",
                "Data Effettiva",
                "Situazione",
                "Fonte",
                "Data Verifica",
            ],
        ),
        (
            Dataset::Payments,
            &[
                "CUP",
                "Data Pagamento",
                "Descrizione",
                "Importo",
                "Fonte",
                "Data Verifica",
            ],
        ),
        (
            Dataset::Locations,
            &[
                "CUP",
                "Codice Locale Progetto",
                "Codice Comune",
                "Descrizione Comune",
                "Indirizzo",
                "Latitudine",
                "Longitudine",
            ],
        ),
        (
            Dataset::Indicators,
            &[
                "CUP",
                "Codice Locale Progetto",
                "Codice Univoco Misura",
                "Descrizione Indicatore",
                "Unità di Misura",
                "Valore Programmato",
                "Valore Realizzato",
                "Data Rilevazione",
            ],
        ),
        (
            Dataset::Phases,
            &[
                "CUP",
                "Codice Locale Progetto",
                "Fase",
                "Descrizione Fase",
                "Data Inizio Prevista",
                "Data Fine Prevista",
                "Data Inizio Effettiva",
                "Data Fine Effettiva",
            ],
        ),
        (
            Dataset::Measures,
            &[
                "Codice Univoco Misura",
                "Missione",
                "Componente",
                "Titolo",
                "Descrizione Misura",
                "Amministrazione Titolare",
                "Numero Progetti",
                "Finanziamento PNRR",
                "Pagina",
            ],
        ),
    ];
    for (dataset, columns) in expected {
        let csv = parse_csv(&table(&site, dataset, &projects).to_csv());
        assert_eq!(
            csv.columns, columns,
            "{dataset:?}: the columns changed without a new API version"
        );
    }
    // Every dataset of the section is in the contract.
    assert_eq!(Dataset::OF_PROJECTS.len() + 1, expected.len());
}

#[test]
fn the_closing_tables_join_by_cup_and_istat_code_and_round_trip() {
    let site = site();
    let projects: Vec<_> = site.projects.iter().collect();
    let comuni: Vec<&str> = site.territory.comuni.iter().map(|c| c.istat.as_str()).collect();
    let places = parse_csv(&table(&site, Dataset::Locations, &projects).to_csv());
    for project in &site.projects {
        let rows: Vec<&Vec<String>> = places.rows.iter().filter(|r| r[0] == project.cup).collect();
        assert!(!rows.is_empty(), "{}: every project has its Comune", project.cup);
        for row in rows {
            assert!(
                comuni.contains(&row[2].as_str()),
                "{}: {} is a Comune of the province",
                project.cup,
                row[2]
            );
        }
    }
    // An achieved value always comes with its date.
    let indicators = parse_csv(&table(&site, Dataset::Indicators, &projects).to_csv());
    assert!(indicators.rows.iter().all(|r| r[6].is_empty() == r[7].is_empty()));
    assert!(
        indicators.rows.iter().any(|r| !r[6].is_empty() && r[6] != r[5]),
        "the sample has a shortfall"
    );
    // The shared tender: one row per CUP, same CIG.
    let tenders = parse_csv(&table(&site, Dataset::Tenders, &projects).to_csv());
    let shared: Vec<&str> = tenders
        .rows
        .iter()
        .filter(|r| r[1] == "B12F4A7C90")
        .map(|r| r[0].as_str())
        .collect();
    assert_eq!(shared, ["J47H22000810006", "J47H22000830006"]);
    assert!(
        tenders.rows.iter().all(|r| r[9].ends_with(&r[1])),
        "each CIG links its BDNCP record"
    );
}

/// What /pnrr lists as still open, for the sample on a fixed build day.
#[test]
fn the_still_open_view_of_the_sample_on_a_fixed_day() {
    let site = site();
    assert_eq!(site.today.iso(), "2026-11-22");
    let open = provincia_sito::model::pnrr::closing::open_items(&site.projects);
    // The Parentucelli school: works due on 30 June 2026, not finished.
    assert!(open
        .traguardi
        .iter()
        .any(|m| m.cup == "J27H22000850006" && m.traguardo.descrizione == "Fine lavori"));
    // Reached milestones never appear, however late.
    for m in &open.traguardi {
        assert!(
            m.traguardo.data_effettiva.is_none(),
            "{}: {}",
            m.cup,
            m.traguardo.descrizione
        );
    }
    // The accepted projects are not among those to accept; the others are.
    let to_accept: Vec<&str> = open.non_collaudati.iter().map(|p| p.cup.as_str()).collect();
    // J41C22000390006 has its certificate of regular execution (issue 39:
    // it was listed among those still to accept).
    for accepted in [
        "J41F22001590006",
        "J37H23000150006",
        "J37H23000140006",
        "J41C22000390006",
    ] {
        assert!(!to_accept.contains(&accepted), "{accepted}");
    }
    assert_eq!(to_accept.len(), site.projects.len() - 4);
    // What is due is the PNRR share less what was received.
    for p in &open.pagamenti {
        let project = site.projects.iter().find(|x| x.cup == p.cup).unwrap();
        assert_eq!(
            p.da_ricevere.cents(),
            project.finanziamento_pnrr.cents() - project.received().cents()
        );
        assert!(p.da_ricevere.cents() > 0);
    }
}
