//! What changed in the figures of each PNRR project, commit by commit: the
//! versions of every project file are read from git and compared field by
//! field ("Gara CIG 9A1B2C3D4E – Importo aggiudicazione: da … a …"), which
//! a journalist can read where a line diff of YAML would not do.

use crate::history::editor_reason;
use crate::yaml::{self, Node, Value};
use provincia_sito::model::pnrr::figures::{field_label, FigureChange, FigureChanges};
use provincia_sito::model::{Amount, Date};
use std::collections::HashMap;
use std::io::{Read, Write};
use std::path::Path;
use std::process::{Command, Stdio};

/// Project files, relative to content/.
const DIR: &str = "pnrr/progetti";
/// A long text (a description) is cut in the record.
const MAX_VALUE_CHARS: usize = 200;

/// Changes per project CUP (each file is named after its CUP), newest first.
pub type ProjectHistory = HashMap<String, Vec<FigureChanges>>;

struct Revision {
    commit: String,
    date: Date,
    reason: Option<String>,
    /// (status letter, path relative to content/).
    files: Vec<(char, String)>,
}

/// Reads the history of every project file; empty outside a git checkout.
pub fn read(content: &Path) -> ProjectHistory {
    let git = |args: &[&str]| {
        Command::new("git")
            .arg("-C")
            .arg(content)
            .args(args)
            .output()
            .ok()
            .filter(|out| out.status.success())
            .map(|out| String::from_utf8_lossy(&out.stdout).into_owned())
    };
    let Some(log) = git(&[
        "log",
        "--no-color",
        "--no-renames",
        "--relative",
        "--name-status",
        "--format=%x1e%H%x1f%cs%x1f%B%x1f",
        "--",
        DIR,
    ]) else {
        return ProjectHistory::new();
    };
    let Some(prefix) = git(&["rev-parse", "--show-prefix"]) else {
        return ProjectHistory::new();
    };
    let revisions = parse_log(&log);
    let mut wanted: Vec<String> = Vec::new();
    for revision in &revisions {
        for (status, file) in &revision.files {
            if *status != 'D' {
                wanted.push(format!("{}:{}{file}", revision.commit, prefix.trim()));
            }
            if *status != 'A' {
                wanted.push(format!("{}^:{}{file}", revision.commit, prefix.trim()));
            }
        }
    }
    let blobs = cat_files(content, &wanted);
    let mut history = ProjectHistory::new();
    for revision in &revisions {
        for (status, file) in &revision.files {
            let Some(cup) = file
                .strip_prefix(DIR)
                .and_then(|n| n.trim_start_matches('/').strip_suffix(".yaml"))
            else {
                continue;
            };
            if *status == 'D' {
                continue;
            }
            let after = blobs.get(&format!("{}:{}{file}", revision.commit, prefix.trim()));
            let before = blobs.get(&format!("{}^:{}{file}", revision.commit, prefix.trim()));
            let Some(after) = after else { continue };
            let first = *status == 'A' || before.is_none();
            let cambi = if first {
                Vec::new()
            } else {
                compare(before.map(String::as_str).unwrap_or(""), after)
            };
            if !first && cambi.is_empty() {
                continue;
            }
            let motivo = match (&revision.reason, first) {
                (_, true) => crate::history::FIRST_PUBLICATION.to_string(),
                (Some(reason), false) => reason.clone(),
                (None, false) => "Aggiornamento dei dati".to_string(),
            };
            history.entry(cup.to_string()).or_default().push(FigureChanges {
                data: revision.date,
                motivo,
                prima: first,
                cambi,
            });
        }
    }
    history
}

fn parse_log(log: &str) -> Vec<Revision> {
    log.split('\u{1e}')
        .filter_map(|record| {
            let mut fields = record.splitn(4, '\u{1f}');
            let commit = fields.next()?.trim().to_string();
            let date = Date::parse(fields.next()?.trim()).ok()?;
            let reason = editor_reason(fields.next()?);
            let files = fields
                .next()?
                .lines()
                .filter_map(|line| {
                    let (status, path) = line.split_once('\t')?;
                    Some((status.chars().next()?, path.to_string()))
                })
                .collect();
            Some(Revision {
                commit,
                date,
                reason,
                files,
            })
        })
        .collect()
}

/// Every wanted `rev:path` through one `git cat-file --batch`.
fn cat_files(content: &Path, wanted: &[String]) -> HashMap<String, String> {
    let mut found = HashMap::new();
    if wanted.is_empty() {
        return found;
    }
    let Ok(mut child) = Command::new("git")
        .arg("-C")
        .arg(content)
        .args(["cat-file", "--batch"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
    else {
        return found;
    };
    let input = wanted.join("\n") + "\n";
    let mut stdin = child.stdin.take().expect("piped stdin");
    // Written from a thread: git answers while it reads, and a full pipe
    // would otherwise block both sides.
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let mut output = Vec::new();
    let _ = child.stdout.take().expect("piped stdout").read_to_end(&mut output);
    let _ = writer.join();
    let _ = child.wait();
    let mut rest = output.as_slice();
    for name in wanted {
        let Some(end) = rest.iter().position(|&b| b == b'\n') else {
            break;
        };
        let header = String::from_utf8_lossy(&rest[..end]).into_owned();
        rest = &rest[end + 1..];
        if header.ends_with(" missing") || header.ends_with(" ambiguous") {
            continue;
        }
        let Some(size) = header.rsplit(' ').next().and_then(|s| s.parse::<usize>().ok()) else {
            break;
        };
        if rest.len() < size {
            break;
        }
        found.insert(name.clone(), String::from_utf8_lossy(&rest[..size]).into_owned());
        rest = &rest[(size + 1).min(rest.len())..];
    }
    found
}

/// Comuni by their names, never by ISTAT code ("Luogo nel Comune 011015" →
/// "Luogo nel Comune Sarzana"): the project files name them by code.
pub fn name_comuni(history: &mut ProjectHistory, comuni: &[provincia_sito::model::territory::Comune]) {
    let named = |text: &mut String| {
        for comune in comuni {
            if text.contains(&comune.istat) {
                *text = text
                    .split(' ')
                    .map(|word| {
                        if word == comune.istat {
                            comune.nome.as_str()
                        } else {
                            word
                        }
                    })
                    .collect::<Vec<_>>()
                    .join(" ");
            }
        }
    };
    for change in history.values_mut().flatten().flat_map(|c| c.cambi.iter_mut()) {
        named(&mut change.campo);
        change.prima.iter_mut().for_each(named);
        change.dopo.iter_mut().for_each(named);
    }
}

/// The figures that differ between two versions of a project file. A list
/// item added or removed whole is one line with its main figure; a changed
/// item, one line per changed field.
pub fn compare(before: &str, after: &str) -> Vec<FigureChange> {
    let (Ok(before), Ok(after)) = (yaml::parse(before), yaml::parse(after)) else {
        return Vec::new();
    };
    let (old_items, new_items) = (list_items(&before), list_items(&after));
    let mut whole: Vec<FigureChange> = Vec::new();
    let mut whole_labels: Vec<String> = Vec::new();
    for (items, others, added) in [(&new_items, &old_items, true), (&old_items, &new_items, false)] {
        for item in items.iter().filter(|i| !others.iter().any(|o| o.label == i.label)) {
            let (noun, feminine) = item_noun(&item.list);
            let verb = match (added, feminine) {
                (true, false) => "Aggiunto",
                (true, true) => "Aggiunta",
                (false, false) => "Rimosso",
                (false, true) => "Rimossa",
            };
            let name = item
                .label
                .strip_prefix(field_label(&item.list))
                .unwrap_or(&item.label)
                .trim();
            let summary = Some(item.summary.clone());
            whole.push(FigureChange {
                campo: format!("{verb} {noun} {name}"),
                prima: if added { None } else { summary.clone() },
                dopo: if added { summary } else { None },
                voce: true,
            });
            whole_labels.push(item.label.clone());
        }
    }
    let in_whole = |label: &str| {
        whole_labels
            .iter()
            .any(|w| label == w || label.starts_with(&format!("{w} – ")))
    };
    let (old, new): (Vec<_>, Vec<_>) = (
        flatten(&before).into_iter().filter(|(l, _)| !in_whole(l)).collect(),
        flatten(&after).into_iter().filter(|(l, _)| !in_whole(l)).collect(),
    );
    let old_map: HashMap<&str, &str> = old.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let new_map: HashMap<&str, &str> = new.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let mut changes: Vec<FigureChange> = Vec::new();
    for (label, value) in &new {
        match old_map.get(label.as_str()) {
            Some(previous) if previous == value => {}
            previous => changes.push(FigureChange {
                campo: label.clone(),
                prima: previous.map(|p| p.to_string()),
                dopo: Some(value.clone()),
                voce: false,
            }),
        }
    }
    for (label, value) in &old {
        if !new_map.contains_key(label.as_str()) {
            changes.push(FigureChange {
                campo: label.clone(),
                prima: Some(value.clone()),
                dopo: None,
                voce: false,
            });
        }
    }
    changes.extend(whole);
    changes
}

/// An item of a list with an identity (a payment by its date, a tender by
/// its CIG): its label as `flatten` writes it, and its main figure.
struct ListItem {
    list: String,
    label: String,
    summary: String,
}

fn list_items(root: &Node) -> Vec<ListItem> {
    let Value::Map(entries) = &root.value else {
        return Vec::new();
    };
    let mut items = Vec::new();
    for entry in entries {
        let (Some(id), Value::List(list)) = (identity_key(&entry.key), &entry.node.value) else {
            continue;
        };
        for item in list {
            let Value::Map(fields) = &item.value else {
                continue;
            };
            let text = |key: &str| {
                fields.iter().find(|f| f.key == key).and_then(|f| match &f.node.value {
                    Value::Text(t) => Some(shown_value(key, t)),
                    _ => None,
                })
            };
            let Some(name) = text(id) else {
                continue;
            };
            let summary = item_summary(&entry.key)
                .iter()
                .filter_map(|k| text(k))
                .collect::<Vec<_>>()
                .join(", ");
            items.push(ListItem {
                list: entry.key.clone(),
                label: format!("{} {name}", field_label(&entry.key)),
                summary,
            });
        }
    }
    items
}

/// The fields that say what an added or removed item was.
fn item_summary(list: &str) -> &'static [&'static str] {
    match list {
        "pagamenti" | "altri_finanziamenti" => &["importo"],
        "gare" => &["oggetto_gara", "importo_aggiudicazione"],
        "atti" => &["oggetto"],
        "traguardi" => &["data_prevista"],
        "dnsh" => &["file"],
        "localizzazioni" => &["indirizzo"],
        "indicatori" => &["valore_programmato", "unita_misura"],
        "iter" => &["data_inizio_prevista", "data_fine_prevista"],
        _ => &[],
    }
}

/// The noun of a list's item and whether it is feminine ("Aggiunta gara").
fn item_noun(list: &str) -> (&'static str, bool) {
    match list {
        "pagamenti" => ("pagamento del", false),
        "gare" => ("gara CIG", true),
        "atti" => ("atto n.", false),
        "traguardi" => ("traguardo", false),
        "altri_finanziamenti" => ("finanziamento", false),
        "dnsh" => ("dichiarazione DNSH", true),
        "localizzazioni" => ("luogo nel Comune", false),
        "indicatori" => ("indicatore", false),
        "iter" => ("fase", true),
        _ => ("voce", true),
    }
}

/// Which field names a list item ("Gara CIG 9A1B2C3D4E").
fn identity_key(list: &str) -> Option<&'static str> {
    match list {
        "gare" => Some("cig"),
        "atti" => Some("numero"),
        "traguardi" => Some("descrizione"),
        "pagamenti" => Some("data"),
        "altri_finanziamenti" => Some("fonte"),
        "dnsh" => Some("titolo"),
        "localizzazioni" => Some("istat"),
        "indicatori" => Some("descrizione"),
        "iter" => Some("fase"),
        _ => None,
    }
}

/// (label, value as read) of every scalar of the file.
fn flatten(node: &Node) -> Vec<(String, String)> {
    let mut out = Vec::new();
    walk(node, "", "", &mut out);
    out
}

fn walk(node: &Node, key: &str, label: &str, out: &mut Vec<(String, String)>) {
    match &node.value {
        Value::Null => {}
        Value::Text(text) => out.push((label.to_string(), shown_value(key, text))),
        Value::Map(entries) => {
            for entry in entries {
                let field = field_label(&entry.key);
                let child = if label.is_empty() {
                    field.to_string()
                } else {
                    format!("{label} – {field}")
                };
                walk(&entry.node, &entry.key, &child, out);
            }
        }
        Value::List(items) => {
            for (i, item) in items.iter().enumerate() {
                let name = match (&item.value, identity_key(key)) {
                    (Value::Text(text), _) => text.trim().to_string(),
                    (Value::Map(entries), Some(id)) => entries
                        .iter()
                        .find(|e| e.key == id)
                        .and_then(|e| match &e.node.value {
                            Value::Text(text) => Some(shown_value(id, text)),
                            _ => None,
                        })
                        .unwrap_or_else(|| (i + 1).to_string()),
                    _ => (i + 1).to_string(),
                };
                let child = format!("{label} {name}");
                match &item.value {
                    // A plain list (topics): the item is its own value.
                    Value::Text(text) => out.push((child, text.trim().to_string())),
                    _ => walk(item, key, &child, out),
                }
            }
        }
    }
}

/// Amounts and dates the way the page shows them; long texts cut.
fn shown_value(key: &str, text: &str) -> String {
    let text = text.trim();
    let is_amount = key.starts_with("finanziamento") || key.starts_with("importo");
    if is_amount {
        if let Ok(amount) = Amount::parse(text) {
            return amount.italian();
        }
    }
    if key.starts_with("data") || key == "verificato_il" {
        if let Ok(date) = Date::parse(text) {
            return date.italian();
        }
    }
    // An attachment by its file's name, not the site's internal path.
    if key == "file" || key == "certificato" {
        return format!("«{}»", text.rsplit('/').next().unwrap_or(text));
    }
    if key == "fonte" {
        if let Some(source) = provincia_sito::model::pnrr::FundingSource::from_key(text) {
            return source.label().to_string();
        }
    }
    if text.chars().count() > MAX_VALUE_CHARS {
        format!("{}…", text.chars().take(MAX_VALUE_CHARS).collect::<String>())
    } else {
        text.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const BEFORE: &str = "cup: J41C22000390006
finanziamento_pnrr: 900000.00
stato: in-corso
gare:
  - cig: 9A1B2C3D4E
    importo_aggiudicazione: 500000.00
  - cig: 8B2C3D4E5F
    importo_aggiudicazione: 100000.00
pagamenti:
  - data: 2024-01-10
    importo: 93171.20
argomenti:
  - pnrr
";

    const AFTER: &str = "cup: J41C22000390006
finanziamento_pnrr: 931712.00
stato: concluso
data_fine_effettiva: 2026-06-30
gare:
  - cig: 9A1B2C3D4E
    importo_aggiudicazione: 520000.00
pagamenti:
  - data: 2024-01-10
    importo: 93171.20
argomenti:
  - pnrr
  - servizi-digitali
";

    fn change(campo: &str, prima: Option<&str>, dopo: Option<&str>) -> FigureChange {
        FigureChange {
            campo: campo.into(),
            prima: prima.map(Into::into),
            dopo: dopo.map(Into::into),
            voce: false,
        }
    }

    fn item(campo: &str, prima: Option<&str>, dopo: Option<&str>) -> FigureChange {
        FigureChange {
            voce: true,
            ..change(campo, prima, dopo)
        }
    }

    #[test]
    fn names_each_changed_figure_with_its_old_and_new_value() {
        let changes = compare(BEFORE, AFTER);
        assert_eq!(
            changes,
            [
                change("Finanziamento PNRR", Some("900.000,00 €"), Some("931.712,00 €")),
                change("Stato avanzamento progetto", Some("in-corso"), Some("concluso")),
                change("Data di fine effettiva", None, Some("30 giugno 2026")),
                change(
                    "Gara CIG 9A1B2C3D4E – Importo aggiudicazione",
                    Some("500.000,00 €"),
                    Some("520.000,00 €")
                ),
                change("Argomento servizi-digitali", None, Some("servizi-digitali")),
                // A tender removed whole: one line.
                item("Rimossa gara CIG 8B2C3D4E5F", Some("100.000,00 €"), None),
            ]
        );
        assert_eq!(changes[0].sentence(), "da «900.000,00 €» a «931.712,00 €»");
        assert!(compare(AFTER, AFTER).is_empty(), "an unchanged file has no changes");
    }

    #[test]
    fn an_added_payment_milestone_or_tender_is_one_line() {
        let later = format!(
            "{AFTER}traguardi:\n  - descrizione: Collaudo\n    tipo: traguardo\n    data_prevista: 2026-08-31\n"
        )
        .replacen(
            "pagamenti:\n",
            "pagamenti:\n  - data: 2025-07-15\n    descrizione: Saldo\n    importo: 931712.00\n",
            1,
        );
        let changes = compare(AFTER, &later);
        assert_eq!(
            changes,
            [
                item("Aggiunto pagamento del 15 luglio 2025", None, Some("931.712,00 €")),
                item("Aggiunto traguardo Collaudo", None, Some("31 agosto 2026")),
            ]
        );
        assert_eq!(changes[0].line(), "Aggiunto pagamento del 15 luglio 2025: 931.712,00 €");
        assert_eq!(
            compare(&later, AFTER)[0].line(),
            "Rimosso pagamento del 15 luglio 2025: 931.712,00 €"
        );
    }

    #[test]
    fn reads_commits_with_their_status_per_file() {
        let log = "\u{1e}abc123\u{1f}2026-11-20\u{1f}Aggiorna\n\nMotivo: aggiudicazione definitiva\n\u{1f}\n\nM\tpnrr/progetti/J41C22000390006.yaml\nA\tpnrr/progetti/J47H22001230006.yaml\n\
\u{1e}def456\u{1f}2026-10-01\u{1f}Prima versione\n\u{1f}\n\nA\tpnrr/progetti/J41C22000390006.yaml\n";
        let revisions = parse_log(log);
        assert_eq!(revisions.len(), 2);
        assert_eq!(revisions[0].commit, "abc123");
        assert_eq!(revisions[0].reason.as_deref(), Some("aggiudicazione definitiva"));
        assert_eq!(
            revisions[0].files[1],
            ('A', "pnrr/progetti/J47H22001230006.yaml".to_string())
        );
        assert_eq!(revisions[1].date.iso(), "2026-10-01");
        assert_eq!(revisions[1].reason, None);
    }

    /// Every key the sample project files use is said in words on the
    /// public record, never as the file's own name ("data_estrazione_regis").
    #[test]
    fn every_key_of_the_sample_projects_has_a_readers_label() {
        fn keys(node: &Node, out: &mut std::collections::BTreeSet<String>) {
            match &node.value {
                Value::Map(entries) => {
                    for entry in entries {
                        out.insert(entry.key.clone());
                        keys(&entry.node, out);
                    }
                }
                Value::List(items) => items.iter().for_each(|i| keys(i, out)),
                _ => {}
            }
        }
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../content/pnrr/progetti");
        let mut found = std::collections::BTreeSet::new();
        for file in std::fs::read_dir(dir).unwrap() {
            let text = std::fs::read_to_string(file.unwrap().path()).unwrap();
            keys(&yaml::parse(&text).unwrap(), &mut found);
        }
        assert!(found.len() > 40, "{found:?}");
        let unlabelled: Vec<&String> = found.iter().filter(|k| field_label(k) == k.as_str()).collect();
        assert!(unlabelled.is_empty(), "keys without a label: {unlabelled:?}");
    }

    #[test]
    fn comuni_and_files_are_named_as_readers_know_them() {
        let comune = provincia_sito::model::territory::Comune {
            istat: "011027".into(),
            slug: "sarzana".into(),
            nome: "Sarzana".into(),
            sito: None,
        };
        let mut history = ProjectHistory::new();
        history.insert(
            "J41".into(),
            vec![FigureChanges {
                data: Date::parse("2026-11-03").unwrap(),
                motivo: "x".into(),
                prima: false,
                cambi: vec![change("Luogo nel Comune 011027 – Indirizzo", None, Some("Via Roma 1"))],
            }],
        );
        name_comuni(&mut history, &[comune]);
        assert_eq!(history["J41"][0].cambi[0].campo, "Luogo nel Comune Sarzana – Indirizzo");
        assert_eq!(
            shown_value("file", "/allegati/pnrr/dnsh-scuola.pdf"),
            "«dnsh-scuola.pdf»"
        );
    }
}
