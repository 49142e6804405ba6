//! Markdown → HTML at build time, then an allow-list sanitiser: editors (and
//! a compromised CMS account) can write only structure, never script.
//! Headings move one level down so the page keeps its single h1; links and
//! images are checked and reported to the editor.

use provincia_sito::model::config::is_email;
use provincia_sito::model::control_chars::control_character_problem;
use provincia_sito::model::file_size;
use pulldown_cmark::{Event, HeadingLevel, LinkType, Options, Parser, Tag, TagEnd};
use std::collections::{HashMap, HashSet};
use std::fmt;
use std::sync::OnceLock;

mod nesting;
use nesting::NestingCheck;

/// Containers inside one another (lists and their items, quotes, emphasis,
/// links, HTML tags) that a text may hold. Real texts use fewer than ten;
/// the sanitiser's time grows with the square of the depth, so a deeper
/// text is refused instead of stalling the build: first the Markdown
/// containers, then the elements of the HTML as the sanitiser's parser will
/// build them (`nesting`).
pub const MAX_NESTING: usize = 32;

/// The longest text, in bytes (about 60 printed pages). Longer documents
/// belong in attachments.
pub const MAX_TEXT_BYTES: usize = 200_000;

/// A problem found in the text, at a byte offset of the Markdown source.
#[derive(Debug, PartialEq)]
pub struct TextProblem {
    pub offset: usize,
    pub message: String,
}

pub struct Rendered {
    pub html: String,
    pub problems: Vec<TextProblem>,
    /// Internal links (`/…`), for the check that they lead to a page.
    pub internal_links: Vec<(String, usize)>,
    /// Images of the site (`/img/…`), for the check that the file exists.
    pub local_images: Vec<(String, usize)>,
    /// Words of the text a reader sees, for the reading time.
    pub words: usize,
}

fn shifted(level: HeadingLevel) -> HeadingLevel {
    match level {
        HeadingLevel::H1 => HeadingLevel::H2,
        HeadingLevel::H2 => HeadingLevel::H3,
        HeadingLevel::H3 => HeadingLevel::H4,
        HeadingLevel::H4 => HeadingLevel::H5,
        _ => HeadingLevel::H6,
    }
}

/// Whether an editor's link is one a reader can follow: the site's own
/// paths, fragments, web addresses, e-mail and telephone.
pub fn link_problem(url: &str) -> Option<String> {
    let lower = url.trim().to_ascii_lowercase();
    if lower.is_empty() {
        return Some("collegamento senza indirizzo".into());
    }
    // `//host` and `/\host` lead to another site, as browsers read them.
    if lower.contains('\\') || lower.starts_with("//") {
        return Some(format!(
            "indirizzo «{url}» ambiguo: per un altro sito scrivi https://…, per questo sito un percorso come /novita"
        ));
    }
    if lower.starts_with('/') || lower.starts_with('#') {
        return None;
    }
    if let Some(rest) = lower.strip_prefix("https://").or_else(|| lower.strip_prefix("http://")) {
        let host = rest.split(['/', '?', '#']).next().unwrap_or("");
        return (!host.contains('.') || host.contains(' ')).then(|| format!("indirizzo web non valido «{url}»"));
    }
    if let Some(address) = lower.strip_prefix("mailto:") {
        return (!is_email(address)).then(|| format!("indirizzo e-mail non valido «{url}»"));
    }
    if let Some(number) = lower.strip_prefix("tel:") {
        let ok = !number.is_empty() && number.chars().all(|c| c.is_ascii_digit() || "+ ".contains(c));
        return (!ok).then(|| format!("numero di telefono non valido «{url}»"));
    }
    Some(format!(
        "collegamento non ammesso «{url}»: usa un percorso del sito (/…), https://, mailto: o tel:"
    ))
}

/// Whether an image can be shown: only the site's own files, since the
/// page's policy loads nothing from elsewhere and a reader's visit would be
/// reported to the other site.
pub fn image_problem(url: &str) -> Option<String> {
    if let Some(message) = link_problem(url) {
        return Some(format!("immagine: {message}"));
    }
    (!url.trim().starts_with('/')).then(|| {
        format!(
            "immagine da un altro sito «{url}»: caricala in public/img e scrivi il suo percorso, come /img/foto.jpg"
        )
    })
}

/// The only tags the sanitiser lets through, with the only attributes each
/// may carry. Nothing else survives: no generic attribute (`lang`, `title`,
/// `style`, `class`, `on…`), no `cite`, `align` or `srcset`.
pub const ALLOWED: &[(&str, &[&str])] = &[
    ("p", &[]),
    ("br", &[]),
    ("hr", &[]),
    ("h2", &[]),
    ("h3", &[]),
    ("h4", &[]),
    ("h5", &[]),
    ("h6", &[]),
    ("strong", &[]),
    ("em", &[]),
    ("del", &[]),
    ("sup", &[]),
    ("sub", &[]),
    ("abbr", &["title"]),
    ("a", &["href", "title", "hreflang"]),
    ("ul", &[]),
    ("ol", &["start"]),
    ("li", &[]),
    ("blockquote", &[]),
    ("code", &[]),
    ("pre", &[]),
    ("table", &[]),
    ("caption", &[]),
    ("thead", &[]),
    ("tbody", &[]),
    ("tr", &[]),
    ("th", &["scope", "colspan", "rowspan"]),
    ("td", &["colspan", "rowspan"]),
    ("img", &["src", "alt", "title", "width", "height"]),
];

fn sanitizer() -> &'static ammonia::Builder<'static> {
    static SANITIZER: OnceLock<ammonia::Builder<'static>> = OnceLock::new();
    SANITIZER.get_or_init(|| {
        let tags: HashSet<&str> = ALLOWED.iter().map(|(tag, _)| *tag).collect();
        let attributes: HashMap<&str, HashSet<&str>> = ALLOWED
            .iter()
            .filter(|(_, attributes)| !attributes.is_empty())
            .map(|(tag, attributes)| (*tag, attributes.iter().copied().collect()))
            .collect();
        // `empty()` clears the tags only: the default attribute lists are
        // replaced here, and the generic ones emptied.
        let mut builder = ammonia::Builder::empty();
        builder
            .tags(tags)
            .tag_attributes(attributes)
            .generic_attributes(HashSet::new())
            .url_schemes(["http", "https", "mailto", "tel"].into())
            .url_relative(ammonia::UrlRelative::PassThrough)
            .link_rel(None)
            .clean_content_tags(["script", "style", "template", "svg", "math", "iframe", "object"].into())
            .strip_comments(true);
        builder
    })
}

/// Sanitises HTML with the site's allow-list (also for HTML from elsewhere).
pub fn sanitize(html: &str) -> String {
    sanitizer().clean(html).to_string()
}

pub fn render(markdown: &str) -> Rendered {
    let mut problems = Vec::new();
    if markdown.len() > MAX_TEXT_BYTES {
        problems.push(TextProblem {
            offset: 0,
            message: format!(
                "testo di {}, oltre il limite di {}: dividilo in più pagine o pubblica il documento come allegato",
                file_size::label(markdown.len() as u64),
                file_size::label(MAX_TEXT_BYTES as u64)
            ),
        });
        return Rendered::refused(problems);
    }
    if let Some(found) = control_character_problem(markdown) {
        problems.push(TextProblem {
            offset: found.offset,
            message: found.message,
        });
    }
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    // Markdown containers open at this point of the text.
    let mut depth = 0usize;
    let mut too_deep = false;
    let mut internal_links = Vec::new();
    let mut local_images = Vec::new();
    // Alt text is the text inside an image; collected until the image ends.
    let mut image: Option<(usize, String)> = None;
    // The text a reader sees; blocks and line breaks separate words.
    let mut plain = String::new();
    let events: Vec<(Event, usize)> = Parser::new_ext(markdown, options)
        .into_offset_iter()
        .map(|(event, range)| {
            match &event {
                Event::Start(_) => depth += 1,
                Event::End(_) => depth = depth.saturating_sub(1),
                _ => {}
            }
            if depth > MAX_NESTING && !too_deep {
                too_deep = true;
                problems.push(TextProblem {
                    offset: range.start,
                    message: format!(
                        "elenchi, citazioni, formattazione o tag HTML annidati oltre {MAX_NESTING} livelli: semplifica la struttura (un elenco dentro un altro basta quasi sempre)"
                    ),
                });
            }
            match &event {
                Event::Start(Tag::Link { dest_url, link_type, .. }) if *link_type != LinkType::Email => {
                    if let Some(message) = link_problem(dest_url) {
                        problems.push(TextProblem {
                            offset: range.start,
                            message,
                        });
                    } else if dest_url.starts_with('/') {
                        internal_links.push((dest_url.to_string(), range.start));
                    }
                }
                Event::Start(Tag::Image { dest_url, .. }) => {
                    if let Some(message) = image_problem(dest_url) {
                        problems.push(TextProblem {
                            offset: range.start,
                            message,
                        });
                    } else {
                        local_images.push((dest_url.to_string(), range.start));
                    }
                    image = Some((range.start, String::new()));
                }
                Event::Text(text) | Event::Code(text) => {
                    plain.push_str(text);
                    if let Some((_, alt)) = image.as_mut() {
                        alt.push_str(text);
                    }
                }
                Event::End(TagEnd::Image) => {
                    plain.push(' ');
                    if let Some((offset, alt)) = image.take() {
                        if alt.trim().is_empty() {
                            problems.push(TextProblem {
                                offset,
                                message: "immagine senza testo alternativo: scrivilo tra le parentesi quadre, ![descrizione](indirizzo)".into(),
                            });
                        }
                    }
                }
                Event::SoftBreak | Event::HardBreak | Event::End(_) => plain.push(' '),
                _ => {}
            }
            let event = match event {
                Event::Start(Tag::Heading { level, id, classes, attrs }) => Event::Start(Tag::Heading {
                    level: shifted(level),
                    id,
                    classes,
                    attrs,
                }),
                Event::End(TagEnd::Heading(level)) => Event::End(TagEnd::Heading(shifted(level))),
                other => other,
            };
            (event, range.start)
        })
        .collect();
    if too_deep {
        return Rendered::refused(problems);
    }
    let check = NestingCheck::new(MAX_NESTING);
    let mut writer = CheckedHtml {
        html: String::with_capacity(markdown.len() * 3 / 2),
        check: &check,
    };
    let events = events.into_iter().map(|(event, offset)| {
        check.at_source(offset, matches!(event, Event::Html(_) | Event::InlineHtml(_)));
        event
    });
    pulldown_cmark::html::write_html_fmt(&mut writer, events).expect("writing to a String cannot fail");
    let html = writer.html;
    let (nesting, raw_references) = check.finish();
    if let Some(problem) = nesting {
        problems.push(TextProblem {
            offset: problem.offset,
            message: problem.message,
        });
        return Rendered::refused(problems);
    }
    // Links and images written as HTML get the checks of the Markdown forms.
    for reference in raw_references {
        let offset = reference.offset;
        if reference.image {
            match image_problem(&reference.url) {
                Some(message) => problems.push(TextProblem { offset, message }),
                None => local_images.push((reference.url, offset)),
            }
        } else {
            match link_problem(&reference.url) {
                Some(message) => problems.push(TextProblem { offset, message }),
                None if reference.url.starts_with('/') => internal_links.push((reference.url, offset)),
                None => {}
            }
        }
    }
    Rendered {
        html: sanitize(&html),
        problems,
        internal_links,
        local_images,
        words: provincia_sito::model::reading::word_count(&plain),
    }
}

impl Rendered {
    /// A text that is not rendered at all: its problems stop the build.
    fn refused(problems: Vec<TextProblem>) -> Rendered {
        Rendered {
            html: String::new(),
            problems,
            internal_links: Vec::new(),
            local_images: Vec::new(),
            words: 0,
        }
    }
}

/// The rendered HTML, read by the nesting check as it is written.
struct CheckedHtml<'a> {
    html: String,
    check: &'a NestingCheck,
}

impl fmt::Write for CheckedHtml<'_> {
    fn write_str(&mut self, piece: &str) -> fmt::Result {
        self.html.push_str(piece);
        self.check.read(piece);
        Ok(())
    }
}

/// 1-based line of a byte offset.
pub fn line_at(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].matches('\n').count() + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_the_words_a_reader_sees() {
        // Inline formatting does not split words; blocks, items and breaks
        // do; the text inside inline HTML is read, the tags are not.
        let out = render("## Titolo\n\nUna pre**fisso** e `codice`.\nRiga\n\n- uno\n- due\n\n<b>html</b>\n");
        assert_eq!(out.words, 9);
    }

    #[test]
    fn headings_move_one_level_down() {
        let out = render("# Titolo\n\n## Sotto\n\n###### Fondo\n");
        assert_eq!(out.html, "<h2>Titolo</h2>\n<h3>Sotto</h3>\n<h6>Fondo</h6>\n");
    }

    #[test]
    fn keeps_structure_links_and_tables() {
        let out = render("Un [link](/novita) e **forte**.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n");
        assert!(out.html.contains(r#"<a href="/novita">link</a>"#), "{}", out.html);
        assert!(out.html.contains("<strong>forte</strong>"));
        assert!(out.html.contains("<table>") && out.html.contains("<td>1</td>"));
        assert_eq!(out.internal_links, [("/novita".to_string(), 3)]);
        assert!(out.problems.is_empty());
    }

    #[test]
    fn reports_images_without_alt_and_bad_links() {
        let source =
            "Testo\n\n![](/img/a.png)\n\n[x](javascript:alert(1)) [y](mailto:non-valido) [z](https://esempio.it)";
        let out = render(source);
        let found: Vec<(usize, &str)> = out
            .problems
            .iter()
            .map(|p| (line_at(source, p.offset), p.message.as_str()))
            .collect();
        assert_eq!(found.len(), 3, "{found:?}");
        assert!(found[0].1.starts_with("immagine senza testo alternativo") && found[0].0 == 3);
        assert!(found[1].1.starts_with("collegamento non ammesso «javascript:alert(1)»"));
        assert_eq!(found[2].1, "indirizzo e-mail non valido «mailto:non-valido»");
    }

    #[test]
    fn refuses_texts_nested_too_deep_before_sanitising() {
        // 80 KB of nested list markers took the sanitiser two minutes.
        for (source, line) in [
            (format!("Intro\n\n{}x\n", "- ".repeat(40_000)), 3),
            (format!("Intro\n\n{}x\n", "> ".repeat(99_000)), 3),
            (format!("Intro\n\n{}x", "<span>".repeat(5_000)), 3),
            (format!("{}x{}", "**a *b ".repeat(40), " b* a**".repeat(40)), 1),
        ] {
            let out = render(&source);
            assert_eq!(out.problems.len(), 1, "{:?}", out.problems);
            assert!(out.problems[0].message.contains("oltre 32 livelli"));
            assert_eq!(line_at(&source, out.problems[0].offset), line);
            assert!(out.html.is_empty());
        }
        // Three levels of list inside a quote, with emphasis: fine.
        let ok = render("> - uno\n>   - due\n>     - **tre** e [link](/novita)\n");
        assert!(
            ok.problems.is_empty() && ok.html.contains("<strong>tre</strong>"),
            "{}",
            ok.html
        );
    }

    /// The deepest element of the tree the sanitiser's parser builds.
    fn parsed_depth(markdown: &str) -> usize {
        let mut html = String::new();
        pulldown_cmark::html::push_html(
            &mut html,
            Parser::new_ext(markdown, Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH),
        );
        let fragment = scraper::Html::parse_fragment(&html);
        fragment
            .tree
            .nodes()
            .map(|node| node.ancestors().count())
            .max()
            .unwrap_or(0)
    }

    #[test]
    fn no_accepted_text_makes_the_parser_build_a_deep_tree() {
        // Pieces that make a parser's tree deeper than the tags suggest: end
        // tags that close nothing, misnesting repaired by cloning, blocks in
        // formatting, tables that get implied rows, Markdown around HTML.
        const PIECES: &[&str] = &[
            "<b>",
            "</b>",
            "</x>",
            "<div>",
            "</div>",
            "<p>",
            "</p>",
            "<li>",
            "</li>",
            "<ul>",
            "<td>",
            "<tr>",
            "<table>",
            "</table>",
            "<a href=/x>",
            "</a>",
            "*",
            "**",
            "> ",
            "- ",
            "\n\n",
            "x",
            "<b title='</b>'>",
            "<!-- <b> -->",
            "<i>",
            "</i>",
        ];
        let mut accepted = 0;
        for first in PIECES {
            for second in PIECES {
                let text = format!("{first}{second}").repeat(300);
                if render(&text).problems.is_empty() {
                    accepted += 1;
                    let depth = parsed_depth(&text);
                    assert!(depth <= 3 * MAX_NESTING, "{first:?}{second:?} × 300: depth {depth}");
                }
            }
        }
        // The pieces that nest nothing are accepted, so the check ran.
        assert!(accepted > 100, "{accepted}");
        // What took the sanitiser 7–12 s before this check: refused.
        let unmatched = "<b></x>".repeat(28_000);
        assert!(
            parsed_depth(&"<b></x>".repeat(300)) > 300,
            "the parser ignores the stray end tags"
        );
        assert!(render(&unmatched).problems[0].message.contains("oltre 32 livelli"));
    }

    #[test]
    fn links_and_images_in_html_are_checked_as_in_markdown() {
        for (source, expected) in [
            ("[x](//evil.example)", "indirizzo «//evil.example» ambiguo"),
            ("<a href=\"//evil.example\">x</a>", "indirizzo «//evil.example» ambiguo"),
            (
                "<a href=\"/\\evil.example\">x</a>",
                "indirizzo «/\\evil.example» ambiguo",
            ),
            ("<a href=\"javascript:alert(1)\">x</a>", "collegamento non ammesso"),
            (
                "<img src=\"https://x.example/a.png\" alt=\"a\">",
                "immagine da un altro sito",
            ),
            ("![a](https://x.example/a.png)", "immagine da un altro sito"),
        ] {
            let out = render(source);
            assert_eq!(out.problems.len(), 1, "{source}: {:?}", out.problems);
            assert!(
                out.problems[0].message.starts_with(expected),
                "{source}: {}",
                out.problems[0].message
            );
        }
        let out = render("Testo <a href=\"/novita\">novità</a> e <img src=\"/img/a.png\" alt=\"a\">.");
        assert!(out.problems.is_empty(), "{:?}", out.problems);
        assert_eq!(out.internal_links, [("/novita".to_string(), 6)]);
        assert_eq!(out.local_images, [("/img/a.png".to_string(), 38)]);
    }

    #[test]
    fn refuses_texts_over_the_size_limit() {
        let out = render(&"Parola ".repeat(MAX_TEXT_BYTES / 7 + 1));
        assert_eq!(out.problems.len(), 1);
        assert!(out.problems[0]
            .message
            .starts_with("testo di 200 kB, oltre il limite di 200 kB"));
        assert!(render(&"a".repeat(MAX_TEXT_BYTES)).problems.is_empty());
    }

    #[test]
    fn refuses_control_characters_but_not_windows_line_ends() {
        let source = "Riga uno\r\nRiga due\r\n\r\nTesto con\u{0B}tab verticale";
        let out = render(source);
        assert_eq!(out.problems.len(), 1, "{:?}", out.problems);
        assert_eq!(line_at(source, out.problems[0].offset), 4);
        assert!(
            out.problems[0].message.contains("U+000B"),
            "{}",
            out.problems[0].message
        );
        assert!(render("a\r\nb\r\n").problems.is_empty());
        assert_eq!(render("a\rb").problems.len(), 1);
    }

    #[test]
    fn email_addresses() {
        assert!(is_email("urp@provincia.sp.it"));
        assert!(!is_email("urp@provincia"));
        assert!(!is_email("urp provincia@sp.it"));
        assert!(!is_email("@sp.it"));
        assert!(link_problem("mailto:urp@provincia.sp.it?bcc=altri@example.org").is_some());
    }
}

/// The text of rendered HTML, for metadata (JSON-LD): tags dropped, the
/// entities the renderer writes decoded, spaces collapsed.
pub fn plain_text(html: &str) -> String {
    let mut text = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => {
                in_tag = true;
                text.push(' ');
            }
            '>' if in_tag => in_tag = false,
            _ if !in_tag => text.push(c),
            _ => {}
        }
    }
    let decoded = text
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
    decoded.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod plain_text_tests {
    #[test]
    fn drops_tags_and_decodes_entities() {
        assert_eq!(
            super::plain_text("<p>Imprese &amp; <strong>Comuni</strong></p>\n<ul><li>tecnici</li></ul>"),
            "Imprese & Comuni tecnici"
        );
    }
}
