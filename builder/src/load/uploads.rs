//! What editors upload (public/img, public/allegati) is published as it is,
//! whether or not a page links it. A script there would run from the site's
//! own origin, so these folders take only images and document formats, and
//! SVG or XML files (which a browser opening them directly can run) must
//! carry no script, event handler, embedded HTML or `javascript:` address.

use super::attachments::ATTACHMENT_FORMATS;
use super::files::files_below;
use super::Loader;
use std::path::Path;

/// The folders of public/ that hold uploaded content, and what each takes.
const UPLOAD_FOLDERS: [(&str, &[&str]); 2] = [
    ("img", &["jpg", "jpeg", "png", "webp", "avif", "gif", "svg"]),
    ("allegati", &ATTACHMENT_FORMATS),
];

/// Elements that run code or embed a document when an SVG or XML file is
/// opened on its own.
const ACTIVE_ELEMENTS: [&str; 7] = [
    "script",
    "foreignobject",
    "iframe",
    "embed",
    "object",
    "handler",
    "listener",
];

pub fn check(loader: &Loader) {
    for (folder, formats) in UPLOAD_FOLDERS {
        for path in files_below(&loader.public.join(folder), None) {
            let shown = shown_public(loader, &path);
            let extension = path
                .extension()
                .map(|e| e.to_string_lossy().to_ascii_lowercase())
                .unwrap_or_default();
            if !formats.contains(&extension.as_str()) {
                loader.report.add(
                    &shown,
                    0,
                    "(file)",
                    format!(
                        "tipo di file «{extension}» non ammesso in public/{folder}: ammessi {}; toglilo, perché sarebbe pubblicato così com'è",
                        formats.join(", ")
                    ),
                );
                continue;
            }
            if extension == "svg" || extension == "xml" {
                let text = match std::fs::read(&path) {
                    Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
                    Err(err) => {
                        loader
                            .report
                            .add(&shown, 0, "(file)", format!("impossibile leggere il file ({err})"));
                        continue;
                    }
                };
                if let Some((line, message)) = active_content(&text) {
                    loader.report.add(&shown, line, "(file)", message);
                }
            }
        }
    }
}

/// The first thing in an SVG or XML text that could run in a browser, with
/// its line.
pub fn active_content(text: &str) -> Option<(usize, String)> {
    let options = roxmltree::ParsingOptions {
        allow_dtd: true,
        ..Default::default()
    };
    let document = match roxmltree::Document::parse_with_options(text, options) {
        Ok(document) => document,
        Err(err) => {
            return Some((
                err.pos().row as usize,
                format!("file XML non leggibile ({err}): salvalo di nuovo dal programma di grafica"),
            ))
        }
    };
    let line_of = |node: roxmltree::Node| document.text_pos_at(node.range().start).row as usize;
    for node in document.descendants().filter(|n| n.is_element()) {
        let name = node.tag_name().name().to_ascii_lowercase();
        let is_html = node.tag_name().namespace() == Some("http://www.w3.org/1999/xhtml");
        if ACTIVE_ELEMENTS.contains(&name.as_str()) || is_html {
            return Some((
                line_of(node),
                format!("contiene l'elemento <{}>, che il browser eseguirebbe aprendo il file: toglilo o esporta di nuovo l'immagine senza script", node.tag_name().name()),
            ));
        }
        for attribute in node.attributes() {
            let attribute_name = attribute.name().to_ascii_lowercase();
            let value: String = attribute
                .value()
                .chars()
                .filter(|c| !c.is_whitespace())
                .collect::<String>()
                .to_ascii_lowercase();
            let runs = attribute_name.starts_with("on")
                || value.starts_with("javascript:")
                || (value.starts_with("data:") && !value.starts_with("data:image/"))
                || value.starts_with("data:image/svg");
            if runs {
                return Some((
                    line_of(node),
                    format!(
                        "l'attributo {}=\"…\" di <{}> contiene codice che il browser eseguirebbe: toglilo o esporta di nuovo l'immagine senza script",
                        attribute.name(),
                        node.tag_name().name()
                    ),
                ));
            }
        }
    }
    None
}

/// `public/img/x.svg`, as editors see it.
fn shown_public(loader: &Loader, path: &Path) -> String {
    let base = loader.public.parent().unwrap_or(Path::new(""));
    path.strip_prefix(base).unwrap_or(path).display().to_string()
}

#[cfg(test)]
mod tests {
    use super::active_content;

    #[test]
    fn plain_drawings_pass() {
        let svg = "<?xml version=\"1.0\"?>\n<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">\n<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" viewBox=\"0 0 10 10\"><a xlink:href=\"https://www.provincia.sp.it\"><circle r=\"4\" fill=\"url(#g)\"/></a><image href=\"data:image/png;base64,AAAA\"/></svg>";
        assert_eq!(active_content(svg), None);
    }

    #[test]
    fn scripts_handlers_html_and_script_addresses_are_found_with_their_line() {
        let cases = [
            ("<svg xmlns=\"http://www.w3.org/2000/svg\">\n<script>alert(1)</script></svg>", 2, "<script>"),
            ("<svg xmlns=\"http://www.w3.org/2000/svg\">\n\n<rect onLoad=\"alert(1)\"/></svg>", 3, "onLoad"),
            ("<svg xmlns=\"http://www.w3.org/2000/svg\"><foreignObject><p>x</p></foreignObject></svg>", 1, "<foreignObject>"),
            ("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:x=\"http://www.w3.org/1999/xlink\"><a x:href=\" java\nscript:alert(1)\"/></svg>", 1, "href"),
            ("<svg xmlns=\"http://www.w3.org/2000/svg\"><image href=\"data:image/svg+xml;base64,AA\"/></svg>", 1, "href"),
            ("<root><h:img xmlns:h=\"http://www.w3.org/1999/xhtml\" src=\"x\"/></root>", 1, "<img>"),
            ("<svg><unclosed></svg>", 1, "non leggibile"),
        ];
        for (text, line, named) in cases {
            let (found_line, message) = active_content(text).unwrap_or_else(|| panic!("not found in {text}"));
            assert_eq!(found_line, line, "{text}");
            assert!(message.contains(named), "{message}");
        }
    }
}
