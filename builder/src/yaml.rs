//! YAML read into a small tree that keeps the line of every value and key, so
//! each error can name its line. Anchors, aliases and tags are not needed by
//! content files and are refused, and so is nesting deeper than
//! [`MAX_DEPTH`]: the events are read in a loop here (yaml-rust2's own
//! loader recurses once per level and overflows the stack on a long line of
//! `- - - …`), and reading stops at the first level too deep.

use yaml_rust2::parser::{Event, MarkedEventReceiver, Parser};
use yaml_rust2::scanner::{Marker, TScalarStyle};

/// Lists and groups inside one another, at most. Content files use fewer
/// than ten; the limit only stops input written to crash the build.
pub const MAX_DEPTH: usize = 64;

#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// Empty, `~` or `null`.
    Null,
    Text(String),
    List(Vec<Node>),
    Map(Vec<Entry>),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Node {
    /// 1-based line in the parsed text.
    pub line: usize,
    pub value: Value,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    pub key: String,
    pub line: usize,
    pub node: Node,
}

impl Node {
    pub fn kind(&self) -> &'static str {
        match self.value {
            Value::Null => "un valore vuoto",
            Value::Text(_) => "un testo",
            Value::List(_) => "un elenco",
            Value::Map(_) => "un gruppo di campi",
        }
    }
}

/// A syntax error: line, the field it is in (empty at the top) and what
/// the parser says.
#[derive(Debug, PartialEq)]
pub struct SyntaxError {
    pub line: usize,
    pub field: String,
    pub message: String,
}

enum Frame {
    List(usize, Vec<Node>),
    Map(usize, Vec<Entry>, Option<(String, usize)>),
}

#[derive(Default)]
struct TreeBuilder {
    stack: Vec<Frame>,
    root: Option<Node>,
    refused: Option<SyntaxError>,
}

impl TreeBuilder {
    fn push(&mut self, node: Node) {
        match self.stack.last_mut() {
            None => self.root = Some(node),
            Some(Frame::List(_, items)) => items.push(node),
            Some(Frame::Map(_, entries, key)) => match key.take() {
                Some((key, line)) => entries.push(Entry { key, line, node }),
                None => match node.value {
                    Value::Text(text) => *key = Some((text, node.line)),
                    Value::Null => *key = Some((String::new(), node.line)),
                    _ => self.refuse(node.line, "una chiave deve essere un testo semplice"),
                },
            },
        }
    }

    fn refuse(&mut self, line: usize, message: &str) {
        let field = self.field();
        self.refused.get_or_insert(SyntaxError {
            line,
            field,
            message: message.to_string(),
        });
    }

    /// The path of the value being read, as messages name fields:
    /// `gare[0].oggetto_gara`.
    fn field(&self) -> String {
        let mut path = String::new();
        for frame in &self.stack {
            match frame {
                Frame::List(_, items) => path.push_str(&format!("[{}]", items.len())),
                Frame::Map(_, _, Some((key, _))) => {
                    if !path.is_empty() {
                        path.push('.');
                    }
                    path.push_str(key);
                }
                Frame::Map(_, _, None) => {}
            }
        }
        path
    }

    fn open(&mut self, frame: Frame, line: usize) {
        if self.stack.len() >= MAX_DEPTH {
            self.refuse(
                line,
                &format!(
                    "elenchi e gruppi di campi annidati oltre {MAX_DEPTH} livelli: un contenuto non ne ha bisogno; controlla i trattini e i rientri di questa riga"
                ),
            );
        } else {
            self.stack.push(frame);
        }
    }
}

impl MarkedEventReceiver for TreeBuilder {
    fn on_event(&mut self, event: Event, mark: Marker) {
        let line = mark.line();
        match event {
            Event::Scalar(text, style, anchor, tag) => {
                if anchor != 0 || tag.is_some() {
                    self.refuse(line, "ancore (&), riferimenti (*) ed etichette (!) non sono ammessi");
                }
                let plain_null = style == TScalarStyle::Plain && matches!(text.as_str(), "" | "~" | "null" | "Null");
                let value = if plain_null { Value::Null } else { Value::Text(text) };
                self.push(Node { line, value });
            }
            Event::SequenceStart(..) => self.open(Frame::List(line, Vec::new()), line),
            Event::MappingStart(..) => self.open(Frame::Map(line, Vec::new(), None), line),
            Event::SequenceEnd | Event::MappingEnd => {
                let node = match self.stack.pop() {
                    Some(Frame::List(line, items)) => Node {
                        line,
                        value: Value::List(items),
                    },
                    Some(Frame::Map(line, entries, _)) => Node {
                        line,
                        value: Value::Map(entries),
                    },
                    None => return,
                };
                self.push(node);
            }
            Event::Alias(_) => self.refuse(line, "ancore (&), riferimenti (*) ed etichette (!) non sono ammessi"),
            _ => {}
        }
    }
}

/// Parses one YAML document. An empty text is an empty map.
pub fn parse(text: &str) -> Result<Node, SyntaxError> {
    let mut builder = TreeBuilder::default();
    let mut parser = Parser::new_from_str(text);
    // The first document only, as `Parser::load(…, false)` would read it.
    loop {
        let (event, mark) = parser.next_token().map_err(|err| SyntaxError {
            line: err.marker().line(),
            field: builder.field(),
            message: format!("sintassi YAML non valida ({})", err.info()),
        })?;
        let end = matches!(event, Event::DocumentEnd | Event::StreamEnd);
        builder.on_event(event, mark);
        if end || builder.refused.is_some() {
            break;
        }
    }
    if let Some(refused) = builder.refused {
        return Err(refused);
    }
    Ok(builder.root.unwrap_or(Node {
        line: 1,
        value: Value::Map(Vec::new()),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_the_line_of_every_key_and_value() {
        let tree = parse("titolo: Ciao\nargomenti:\n  - pnrr\n  - scuole\nimmagine:\n  alt: Foto\nvuoto:\n").unwrap();
        let Value::Map(entries) = tree.value else { panic!() };
        let lines: Vec<(&str, usize)> = entries.iter().map(|e| (e.key.as_str(), e.line)).collect();
        assert_eq!(lines, [("titolo", 1), ("argomenti", 2), ("immagine", 5), ("vuoto", 7)]);
        let Value::List(items) = &entries[1].node.value else {
            panic!()
        };
        assert_eq!(items[1].line, 4);
        assert_eq!(items[1].value, Value::Text("scuole".into()));
        assert_eq!(entries[3].node.value, Value::Null);
    }

    #[test]
    fn reports_syntax_errors_and_refuses_aliases() {
        let err = parse("titolo: [uno\nsommario: due\n").unwrap_err();
        assert!(err.message.starts_with("sintassi YAML non valida"), "{}", err.message);
        let err = parse("a: &x uno\nb: *x\n").unwrap_err();
        assert_eq!(err.line, 1);
    }

    #[test]
    fn reads_only_the_first_document() {
        let tree = parse("titolo: uno\n---\ntitolo: [due\n").unwrap();
        assert_eq!(tree.value, parse("titolo: uno\n").unwrap().value);
    }

    #[test]
    fn refuses_nesting_deeper_than_the_limit_at_once_with_line_and_field() {
        // 21,000 levels overflowed the stack of yaml-rust2's recursive loader.
        let deep = format!("titolo: x\ngare:\n  - {}x\n", "- ".repeat(21_000));
        let err = parse(&deep).unwrap_err();
        assert_eq!(err.line, 3);
        assert_eq!(err.field, format!("gare{}", "[0]".repeat(MAX_DEPTH - 1)));
        assert!(err.message.contains("oltre 64 livelli"), "{}", err.message);
        // Flow style nests the same way.
        let flow = format!("a: {}{}\n", "[".repeat(200), "]".repeat(200));
        assert!(parse(&flow).is_err());
        // The limit itself is accepted: a map holding MAX_DEPTH - 1 lists.
        let at_limit = format!("a:\n  {}x\n", "- ".repeat(MAX_DEPTH - 1));
        assert!(parse(&at_limit).is_ok(), "{:?}", parse(&at_limit));
        let over = format!("a:\n  {}x\n", "- ".repeat(MAX_DEPTH));
        assert!(parse(&over).is_err());
    }
}
