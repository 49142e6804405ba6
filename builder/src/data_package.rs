//! The Frictionless Data Package beside the CSVs (`/dati/datapackage.json`,
//! with a Table Schema per table in `/dati/schemi/`): read with default
//! types, a spreadsheet or pandas drops the leading zeros of `Codice
//! Comune` (the join key to ISTAT and Italia Domani) and reads CUPs as
//! numbers; with the schema every tool reads each column as what it is.
//! The package lists the whole tables; the same schemas describe the files
//! of one measure or one project, which hold some of their rows.

use crate::load::Site;
use crate::open_data::{documents_table, table, Table};
use provincia_sito::model::documents::DOCUMENTS_DATASET;
use provincia_sito::model::pnrr::open_data::{Dataset, DATA_PACKAGE, LICENSE, LICENSE_URL};
use provincia_sito::model::pnrr::Project;
use serde_json::{json, Value};

/// Where the schemas are, relative to the package.
pub const SCHEMAS: &str = "schemi";

/// One table of the package: its name, its CSV beside the package, its
/// columns and keys.
struct Resource {
    name: String,
    title: String,
    path: String,
    columns: Vec<String>,
    primary_key: Vec<&'static str>,
    /// (column, table it refers to, column there).
    foreign_keys: Vec<(&'static str, String, &'static str)>,
}

/// The type, format and constraints of a column, from its name: the names
/// are a contract of the API (Italia Domani's for the PNRR).
fn field(name: &str) -> Value {
    let date = name == "Data" || name.starts_with("Data ") || name.starts_with("In vigore");
    let number = name.starts_with("Importo")
        || name.starts_with("Finanziamento")
        || name.starts_with("Valore ")
        || matches!(
            name,
            "Latitudine" | "Longitudine" | "latitudine" | "longitudine" | "dal_km" | "al_km"
        );
    let uri = matches!(
        name,
        "Pagina" | "pagina" | "Scheda BDNCP" | "Collegamento" | "Certificato Collaudo"
    );
    let mut field = json!({ "name": name, "type": "string" });
    if date {
        field["type"] = json!("date");
    } else if number {
        field["type"] = json!("number");
    } else if name == "Numero Progetti" {
        field["type"] = json!("integer");
    } else if uri {
        field["format"] = json!("uri");
    }
    let pattern = match name {
        "CUP" => Some("[A-Z0-9]{15}"),
        "CIG" => Some("[A-Z0-9]{10}"),
        "Codice Comune" => Some("[0-9]{6}"),
        _ => None,
    };
    if let Some(pattern) = pattern {
        field["constraints"] = json!({ "pattern": pattern });
    }
    field
}

fn resources(site: &Site) -> Vec<Resource> {
    let all: Vec<&Project> = site.projects.iter().collect();
    let pnrr = |dataset: Dataset| format!("pnrr-{}", dataset.key());
    let mut resources: Vec<Resource> = [Dataset::Measures]
        .into_iter()
        .chain(Dataset::OF_PROJECTS)
        .map(|dataset| {
            let Table { columns, .. } = table(site, dataset, &all);
            let refers = |column: &'static str, to: Dataset, there: &'static str| (column, pnrr(to), there);
            let (primary_key, mut foreign_keys) = match dataset {
                Dataset::Measures => (vec!["Codice Univoco Misura"], vec![]),
                Dataset::Projects => (vec!["CUP"], vec![]),
                Dataset::Tenders => (vec!["CUP", "CIG"], vec![]),
                _ => (vec![], vec![]),
            };
            if dataset != Dataset::Measures && dataset != Dataset::Projects {
                foreign_keys.push(refers("CUP", Dataset::Projects, "CUP"));
            }
            if columns.iter().any(|c| c == "Codice Univoco Misura") && dataset != Dataset::Measures {
                foreign_keys.push(refers(
                    "Codice Univoco Misura",
                    Dataset::Measures,
                    "Codice Univoco Misura",
                ));
            }
            Resource {
                name: pnrr(dataset),
                title: dataset.title().to_string(),
                path: format!("pnrr/{}.csv", dataset.key()),
                columns,
                primary_key,
                foreign_keys,
            }
        })
        .collect();
    resources.push(Resource {
        name: DOCUMENTS_DATASET.to_string(),
        title: "Documenti e dati".into(),
        path: format!("{DOCUMENTS_DATASET}.csv"),
        columns: documents_table(site).columns,
        primary_key: vec!["Pagina"],
        foreign_keys: vec![],
    });
    resources.push(Resource {
        name: crate::restrictions_data::DATASET.to_string(),
        title: provincia_sito::model::territory::restrictions::RESTRICTIONS_TITLE.to_string(),
        path: provincia_sito::model::territory::restrictions::RESTRICTIONS_CSV
            .trim_start_matches("/dati/")
            .to_string(),
        columns: crate::restrictions_data::table(site).columns,
        primary_key: vec!["id"],
        foreign_keys: vec![],
    });
    resources
}

/// The package and its schemas: (path under dist/, content).
pub fn files(site: &Site) -> Vec<(String, String)> {
    let folder = DATA_PACKAGE
        .trim_start_matches('/')
        .rsplit_once('/')
        .map_or("", |(folder, _)| folder);
    let mut files = Vec::new();
    let mut listed = Vec::new();
    for resource in resources(site) {
        let mut schema = json!({
            "fields": resource.columns.iter().map(|c| field(c)).collect::<Vec<_>>(),
            "missingValues": [""],
        });
        if !resource.primary_key.is_empty() {
            schema["primaryKey"] = json!(resource.primary_key);
        }
        if !resource.foreign_keys.is_empty() {
            schema["foreignKeys"] = json!(resource
                .foreign_keys
                .iter()
                .map(
                    |(column, to, there)| json!({ "fields": column, "reference": { "resource": to, "fields": there } })
                )
                .collect::<Vec<_>>());
        }
        let schema_path = format!("{SCHEMAS}/{}.json", resource.name);
        files.push((format!("{folder}/{schema_path}"), pretty(&schema)));
        listed.push(json!({
            "name": resource.name,
            "title": resource.title,
            "path": resource.path,
            "profile": "tabular-data-resource",
            "format": "csv",
            "mediatype": "text/csv",
            // The files start with a BOM, so spreadsheets read UTF-8.
            "encoding": "utf-8-sig",
            "dialect": { "delimiter": ",", "lineTerminator": "\r\n", "quoteChar": "\"", "header": true },
            "schema": schema_path,
        }));
    }
    let package = json!({
        "profile": "tabular-data-package",
        "name": format!("dati-aperti-{}", site.config.ente.codice_ipa.replace('_', "-")),
        "title": format!("Dati aperti – {}", site.config.ente.nome),
        "homepage": site.config.absolute("/"),
        "licenses": [{ "name": "CC-BY-4.0", "title": LICENSE, "path": LICENSE_URL }],
        "created": format!("{}T00:00:00Z", site.today.iso()),
        "resources": listed,
    });
    files.push((DATA_PACKAGE.trim_start_matches('/').to_string(), pretty(&package)));
    files
}

fn pretty(value: &Value) -> String {
    serde_json::to_string_pretty(value).expect("JSON values serialise")
}

#[cfg(test)]
mod tests {
    use super::field;

    #[test]
    fn codes_stay_text_and_figures_get_their_type() {
        assert_eq!(field("Codice Comune")["type"], "string");
        assert_eq!(field("Codice Comune")["constraints"]["pattern"], "[0-9]{6}");
        assert_eq!(field("CUP")["type"], "string");
        assert_eq!(field("Finanziamento PNRR")["type"], "number");
        assert_eq!(field("Data di Fine Progetto Prevista")["type"], "date");
        assert_eq!(field("Numero Progetti")["type"], "integer");
        assert_eq!(field("Pagina")["format"], "uri");
    }
}
