//! Reads the fields of one content record (front matter or YAML data) and
//! reports every problem with file, line, field and what was expected. Fields
//! not read by the loader are reported as unknown, which catches typos.

use crate::yaml::{Entry, Node, Value};
use provincia_sito::model::problem::ContentProblem as Problem;
use provincia_sito::model::text_limits::field_problem as text_problem;
use provincia_sito::model::{Amount, Date};
use std::cell::RefCell;

/// The most problems kept for one file: past them the editor learns how
/// many more there are (a 6 MB list once gave a million messages, 135 MB of
/// output, where the first ones say what to fix).
pub const MAX_PROBLEMS_PER_FILE: usize = 50;

/// Every problem of the run, collected so all are reported at once.
#[derive(Default)]
pub struct Report {
    problems: RefCell<Vec<Problem>>,
    /// Problems of each file, kept or not.
    counts: RefCell<std::collections::HashMap<String, usize>>,
    /// The configuration file, whose problems come first: they cause
    /// others elsewhere.
    first: RefCell<Option<String>>,
}

impl Report {
    pub fn add(&self, file: &str, line: usize, field: &str, message: impl Into<String>) {
        self.push(Problem {
            file: file.to_string(),
            line,
            field: field.to_string(),
            message: message.into(),
        });
    }

    fn push(&self, problem: Problem) {
        let mut counts = self.counts.borrow_mut();
        let count = counts.entry(problem.file.clone()).or_default();
        *count += 1;
        if *count <= MAX_PROBLEMS_PER_FILE {
            self.problems.borrow_mut().push(problem);
        }
    }

    pub fn extend(&self, problems: impl IntoIterator<Item = Problem>) {
        for problem in problems {
            self.push(problem);
        }
    }

    /// Names the configuration file, whose problems are listed first.
    pub fn list_first(&self, file: &str) {
        *self.first.borrow_mut() = Some(file.to_string());
    }

    pub fn is_empty(&self) -> bool {
        self.problems.borrow().is_empty()
    }

    /// The problems by file and line, the configuration's first; after a
    /// file's first [`MAX_PROBLEMS_PER_FILE`], one line says how many more.
    pub fn into_problems(self) -> Vec<Problem> {
        let first = self.first.into_inner();
        let counts = self.counts.into_inner();
        let mut problems = self.problems.into_inner();
        problems.sort_by(|a, b| {
            let key = |p: &Problem| (Some(&p.file) != first.as_ref(), p.file.clone(), p.line);
            key(a).cmp(&key(b))
        });
        let mut listed: Vec<Problem> = Vec::with_capacity(problems.len());
        for problem in problems {
            let file_ends = listed.last().is_some_and(|last: &Problem| last.file != problem.file);
            if file_ends {
                note_omitted(&mut listed, &counts);
            }
            listed.push(problem);
        }
        note_omitted(&mut listed, &counts);
        listed
    }
}

/// After the last listed problem of a file, how many were left out.
fn note_omitted(listed: &mut Vec<Problem>, counts: &std::collections::HashMap<String, usize>) {
    let Some(last) = listed.last() else { return };
    let total = counts.get(&last.file).copied().unwrap_or(0);
    if total > MAX_PROBLEMS_PER_FILE {
        let file = last.file.clone();
        listed.push(Problem {
            file,
            line: 0,
            field: "(altri problemi)".into(),
            message: format!(
                "e altri {} problemi in questo file, non elencati: correggi questi e ricontrolla",
                total - MAX_PROBLEMS_PER_FILE
            ),
        });
    }
}

pub struct Record<'a> {
    report: &'a Report,
    file: &'a str,
    /// Added to the tree's lines: the front matter starts on line 2 of its file.
    offset: usize,
    path: String,
    line: usize,
    entries: &'a [Entry],
    used: RefCell<Vec<&'a str>>,
}

impl<'a> Record<'a> {
    /// `node` must be a map of fields; otherwise the problem is reported.
    pub fn new(report: &'a Report, file: &'a str, node: &'a Node, offset: usize, path: &str) -> Option<Record<'a>> {
        match &node.value {
            Value::Map(entries) => Some(Record {
                report,
                file,
                offset,
                path: path.to_string(),
                line: node.line + offset,
                entries,
                used: RefCell::new(Vec::new()),
            }),
            _ => {
                let field = if path.is_empty() { "(file)" } else { path };
                report.add(
                    file,
                    node.line + offset,
                    field,
                    format!("atteso un gruppo di campi `nome: valore`, trovato {}", node.kind()),
                );
                None
            }
        }
    }

    pub fn file(&self) -> &'a str {
        self.file
    }

    pub fn field(&self, key: &str) -> String {
        if self.path.is_empty() {
            key.to_string()
        } else {
            format!("{}.{key}", self.path)
        }
    }

    fn entry(&self, key: &str) -> Option<&'a Entry> {
        let entry = self.entries.iter().find(|e| e.key == key)?;
        self.used.borrow_mut().push(&entry.key);
        (entry.node.value != Value::Null).then_some(entry)
    }

    /// The field is present and not empty (`campo:` alone counts as absent).
    pub fn has(&self, key: &str) -> bool {
        self.entry(key).is_some()
    }

    /// Line of a field, or of the record when the field is absent.
    pub fn line_of(&self, key: &str) -> usize {
        self.entries
            .iter()
            .find(|e| e.key == key)
            .map_or(self.line, |e| e.line + self.offset)
    }

    pub fn error(&self, key: &str, message: impl Into<String>) {
        self.report.add(self.file, self.line_of(key), &self.field(key), message);
    }

    fn missing(&self, key: &str) {
        self.error(key, "campo obbligatorio mancante");
    }

    /// A text value; a text with a control character, or longer than its
    /// kind of field allows, is reported and read as absent (it would break
    /// feeds and calendars, or be copied into every page that lists it).
    fn scalar(&self, key: &str) -> Option<(&'a str, usize)> {
        let entry = self.entry(key)?;
        match &entry.node.value {
            Value::Text(text) => match text_problem(key, text) {
                None => Some((text.as_str(), entry.node.line + self.offset)),
                Some(message) => {
                    self.error(key, message);
                    None
                }
            },
            _ => {
                self.error(key, format!("atteso un testo, trovato {}", entry.node.kind()));
                None
            }
        }
    }

    pub fn opt_text(&self, key: &str) -> Option<String> {
        let (text, _) = self.scalar(key)?;
        let text = text.trim();
        (!text.is_empty()).then(|| text.to_string())
    }

    /// A required, non-empty text.
    pub fn text(&self, key: &str) -> Option<String> {
        let Some((raw, _)) = self.scalar(key) else {
            if self.entry(key).is_none() {
                self.missing(key);
            }
            return None;
        };
        let text = raw.trim();
        if text.is_empty() {
            self.error(key, "atteso un testo non vuoto");
            return None;
        }
        Some(text.to_string())
    }

    /// A required value of a closed vocabulary, or an error listing the
    /// accepted keys (`from_key` and `keys` of the model's vocabulary).
    pub fn vocabulary<T>(&self, key: &str, from_key: fn(&str) -> Option<T>, keys: fn() -> String) -> Option<T> {
        let text = self.text(key)?;
        let found = from_key(&text);
        if found.is_none() {
            self.error(key, format!("«{text}» sconosciuto: ammessi {}", keys()));
        }
        found
    }

    pub fn opt_date(&self, key: &str) -> Option<Date> {
        let (text, _) = self.scalar(key)?;
        Date::parse(text.trim())
            .map_err(|err| self.error(key, err.to_string()))
            .ok()
    }

    pub fn date(&self, key: &str) -> Option<Date> {
        if self.entry(key).is_none() {
            self.missing(key);
            return None;
        }
        self.opt_date(key)
    }

    pub fn amount(&self, key: &str) -> Option<Amount> {
        let Some((text, _)) = self.scalar(key) else {
            if self.entry(key).is_none() {
                self.missing(key);
            }
            return None;
        };
        Amount::parse(text.trim())
            .map_err(|err| self.error(key, err.to_string()))
            .ok()
    }

    /// An optional list of texts, each with its line.
    pub fn texts(&self, key: &str) -> Vec<(String, usize)> {
        let Some(entry) = self.entry(key) else {
            return Vec::new();
        };
        match &entry.node.value {
            Value::List(items) => items
                .iter()
                .enumerate()
                .filter_map(|(i, item)| {
                    let problem = match &item.value {
                        Value::Text(text) => match text_problem(key, text) {
                            None => return Some((text.trim().to_string(), item.line + self.offset)),
                            Some(message) => message,
                        },
                        _ => format!("atteso un testo, trovato {}", item.kind()),
                    };
                    self.report.add(
                        self.file,
                        item.line + self.offset,
                        &format!("{}[{i}]", self.field(key)),
                        problem,
                    );
                    None
                })
                .collect(),
            _ => {
                self.error(key, format!("atteso un elenco, trovato {}", entry.node.kind()));
                Vec::new()
            }
        }
    }

    pub fn record(&self, key: &str) -> Option<Record<'a>> {
        let entry = self.entry(key)?;
        let mut record = Record::new(self.report, self.file, &entry.node, self.offset, &self.field(key))?;
        // A missing field of a group is reported on the group's own line.
        record.line = entry.line + self.offset;
        Some(record)
    }

    /// An optional list of records (`gare`, …).
    pub fn records(&self, key: &str) -> Vec<Record<'a>> {
        let Some(entry) = self.entry(key) else {
            return Vec::new();
        };
        match &entry.node.value {
            Value::List(items) => items
                .iter()
                .enumerate()
                .filter_map(|(i, item)| {
                    Record::new(
                        self.report,
                        self.file,
                        item,
                        self.offset,
                        &format!("{}[{i}]", self.field(key)),
                    )
                })
                .collect(),
            _ => {
                self.error(key, format!("atteso un elenco, trovato {}", entry.node.kind()));
                Vec::new()
            }
        }
    }

    /// Reports the fields nobody read, naming the ones that are allowed.
    pub fn finish(&self, allowed: &[&str]) {
        let used = self.used.borrow();
        for entry in self.entries {
            if !used.contains(&entry.key.as_str()) {
                self.report.add(
                    self.file,
                    entry.line + self.offset,
                    &self.field(&entry.key),
                    format!("campo sconosciuto; i campi ammessi sono: {}", allowed.join(", ")),
                );
            }
        }
    }
}

#[cfg(test)]
mod report_tests {
    use super::*;

    #[test]
    fn the_configuration_comes_first_and_a_file_lists_at_most_its_limit() {
        let report = Report::default();
        report.list_first("content/sito.toml");
        for i in 0..1_000 {
            report.add("content/a.yaml", i + 1, "voci", "sbagliato");
        }
        report.add("content/sito.toml", 3, "ente.nome", "manca");
        report.add("content/b.yaml", 1, "titolo", "manca");
        let listed: Vec<String> = report.into_problems().iter().map(ToString::to_string).collect();
        assert_eq!(listed.len(), 1 + MAX_PROBLEMS_PER_FILE + 1 + 1);
        assert_eq!(listed[0], "content/sito.toml:3: campo `ente.nome`: manca");
        assert_eq!(
            listed[MAX_PROBLEMS_PER_FILE + 1],
            "content/a.yaml: campo `(altri problemi)`: e altri 950 problemi in questo file, non elencati: correggi questi e ricontrolla"
        );
        assert_eq!(listed.last().unwrap(), "content/b.yaml:1: campo `titolo`: manca");
    }
}
