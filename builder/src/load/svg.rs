//! What an uploaded SVG or XML file may hold. A browser that opens one on its
//! own runs what it finds there, without the site's Content-Security-Policy
//! when dist/ is served by another web server; so an SVG is accepted only
//! when every element and attribute is on the allow-list of static drawing
//! below (no script, no animation, no embedded document), and an XML file
//! only when none of its elements is in a namespace a browser acts on.

const SVG: &str = "http://www.w3.org/2000/svg";
const XLINK: &str = "http://www.w3.org/1999/xlink";
const XML: &str = "http://www.w3.org/XML/1998/namespace";
/// Namespaces a browser renders (and so runs) when it opens an XML file.
const ACTIVE_NAMESPACES: [&str; 3] = [
    SVG,
    "http://www.w3.org/1999/xhtml",
    "http://www.w3.org/1998/Math/MathML",
];

/// Elements of a static drawing. Left out on purpose: `script`,
/// `foreignObject` (embeds HTML), the animation elements (`animate`, `set`,
/// `animateMotion`, `animateTransform`, `discard`), which can rewrite any
/// attribute, `href` included, and `feImage`, which loads documents.
const ELEMENTS: &[&str] = &[
    "svg",
    "g",
    "defs",
    "desc",
    "title",
    "metadata",
    "symbol",
    "use",
    "switch",
    "a",
    "view",
    "style",
    "path",
    "rect",
    "circle",
    "ellipse",
    "line",
    "polyline",
    "polygon",
    "text",
    "tspan",
    "textPath",
    "image",
    "linearGradient",
    "radialGradient",
    "stop",
    "pattern",
    "clipPath",
    "mask",
    "marker",
    "filter",
    "feBlend",
    "feColorMatrix",
    "feComponentTransfer",
    "feComposite",
    "feConvolveMatrix",
    "feDiffuseLighting",
    "feDisplacementMap",
    "feDistantLight",
    "feDropShadow",
    "feFlood",
    "feFuncA",
    "feFuncB",
    "feFuncG",
    "feFuncR",
    "feGaussianBlur",
    "feMerge",
    "feMergeNode",
    "feMorphology",
    "feOffset",
    "fePointLight",
    "feSpecularLighting",
    "feSpotLight",
    "feTile",
    "feTurbulence",
];

/// Attributes (without namespace) of the elements above: geometry,
/// presentation, text, gradients, filters and accessibility. No `on…`.
const ATTRIBUTES: &[&str] = &[
    "id",
    "class",
    "style",
    "lang",
    "role",
    "tabindex",
    "focusable",
    "version",
    "baseProfile",
    "x",
    "y",
    "width",
    "height",
    "viewBox",
    "preserveAspectRatio",
    "transform",
    "href",
    "x1",
    "y1",
    "x2",
    "y2",
    "cx",
    "cy",
    "r",
    "rx",
    "ry",
    "fx",
    "fy",
    "fr",
    "d",
    "points",
    "pathLength",
    "fill",
    "fill-opacity",
    "fill-rule",
    "stroke",
    "stroke-width",
    "stroke-linecap",
    "stroke-linejoin",
    "stroke-miterlimit",
    "stroke-dasharray",
    "stroke-dashoffset",
    "stroke-opacity",
    "opacity",
    "color",
    "display",
    "visibility",
    "overflow",
    "clip",
    "clip-path",
    "clip-rule",
    "clipPathUnits",
    "mask",
    "maskUnits",
    "maskContentUnits",
    "marker-start",
    "marker-mid",
    "marker-end",
    "markerWidth",
    "markerHeight",
    "markerUnits",
    "refX",
    "refY",
    "orient",
    "gradientUnits",
    "gradientTransform",
    "spreadMethod",
    "offset",
    "stop-color",
    "stop-opacity",
    "patternUnits",
    "patternContentUnits",
    "patternTransform",
    "font",
    "font-family",
    "font-size",
    "font-size-adjust",
    "font-weight",
    "font-style",
    "font-variant",
    "font-stretch",
    "text-anchor",
    "dominant-baseline",
    "alignment-baseline",
    "baseline-shift",
    "letter-spacing",
    "word-spacing",
    "text-decoration",
    "writing-mode",
    "direction",
    "unicode-bidi",
    "dx",
    "dy",
    "rotate",
    "textLength",
    "lengthAdjust",
    "startOffset",
    "method",
    "spacing",
    "side",
    "filter",
    "filterUnits",
    "primitiveUnits",
    "in",
    "in2",
    "result",
    "stdDeviation",
    "mode",
    "type",
    "values",
    "tableValues",
    "slope",
    "intercept",
    "amplitude",
    "exponent",
    "operator",
    "k1",
    "k2",
    "k3",
    "k4",
    "radius",
    "baseFrequency",
    "numOctaves",
    "seed",
    "stitchTiles",
    "flood-color",
    "flood-opacity",
    "lighting-color",
    "surfaceScale",
    "diffuseConstant",
    "specularConstant",
    "specularExponent",
    "kernelMatrix",
    "kernelUnitLength",
    "order",
    "divisor",
    "bias",
    "targetX",
    "targetY",
    "edgeMode",
    "preserveAlpha",
    "scale",
    "xChannelSelector",
    "yChannelSelector",
    "azimuth",
    "elevation",
    "z",
    "pointsAtX",
    "pointsAtY",
    "pointsAtZ",
    "limitingConeAngle",
    "color-interpolation",
    "color-interpolation-filters",
    "color-rendering",
    "shape-rendering",
    "text-rendering",
    "image-rendering",
    "vector-effect",
    "paint-order",
    "mix-blend-mode",
    "isolation",
    "enable-background",
    "systemLanguage",
    "media",
    "space",
    "aria-label",
    "aria-labelledby",
    "aria-describedby",
    "aria-hidden",
    "xml:space",
    "target",
    "hreflang",
];

/// The first thing in an uploaded SVG that is not on the allow-list, with its
/// line; `None` when the whole drawing is.
pub fn svg_problem(document: &roxmltree::Document) -> Option<(usize, String)> {
    let line_of = |node: roxmltree::Node| document.text_pos_at(node.range().start).row as usize;
    if let Some(node) = document.descendants().find(|n| n.is_pi() && is_stylesheet(n)) {
        return Some((line_of(node), STYLESHEET.into()));
    }
    for node in document.descendants().filter(|n| n.is_element()) {
        let name = node.tag_name().name();
        match node.tag_name().namespace() {
            Some(SVG) if !ELEMENTS.contains(&name) => {
                return Some((
                    line_of(node),
                    format!("l'elemento <{name}> non è tra quelli di un disegno statico ammessi in un'immagine SVG (niente script, animazioni o documenti incorporati): esporta di nuovo l'immagine come «SVG semplice»"),
                ))
            }
            Some(SVG) => {}
            Some(namespace) if ACTIVE_NAMESPACES.contains(&namespace) => return Some((line_of(node), foreign(name))),
            // Other vocabularies (Inkscape's, RDF metadata) are inert.
            Some(_) => continue,
            None => return Some((line_of(node), format!("l'elemento <{name}> non è SVG (manca xmlns=\"{SVG}\")"))),
        }
        for attribute in node.attributes() {
            let allowed = match attribute.namespace() {
                None => ATTRIBUTES.contains(&attribute.name()),
                Some(XLINK) => matches!(attribute.name(), "href" | "title"),
                Some(XML) => matches!(attribute.name(), "space" | "lang"),
                Some(namespace) => !ACTIVE_NAMESPACES.contains(&namespace),
            };
            let value_problem = value_problem(attribute.name(), attribute.value());
            if !allowed || value_problem.is_some() {
                let reason = value_problem.unwrap_or("non è tra quelli ammessi in un'immagine SVG");
                return Some((
                    line_of(node),
                    format!(
                        "l'attributo {}=\"…\" di <{name}> {reason}: toglilo o esporta di nuovo l'immagine come «SVG semplice»",
                        attribute.name()
                    ),
                ));
            }
        }
        if name == "style" {
            if let Some(reason) = style_problem(node.text().unwrap_or_default()) {
                return Some((line_of(node), format!("il foglio di stile <style> {reason}")));
            }
        }
    }
    None
}

/// The first element of an uploaded XML file in a namespace a browser
/// renders, with its line.
pub fn xml_problem(document: &roxmltree::Document) -> Option<(usize, String)> {
    let line_of = |node: roxmltree::Node| document.text_pos_at(node.range().start).row as usize;
    for node in document.descendants() {
        if node.is_pi() && is_stylesheet(&node) {
            return Some((line_of(node), STYLESHEET.into()));
        }
        if !node.is_element() {
            continue;
        }
        if node
            .tag_name()
            .namespace()
            .is_some_and(|ns| ACTIVE_NAMESPACES.contains(&ns))
        {
            return Some((line_of(node), foreign(node.tag_name().name())));
        }
        for attribute in node.attributes() {
            if attribute
                .namespace()
                .is_some_and(|ns| ACTIVE_NAMESPACES.contains(&ns) || ns == XLINK)
                || value_problem("", attribute.value()).is_some()
            {
                return Some((
                    line_of(node),
                    format!(
                        "l'attributo {}=\"…\" di <{}> è un collegamento o un indirizzo che il browser seguirebbe o eseguirebbe: toglilo",
                        attribute.name(),
                        node.tag_name().name()
                    ),
                ));
            }
        }
    }
    None
}

const STYLESHEET: &str =
    "un foglio di stile (<?xml-stylesheet?>) trasformerebbe il file in una pagina con possibili script: toglilo";

fn is_stylesheet(node: &roxmltree::Node) -> bool {
    node.pi()
        .is_some_and(|pi| pi.target.eq_ignore_ascii_case("xml-stylesheet"))
}

fn foreign(name: &str) -> String {
    format!("contiene l'elemento <{name}> di HTML, SVG o MathML, che il browser eseguirebbe aprendo il file: toglilo")
}

/// A value as a browser compares it: without white space, in lower case.
fn compact(value: &str) -> String {
    value
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_ascii_lowercase()
}

/// Why an attribute value could load or run something, if it could.
fn value_problem(name: &str, value: &str) -> Option<&'static str> {
    let compact = compact(value);
    if compact.contains("javascript:") || compact.contains("vbscript:") {
        return Some("contiene un indirizzo javascript:");
    }
    if name == "href" {
        let safe = compact.starts_with('#')
            || compact.starts_with("https://")
            || compact.starts_with("http://")
            || compact.starts_with("mailto:")
            || ["data:image/png", "data:image/jpeg", "data:image/gif", "data:image/webp"]
                .iter()
                .any(|prefix| compact.starts_with(prefix))
            || !compact.contains(':');
        return (!safe).then_some("ha un indirizzo non ammesso (solo #, https://, mailto:, un percorso o un'immagine PNG, JPEG, GIF, WebP incorporata)");
    }
    if name == "style" {
        return style_problem(&compact);
    }
    None
}

/// Style that would load something from elsewhere. CSS escapes (`\75rl(`)
/// could hide a `url(`, so a backslash is refused too.
fn style_problem(css: &str) -> Option<&'static str> {
    let compact = compact(css);
    if compact.contains("@import") || compact.contains("expression(") || compact.contains('\\') {
        return Some("importa altri fogli di stile, contiene espressioni o caratteri di escape");
    }
    let loads = compact.match_indices("url(").any(|(at, _)| {
        let inner = compact[at + 4..].trim_start_matches(['"', '\'']);
        !inner.starts_with('#')
    });
    loads.then_some("carica risorse con url(…) (ammesso solo url(#…))")
}
