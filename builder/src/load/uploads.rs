//! What editors upload (public/img, public/allegati) is published as it is,
//! whether or not a page links it. A script there would run from the site's
//! own origin, so these folders take only images and document formats, and
//! SVG or XML files (which a browser opening them directly can run) only
//! what `svg` allows.

use super::attachments::ATTACHMENT_FORMATS;
use super::files::{files_below, read_capped};
use super::svg::{svg_problem, xml_problem};
use super::Loader;
use std::path::Path;

/// The folders of public/ that hold uploaded content, and what each takes.
const UPLOAD_FOLDERS: [(&str, &[&str]); 2] = [
    ("img", &["jpg", "jpeg", "png", "webp", "avif", "gif", "svg"]),
    ("allegati", &ATTACHMENT_FORMATS),
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
                let text = match read_capped(&path, crate::review::MAX_FILE_BYTES) {
                    Ok(text) => text,
                    Err(message) => {
                        loader.report.add(&shown, 0, "(file)", message);
                        continue;
                    }
                };
                if let Some((line, message)) = active_content(&text, extension == "svg") {
                    loader.report.add(&shown, line, "(file)", message);
                }
            }
        }
    }
}

/// The first thing in an SVG (`svg`) or other XML text that is not allowed,
/// with its line.
pub fn active_content(text: &str, svg: bool) -> Option<(usize, String)> {
    let options = roxmltree::ParsingOptions {
        allow_dtd: true,
        ..Default::default()
    };
    match roxmltree::Document::parse_with_options(text, options) {
        Ok(document) if svg => svg_problem(&document),
        Ok(document) => xml_problem(&document),
        Err(err) => Some((
            err.pos().row as usize,
            format!("file XML non leggibile ({err}): salvalo di nuovo dal programma di grafica"),
        )),
    }
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
        assert_eq!(active_content(svg, true), None);
        // What an editor's drawing program writes beside the drawing.
        let inkscape = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:inkscape=\"http://www.inkscape.org/namespaces/inkscape\" xmlns:sodipodi=\"http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd\" xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" inkscape:version=\"1.2\"><sodipodi:namedview pagecolor=\"#fff\"/><metadata><rdf:RDF/></metadata><style>.a{fill:url(#g)}</style><defs><linearGradient id=\"g\"><stop offset=\"0\" stop-color=\"#06c\"/></linearGradient><filter id=\"f\"><feGaussianBlur stdDeviation=\"2\"/></filter></defs><text x=\"1\" y=\"2\" style=\"font-family:Titillium Web\" xml:space=\"preserve\"><tspan>Provincia</tspan></text><path class=\"a\" d=\"M0 0h4\" inkscape:label=\"strada\"/></svg>";
        assert_eq!(active_content(inkscape, true), None);
        // The site's own drawings.
        let public = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../public/img");
        for name in ["stemma.svg", "emblema-ue.svg", "novita/ponte.svg"] {
            let text = std::fs::read_to_string(public.join(name)).unwrap();
            assert_eq!(active_content(&text, true), None, "{name}");
        }
        let data = "<?xml version=\"1.0\"?><dataset xmlns=\"urn:example:opendata\"><record id=\"1\">Testo &amp; dati</record></dataset>";
        assert_eq!(active_content(data, false), None);
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
            // A SMIL animation rewrites a link's address only when clicked:
            // the deny-list of addresses saw nothing.
            ("<svg xmlns=\"http://www.w3.org/2000/svg\"><a href=\"/\">\n<animate attributeName=\"href\" values=\"/y;javascript:alert(1)\"/><text>x</text></a></svg>", 2, "<animate>"),
            ("<svg xmlns=\"http://www.w3.org/2000/svg\"><set attributeName=\"href\" to=\"x\"/></svg>", 1, "<set>"),
            ("<svg xmlns=\"http://www.w3.org/2000/svg\"><a href=\"vbscript:x\"/></svg>", 1, "href"),
            ("<svg xmlns=\"http://www.w3.org/2000/svg\"><rect formaction=\"x\"/></svg>", 1, "formaction"),
            ("<svg xmlns=\"http://www.w3.org/2000/svg\"><style>@import url(https://x.example/a.css)</style></svg>", 1, "<style>"),
            ("<svg xmlns=\"http://www.w3.org/2000/svg\"><rect style=\"fill:url(https://x.example/t)\"/></svg>", 1, "style"),
            ("<svg xmlns=\"http://www.w3.org/2000/svg\"><feImage href=\"/x.svg\"/></svg>", 1, "<feImage>"),
            ("<svg xmlns=\"http://www.w3.org/2000/svg\"><rect style=\"fill:\\75rl(https://x.example/t)\"/></svg>", 1, "style"),
            ("<?xml-stylesheet type=\"text/xsl\" href=\"x.xsl\"?><svg xmlns=\"http://www.w3.org/2000/svg\"/>", 1, "xml-stylesheet"),
            ("<svg><rect/></svg>", 1, "non è SVG"),
        ];
        for (text, line, named) in cases {
            let svg = text.contains("<svg");
            let (found_line, message) = active_content(text, svg).unwrap_or_else(|| panic!("not found in {text}"));
            assert_eq!(found_line, line, "{text}");
            assert!(message.contains(named), "{message}");
        }
    }
}
