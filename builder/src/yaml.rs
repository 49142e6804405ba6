//! YAML read into a small tree that keeps the line of every value and key, so
//! each error can name its line. Anchors, aliases and tags are not needed by
//! content files and are refused.

use yaml_rust2::parser::{Event, MarkedEventReceiver, Parser};
use yaml_rust2::scanner::{Marker, TScalarStyle};

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

/// A syntax error: line and what the parser says.
#[derive(Debug, PartialEq)]
pub struct SyntaxError {
    pub line: usize,
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
        self.refused.get_or_insert(SyntaxError {
            line,
            message: message.to_string(),
        });
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
            Event::SequenceStart(..) => self.stack.push(Frame::List(line, Vec::new())),
            Event::MappingStart(..) => self.stack.push(Frame::Map(line, Vec::new(), None)),
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
    parser.load(&mut builder, false).map_err(|err| SyntaxError {
        line: err.marker().line(),
        message: format!("sintassi YAML non valida ({})", err.info()),
    })?;
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
}
