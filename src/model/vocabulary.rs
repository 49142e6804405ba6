//! Controlled vocabularies: the names a topic or a service category may
//! take. The voices are data (builder/vocabolari/, read by the builder);
//! this is the one rule for matching a name against them, the same the
//! Designers Italia checker applies (case does not count).

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Vocabulary {
    voices: Vec<String>,
}

impl Vocabulary {
    pub fn new(voices: impl IntoIterator<Item = String>) -> Vocabulary {
        Vocabulary {
            voices: voices.into_iter().collect(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.voices.is_empty()
    }

    /// The voice `name` is, as the vocabulary spells it.
    pub fn find(&self, name: &str) -> Option<&str> {
        let wanted = fold(name);
        self.voices.iter().find(|v| fold(v) == wanted).map(String::as_str)
    }

    /// Up to three voices sharing a word with `name` ("Gare e appalti" →
    /// "appalto pubblico"), to tell an editor where to look.
    pub fn suggestions(&self, name: &str) -> Vec<&str> {
        let wanted = stems(name);
        self.voices
            .iter()
            .filter(|voice| stems(voice).iter().any(|s| wanted.contains(s)))
            .take(3)
            .map(String::as_str)
            .collect()
    }

    /// What an editor reads when `name` is not a voice.
    pub fn problem(&self, name: &str, file: &str) -> Option<String> {
        if self.find(name).is_some() {
            return None;
        }
        let hint = match self.suggestions(name).as_slice() {
            [] => String::new(),
            found => format!(
                " (voci vicine: {})",
                found.iter().map(|v| format!("«{v}»")).collect::<Vec<_>>().join(", ")
            ),
        };
        Some(format!(
            "«{}» non è una voce del vocabolario controllato in {file}{hint}",
            name.trim()
        ))
    }
}

fn fold(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

/// The first five letters of each word of four letters or more: enough to
/// join "appalti" and "appalto", "scolastica" and "scolastico".
fn stems(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|word| word.chars().count() >= 4)
        .map(|word| word.to_lowercase().chars().take(5).collect())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn topics() -> Vocabulary {
        Vocabulary::new(
            [
                "Istruzione",
                "PNRR",
                "Mobilità sostenibile",
                "appalto pubblico",
                "edificio scolastico",
            ]
            .map(String::from),
        )
    }

    #[test]
    fn a_name_matches_its_voice_whatever_the_case_and_spacing() {
        let v = topics();
        assert_eq!(v.find("istruzione"), Some("Istruzione"));
        assert_eq!(v.find("Appalto  pubblico "), Some("appalto pubblico"));
        assert_eq!(v.find("MOBILITÀ SOSTENIBILE"), Some("Mobilità sostenibile"));
        assert_eq!(v.find("Viabilità"), None);
        assert_eq!(v.find("Istruzion"), None);
    }

    #[test]
    fn an_unknown_name_is_refused_with_the_voices_near_it() {
        let v = topics();
        assert_eq!(v.problem("PNRR", "f.yaml"), None);
        let message = v
            .problem("Gare e appalti", "builder/vocabolari/argomenti.yaml")
            .unwrap();
        assert_eq!(
            message,
            "«Gare e appalti» non è una voce del vocabolario controllato in builder/vocabolari/argomenti.yaml (voci vicine: «appalto pubblico»)"
        );
        assert_eq!(v.suggestions("Edilizia scolastica"), ["edificio scolastico"]);
        let without_hint = v.problem("Viabilità", "f.yaml").unwrap();
        assert!(without_hint.ends_with("in f.yaml"), "{without_hint}");
    }
}
