//! Site search over titles and summaries: every word of the query must occur,
//! ignoring case and accents ("novita" finds "Novità").

use super::content::{IndexEntry, NewsItem};

#[derive(Clone, Debug, PartialEq)]
pub struct SearchHit {
    pub title: String,
    pub summary: String,
    pub path: String,
    /// What kind of page this is, shown beside the result.
    pub kind: String,
}

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

pub fn search(query: &str, news: &[NewsItem], entries: &[IndexEntry]) -> Vec<SearchHit> {
    let terms: Vec<String> = fold(query).split_whitespace().map(str::to_string).collect();
    if terms.is_empty() {
        return Vec::new();
    }
    let news_hits = news
        .iter()
        .filter(|n| matches(&terms, &format!("{} {}", n.titolo, n.sommario)))
        .map(|n| SearchHit {
            title: n.titolo.clone(),
            summary: n.sommario.clone(),
            path: n.path(),
            kind: n.tipo.label().to_string(),
        });
    let entry_hits = entries
        .iter()
        .filter(|e| matches(&terms, &format!("{} {}", e.titolo, e.descrizione)))
        .map(|e| SearchHit {
            title: e.titolo.clone(),
            summary: e.descrizione.clone(),
            path: e.percorso.clone(),
            kind: "Pagina".to_string(),
        });
    news_hits.chain(entry_hits).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::content::NewsKind;
    use crate::model::Date;

    fn news(title: &str, summary: &str) -> NewsItem {
        NewsItem {
            tipo: NewsKind::Avviso,
            slug: "x".into(),
            titolo: title.into(),
            sommario: summary.into(),
            data: Date::parse("2026-11-22").unwrap(),
            argomenti: vec![],
            testo: vec![],
        }
    }

    #[test]
    fn folds_case_and_italian_accents() {
        assert_eq!(fold("Novità PERCHÉ Più"), "novita perche piu");
    }

    #[test]
    fn every_word_must_match_in_title_or_summary() {
        let items = [
            news("Chiusura strada per lavori", "Ponte sul torrente"),
            news("Scuole", "Lavori estivi"),
        ];
        let entries = [IndexEntry {
            percorso: "/archivi/sismica".into(),
            titolo: "Archivio sismica".into(),
            descrizione: "Pratiche".into(),
        }];
        let titles = |q: &str| {
            search(q, &items, &entries)
                .into_iter()
                .map(|h| h.title)
                .collect::<Vec<_>>()
        };
        assert_eq!(titles("lavori"), ["Chiusura strada per lavori", "Scuole"]);
        assert_eq!(titles("LAVORI ponte"), ["Chiusura strada per lavori"]);
        assert_eq!(titles("sismica"), ["Archivio sismica"]);
        assert!(titles("lavori sismica").is_empty());
        assert!(titles("   ").is_empty());
    }
}
