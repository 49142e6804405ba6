//! Reading time of a text, shown on news pages ("3 minuti di lettura").

/// Words per minute of an average adult reading Italian on screen.
pub const WORDS_PER_MINUTE: usize = 200;

/// Words of a plain text: runs of characters with at least one letter or digit
/// (punctuation and list markers are not words).
pub fn word_count(text: &str) -> usize {
    text.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

/// Whole minutes, rounded up, at least one.
pub fn minutes(words: usize) -> u32 {
    words.div_ceil(WORDS_PER_MINUTE).max(1) as u32
}

pub fn label(minutes: u32) -> String {
    if minutes == 1 {
        "1 minuto di lettura".to_string()
    } else {
        format!("{minutes} minuti di lettura")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_words_not_punctuation() {
        assert_eq!(word_count("La strada è chiusa — per lavori."), 6);
        assert_eq!(word_count("  - uno\n- due\n\n3 4 "), 4);
        assert_eq!(word_count(""), 0);
        assert_eq!(word_count("l'avviso è in vigore"), 4);
    }

    #[test]
    fn minutes_round_up_and_never_zero() {
        assert_eq!(minutes(0), 1);
        assert_eq!(minutes(1), 1);
        assert_eq!(minutes(200), 1);
        assert_eq!(minutes(201), 2);
        assert_eq!(minutes(1_000), 5);
    }

    #[test]
    fn labels_singular_and_plural() {
        assert_eq!(label(1), "1 minuto di lettura");
        assert_eq!(label(4), "4 minuti di lettura");
    }
}
