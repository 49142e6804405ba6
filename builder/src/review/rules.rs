//! Warnings about how a Markdown text reads: they do not stop publication
//! but tell the editor what makes the page harder for citizens, with the
//! byte offset of the place in the source.

use super::gulpease;
use pulldown_cmark::{Event, LinkType, Options, Parser, Tag, TagEnd};

#[derive(Debug, PartialEq)]
pub struct TextWarning {
    pub offset: usize,
    pub message: String,
}

/// Link texts that say nothing about where the link goes, folded to lower
/// case without final punctuation.
const VAGUE_LINK_TEXTS: [&str; 14] = [
    "clicca qui",
    "cliccare qui",
    "clicca",
    "qui",
    "qua",
    "click here",
    "here",
    "link",
    "questo link",
    "leggi qui",
    "scarica qui",
    "vai",
    "leggi tutto",
    "per saperne di più",
];

/// Over this many words a paragraph fills a phone screen.
pub const LONG_PARAGRAPH_WORDS: usize = 120;

/// Consecutive words in capitals that read as shouting (acronyms come alone).
const CAPS_RUN: usize = 3;

fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '.' || c == '\''))
        .filter(|w| w.chars().any(char::is_alphanumeric))
}

fn looks_like_address(text: &str) -> bool {
    let lower = text.trim().to_lowercase();
    lower.starts_with("http://") || lower.starts_with("https://") || lower.starts_with("www.")
}

/// A web address written in running text, not as a link.
fn bare_address(text: &str) -> Option<&str> {
    let lower = text.to_lowercase();
    let start = ["https://", "http://", "www."]
        .iter()
        .filter_map(|p| lower.find(p))
        .min()?;
    let rest = &text[start..];
    let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
    Some(rest[..end].trim_end_matches(['.', ',', ';', ':', ')']))
}

/// The first run of `CAPS_RUN` or more words in capitals with one of five
/// letters or more (runs of short acronyms are not shouting), if any.
fn shouted(text: &str) -> Option<String> {
    let letters = |word: &str| word.chars().filter(|c| c.is_alphabetic()).count();
    let is_caps = |word: &str| letters(word) >= 2 && word.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
    let shouting = |run: &[&str]| run.len() >= CAPS_RUN && run.iter().any(|w| letters(w) >= 5);
    let mut run: Vec<&str> = Vec::new();
    for word in words(text) {
        if is_caps(word) {
            run.push(word);
        } else if shouting(&run) {
            break;
        } else {
            run.clear();
        }
    }
    shouting(&run).then(|| run.join(" "))
}

fn fold_link_text(text: &str) -> String {
    text.trim()
        .trim_end_matches(['.', ':', '!', '…', ' '])
        .to_lowercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn heading_level(level: pulldown_cmark::HeadingLevel) -> usize {
    level as usize
}

/// Every warning for one Markdown text, in the order of the text.
pub fn text_warnings(markdown: &str) -> Vec<TextWarning> {
    let mut warnings = Vec::new();
    let mut warn = |offset: usize, message: String| warnings.push(TextWarning { offset, message });
    // The page title is the h1 and `#` in the text becomes h2: the first
    // heading of a text is expected at level 1 of Markdown.
    let mut last_heading = 0;
    let mut heading: Option<(usize, usize, String)> = None;
    let mut link: Option<(usize, LinkType, String)> = None;
    let mut paragraph: Option<(usize, usize)> = None;
    let mut in_code = false;
    // Plain text with a line break after each block, for the readability.
    let mut plain = String::new();
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    for (event, range) in Parser::new_ext(markdown, options).into_offset_iter() {
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                heading = Some((range.start, heading_level(level), String::new()))
            }
            Event::End(TagEnd::Heading(_)) => {
                if let Some((offset, level, text)) = heading.take() {
                    if level > last_heading + 1 {
                        let expected = "#".repeat(last_heading + 1);
                        let context = if last_heading == 0 {
                            format!("è il primo titolo del testo ed è di livello {level}")
                        } else {
                            format!("è di livello {level} dopo un titolo di livello {last_heading}")
                        };
                        warn(
                            offset,
                            format!(
                                "il titolo «{}» salta un livello ({context}): usa «{expected}», così chi naviga per titoli con un lettore di schermo non perde la struttura",
                                text.trim()
                            ),
                        );
                    }
                    last_heading = level;
                }
                plain.push('\n');
            }
            Event::Start(Tag::Link { link_type, .. }) => link = Some((range.start, link_type, String::new())),
            Event::End(TagEnd::Link) => {
                if let Some((offset, link_type, text)) = link.take() {
                    if link_type == LinkType::Autolink || looks_like_address(&text) {
                        warn(
                            offset,
                            format!(
                                "collegamento con l'indirizzo come testo «{}»: scrivi dove porta (per esempio «modulo di domanda»), l'indirizzo letto ad alta voce non dice nulla",
                                text.trim()
                            ),
                        );
                    } else if VAGUE_LINK_TEXTS.contains(&fold_link_text(&text).as_str()) {
                        warn(
                            offset,
                            format!(
                                "il testo del collegamento «{}» non dice dove porta: chi scorre l'elenco dei link lo sente fuori contesto; scrivi la destinazione (per esempio «orari degli uffici»)",
                                text.trim()
                            ),
                        );
                    }
                }
            }
            Event::Start(Tag::Paragraph) => paragraph = Some((range.start, 0)),
            Event::End(TagEnd::Paragraph) => {
                if let Some((offset, count)) = paragraph.take() {
                    if count > LONG_PARAGRAPH_WORDS {
                        warn(
                            offset,
                            format!(
                                "paragrafo di {count} parole (oltre {LONG_PARAGRAPH_WORDS}): su un telefono riempie più schermate; dividilo in paragrafi più brevi o in un elenco"
                            ),
                        );
                    }
                }
                plain.push('\n');
            }
            Event::Start(Tag::CodeBlock(_)) => in_code = true,
            Event::End(TagEnd::CodeBlock) => in_code = false,
            Event::Text(text) if !in_code => {
                plain.push_str(&text);
                if let Some((_, _, heading_text)) = heading.as_mut() {
                    heading_text.push_str(&text);
                }
                if let Some((_, count)) = paragraph.as_mut() {
                    *count += words(&text).count();
                }
                match link.as_mut() {
                    Some((_, _, link_text)) => link_text.push_str(&text),
                    None => {
                        if let Some(address) = bare_address(&text) {
                            warn(
                                range.start,
                                format!(
                                    "indirizzo scritto per esteso «{address}»: fanne un collegamento con un testo che dica dove porta, [testo](indirizzo)"
                                ),
                            );
                        }
                    }
                }
                if let Some(run) = shouted(&text) {
                    warn(
                        range.start,
                        format!(
                            "testo in maiuscolo «{run}»: si legge peggio e i lettori di schermo possono compitarlo lettera per lettera; usa il grassetto per dare rilievo"
                        ),
                    );
                }
            }
            Event::SoftBreak => plain.push(' '),
            Event::HardBreak | Event::End(TagEnd::Item) | Event::End(TagEnd::TableCell) => plain.push('\n'),
            _ => {}
        }
    }
    if let Some(measured) = gulpease::measure(&plain) {
        if measured.words >= gulpease::MIN_WORDS && measured.index < gulpease::WARN_BELOW {
            warnings.push(TextWarning {
                offset: 0,
                message: readability_message(&measured),
            });
        }
    }
    warnings
}

/// "leggibilità (indice Gulpease) 39 su 100: difficile per …".
pub fn readability_message(measured: &gulpease::Readability) -> String {
    let per_sentence = measured.words as f64 / measured.sentences.max(1) as f64;
    format!(
        "leggibilità (indice Gulpease) {} su 100: testo {}; in media {:.0} parole per frase. Frasi più brevi e parole più comuni lo rendono chiaro a più persone: da {} in su lo legge bene chi ha la licenza media",
        measured.index,
        gulpease::level(measured.index),
        per_sentence,
        gulpease::WARN_BELOW
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn messages(markdown: &str) -> Vec<String> {
        text_warnings(markdown).into_iter().map(|w| w.message).collect()
    }

    #[test]
    fn heading_levels() {
        assert!(messages("# Cosa fare\n\nTesto.\n\n## Documenti\n\nTesto.\n\n# Contatti\n").is_empty());
        let skipped = text_warnings("Introduzione.\n\n## Documenti\n\nTesto.\n\n#### Dettagli\n");
        assert_eq!(skipped.len(), 2);
        assert!(skipped[0].message.contains("«Documenti» salta un livello"));
        assert!(skipped[0].message.contains("usa «#»"));
        assert_eq!(skipped[0].offset, 15);
        assert!(skipped[1].message.contains("«Dettagli»") && skipped[1].message.contains("usa «###»"));
    }

    #[test]
    fn vague_link_texts() {
        assert!(messages("Leggi gli [orari degli uffici](/contatti).").is_empty());
        for text in ["clicca qui", "Clicca QUI.", "qui", "questo link", "Leggi tutto…"] {
            let found = messages(&format!("Per il modulo [{text}](/contatti)."));
            assert_eq!(found.len(), 1, "{text}");
            assert!(found[0].contains("non dice dove porta"), "{text}");
        }
    }

    #[test]
    fn addresses_as_link_text_or_bare() {
        assert!(messages("Il [portale dei pagamenti](https://pagopa.gov.it) è attivo.").is_empty());
        let as_text = messages("Vedi [https://www.provincia.sp.it/x](https://www.provincia.sp.it/x).");
        assert_eq!(as_text.len(), 1);
        assert!(as_text[0].contains("l'indirizzo come testo"));
        let autolink = messages("Vedi <https://www.provincia.sp.it>.");
        assert_eq!(autolink.len(), 1);
        let bare = messages("Il modulo è su www.provincia.sp.it/moduli, in fondo.");
        assert_eq!(bare.len(), 1);
        assert!(bare[0].contains("«www.provincia.sp.it/moduli»"), "{}", bare[0]);
    }

    #[test]
    fn text_in_capitals() {
        assert!(messages("Il CUP del progetto PNRR è nella scheda della SUA.").is_empty());
        // A run of acronyms is not shouting.
        assert!(messages("Il catalogo segue il profilo DCAT AP IT.").is_empty());
        // A run of acronyms first does not hide shouting later in the text.
        let later = messages("Il profilo DCAT AP IT del catalogo: IL SERVIZIO RESTA SOSPESO.");
        assert_eq!(later.len(), 1);
        assert!(later[0].contains("«IL SERVIZIO RESTA SOSPESO.»"), "{}", later[0]);
        let shouting = messages("ATTENZIONE: LA STRADA RESTA CHIUSA fino a lunedì.");
        assert_eq!(shouting.len(), 1);
        assert!(
            shouting[0].contains("«ATTENZIONE LA STRADA RESTA CHIUSA»"),
            "{}",
            shouting[0]
        );
    }

    #[test]
    fn long_paragraphs() {
        let short = "Parola breve. ".repeat(30);
        assert!(messages(&short).is_empty());
        let long = "La strada resta chiusa. ".repeat(31);
        let found = messages(&long);
        assert_eq!(found.len(), 1);
        assert!(found[0].contains("paragrafo di 124 parole"), "{}", found[0]);
        // The same words in short paragraphs are fine.
        assert!(messages(&"La strada resta chiusa. ".repeat(10).replace(". ", ".\n\n")).is_empty());
    }

    #[test]
    fn readability_of_the_whole_text() {
        let easy = "La strada è chiusa. Si passa da Vezzano. I bus cambiano fermata. ".repeat(4);
        assert!(messages(&easy).is_empty());
        let hard = "La Provincia comunica che l'autorizzazione unica ambientale richiede documentazione integrativa relativamente all'approvvigionamento idrico. ".repeat(4);
        let found = messages(&hard);
        assert_eq!(found.len(), 1);
        assert!(found[0].starts_with("leggibilità (indice Gulpease)"), "{}", found[0]);
        assert!(found[0].contains("difficile anche per chi ha un diploma superiore"));
        // Too short to judge.
        assert!(
            messages("La Provincia comunica che l'autorizzazione unica ambientale richiede documentazione.").is_empty()
        );
    }

    #[test]
    fn code_is_not_checked() {
        assert!(messages("```\nHTTPS://ESEMPIO.IT TUTTO MAIUSCOLO QUI\n```\n").is_empty());
    }
}
