//! Files attached to content (ordinances, DNSH declarations): format from
//! the extension and size from the file, never typed by hand.

use super::Loader;
use crate::record::Record;
use provincia_sito::model::content::{Attachment, Image};

/// Formats citizens can open without special software, by extension.
pub(super) const ATTACHMENT_FORMATS: [&str; 10] =
    ["pdf", "odt", "ods", "odp", "docx", "xlsx", "csv", "zip", "p7m", "xml"];

/// The attachments listed under `key` (`titolo`, `file`): the file must be in
/// public/ and of an open or common office format; its size is read here.
pub fn attachments(loader: &Loader, record: &Record, key: &str) -> Vec<Attachment> {
    record
        .records(key)
        .iter()
        .filter_map(|item| attachment(loader, item))
        .collect()
}

/// The one attachment under `key` (a group `{titolo, file}`), or `None`
/// with the problem reported.
pub fn one_attachment(loader: &Loader, record: &Record, key: &str) -> Option<Attachment> {
    let Some(item) = record.record(key) else {
        record.error(key, "campo obbligatorio mancante: {titolo, file} del documento");
        return None;
    };
    attachment(loader, &item)
}

fn attachment(loader: &Loader, item: &Record) -> Option<Attachment> {
    let titolo = item.text("titolo");
    let file = item.text("file");
    item.finish(&["titolo", "file"]);
    let (titolo, file) = (titolo?, file?);
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
        return None;
    }
    if let Some(message) = loader.public_file_problem(&file) {
        item.error("file", message.replacen("file «", "allegato «", 1));
        return None;
    }
    let path = loader.public.join(file.trim_start_matches('/'));
    let bytes = std::fs::read(&path).unwrap_or_default();
    if extension == "pdf" && crate::review::pdf::has_no_text(&bytes) {
        loader.warnings.add(
            item.file(),
            item.line_of("file"),
            &item.field("file"),
            format!("«{file}» sembra una scansione: il PDF non contiene testo, quindi un lettore di schermo non lo legge e la ricerca non lo trova; pubblica il PDF originale o passalo all'OCR (PDF/A con testo)"),
        );
    }
    Some(Attachment {
        titolo,
        percorso: file.clone(),
        formato: extension.to_ascii_uppercase(),
        byte: bytes.len() as u64,
    })
}

/// The image under `key` (`file`, `alt`, optional `didascalia`): the file
/// must be in public/, and its text alternative is required. A block left
/// empty (the CMS writes one when the editor adds no image) is no image.
pub fn image(loader: &Loader, record: &Record, key: &str) -> Option<Image> {
    let image = record.record(key)?;
    if ["file", "alt", "didascalia"]
        .iter()
        .all(|k| image.opt_text(k).is_none())
    {
        image.finish(&["file", "alt", "didascalia"]);
        return None;
    }
    let src = image.text("file");
    let alt = image.text("alt");
    let didascalia = image.opt_text("didascalia");
    image.finish(&["file", "alt", "didascalia"]);
    if let Some(src) = &src {
        loader.check_public_file(&image, "file", src);
    }
    Some(Image {
        src: src?,
        alt: alt?,
        didascalia,
    })
}
