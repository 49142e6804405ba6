//! The depth of the tree the sanitiser's HTML parser will build, bounded
//! before it runs. The sanitiser's time grows with the square of the depth,
//! so the bound must hold whatever tags a text uses.
//!
//! The check reads exactly the HTML handed to the sanitiser, with the same
//! tokenizer (html5ever's), so no quoting, comment or character reference
//! can show it other tags than the parser sees. The tree is modelled as the
//! parser builds it, pessimistically:
//! - a start tag opens an element (a void element opens none), whether or
//!   not the parser would close something first;
//! - an end tag closes the innermost open element of its name when only
//!   elements the parser closes by itself (`p`, `li`, cells…) lie above it;
//!   one with nothing to close is ignored, as the parser ignores it;
//! - an end tag that would close an element around others still open is
//!   misnesting: the parser repairs it by cloning elements (the "adoption
//!   agency"), which is how a short text builds a deep tree, so it is refused;
//! - elements whose content the parser reads another way (raw text,
//!   `<select>`, `<template>`, SVG and MathML) are refused: the sanitiser
//!   drops them anyway, and the tokenizer would read what follows them
//!   differently from the parser.
//!
//! So the parser's tree is never more than a small multiple of the modelled
//! depth (it adds `tbody`, `tr` and the reconstructed formatting of closed
//! blocks), and a text at the limit takes milliseconds.

use html5ever::tendril::StrTendril;
use html5ever::tokenizer::{BufferQueue, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts};
use std::cell::{Cell, RefCell};

/// Elements without content: they never stay open.
const VOID: &[&str] = &[
    "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "image", "img", "input", "keygen",
    "link", "meta", "param", "source", "track", "wbr",
];

/// Elements the parser closes by itself when an enclosing element ends
/// ("generate implied end tags", and cells and rows at a table's end).
const CLOSED_BY_PARENT: &[&str] = &[
    "p", "li", "dt", "dd", "option", "optgroup", "rb", "rp", "rt", "rtc", "td", "th", "tr", "tbody", "thead", "tfoot",
    "caption", "colgroup",
];

/// Elements the parser reads in another mode than the one a tokenizer on
/// its own would use.
const OTHER_MODES: &[&str] = &[
    "script",
    "style",
    "textarea",
    "title",
    "xmp",
    "iframe",
    "noembed",
    "noframes",
    "noscript",
    "plaintext",
    "select",
    "template",
    "svg",
    "math",
    "frameset",
];

/// The first reason a text cannot be handed to the sanitiser, at the byte
/// offset of the Markdown source the offending tag came from.
#[derive(Debug, PartialEq)]
pub struct NestingProblem {
    pub offset: usize,
    pub message: String,
}

/// Follows the HTML as the renderer writes it. `source_offset` is set by the
/// caller to the source position of the Markdown event being written.
pub struct NestingCheck {
    tokenizer: Tokenizer<Model>,
    queue: BufferQueue,
}

/// A link or image written as raw HTML, for the same checks as the Markdown
/// forms.
#[derive(Debug, PartialEq)]
pub struct RawReference {
    pub image: bool,
    pub url: String,
    pub offset: usize,
}

struct Model {
    max_depth: usize,
    source_offset: Cell<usize>,
    /// Whether the HTML being read is the editor's raw HTML.
    raw: Cell<bool>,
    references: RefCell<Vec<RawReference>>,
    open: RefCell<Vec<String>>,
    problem: RefCell<Option<NestingProblem>>,
}

impl NestingCheck {
    pub fn new(max_depth: usize) -> NestingCheck {
        let model = Model {
            max_depth,
            source_offset: Cell::new(0),
            raw: Cell::new(false),
            references: RefCell::new(Vec::new()),
            open: RefCell::new(Vec::new()),
            problem: RefCell::new(None),
        };
        NestingCheck {
            tokenizer: Tokenizer::new(model, TokenizerOpts::default()),
            queue: BufferQueue::default(),
        }
    }

    /// The source offset that the HTML written from now on comes from, and
    /// whether it is the editor's raw HTML.
    pub fn at_source(&self, offset: usize, raw: bool) {
        self.tokenizer.sink.source_offset.set(offset);
        self.tokenizer.sink.raw.set(raw);
    }

    /// Reads the next piece of the HTML.
    pub fn read(&self, html: &str) {
        if html.is_empty() || self.tokenizer.sink.problem.borrow().is_some() {
            return;
        }
        self.queue.push_back(StrTendril::from_slice(html));
        let _ = self.tokenizer.feed(&self.queue);
    }

    /// The first problem once the whole HTML is read, and the links and
    /// images of the raw HTML.
    pub fn finish(self) -> (Option<NestingProblem>, Vec<RawReference>) {
        self.tokenizer.end();
        let model = self.tokenizer.sink;
        let references = model.references.into_inner();
        if let Some(problem) = model.problem.into_inner() {
            return (Some(problem), references);
        }
        let open = model.open.into_inner();
        let unclosed = open
            .iter()
            .find(|name| !CLOSED_BY_PARENT.contains(&name.as_str()))
            .map(|name| NestingProblem {
                offset: model.source_offset.get(),
                message: format!("tag HTML <{name}> aperto e mai chiuso: aggiungi </{name}> dove finisce"),
            });
        (unclosed, references)
    }
}

impl Model {
    fn refuse(&self, message: String) {
        let mut problem = self.problem.borrow_mut();
        if problem.is_none() {
            *problem = Some(NestingProblem {
                offset: self.source_offset.get(),
                message,
            });
        }
    }

    fn start(&self, name: &str) {
        if OTHER_MODES.contains(&name) {
            return self.refuse(format!(
                "tag HTML <{name}> non ammesso nel testo: il sito non lo pubblica (per un'immagine SVG caricala in public/img e inseriscila come immagine)"
            ));
        }
        if VOID.contains(&name) {
            return;
        }
        let mut open = self.open.borrow_mut();
        open.push(name.to_string());
        if open.len() > self.max_depth {
            drop(open);
            self.refuse(format!(
                "elenchi, citazioni, formattazione o tag HTML annidati oltre {} livelli: semplifica la struttura (un elenco dentro un altro basta quasi sempre)",
                self.max_depth
            ));
        }
    }

    fn end(&self, name: &str) {
        let mut open = self.open.borrow_mut();
        let Some(at) = open.iter().rposition(|open_name| open_name == name) else {
            return;
        };
        if let Some(inner) = open[at + 1..]
            .iter()
            .rev()
            .find(|inner| !CLOSED_BY_PARENT.contains(&inner.as_str()))
        {
            let message = format!(
                "tag HTML </{name}> prima di chiudere <{inner}>, aperto dentro <{name}>: chiudi prima </{inner}> (o un elenco, una citazione o una formattazione finisce dentro un tag HTML)"
            );
            drop(open);
            return self.refuse(message);
        }
        open.truncate(at);
    }
}

impl TokenSink for Model {
    type Handle = ();

    fn process_token(&self, token: Token, _line: u64) -> TokenSinkResult<()> {
        if self.problem.borrow().is_some() {
            return TokenSinkResult::Continue;
        }
        if let Token::TagToken(tag) = token {
            let name = tag.name.to_ascii_lowercase();
            if self.raw.get() && tag.kind == TagKind::StartTag {
                for attribute in &tag.attrs {
                    let attribute_name = attribute.name.local.to_ascii_lowercase();
                    let image = match (name.as_str(), attribute_name.as_str()) {
                        ("a", "href") => false,
                        ("img", "src") => true,
                        _ => continue,
                    };
                    self.references.borrow_mut().push(RawReference {
                        image,
                        url: attribute.value.to_string(),
                        offset: self.source_offset.get(),
                    });
                }
            }
            match tag.kind {
                TagKind::StartTag => self.start(&name),
                TagKind::EndTag => self.end(&name),
            }
        }
        TokenSinkResult::Continue
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(html: &str) -> Option<String> {
        let check = NestingCheck::new(4);
        check.read(html);
        check.finish().0.map(|problem| problem.message)
    }

    #[test]
    fn counts_open_elements_as_the_parser_builds_them() {
        assert_eq!(check("<p><b>a</b><i>b</i><br><img src=x></p>"), None);
        // End tags that close nothing are ignored by the parser: they do not
        // make room for more elements.
        assert!(check("<b></x><b></x><b></x><b></x><b></x>")
            .unwrap()
            .contains("oltre 4 livelli"));
        // What the parser closes by itself does not block its parent's end.
        assert_eq!(check("<ul><li>a<li>b</ul><table><tr><td>x</table>"), None);
        // A tag inside a quoted attribute or a comment is no tag.
        assert_eq!(
            check("<a title=\"</b><b><b><b><b>\">x</a><!-- <b><b><b><b><b> -->"),
            None
        );
        assert!(check("<b title=\"</b>\"><b title=\"</b>\"><b><b><b>")
            .unwrap()
            .contains("oltre 4"));
    }

    #[test]
    fn refuses_misnesting_and_other_parsing_modes() {
        assert!(check("<b><div></b></div>")
            .unwrap()
            .starts_with("tag HTML </b> prima di chiudere <div>"));
        assert!(check("<p><b>x</p>")
            .unwrap()
            .starts_with("tag HTML </p> prima di chiudere <b>"));
        assert!(check("x<style>").unwrap().starts_with("tag HTML <style> non ammesso"));
        assert!(check("<SVG>").unwrap().starts_with("tag HTML <svg> non ammesso"));
        assert!(check("<div>x")
            .unwrap()
            .starts_with("tag HTML <div> aperto e mai chiuso"));
        assert_eq!(check("<p>x"), None);
    }

    #[test]
    fn names_the_source_of_the_offending_piece() {
        let check = NestingCheck::new(4);
        check.at_source(0, false);
        check.read("<p>ok <a href=\"/x\">x</a></p>");
        check.at_source(17, true);
        check.read("<img src='//x.example/a.png'><b><div></b>");
        check.at_source(40, false);
        check.read("<p>after</p>");
        let (problem, references) = check.finish();
        assert_eq!(problem.map(|p| p.offset), Some(17));
        assert_eq!(
            references,
            [RawReference {
                image: true,
                url: "//x.example/a.png".into(),
                offset: 17
            }]
        );
    }
}
