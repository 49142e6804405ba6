//! Files attached to content (ordinances, DNSH declarations): format from
//! the extension and size from the file, never typed by hand.

use super::Loader;
use crate::record::Record;
use provincia_sito::model::content::Attachment;

/// Formats citizens can open without special software, by extension.
const ATTACHMENT_FORMATS: [&str; 10] = ["pdf", "odt", "ods", "odp", "docx", "xlsx", "csv", "zip", "p7m", "xml"];

/// The attachments listed under `key` (`titolo`, `file`): the file must be in
/// public/ and of an open or common office format; its size is read here.
pub fn attachments(loader: &Loader, record: &Record, key: &str) -> Vec<Attachment> {
    let mut found = Vec::new();
    for item in record.records(key) {
        let titolo = item.text("titolo");
        let file = item.text("file");
        item.finish(&["titolo", "file"]);
        let (Some(titolo), Some(file)) = (titolo, file) else {
            continue;
        };
        let extension = file
            .rsplit_once('.')
            .map(|(_, e)| e.to_ascii_lowercase())
            .unwrap_or_default();
        if !ATTACHMENT_FORMATS.contains(&extension.as_str()) {
            item.error(
                "file",
                format!(
                    "formato «{extension}» non ammesso per un allegato: ammessi {}",
                    ATTACHMENT_FORMATS.join(", ")
                ),
            );
            continue;
        }
        let relative = file.trim_start_matches('/');
        match std::fs::metadata(loader.public.join(relative)) {
            Ok(meta) if file.starts_with('/') && !relative.contains("..") && meta.is_file() => found.push(Attachment {
                titolo,
                percorso: file.clone(),
                formato: extension.to_ascii_uppercase(),
                byte: meta.len(),
            }),
            _ => item.error(
                "file",
                format!("allegato «{file}» non trovato: atteso un percorso come /allegati/… di un file in public/"),
            ),
        }
    }
    found
}
