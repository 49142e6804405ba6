//! The open data: Documenti e dati as one table, and the PNRR open data: every list of the section as CSV (UTF-8 with BOM so
//! spreadsheets read the accents, comma-separated and quoted per RFC 4180)
//! and JSON (the same rows as objects), for the whole section, each measure
//! and each project; plus a DCAT-AP_IT description of the datasets. Column
//! names are Italia Domani's, so a journalist can join by CUP.

use crate::load::Site;
use provincia_sito::model::documents::{documents_file, DOCUMENTS_DATASET, DOCUMENTS_PATH};
use provincia_sito::model::pnrr::milestones::MilestoneStatus;
use provincia_sito::model::pnrr::open_data::{
    file_path, Dataset, Format, Scope, CATALOG, DATA_PACKAGE, LICENSE, LICENSE_URL, SITE_CATALOG,
};
use provincia_sito::model::pnrr::{FundingSource, Project};
use provincia_sito::model::spreadsheet::to_csv;
use provincia_sito::model::territory::restrictions::{
    RESTRICTIONS_CSV, RESTRICTIONS_GEOJSON, RESTRICTIONS_PATH, RESTRICTIONS_TITLE,
};
use provincia_sito::model::{Amount, Date};
use serde_json::json;

/// A dataset as rows of text under named columns.
#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    pub columns: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

impl Table {
    pub fn new(columns: &[&str]) -> Table {
        Table {
            columns: columns.iter().map(|c| c.to_string()).collect(),
            rows: Vec::new(),
        }
    }

    /// The project's CSV ([`to_csv`]); the JSON keeps the cells as written.
    pub fn to_csv(&self) -> String {
        to_csv(&self.columns, &self.rows)
    }

    /// An array of objects with the CSV's column names, in column order.
    pub fn to_json(&self) -> String {
        let quote = |text: &str| serde_json::to_string(text).expect("a string serialises");
        let rows: Vec<String> = self
            .rows
            .iter()
            .map(|row| {
                let fields: Vec<String> = self
                    .columns
                    .iter()
                    .zip(row)
                    .map(|(column, value)| format!("{}:{}", quote(column), quote(value)))
                    .collect();
                format!("{{{}}}", fields.join(","))
            })
            .collect();
        format!("[\n{}\n]\n", rows.join(",\n"))
    }
}

/// An optional date as the open data write it (AAAA-MM-GG, or empty).
pub fn date(value: Option<Date>) -> String {
    value.map(|d| d.iso()).unwrap_or_default()
}

fn amount(value: Amount) -> String {
    value.plain()
}

/// The rows of one dataset for some projects.
pub fn table(site: &Site, dataset: Dataset, projects: &[&Project]) -> Table {
    match dataset {
        Dataset::Projects => {
            let mut columns = vec![
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
            ];
            columns.extend(FundingSource::ALL.iter().map(|s| s.label()));
            columns.extend([
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
            ]);
            let mut table = Table::new(&columns);
            for p in projects {
                let Some(m) = site.measures.iter().find(|m| m.slug == p.misura) else {
                    continue;
                };
                let mut row = vec![
                    p.cup.clone(),
                    p.codice_locale_progetto.clone(),
                    p.titolo_progetto.clone(),
                    p.sintesi_progetto.clone(),
                    m.missione.clone(),
                    m.componente.clone(),
                    m.codice.clone(),
                    m.descrizione.clone(),
                    m.amministrazione_titolare.clone(),
                    p.soggetto_attuatore.clone(),
                    p.codice_fiscale_soggetto_attuatore.clone(),
                    amount(p.finanziamento_pnrr),
                ];
                row.extend(FundingSource::ALL.iter().map(|source| {
                    amount(Amount::sum(
                        p.altri_finanziamenti
                            .iter()
                            .filter(|f| f.fonte == *source)
                            .map(|f| f.importo),
                    ))
                }));
                row.extend([
                    amount(p.finanziamento_totale),
                    date(Some(p.data_inizio_prevista)),
                    date(p.data_inizio_effettiva),
                    date(Some(p.data_fine_prevista)),
                    date(p.data_fine_effettiva),
                    p.stato.label().to_string(),
                    amount(p.awarded()),
                    amount(p.received()),
                    p.spiegazione_eccedenza.clone().unwrap_or_default(),
                    date(p.collaudo.as_ref().map(|c| c.data)),
                    p.collaudo
                        .as_ref()
                        .map(|c| site.config.absolute(&c.certificato.percorso))
                        .unwrap_or_default(),
                    date(p.data_rendicontazione),
                    date(p.data_estrazione_regis),
                    p.fonte.fonte.clone(),
                    p.fonte.verificato_il.iso(),
                    site.config.absolute(&p.path()),
                ]);
                table.rows.push(row);
            }
            table
        }
        Dataset::Tenders => {
            let mut table = Table::new(&[
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
            ]);
            for p in projects {
                for g in &p.gare {
                    table.rows.push(vec![
                        p.cup.clone(),
                        g.cig.clone(),
                        g.oggetto_gara.clone(),
                        g.data_aggiudicazione.iso(),
                        amount(g.importo_aggiudicazione),
                        g.denominazione_aggiudicatario.clone(),
                        g.codice_fiscale_aggiudicatario.clone(),
                        g.partita_iva_aggiudicatario.clone().unwrap_or_default(),
                        g.titolare_effettivo.clone().unwrap_or_default(),
                        g.bdncp(),
                        g.fonte.fonte.clone(),
                        g.fonte.verificato_il.iso(),
                    ]);
                }
            }
            table
        }
        Dataset::Acts => {
            let mut table = Table::new(&[
                "CUP",
                "Tipologia Atto",
                "Numero Atto",
                "Data Atto",
                "Oggetto Atto",
                "Collegamento",
            ]);
            for p in projects {
                for a in &p.atti {
                    let link = if a.collegamento.starts_with('/') {
                        site.config.absolute(&a.collegamento)
                    } else {
                        a.collegamento.clone()
                    };
                    table.rows.push(vec![
                        p.cup.clone(),
                        a.tipologia.label().to_string(),
                        a.numero.clone(),
                        a.data.iso(),
                        a.oggetto.clone(),
                        link,
                    ]);
                }
            }
            table
        }
        Dataset::Milestones => {
            let mut table = Table::new(&[
                "CUP",
                "Tipo",
                "Descrizione",
                "Data Prevista",
                "Data Effettiva",
                "Situazione",
                "Fonte",
                "Data Verifica",
            ]);
            for p in projects {
                for t in &p.traguardi {
                    table.rows.push(vec![
                        p.cup.clone(),
                        t.tipo.label().to_string(),
                        t.descrizione.clone(),
                        t.data_prevista.iso(),
                        date(t.data_effettiva),
                        MilestoneStatus::of(t, site.today).sentence(),
                        t.fonte.fonte.clone(),
                        t.fonte.verificato_il.iso(),
                    ]);
                }
            }
            table
        }
        Dataset::Payments => {
            let mut table = Table::new(&[
                "CUP",
                "Data Pagamento",
                "Descrizione",
                "Importo",
                "Fonte",
                "Data Verifica",
            ]);
            for p in projects {
                for pay in &p.pagamenti {
                    table.rows.push(vec![
                        p.cup.clone(),
                        pay.data.iso(),
                        pay.descrizione.clone(),
                        amount(pay.importo),
                        pay.fonte.fonte.clone(),
                        pay.fonte.verificato_il.iso(),
                    ]);
                }
            }
            table
        }
        Dataset::Locations | Dataset::Indicators | Dataset::Phases => {
            crate::pnrr_closing_data::table(site, dataset, projects)
        }
        Dataset::Measures => {
            let mut table = Table::new(&[
                "Codice Univoco Misura",
                "Missione",
                "Componente",
                "Titolo",
                "Descrizione Misura",
                "Amministrazione Titolare",
                "Numero Progetti",
                "Finanziamento PNRR",
                "Pagina",
            ]);
            for m in &site.measures {
                let of_measure: Vec<&&Project> = projects.iter().filter(|p| p.misura == m.slug).collect();
                table.rows.push(vec![
                    m.codice.clone(),
                    m.missione.clone(),
                    m.componente.clone(),
                    m.titolo.clone(),
                    m.descrizione.clone(),
                    m.amministrazione_titolare.clone(),
                    of_measure.len().to_string(),
                    amount(Amount::sum(of_measure.iter().map(|p| p.finanziamento_pnrr))),
                    site.config.absolute(&m.path()),
                ]);
            }
            table
        }
    }
}

/// Every open data file: (path under dist/, content).
pub fn files(site: &Site) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut push = |scope: Scope, dataset: Dataset, projects: &[&Project]| {
        let table = table(site, dataset, projects);
        for format in Format::ALL {
            let text = match format {
                Format::Csv => table.to_csv(),
                Format::Json => table.to_json(),
            };
            out.push((
                file_path(scope, dataset, format).trim_start_matches('/').to_string(),
                text,
            ));
        }
    };
    let all: Vec<&Project> = site.projects.iter().collect();
    push(Scope::All, Dataset::Measures, &all);
    for dataset in Dataset::OF_PROJECTS {
        push(Scope::All, dataset, &all);
    }
    for measure in &site.measures {
        let of_measure: Vec<&Project> = site.projects.iter().filter(|p| p.misura == measure.slug).collect();
        for dataset in Dataset::OF_PROJECTS {
            push(Scope::Measure(&measure.slug), dataset, &of_measure);
        }
    }
    for project in &site.projects {
        for dataset in Dataset::OF_PROJECTS {
            push(Scope::Project(&project.cup), dataset, &[project]);
        }
    }
    let documents = documents_table(site);
    for format in Format::ALL {
        let text = match format {
            Format::Csv => documents.to_csv(),
            Format::Json => documents.to_json(),
        };
        out.push((documents_file(format).trim_start_matches('/').to_string(), text));
    }
    out.extend(crate::restrictions_data::files(site));
    out.extend(crate::data_package::files(site));
    out.push((CATALOG.trim_start_matches('/').to_string(), catalog(site, false)));
    out.push((SITE_CATALOG.trim_start_matches('/').to_string(), catalog(site, true)));
    out
}

/// Documenti e dati, one document per row, newest first.
pub fn documents_table(site: &Site) -> Table {
    let mut table = Table::new(&[
        "Tipo",
        "Numero",
        "Data",
        "Titolo",
        "Oggetto",
        "Emanato da",
        "In vigore dal",
        "In vigore fino al",
        "Argomenti",
        "Allegati",
        "Pagina",
    ]);
    for document in &site.documents {
        let d = &document.scheda;
        table.rows.push(vec![
            d.tipo.label().to_string(),
            d.numero.clone().unwrap_or_default(),
            d.data.iso(),
            d.titolo.clone(),
            d.oggetto.clone(),
            d.emanato_da.nome.clone(),
            date(d.in_vigore_dal),
            date(d.in_vigore_fino_al),
            document
                .argomenti
                .iter()
                .map(|t| t.nome.as_str())
                .collect::<Vec<_>>()
                .join("; "),
            document
                .allegati
                .iter()
                .map(|a| site.config.absolute(&a.percorso))
                .collect::<Vec<_>>()
                .join(" "),
            site.config.absolute(&d.path()),
        ]);
    }
    table
}

/// The latest day any figure was checked: the "modified" of the data.
pub fn last_checked(site: &Site) -> Date {
    site.projects
        .iter()
        .map(|p| p.fonte.verificato_il)
        .chain(
            site.projects
                .iter()
                .flat_map(|p| p.gare.iter().map(|g| g.fonte.verificato_il)),
        )
        .chain(
            site.projects
                .iter()
                .flat_map(|p| p.pagamenti.iter().map(|g| g.fonte.verificato_il)),
        )
        .max()
        .unwrap_or(site.today)
}

/// The CSV and JSON files of a table, as the catalogue lists them.
fn both_formats(path_of: &dyn Fn(Format) -> String) -> Vec<(&'static str, &'static str, String)> {
    Format::ALL
        .into_iter()
        .map(|format| (format.label(), format.media_type(), path_of(format)))
        .collect()
}

/// Where DCAT-AP_IT's examples name a public body by its IndicePA code.
const IPA_AGENT_BASE: &str = "https://spcdata.digitpa.gov.it/Amministrazione/";

/// DCAT-AP_IT description of the datasets, as JSON-LD: the PNRR section's
/// (`whole_site` false) or every dataset of the site.
pub fn catalog(site: &Site, whole_site: bool) -> String {
    let pnrr_modified = last_checked(site);
    // DCAT-AP_IT identifies a public body by its IndicePA code, with the
    // URI the profile's examples use for it.
    let ipa = &site.config.ente.codice_ipa;
    let publisher = json!({
        "@id": format!("{IPA_AGENT_BASE}{ipa}"),
        "@type": ["foaf:Agent", "dcatapit:Agent"],
        "foaf:name": site.config.ente.nome,
        "dct:identifier": ipa,
    });
    let contact_point = json!({
        "@id": format!("{}#punto-di-contatto", site.config.absolute(SITE_CATALOG)),
        "@type": ["vcard:Organization", "dcatapit:Organization"],
        "vcard:fn": site.config.ente.nome,
        "vcard:hasEmail": { "@id": format!("mailto:{}", site.config.contatti.email) },
        "vcard:hasTelephone": { "@id": format!("tel:{}", site.config.contatti.telefono.replace(' ', "")) },
    });
    let package = site.config.absolute(DATA_PACKAGE);
    let license = json!({
        "@id": LICENSE_URL,
        "@type": ["dct:LicenseDocument", "dcatapit:LicenseDocument"],
        "foaf:name": LICENSE,
    });
    let catalog_path = if whole_site { SITE_CATALOG } else { CATALOG };
    // Each file as (EU file-type label, media type, path).
    let entry = |key: &str,
                 title: &str,
                 description: &str,
                 landing: &str,
                 modified: Date,
                 theme: &str,
                 files: Vec<(&str, &str, String)>| {
        let distributions: Vec<serde_json::Value> = files
            .into_iter()
            .map(|(label, media_type, path)| {
                let url = site.config.absolute(&path);
                let mut distribution = json!({
                    "@type": ["dcat:Distribution", "dcatapit:Distribution"],
                    "dct:title": format!("{title} ({label})"),
                    "dct:format": { "@id": format!("http://publications.europa.eu/resource/authority/file-type/{label}") },
                    "dcat:mediaType": media_type,
                    "dcat:accessURL": { "@id": url },
                    "dcat:downloadURL": { "@id": url },
                    "dct:license": license,
                });
                // A CSV's columns, types and keys: its Table Schema in the
                // site's Data Package.
                if media_type == "text/csv" {
                    distribution["dct:conformsTo"] = json!({ "@id": package });
                }
                distribution
            })
            .collect();
        // One dataset, one address: the site catalogue's, in both
        // catalogues that list it.
        json!({
            "@id": format!("{}#{key}", site.config.absolute(SITE_CATALOG)),
            "@type": ["dcat:Dataset", "dcatapit:Dataset"],
            "dct:identifier": format!("{ipa}:{key}"),
            "dct:title": title,
            "dct:description": description,
            "dct:modified": { "@value": modified.iso(), "@type": "xsd:date" },
            "dct:publisher": publisher,
            "dct:rightsHolder": publisher,
            "dct:language": { "@id": "http://publications.europa.eu/resource/authority/language/ITA" },
            "dcat:theme": { "@id": format!("http://publications.europa.eu/resource/authority/data-theme/{theme}") },
            "dct:accrualPeriodicity": { "@id": "http://publications.europa.eu/resource/authority/frequency/MONTHLY" },
            "dcat:landingPage": { "@id": site.config.absolute(landing) },
            "dcat:contactPoint": contact_point,
            "dcat:distribution": distributions,
        })
    };
    let mut datasets: Vec<serde_json::Value> = [Dataset::Measures]
        .into_iter()
        .chain(Dataset::OF_PROJECTS)
        .map(|dataset| {
            entry(
                &format!("pnrr-{}", dataset.key()),
                dataset.title(),
                dataset.description(),
                "/pnrr",
                pnrr_modified,
                "GOVE",
                both_formats(&|format| file_path(Scope::All, dataset, format)),
            )
        })
        .collect();
    if whole_site {
        let newest = site.documents.first().map_or(site.today, |d| d.scheda.data);
        datasets.push(entry(
            DOCUMENTS_DATASET,
            "Documenti e dati",
            "Un documento per riga (statuto, regolamenti, deliberazioni, decreti del Presidente, determinazioni, ordinanze, modulistica, atti normativi, dataset), con tipo, numero, data, oggetto, chi lo ha emanato, validità, argomenti, file e pagina.",
            DOCUMENTS_PATH,
            newest,
            "GOVE",
            both_formats(&documents_file),
        ));
        datasets.push(entry(
            crate::restrictions_data::DATASET,
            RESTRICTIONS_TITLE,
            crate::restrictions_data::DESCRIPTION,
            RESTRICTIONS_PATH,
            site.today,
            "TRAN",
            vec![
                ("GEOJSON", "application/geo+json", RESTRICTIONS_GEOJSON.to_string()),
                ("CSV", "text/csv", RESTRICTIONS_CSV.to_string()),
            ],
        ));
    }
    let (title, description, homepage, modified) = if whole_site {
        (
            format!("Dati aperti – {}", site.config.ente.nome),
            "I dati aperti dell'ente: i documenti e i dati della sezione Amministrazione, le limitazioni al traffico sulle strade provinciali e le misure, i progetti, le gare, gli atti, i traguardi e i pagamenti del PNRR.",
            "/",
            site.today,
        )
    } else {
        (
            format!("Dati aperti PNRR – {}", site.config.ente.nome),
            "Misure, progetti, gare, atti, traguardi e pagamenti dei progetti finanziati dal PNRR di cui l'ente è soggetto attuatore, con fonte e data di verifica di ogni dato.",
            "/pnrr",
            pnrr_modified,
        )
    };
    let catalog = json!({
        "@context": {
            "dcat": "http://www.w3.org/ns/dcat#",
            "dct": "http://purl.org/dc/terms/",
            "dcatapit": "http://dati.gov.it/onto/dcatapit#",
            "foaf": "http://xmlns.com/foaf/0.1/",
            "vcard": "http://www.w3.org/2006/vcard/ns#",
            "xsd": "http://www.w3.org/2001/XMLSchema#",
        },
        "@id": site.config.absolute(catalog_path),
        "@type": ["dcat:Catalog", "dcatapit:Catalog"],
        "dct:title": title,
        "dct:description": description,
        "dct:publisher": publisher,
        "dct:modified": { "@value": modified.iso(), "@type": "xsd:date" },
        "dct:language": { "@id": "http://publications.europa.eu/resource/authority/language/ITA" },
        "foaf:homepage": { "@id": site.config.absolute(homepage) },
        "dcat:dataset": datasets,
    });
    serde_json::to_string_pretty(&catalog).expect("JSON values serialise")
}
