//! Editorial review: warnings that do not block publication (readability,
//! headings, link texts, capitals, long paragraphs, scanned PDFs, notices
//! without an end date) and the report that prints them with the build's
//! errors, for every file or only for the files of a change.

pub mod gulpease;
pub mod pdf;
pub mod rules;

use provincia_sito::model::problem::ContentProblem as Problem;
use std::collections::BTreeSet;

pub use rules::{text_warnings, TextWarning};

/// Largest file an editor may upload (images and attachments), in bytes.
/// The CMS refuses larger files with the same limit (cms/config.yml,
/// `media_library.config.max_file_size`); the build refuses them too.
pub const MAX_FILE_BYTES: u64 = 5_000_000;

/// Keeps the problems of the given files (paths as in messages,
/// `content/…` or `public/…`); all of them when `files` is None.
pub fn of_files(problems: Vec<Problem>, files: Option<&BTreeSet<String>>) -> Vec<Problem> {
    match files {
        None => problems,
        Some(files) => problems.into_iter().filter(|p| files.contains(&p.file)).collect(),
    }
}

/// The review as editors read it: errors first (they block), then
/// warnings, grouped by file.
pub fn report(errors: &[Problem], warnings: &[Problem], scope: &str) -> String {
    let mut out = String::new();
    out.push_str(&format!("Revisione dei contenuti ({scope})\n"));
    if errors.is_empty() && warnings.is_empty() {
        out.push_str("Nessun problema: si può pubblicare.\n");
        return out;
    }
    let mut section = |title: &str, problems: &[Problem]| {
        if problems.is_empty() {
            return;
        }
        out.push_str(&format!("\n{title} ({}):\n", problems.len()));
        let mut last_file = "";
        for problem in problems {
            if problem.file != last_file {
                out.push_str(&format!("  {}\n", problem.file));
                last_file = &problem.file;
            }
            out.push_str(&format!(
                "    riga {}, campo «{}»: {}\n",
                problem.line, problem.field, problem.message
            ));
        }
    };
    section("ERRORI, bloccano la pubblicazione", errors);
    section("AVVISI, da valutare: non bloccano la pubblicazione", warnings);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problem(file: &str, line: usize, message: &str) -> Problem {
        Problem {
            file: file.into(),
            line,
            field: "testo".into(),
            message: message.into(),
        }
    }

    #[test]
    fn filters_by_file_and_groups_the_report() {
        let all = vec![problem("content/a.md", 3, "uno"), problem("content/b.md", 1, "due")];
        let only: BTreeSet<String> = ["content/b.md".to_string()].into();
        let kept = of_files(all.clone(), Some(&only));
        assert_eq!(kept.len(), 1);
        assert_eq!(of_files(all.clone(), None).len(), 2);
        let text = report(&[], &kept, "1 file modificato");
        assert!(text.contains("AVVISI"));
        assert!(!text.contains("ERRORI"));
        assert!(text.contains("  content/b.md\n    riga 1, campo «testo»: due"));
        assert!(report(&[], &[], "tutto").contains("Nessun problema"));
    }
}
