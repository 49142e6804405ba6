//! Italian wording shared by every page: lists of things in running text.

/// "a", "a e b", "a, b e c".
pub fn italian_list(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => one.to_string(),
        [rest @ .., last] => format!("{} e {last}", rest.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_join_with_commas_and_a_final_e() {
        assert_eq!(italian_list(&[]), "");
        assert_eq!(italian_list(&["le competenze"]), "le competenze");
        assert_eq!(italian_list(&["a", "b"]), "a e b");
        assert_eq!(italian_list(&["a", "b", "c"]), "a, b e c");
    }
}
