//! Reading `content/sito.toml`: parse, validate and report every problem with
//! file, line, field and what was expected. Host only (build script, tests,
//! pre-renderer); the browser receives the result as JSON.

use super::config::{FieldError, SiteConfig};
use super::control_chars::control_character_problem;
use super::problem::ContentProblem;

/// The configuration file of the site: `SITE_CONFIG` when set, else
/// `sito.toml` in the content folder. The build script (which compiles it
/// into the app) and the builder (which writes the pages, feeds and data)
/// both ask here, so the two halves of the site read the same file.
pub fn site_config_file(content_dir: &std::path::Path) -> std::path::PathBuf {
    match std::env::var("SITE_CONFIG") {
        Ok(file) if !file.is_empty() => std::path::PathBuf::from(file),
        _ => content_dir.join("sito.toml"),
    }
}

/// Parses and validates a configuration. `known_paths` are the site's pages
/// that menu entries may point to.
pub fn parse_site_config(file: &str, source: &str, known_paths: &[&str]) -> Result<SiteConfig, Vec<ContentProblem>> {
    let config: SiteConfig = toml::from_str(source).map_err(|err| vec![toml_problem(file, source, &err)])?;
    let mut problems: Vec<ContentProblem> = config
        .validate(known_paths)
        .into_iter()
        .map(|FieldError { field, expected }| ContentProblem {
            file: file.to_string(),
            line: line_of_field(source, &field).unwrap_or(0),
            message: format!("atteso {expected}"),
            field,
        })
        .collect();
    if let Ok(table) = source.parse::<toml::Table>() {
        let mut found = Vec::new();
        texts_with_control_characters(&toml::Value::Table(table), String::new(), &mut found);
        problems.extend(found.into_iter().map(|(field, message)| ContentProblem {
            file: file.to_string(),
            line: line_of_field(source, &field).unwrap_or(0),
            field,
            message,
        }));
    }
    if problems.is_empty() {
        Ok(config)
    } else {
        Err(problems)
    }
}

/// Every text of the file holding a control character, by field path
/// (`menu.principale[0].etichetta`), with what to tell the editor.
fn texts_with_control_characters(value: &toml::Value, path: String, found: &mut Vec<(String, String)>) {
    match value {
        toml::Value::String(text) => {
            if let Some(problem) = control_character_problem(text) {
                found.push((path, problem.message));
            }
        }
        toml::Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                texts_with_control_characters(item, format!("{path}[{i}]"), found);
            }
        }
        toml::Value::Table(table) => {
            for (key, item) in table {
                let child = if path.is_empty() {
                    key.clone()
                } else {
                    format!("{path}.{key}")
                };
                texts_with_control_characters(item, child, found);
            }
        }
        _ => {}
    }
}

pub fn toml_problem(file: &str, source: &str, err: &toml::de::Error) -> ContentProblem {
    let offset = err.span().map(|s| s.start).unwrap_or(0);
    let line = source[..offset.min(source.len())].matches('\n').count() + 1;
    let raw = err.message().trim();
    let (field_here, is_header) = field_at(source, line);
    // For a missing or unknown key serde points at the table; on a key line
    // that table is the key's parent.
    let table = if is_header {
        field_here.clone()
    } else {
        parent_of(&field_here)
    };
    let (field, message) = explain_serde_message(raw, &field_here, &table);
    ContentProblem {
        file: file.to_string(),
        line,
        field,
        message,
    }
}

/// Turns serde's English messages into Italian ones an editor can act on,
/// naming the field the message is about.
fn explain_serde_message(raw: &str, field_here: &str, table: &str) -> (String, String) {
    let quoted = raw.split('`').nth(1).unwrap_or("");
    if raw.starts_with("missing field") {
        // The span points at the table that lacks the key.
        (join_path(table, quoted), "campo obbligatorio mancante".into())
    } else if raw.starts_with("unknown field") {
        let expected = raw.split("expected").nth(1).unwrap_or("").trim().replace('`', "");
        (
            join_path(table, quoted),
            format!("campo sconosciuto; i campi ammessi sono {expected}"),
        )
    } else if let Some(rest) = raw.strip_prefix("invalid type: ") {
        let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, "?"));
        (
            field_here.to_string(),
            format!("atteso {}, trovato {}", type_name(expected), type_name(found)),
        )
    } else {
        (field_here.to_string(), format!("sintassi TOML non valida ({raw})"))
    }
}

fn type_name(serde_name: &str) -> String {
    let name = serde_name.trim();
    let italian = if name.contains("string") {
        "un testo tra virgolette"
    } else if name.contains("sequence") || name.contains("array") {
        "un elenco [ … ]"
    } else if name.contains("map") || name.contains("struct") || name.contains("table") {
        "una tabella"
    } else if name.contains("integer") || name.contains("float") {
        "un numero"
    } else if name.contains("boolean") {
        "true o false"
    } else {
        return name.to_string();
    };
    italian.to_string()
}

/// The dotted path (with array indices) of the key or table defined on
/// `line`, and whether that line is a table header.
fn field_at(source: &str, line: usize) -> (String, bool) {
    let mut found = (String::new(), false);
    walk_keys(source, |path, at, is_header| {
        if at == line {
            found = (path.to_string(), is_header);
        }
    });
    found
}

/// The line where a dotted field path (as produced by validation) is defined;
/// falls back to its closest defined parent.
pub fn line_of_field(source: &str, field: &str) -> Option<usize> {
    let mut candidate = field.to_string();
    loop {
        let mut hit = None;
        walk_keys(source, |path, at, _| {
            if hit.is_none() && path == candidate {
                hit = Some(at);
            }
        });
        if hit.is_some() {
            return hit;
        }
        let cut = candidate.rfind(['.', '['])?;
        candidate.truncate(cut);
    }
}

/// Calls `visit(path, line)` for every table header and `key =` line, with
/// array-of-tables indices counted as TOML defines them. Enough of TOML for
/// locating fields in a hand-written configuration, not a parser.
fn walk_keys(source: &str, mut visit: impl FnMut(&str, usize, bool)) {
    let mut table = String::new();
    let mut array_counts: Vec<(String, usize)> = Vec::new();
    for (index, raw) in source.lines().enumerate() {
        let line = raw.trim();
        let number = index + 1;
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(name) = line.strip_prefix("[[").and_then(|l| l.split("]]").next()) {
            let base = resolve_header(name.trim(), &array_counts);
            let count = match array_counts.iter_mut().find(|(p, _)| *p == base) {
                Some((_, n)) => {
                    *n += 1;
                    *n
                }
                None => {
                    array_counts.push((base.clone(), 0));
                    0
                }
            };
            table = format!("{base}[{count}]");
            visit(&table, number, true);
        } else if let Some(name) = line.strip_prefix('[').and_then(|l| l.split(']').next()) {
            table = resolve_header(name.trim(), &array_counts);
            visit(&table, number, true);
        } else if let Some((key, _)) = line.split_once('=') {
            let key = key.trim().trim_matches('"');
            visit(&join_path(&table, key), number, false);
        }
    }
}

/// `contatti` + `pec` → `contatti.pec`; a key at the top level stands alone.
fn join_path(table: &str, key: &str) -> String {
    if table.is_empty() {
        key.to_string()
    } else {
        format!("{table}.{key}")
    }
}

fn parent_of(path: &str) -> String {
    path.rfind('.').map(|cut| path[..cut].to_string()).unwrap_or_default()
}

/// `menu.principale.voci` inside the second `[[menu.principale]]` is
/// `menu.principale[1].voci`: every enclosing array resolves to its current
/// element; the last segment is named as written.
fn resolve_header(name: &str, array_counts: &[(String, usize)]) -> String {
    let parts: Vec<&str> = name.split('.').map(|p| p.trim().trim_matches('"')).collect();
    let mut resolved = String::new();
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            resolved.push('.');
        }
        resolved.push_str(part);
        if i + 1 < parts.len() {
            if let Some((_, n)) = array_counts.iter().find(|(p, _)| *p == resolved) {
                resolved = format!("{resolved}[{n}]");
            }
        }
    }
    resolved
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::site_map::known_paths;

    const SAMPLE: &str = include_str!("../../content/sito.toml");
    const FILE: &str = "content/sito.toml";

    fn problems(source: &str) -> Vec<ContentProblem> {
        parse_site_config(FILE, source, &known_paths()).expect_err("the configuration should be refused")
    }

    fn line_containing(source: &str, needle: &str) -> usize {
        source
            .lines()
            .position(|l| l.contains(needle))
            .expect("needle in source")
            + 1
    }

    #[test]
    fn the_sample_configuration_is_valid() {
        let config = parse_site_config(FILE, SAMPLE, &known_paths()).unwrap();
        assert_eq!(config.ente.nome, "Provincia della Spezia");
        assert_eq!(config.menu.principale.len(), 4);
        assert_eq!(config.menu_label("/novita/comunicati"), Some("Comunicati stampa"));
        assert_eq!(config.menu_label("/pnrr"), Some("Attuazione misure PNRR"));
    }

    /// The header's Amministrazione area leads to the Albo pretorio online
    /// when the ente configured one, and only then.
    #[test]
    fn the_header_menu_adds_the_albo_to_the_amministrazione_area() {
        let config = parse_site_config(FILE, SAMPLE, &known_paths()).unwrap();
        let menu = crate::model::albo::header_menu(&config);
        let management = menu.iter().find(|i| i.percorso == "/amministrazione").unwrap();
        let albo = management.voci.last().expect("the Albo entry");
        assert_eq!(albo.etichetta, "Albo pretorio online");
        assert_eq!(albo.percorso, config.albo_pretorio.as_ref().unwrap().url);
        // The other entries are the configured ones, unchanged.
        let others: Vec<_> = menu
            .iter()
            .filter(|i| i.percorso != "/amministrazione")
            .cloned()
            .collect();
        let configured: Vec<_> = config
            .menu
            .principale
            .iter()
            .filter(|i| i.percorso != "/amministrazione")
            .cloned()
            .collect();
        assert_eq!(others, configured);
        let without = SiteConfig {
            albo_pretorio: None,
            ..config
        };
        assert!(crate::model::albo::header_menu(&without)
            .iter()
            .all(|i| i.percorso != "/amministrazione" || i.voci.is_empty()));
    }

    #[test]
    fn a_bad_value_names_file_line_field_and_expectation() {
        let source = SAMPLE.replace("provincia.laspezia@legalmail.it", "provincia.laspezia-legalmail.it");
        let found = problems(&source);
        assert_eq!(found.len(), 1, "{found:?}");
        let p = &found[0];
        assert_eq!((p.file.as_str(), p.field.as_str()), (FILE, "contatti.pec"));
        assert_eq!(p.line, line_containing(&source, "pec ="));
        assert!(p.message.contains("indirizzo e-mail"), "{}", p.message);
        assert_eq!(
            p.to_string(),
            format!("{FILE}:{}: campo `contatti.pec`: {}", p.line, p.message)
        );
    }

    #[test]
    fn both_halves_read_site_config_when_set_and_the_content_file_otherwise() {
        // The only test that touches SITE_CONFIG at run time.
        std::env::remove_var("SITE_CONFIG");
        let content = std::path::Path::new("content");
        assert_eq!(site_config_file(content), content.join("sito.toml"));
        std::env::set_var("SITE_CONFIG", "tests/fixtures/provincia-di-valdoria.toml");
        let chosen = site_config_file(content);
        std::env::remove_var("SITE_CONFIG");
        assert_eq!(
            chosen,
            std::path::Path::new("tests/fixtures/provincia-di-valdoria.toml")
        );
    }

    #[test]
    fn control_characters_in_any_text_are_refused() {
        let source = SAMPLE
            .replacen(
                "nome = \"Provincia della Spezia\"",
                "nome = \"Provincia\\u000Bdella Spezia\"",
                1,
            )
            .replacen("nome = \"YouTube\"", "nome = \"You\\u0085Tube\"", 1);
        let found = problems(&source);
        let fields: Vec<(&str, usize)> = found.iter().map(|p| (p.field.as_str(), p.line)).collect();
        assert_eq!(
            fields,
            [
                ("ente.nome", 7),
                ("social[1].nome", line_containing(&source, "You\\u0085Tube"))
            ]
        );
        assert!(
            found[0].message.contains("U+000B, tabulazione verticale"),
            "{}",
            found[0].message
        );
    }

    #[test]
    fn all_problems_are_reported_at_once() {
        let source = SAMPLE
            .replace("\"00218930113\"\npec", "\"00218930114\"\npec")
            .replace("https://www.regione.liguria.it", "www.regione.liguria.it")
            .replace("https://form.agid.gov.it/view/", "https://example.org/view/");
        let fields: Vec<String> = problems(&source).into_iter().map(|p| p.field).collect();
        assert_eq!(
            fields,
            [
                "ente.ente_superiore.url",
                "contatti.partita_iva",
                "footer.dichiarazione_accessibilita"
            ]
        );
    }

    #[test]
    fn a_menu_entry_must_lead_to_a_page_of_the_site() {
        let source = SAMPLE.replace("percorso = \"/novita/comunicati\"", "percorso = \"/novita/comunicato\"");
        let found = problems(&source);
        assert_eq!(found[0].field, "menu.principale[1].voci[1].percorso");
        assert_eq!(found[0].line, line_containing(&source, "/novita/comunicato\""));
        assert!(
            found[0].message.contains("/novita/comunicati"),
            "lists the valid pages: {}",
            found[0].message
        );
    }

    #[test]
    fn a_missing_field_names_its_table() {
        let source = SAMPLE.replace("orari = ", "# orari = ");
        let found = problems(&source);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].field, "contatti.orari");
        assert!(found[0].message.contains("obbligatorio"), "{}", found[0].message);
        assert!(found[0].line > 0);
    }

    #[test]
    fn a_misspelt_key_is_refused_not_ignored() {
        let source = SAMPLE.replace("telefono = ", "telefno = ");
        let found = problems(&source);
        assert_eq!(found[0].field, "contatti.telefno");
        assert_eq!(found[0].line, line_containing(&source, "telefno ="));
        assert!(found[0].message.contains("campo sconosciuto"), "{}", found[0].message);
    }

    #[test]
    fn a_wrong_type_says_what_was_expected() {
        let source = SAMPLE.replace("telefono = \"+39 0187 7421\"", "telefono = 187742");
        let found = problems(&source);
        assert_eq!(found[0].field, "contatti.telefono");
        assert_eq!(found[0].line, line_containing(&source, "telefono = 187742"));
        assert!(
            found[0].message.contains("un testo tra virgolette"),
            "{}",
            found[0].message
        );
    }

    #[test]
    fn broken_toml_syntax_points_at_the_line() {
        let source = SAMPLE.replace("nome = \"Regione Liguria\"", "nome = \"Regione Liguria");
        let found = problems(&source);
        assert_eq!(found[0].line, line_containing(&source, "nome = \"Regione Liguria"));
        assert!(found[0].message.contains("sintassi TOML"), "{}", found[0].message);
    }

    #[test]
    fn locates_fields_inside_arrays_of_tables() {
        assert_eq!(
            line_of_field(SAMPLE, "social[1].url"),
            Some(line_containing(SAMPLE, "youtube.com"))
        );
        assert_eq!(
            line_of_field(SAMPLE, "menu.secondario[2].etichetta"),
            Some(line_containing(SAMPLE, "Tutti gli argomenti"))
        );
        // An unknown leaf falls back to its table.
        assert_eq!(
            line_of_field(SAMPLE, "contatti.fax"),
            Some(line_containing(SAMPLE, "[contatti]"))
        );
    }

    #[test]
    fn validates_italian_vat_numbers() {
        use crate::model::config::is_valid_vat_number;
        assert!(is_valid_vat_number("00218930113"));
        assert!(!is_valid_vat_number("00218930112"));
        assert!(!is_valid_vat_number("0021893011"));
        assert!(!is_valid_vat_number("0021893011a"));
    }
}
