//! docs/api-v1.md is the contract of what the build writes: every file of
//! the API matches a row of its table, carries `versione` and only the
//! top-level keys the row lists; every row names files the build writes;
//! every feed and calendar matches an address of its list. So the document
//! cannot drift from the build again.

use provincia_sito::model::Date;
use site_builder::load::load_site;
use site_builder::record::Report;
use std::path::Path;

struct Row {
    pattern: String,
    matcher: regex::Regex,
    /// The top-level keys the row lists, when its description starts with
    /// the object's shape.
    keys: Option<Vec<String>>,
}

/// A documented address to a matcher: `{a,b}` is one of the names, `{name}`
/// any segment, `{percorso}` any path.
fn matcher(pattern: &str) -> regex::Regex {
    let mut expression = String::from("^");
    let mut rest = pattern;
    while let Some(open) = rest.find('{') {
        expression.push_str(&regex::escape(&rest[..open]));
        let close = open + rest[open..].find('}').expect("a closed placeholder");
        let inside = &rest[open + 1..close];
        expression.push_str(&match inside {
            "percorso" => "(.+)".to_string(),
            _ if inside.contains(',') => format!(
                "({})",
                inside.split(',').map(regex::escape).collect::<Vec<_>>().join("|")
            ),
            _ => "([^/]+)".to_string(),
        });
        rest = &rest[close + 1..];
    }
    expression.push_str(&regex::escape(rest));
    expression.push('$');
    regex::Regex::new(&expression).unwrap()
}

/// The keys of the first `{…}` of a description, at its outer level.
fn outer_keys(description: &str) -> Option<Vec<String>> {
    let start = description.find("`{")? + 2;
    let mut depth = 0;
    let mut keys = Vec::new();
    let mut current = String::new();
    for c in description[start..].chars() {
        match c {
            '{' | '[' | '(' => depth += 1,
            '}' | ']' | ')' if depth > 0 => depth -= 1,
            '}' => break,
            ',' if depth == 0 => keys.push(std::mem::take(&mut current)),
            _ if depth == 0 => current.push(c),
            _ => {}
        }
    }
    keys.push(current);
    Some(
        keys.iter()
            .map(|k| k.split(':').next().unwrap().trim().trim_end_matches('?').to_string())
            .filter(|k| !k.is_empty())
            .collect(),
    )
}

fn contract() -> (Vec<Row>, String) {
    let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/api-v1.md")).unwrap();
    let rows = text
        .lines()
        .filter(|line| line.starts_with("| `"))
        .map(|line| {
            let cells: Vec<&str> = line.split(" | ").collect();
            let pattern = cells[0].trim_start_matches("| `").trim_end_matches('`').to_string();
            let description = cells[1..].join(" | ");
            let keys = description
                .trim_start()
                .starts_with("`{")
                .then(|| outer_keys(&description))
                .flatten();
            Row {
                matcher: matcher(&pattern),
                pattern,
                keys,
            }
        })
        .collect();
    let others = text
        .split("## Altri file della build")
        .nth(1)
        .expect("the list of the other files")
        .to_string();
    (rows, others)
}

fn sample_site() -> site_builder::load::Site {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let report = Report::default();
    load_site(
        &repo.join("content"),
        &repo.join("public"),
        Date::parse("2026-11-22").unwrap(),
        &report,
    )
    .expect("the sample content is valid")
}

/// The row of a file: of those that match, the one with the fewest
/// placeholders (`novita/notizie/elenco.json` before `novita/{tipo}/{slug}.json`).
fn row_of<'a>(rows: &'a [Row], path: &str) -> Option<&'a Row> {
    rows.iter()
        .filter(|row| row.matcher.is_match(path))
        .min_by_key(|row| row.pattern.matches('{').count())
}

#[test]
fn every_file_of_the_api_is_in_the_contract_with_its_keys_and_version() {
    let (rows, _) = contract();
    let site = sample_site();
    let files = site_builder::api_files::build(&site);
    let pages = site_builder::write::page_list(&site_builder::prerender::routes(&site));
    let pages = (
        provincia_sito::model::endpoint::pages().path().to_string(),
        serde_json::to_string(&pages).unwrap(),
    );
    let mut problems = Vec::new();
    let mut used = vec![false; rows.len()];
    let written = files
        .iter()
        .map(|(path, json)| (path.clone(), json.to_string()))
        .chain([pages]);
    for (path, json) in written {
        let (path, json) = (&path, &json);
        let Some(row) = row_of(&rows, path) else {
            problems.push(format!("{path}: no row of docs/api-v1.md"));
            continue;
        };
        used[rows.iter().position(|r| std::ptr::eq(r, row)).unwrap()] = true;
        let value: serde_json::Value = serde_json::from_str(json).unwrap();
        let Some(object) = value.as_object() else {
            problems.push(format!("{path}: not an object"));
            continue;
        };
        if object.get("versione").and_then(|v| v.as_u64()) != Some(1) {
            problems.push(format!("{path}: no `versione: 1`"));
        }
        if let Some(keys) = &row.keys {
            for key in object.keys().filter(|key| !keys.contains(key)) {
                problems.push(format!("{path}: key `{key}` not listed in the row `{}`", row.pattern));
            }
        }
    }
    for (row, used) in rows.iter().zip(used) {
        if !used {
            problems.push(format!("row `{}`: the build writes no such file", row.pattern));
        }
    }
    assert!(
        problems.is_empty(),
        "docs/api-v1.md and the build differ:\n{}",
        problems.join("\n")
    );
}

#[test]
fn every_feed_and_calendar_is_in_the_list_of_other_files() {
    let (_, others) = contract();
    let patterns: Vec<regex::Regex> = others
        .split('`')
        .skip(1)
        .step_by(2)
        .flat_map(|token| {
            // `dati/pnrr/{a,b}.{csv,json}` and plain names alike.
            [matcher(token)]
        })
        .collect();
    let site = sample_site();
    let mut paths: Vec<String> = site_builder::feeds::build(&site)
        .files
        .into_iter()
        .map(|(p, _)| p)
        .collect();
    paths.extend(site_builder::ics::build(&site).into_iter().map(|(p, _)| p));
    let missing: Vec<&String> = paths
        .iter()
        .filter(|path| !patterns.iter().any(|p| p.is_match(path.trim_start_matches('/'))))
        .collect();
    assert!(
        missing.is_empty(),
        "not in «Altri file della build» of docs/api-v1.md: {missing:?}"
    );
}
