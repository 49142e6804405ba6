//! Finding content files and splitting Markdown files into front matter and
//! body.

use crate::yaml::{self, Node};
use provincia_sito::model::file_size;
use std::path::{Path, PathBuf};

/// The largest content file the build reads (Markdown, YAML, CSV, TOML):
/// ten times the longest text, so a paste by mistake stops here.
pub const MAX_CONTENT_FILE_BYTES: u64 = 2_000_000;
/// The largest geodata file: a province's simplified outlines weigh tens of
/// kilobytes, detailed ones a few megabytes.
pub const MAX_GEODATA_BYTES: u64 = 20_000_000;

/// A text file of content, read whole only when it is within `max` bytes;
/// otherwise, or when it cannot be read, the message for the editor.
pub fn read_capped(path: &Path, max: u64) -> Result<String, String> {
    let size = std::fs::metadata(path)
        .map_err(|err| format!("impossibile leggere il file ({err})"))?
        .len();
    if size > max {
        return Err(format!(
            "file di {}, oltre il limite di {} per un file di contenuti: dividilo, o pubblica i dati come allegato",
            file_size::label(size),
            file_size::label(max)
        ));
    }
    let bytes = std::fs::read(path).map_err(|err| format!("impossibile leggere il file ({err})"))?;
    String::from_utf8(bytes).map_err(|err| {
        format!(
            "il file non è testo UTF-8 (byte non valido alla posizione {}): salvalo di nuovo come UTF-8",
            err.utf8_error().valid_up_to()
        )
    })
}

/// Entries of `dir` that `keep` accepts, sorted so runs are repeatable; a
/// missing folder is simply empty.
fn sorted_entries(dir: &Path, keep: impl Fn(&Path) -> bool) -> Vec<PathBuf> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| keep(p))
        .collect();
    entries.sort();
    entries
}

fn has_extension(path: &Path, extension: &str) -> bool {
    path.extension().is_some_and(|e| e == extension)
}

/// Files with `extension` directly in `dir`.
pub fn files_in(dir: &Path, extension: &str) -> Vec<PathBuf> {
    sorted_entries(dir, |p| p.is_file() && has_extension(p, extension))
}

/// Files anywhere below `dir`, with `extension` or of any kind: a folder's
/// own files first, then those of its subfolders.
pub fn files_below(dir: &Path, extension: Option<&str>) -> Vec<PathBuf> {
    let mut found = sorted_entries(dir, |p| p.is_file() && extension.is_none_or(|x| has_extension(p, x)));
    for sub in sorted_entries(dir, Path::is_dir) {
        found.extend(files_below(&sub, extension));
    }
    found
}

/// Markdown files anywhere below `dir`.
pub fn markdown_below(dir: &Path) -> Vec<PathBuf> {
    files_below(dir, Some("md"))
}

pub struct FrontMatter {
    pub tree: Node,
    /// Added to tree lines to get file lines.
    pub offset: usize,
    pub body: String,
    /// File line of the body's first line.
    pub body_line: usize,
}

/// Where a file could not be read: file line, field, what is wrong.
pub struct SplitError {
    pub line: usize,
    pub field: String,
    pub message: String,
}

/// Splits `---\n<yaml>\n---\n<markdown>`. Errors carry the file line.
pub fn split_front_matter(text: &str) -> Result<FrontMatter, SplitError> {
    let header = |line: usize, message: &str| SplitError {
        line,
        field: "(intestazione)".into(),
        message: message.into(),
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut lines = text.split_inclusive('\n');
    let first = lines.next().unwrap_or("");
    if first.trim_end() != "---" {
        return Err(header(
            1,
            "il file deve iniziare con una riga `---`, seguita dai campi e da un'altra riga `---`",
        ));
    }
    let mut yaml_text = String::new();
    let mut consumed = first.len();
    let mut line = 1;
    for current in lines {
        line += 1;
        consumed += current.len();
        if current.trim_end() == "---" {
            let tree = yaml::parse(&yaml_text).map_err(|e| SplitError {
                line: e.line + 1,
                field: if e.field.is_empty() {
                    "(intestazione)".into()
                } else {
                    e.field
                },
                message: e.message,
            })?;
            return Ok(FrontMatter {
                tree,
                offset: 1,
                body: text[consumed..].to_string(),
                body_line: line + 1,
            });
        }
        yaml_text.push_str(current);
    }
    Err(header(line, "manca la riga `---` che chiude i campi iniziali"))
}
