//! Site search over titles and summaries: every word of the query must occur,
//! ignoring case and accents ("novita" finds "Novità").

use super::content::SearchEntry;

/// Lower case without the accents Italian uses, so queries typed on any
/// keyboard match.
pub fn fold(text: &str) -> String {
    text.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'à' | 'á' | 'â' | 'ä' => 'a',
            'è' | 'é' | 'ê' | 'ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'ò' | 'ó' | 'ô' | 'ö' => 'o',
            'ù' | 'ú' | 'û' | 'ü' => 'u',
            other => other,
        })
        .collect()
}

fn matches(terms: &[String], haystack: &str) -> bool {
    let folded = fold(haystack);
    terms.iter().all(|t| folded.contains(t.as_str()))
}

/// Entries whose title or summary holds every word of the query, in index
/// order (the build puts the newest news first).
pub fn search<'a>(query: &str, entries: &'a [SearchEntry]) -> Vec<&'a SearchEntry> {
    let terms: Vec<String> = fold(query).split_whitespace().map(str::to_string).collect();
    if terms.is_empty() {
        return Vec::new();
    }
    entries
        .iter()
        .filter(|e| matches(&terms, &format!("{} {}", e.title, e.summary)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(title: &str, summary: &str) -> SearchEntry {
        SearchEntry {
            title: title.into(),
            summary: summary.into(),
            path: format!("/{}", fold(title).replace(' ', "-")),
            kind: "Pagina".into(),
        }
    }

    #[test]
    fn folds_case_and_italian_accents() {
        assert_eq!(fold("Novità PERCHÉ Più"), "novita perche piu");
    }

    #[test]
    fn every_word_must_match_in_title_or_summary() {
        let entries = [
            entry("Chiusura strada per lavori", "Ponte sul torrente"),
            entry("Scuole", "Lavori estivi"),
            entry("Archivio sismica", "Pratiche"),
        ];
        let titles = |q: &str| {
            search(q, &entries)
                .into_iter()
                .map(|h| h.title.as_str())
                .collect::<Vec<_>>()
        };
        assert_eq!(titles("lavori"), ["Chiusura strada per lavori", "Scuole"]);
        assert_eq!(titles("LAVORI ponte"), ["Chiusura strada per lavori"]);
        assert_eq!(titles("sismica"), ["Archivio sismica"]);
        assert!(titles("lavori sismica").is_empty());
        assert!(titles("   ").is_empty());
    }
}
