//! The Gulpease readability index (Lucisano and Piemontese, 1988), made for
//! Italian: 89 + (300 × frasi − 10 × lettere) / parole, from 0 to 100.
//! It rewards short sentences and short words, which is what a reader with
//! fewer years of school needs.

/// The counts behind an index, so a message can say why a text is hard.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Readability {
    pub index: u32,
    pub words: usize,
    pub sentences: usize,
    pub letters: usize,
}

/// What an index means for readers, by their schooling (the thresholds of
/// the index's authors).
pub fn level(index: u32) -> &'static str {
    match index {
        80.. => "facile per chi ha la licenza elementare",
        60..=79 => "difficile per chi ha la licenza elementare, facile per chi ha la licenza media",
        40..=59 => "difficile per chi ha la licenza media",
        _ => "difficile anche per chi ha un diploma superiore",
    }
}

/// Below this a public text leaves out readers with the licenza media.
pub const WARN_BELOW: u32 = 60;

/// Shorter texts give an index that says little.
pub const MIN_WORDS: usize = 40;

/// Counts over plain text; a line break ends a block (paragraph, list item,
/// heading), which ends a sentence even without a full stop.
pub fn measure(text: &str) -> Option<Readability> {
    let mut words = 0;
    let mut letters = 0;
    let mut sentences = 0;
    let mut in_word = false;
    // Whether words were seen since the last sentence end.
    let mut open_sentence = false;
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        if c.is_alphanumeric() {
            letters += 1;
            if !in_word {
                words += 1;
                in_word = true;
                open_sentence = true;
            }
            continue;
        }
        in_word = false;
        let ends_block = c == '\n';
        if (ends_block || is_sentence_end(&chars, i)) && open_sentence {
            sentences += 1;
            open_sentence = false;
        }
    }
    if open_sentence {
        sentences += 1;
    }
    if words == 0 {
        return None;
    }
    let raw = 89.0 + (300.0 * sentences as f64 - 10.0 * letters as f64) / words as f64;
    Some(Readability {
        index: raw.round().clamp(0.0, 100.0) as u32,
        words,
        sentences,
        letters,
    })
}

/// `.`, `!`, `?` or `…` followed by a space and a capital letter (or the
/// end): "art. 10", "n. 118" and "D.Lgs. 33" do not end a sentence.
fn is_sentence_end(chars: &[char], at: usize) -> bool {
    if !matches!(chars[at], '.' | '!' | '?' | '…') {
        return false;
    }
    let rest = &chars[at + 1..];
    let next = rest
        .iter()
        .position(|c| !matches!(c, '.' | '!' | '?' | '…' | '"' | '»' | ')'));
    let Some(after) = next.map(|n| &rest[n..]) else {
        return true;
    };
    match after {
        [] => true,
        [c, ..] if *c == '\n' => true,
        [c, rest @ ..] if c.is_whitespace() => match rest
            .iter()
            .find(|c| !c.is_whitespace() && !matches!(c, '«' | '"' | '('))
        {
            Some(next) => next.is_uppercase(),
            None => true,
        },
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn worked_example_of_one_long_sentence() {
        // 11 words (the elided l' is a word of its own): La 2, Provincia 9, comunica 8, che 3,
        // l 1, autorizzazione 14, unica 5, ambientale 10, richiede 8,
        // documentazione 14, integrativa 11 = 85 letters; 1 sentence.
        // 89 + (300 − 850) / 11 = 89 − 50 = 39.
        let text = "La Provincia comunica che l'autorizzazione unica ambientale richiede documentazione integrativa.";
        let measured = measure(text).unwrap();
        assert_eq!((measured.words, measured.letters, measured.sentences), (11, 85, 1));
        assert_eq!(measured.index, 39);
        assert_eq!(level(measured.index), "difficile anche per chi ha un diploma superiore");
    }

    #[test]
    fn worked_example_of_short_sentences() {
        // Words: La 2, strada 6, è 1, chiusa 6 | Si 2, passa 5, da 2, Vezzano 7
        // = 8 words, 31 letters, 2 sentences. 89 + (600 − 310) / 8 = 125.25,
        // capped at 100.
        let measured = measure("La strada è chiusa. Si passa da Vezzano.").unwrap();
        assert_eq!((measured.words, measured.letters, measured.sentences), (8, 31, 2));
        assert_eq!(measured.index, 100);
    }

    #[test]
    fn worked_example_in_the_middle() {
        // Uffici 6, chiusi 6, il 2, 24 2, dicembre 8 | Riaprono 8, il 2,
        // 27 2, con 3, orario 6, ridotto 7 = 11 words, 52 letters (digits
        // count), 2 sentences. 89 + (600 − 520) / 11 = 96.27 → 96.
        let measured = measure("Uffici chiusi il 24 dicembre. Riaprono il 27 con orario ridotto.").unwrap();
        assert_eq!((measured.words, measured.letters, measured.sentences), (11, 52, 2));
        assert_eq!(measured.index, 96);
    }

    #[test]
    fn abbreviations_do_not_end_sentences_but_blocks_do() {
        let one = measure("Secondo l'art. 10 del D.Lgs. n. 33 la pagina è pubblica.").unwrap();
        assert_eq!(one.sentences, 1);
        let blocks = measure("Titolo senza punto\nPrimo paragrafo. Seconda frase!\nUltima voce").unwrap();
        assert_eq!(blocks.sentences, 4);
        assert_eq!(measure("  \n "), None);
    }

    #[test]
    fn levels_follow_the_thresholds() {
        assert_eq!(level(85), "facile per chi ha la licenza elementare");
        assert!(level(65).starts_with("difficile per chi ha la licenza elementare"));
        assert_eq!(level(59), "difficile per chi ha la licenza media");
        assert_eq!(level(40), "difficile per chi ha la licenza media");
        assert_eq!(level(39), "difficile anche per chi ha un diploma superiore");
    }
}
