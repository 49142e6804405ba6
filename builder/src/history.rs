//! The change history of every content file, read from the content
//! repository with one `git log` at build time. Outside a git checkout (or
//! without git) there is simply no history: the build goes on.

use provincia_sito::model::history::{Change, DiffLine};
use provincia_sito::model::Date;
use std::collections::HashMap;
use std::path::Path;
use std::process::Command;

/// The reason of every first publication.
pub(crate) const FIRST_PUBLICATION: &str = "Prima pubblicazione";

/// Lines of one change shown on the page; the rest are counted.
const MAX_LINES: usize = 30;
/// A very long line (a pasted table) is cut.
const MAX_LINE_CHARS: usize = 300;

/// Commit record and field separators in the log format (ASCII RS and US):
/// they never occur in content text.
const RECORD: char = '\u{1e}';
const FIELD: char = '\u{1f}';

/// Changes per file, newest first, keyed by the path relative to content/.
#[derive(Default)]
pub struct History {
    files: HashMap<String, Vec<Change>>,
}

impl History {
    pub fn of(&self, relative: &Path) -> Vec<Change> {
        let key = relative.to_string_lossy().replace('\\', "/");
        self.files.get(&key).cloned().unwrap_or_default()
    }
}

/// Runs git over `content`; an empty history when that is not possible.
pub fn read(content: &Path) -> History {
    let output = Command::new("git")
        .arg("-C")
        .arg(content)
        .args([
            "log",
            "--no-color",
            "--no-renames",
            "--relative",
            "--unified=0",
            "-p",
            "--format=%x1e%cs%x1f%B%x1f",
            "--",
            ".",
        ])
        .output();
    match output {
        Ok(out) if out.status.success() => parse_log(&String::from_utf8_lossy(&out.stdout)),
        _ => History::default(),
    }
}

/// Parses the output of the `git log` above.
pub fn parse_log(log: &str) -> History {
    let mut history = History::default();
    for record in log.split(RECORD).filter(|r| !r.trim().is_empty()) {
        let mut fields = record.splitn(3, FIELD);
        let (Some(day), Some(message), Some(patch)) = (fields.next(), fields.next(), fields.next()) else {
            continue;
        };
        let Ok(date) = Date::parse(day.trim()) else {
            continue;
        };
        let reason = editor_reason(message);
        for (file, change) in file_changes(patch, date, reason.as_deref()) {
            history.files.entry(file).or_default().push(change);
        }
    }
    history
}

/// The `Motivo:` line editors write (the CMS asks for it); other commit
/// text is for developers and stays out of the public record.
pub(crate) fn editor_reason(message: &str) -> Option<String> {
    message
        .lines()
        .find_map(|line| line.trim().strip_prefix("Motivo:"))
        .map(|reason| reason.trim().to_string())
        .filter(|reason| !reason.is_empty())
}

fn file_changes(patch: &str, date: Date, reason: Option<&str>) -> Vec<(String, Change)> {
    let mut changes: Vec<(String, Change)> = Vec::new();
    let mut lines: Vec<DiffLine> = Vec::new();
    let mut deleted = false;
    let finish = |changes: &mut Vec<(String, Change)>, lines: &mut Vec<DiffLine>, deleted: bool| {
        let Some((_, change)) = changes.last_mut() else {
            return;
        };
        if deleted {
            // A removed file has no page left to show this on.
            changes.pop();
            lines.clear();
            return;
        }
        if !change.prima {
            change.omesse = lines.len().saturating_sub(MAX_LINES) as u32;
            lines.truncate(MAX_LINES);
            change.righe = std::mem::take(lines);
        }
        lines.clear();
    };
    for line in patch.lines() {
        if let Some(rest) = line.strip_prefix("diff --git a/") {
            finish(&mut changes, &mut lines, deleted);
            deleted = false;
            let file = rest.split(" b/").next().unwrap_or(rest).to_string();
            changes.push((
                file,
                Change {
                    data: date,
                    motivo: String::new(),
                    prima: false,
                    righe: Vec::new(),
                    omesse: 0,
                },
            ));
        } else if line.starts_with("new file mode") {
            if let Some((_, change)) = changes.last_mut() {
                change.prima = true;
            }
        } else if line.starts_with("deleted file mode") {
            deleted = true;
        } else if line.starts_with("+++") || line.starts_with("---") || line.starts_with("@@") {
            continue;
        } else if let Some(text) = line.strip_prefix('+') {
            lines.push(diff_line(true, text));
        } else if let Some(text) = line.strip_prefix('-') {
            lines.push(diff_line(false, text));
        }
    }
    finish(&mut changes, &mut lines, deleted);
    for (_, change) in &mut changes {
        // A first publication is said as such: the commit's reason speaks
        // of the batch it came in ("nuovi contenuti…"), not of this page.
        change.motivo = match (reason, change.prima) {
            (_, true) => FIRST_PUBLICATION.to_string(),
            (Some(reason), false) => reason.to_string(),
            (None, false) => "Modifica del testo".to_string(),
        };
    }
    changes
}

fn diff_line(added: bool, text: &str) -> DiffLine {
    let testo = if text.chars().count() > MAX_LINE_CHARS {
        format!("{}…", text.chars().take(MAX_LINE_CHARS).collect::<String>())
    } else {
        text.to_string()
    };
    DiffLine { aggiunta: added, testo }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LOG: &str =
        "\u{1e}2026-11-20\u{1f}Aggiorna la scadenza\n\nMotivo: proroga decisa con decreto n. 12\n\u{1f}\n\
diff --git a/novita/avvisi/chiusura.md b/novita/avvisi/chiusura.md\n\
index 111..222 100644\n\
--- a/novita/avvisi/chiusura.md\n\
+++ b/novita/avvisi/chiusura.md\n\
@@ -4 +4 @@ data: 2026-11-01\n\
-scadenza: 2026-11-30\n\
+scadenza: 2026-12-15\n\
diff --git a/novita/notizie/vecchia.md b/novita/notizie/vecchia.md\n\
deleted file mode 100644\n\
--- a/novita/notizie/vecchia.md\n\
+++ /dev/null\n\
@@ -1,2 +0,0 @@\n\
-titolo: Vecchia\n\
-testo\n\
\u{1e}2026-11-01\u{1f}Content pipeline: sample news\n\u{1f}\n\
diff --git a/novita/avvisi/chiusura.md b/novita/avvisi/chiusura.md\n\
new file mode 100644\n\
--- /dev/null\n\
+++ b/novita/avvisi/chiusura.md\n\
@@ -0,0 +1,3 @@\n\
+---\n\
+titolo: Chiusura\n\
+---\n";

    #[test]
    fn reads_dates_reasons_and_changed_lines_newest_first() {
        let history = parse_log(LOG);
        let changes = history.of(Path::new("novita/avvisi/chiusura.md"));
        assert_eq!(changes.len(), 2);
        let latest = &changes[0];
        assert_eq!(latest.data.iso(), "2026-11-20");
        assert_eq!(latest.motivo, "proroga decisa con decreto n. 12");
        assert!(!latest.prima);
        assert_eq!(
            latest.righe,
            [
                diff_line(false, "scadenza: 2026-11-30"),
                diff_line(true, "scadenza: 2026-12-15")
            ]
        );
        let first = &changes[1];
        assert_eq!(first.data.iso(), "2026-11-01");
        // A developer's commit message is not an editor's reason.
        assert_eq!(first.motivo, "Prima pubblicazione");
        assert!(first.prima && first.righe.is_empty());
        // A deleted file has no page, so no history is kept for it.
        assert!(history.of(Path::new("novita/notizie/vecchia.md")).is_empty());
        assert!(history.of(Path::new("novita/avvisi/altro.md")).is_empty());
    }

    #[test]
    fn long_changes_are_cut_and_counted() {
        let mut log = String::from(
            "\u{1e}2026-11-21\u{1f}Riscrittura\n\u{1f}\ndiff --git a/p.md b/p.md\n--- a/p.md\n+++ b/p.md\n",
        );
        for n in 0..40 {
            log.push_str(&format!("+riga {n} {}\n", "x".repeat(400)));
        }
        let changes = parse_log(&log).of(Path::new("p.md"));
        assert_eq!(changes[0].motivo, "Modifica del testo");
        assert_eq!(changes[0].righe.len(), MAX_LINES);
        assert_eq!(changes[0].omesse, 10);
        assert_eq!(changes[0].righe[0].testo.chars().count(), MAX_LINE_CHARS + 1);
    }

    #[test]
    fn outside_a_repository_there_is_no_history() {
        let dir = std::env::temp_dir().join(format!("storia-vuota-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let history = read(&dir);
        assert!(history.files.is_empty());
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn reads_a_real_repository() {
        let dir = std::env::temp_dir().join(format!("storia-git-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("content/novita")).unwrap();
        let git = |args: &[&str]| {
            let status = Command::new("git")
                .arg("-C")
                .arg(&dir)
                .args(["-c", "user.name=Redazione", "-c", "user.email=redazione@example.org"])
                .args(args)
                .env("GIT_COMMITTER_DATE", "2026-11-02T10:00:00+01:00")
                .status()
                .unwrap();
            assert!(status.success());
        };
        git(&["init", "-q"]);
        let file = dir.join("content/novita/a.md");
        std::fs::write(&file, "titolo: A\nriga uno\n").unwrap();
        git(&["add", "."]);
        git(&["commit", "-q", "-m", "Nuova notizia"]);
        std::fs::write(&file, "titolo: A\nriga due\n").unwrap();
        git(&["commit", "-q", "-a", "-m", "Correzione\n\nMotivo: refuso nel testo"]);
        let changes = read(&dir.join("content")).of(Path::new("novita/a.md"));
        std::fs::remove_dir_all(&dir).unwrap();
        assert_eq!(changes.len(), 2);
        assert_eq!(changes[0].motivo, "refuso nel testo");
        assert_eq!(changes[0].data.iso(), "2026-11-02");
        assert_eq!(
            changes[0].righe,
            [diff_line(false, "riga uno"), diff_line(true, "riga due")]
        );
        assert!(changes[1].prima);
    }
}
