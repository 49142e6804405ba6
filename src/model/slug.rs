//! The one rule for the names that become addresses (file names, `slug`
//! fields): lower-case letters, digits and single hyphens, so an address
//! never needs encoding and reads aloud as words.

/// Why `slug` cannot be an address, or `None` when it can.
pub fn problem(slug: &str) -> Option<String> {
    let valid = !slug.is_empty()
        && !slug.starts_with('-')
        && !slug.ends_with('-')
        && !slug.contains("--")
        && slug
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    (!valid).then(|| format!("«{slug}» non valido: attese lettere minuscole, cifre e trattini"))
}

/// The address of a name: "Riccò del Golfo di Spezia" →
/// "ricco-del-golfo-di-spezia", "Sant'Anna" → "sant-anna".
pub fn of_name(name: &str) -> String {
    let folded = super::search::fold(name);
    let words: Vec<&str> = folded
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    words.join("-")
}

#[cfg(test)]
mod tests {
    use super::{of_name, problem};

    #[test]
    fn names_become_addresses() {
        assert_eq!(of_name("Riccò del Golfo di Spezia"), "ricco-del-golfo-di-spezia");
        assert_eq!(of_name("Sant'Anna  Pelago"), "sant-anna-pelago");
        assert_eq!(problem(&of_name("Città della Pieve")), None);
    }

    #[test]
    fn addresses_are_lower_case_words_with_single_hyphens() {
        for good in ["viabilita", "sp-1-aurelia", "m1c1-investimento-1-2"] {
            assert_eq!(problem(good), None, "{good}");
        }
        for bad in ["", "-a", "a-", "a--b", "Viabilita", "viabilità", "a_b", "a b", "a/b"] {
            assert!(
                problem(bad).unwrap().starts_with(&format!("«{bad}» non valido")),
                "{bad}"
            );
        }
    }
}
