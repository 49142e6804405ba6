//! Control characters in content text. XML forbids most of them, so one in a
//! title makes feed readers drop the whole Atom feed; a carriage return can
//! add lines to a calendar file. They arrive with YAML escapes (`"\v"`) or a
//! paste from a word processor, never on purpose, so text fields refuse them.

/// Where the first refused character is (byte offset) and what to tell the
/// editor, as a whole sentence about the field ("il testo contiene …").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ControlCharacter {
    pub offset: usize,
    pub message: String,
}

/// C0 controls other than tab and line feed, DEL, C1 controls, and the two
/// non-characters XML also forbids.
pub fn is_refused(c: char) -> bool {
    (c.is_control() && c != '\t' && c != '\n') || c == '\u{FFFE}' || c == '\u{FFFF}'
}

fn name(c: char) -> &'static str {
    match c {
        '\0' => "carattere nullo",
        '\u{08}' => "cancella indietro",
        '\u{0B}' => "tabulazione verticale",
        '\u{0C}' => "salto pagina",
        '\r' => "ritorno carrello",
        '\u{1B}' => "escape",
        '\u{7F}' => "cancella",
        '\u{85}' => "riga successiva",
        '\u{FFFE}' | '\u{FFFF}' => "non carattere",
        _ => "carattere di controllo",
    }
}

/// The first refused character of `text`, if any. A carriage return before
/// a line feed is a Windows line end, not a problem.
pub fn control_character_problem(text: &str) -> Option<ControlCharacter> {
    let (offset, c) = text
        .char_indices()
        .find(|&(at, c)| is_refused(c) && !(c == '\r' && text[at + 1..].starts_with('\n')))?;
    let position = text[..offset].chars().count() + 1;
    Some(ControlCharacter {
        offset,
        message: format!(
            "il testo contiene un carattere invisibile non ammesso (U+{:04X}, {}) al carattere {position}: di solito arriva incollando da un programma di scrittura; cancellalo e riscrivi lo spazio o l'a capo",
            c as u32,
            name(c)
        ),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_the_character_and_where_it_is() {
        let found = control_character_problem("Avviso\u{0B}è").unwrap();
        assert_eq!(found.offset, 6);
        assert!(
            found.message.contains("(U+000B, tabulazione verticale) al carattere 7"),
            "{}",
            found.message
        );
        let after_accent = control_character_problem("è\r").unwrap();
        assert_eq!(after_accent.offset, 2);
        assert!(after_accent
            .message
            .contains("U+000D, ritorno carrello) al carattere 2"));
        assert_eq!(control_character_problem("uno\r\ndue\r\n"), None);
        assert_eq!(control_character_problem("uno\r\ndue\rtre").unwrap().offset, 8);
    }

    #[test]
    fn tab_new_line_and_ordinary_text_pass() {
        assert_eq!(
            control_character_problem("Titolo\tcon tab\ne a capo, «virgolette» – €"),
            None
        );
        for refused in ['\0', '\u{1F}', '\u{7F}', '\u{80}', '\u{9F}', '\u{FFFE}', '\u{FFFF}'] {
            assert!(is_refused(refused), "{:04X}", refused as u32);
        }
        assert!(!is_refused('\u{A0}') && !is_refused('\u{2028}') && !is_refused(' '));
    }
}
