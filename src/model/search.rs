//! Site search: every meaningful word of the query must occur in a page's
//! title, summary or codes, ignoring case, accents and the singular/plural
//! ending ("città" finds "Citta", "strade" finds "Strada"). A query equal to a
//! CUP or CIG finds its project first; then exact titles, then titles holding
//! every word, then the rest in index order (newest news first).

use super::content::{SearchEntry, SearchKind};

/// Longest query searched; longer input is cut here (and said so).
pub const MAX_QUERY_CHARS: usize = 200;
/// Most words of a query that take part in the search.
const MAX_TERMS: usize = 12;

/// One character, lower case, without the accents Italian uses. One char in,
/// one char out, so positions in folded text are positions in the original.
pub fn fold_char(c: char) -> char {
    let lower = c.to_lowercase().next().unwrap_or(c);
    match lower {
        'à' | 'á' | 'â' | 'ä' | 'ã' => 'a',
        'è' | 'é' | 'ê' | 'ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' => 'i',
        'ò' | 'ó' | 'ô' | 'ö' | 'õ' => 'o',
        'ù' | 'ú' | 'û' | 'ü' => 'u',
        'ç' => 'c',
        'ñ' => 'n',
        // Typographic apostrophe as typed on phones.
        '’' => '\'',
        other => other,
    }
}

/// Lower case without accents, so queries typed on any keyboard match.
pub fn fold(text: &str) -> String {
    text.chars().map(fold_char).collect()
}

/// Articles, prepositions and conjunctions: a query "archivio della sismica"
/// should find "Archivio sismica".
const STOP_WORDS: &[&str] = &[
    // Elided forms, after the apostrophe splits them: "l'archivio", "dell'ente".
    "l", "d", "dell", "all", "dall", "nell", "sull", "un", "a", "ad", "al", "allo", "alla", "ai", "agli", "alle", "che",
    "come", "con", "da", "dal", "dallo", "dalla", "dai", "dagli", "dalle", "del", "dello", "della", "dei", "degli",
    "delle", "di", "e", "ed", "fra", "gli", "i", "il", "in", "la", "le", "lo", "nel", "nello", "nella", "nei", "negli",
    "nelle", "o", "per", "su", "sul", "sullo", "sulla", "sui", "sugli", "sulle", "tra", "una", "uno",
];

/// The part of a folded word that singular and plural share: final vowels
/// go ("strada", "strade" → "strad"; "archivio", "archivi" → "archiv"), and
/// the "h" that keeps a hard sound before them ("pratiche" → "pratic").
/// Short words stay whole, so "via" never becomes "v".
pub fn stem(word: &str) -> &str {
    let trimmed = word.trim_end_matches(['a', 'e', 'i', 'o']);
    let trimmed = if trimmed.len() < word.len() {
        trimmed
            .strip_suffix("ch")
            .or_else(|| trimmed.strip_suffix("gh"))
            .map_or(trimmed, |_| &trimmed[..trimmed.len() - 1])
    } else {
        trimmed
    };
    if trimmed.chars().count() >= 3 {
        trimmed
    } else {
        word
    }
}

/// What a query looks for, once read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Query {
    /// Folded, trimmed, cut to [`MAX_QUERY_CHARS`]: compared with titles and codes.
    pub whole: String,
    /// Stems of the words that must all occur.
    pub terms: Vec<String>,
    /// The input was longer than [`MAX_QUERY_CHARS`].
    pub cut: bool,
}

impl Query {
    pub fn parse(input: &str) -> Query {
        let trimmed = input.trim();
        let cut = trimmed.chars().count() > MAX_QUERY_CHARS;
        let kept: String = trimmed.chars().take(MAX_QUERY_CHARS).collect();
        let whole = fold(&kept).split_whitespace().collect::<Vec<_>>().join(" ");
        let words: Vec<&str> = whole
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        let meaningful: Vec<&str> = words.iter().copied().filter(|w| !STOP_WORDS.contains(w)).collect();
        // A query made only of small words ("la", "di") still searches them.
        let chosen = if meaningful.is_empty() { words } else { meaningful };
        let mut terms: Vec<String> = Vec::new();
        for word in chosen {
            let term = stem(word).to_string();
            if !terms.contains(&term) && terms.len() < MAX_TERMS {
                terms.push(term);
            }
        }
        Query { whole, terms, cut }
    }

    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }
}

/// A hit: which entry, and how well it matched (higher first).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hit {
    pub index: usize,
    pub score: u32,
}

/// The index ready for searching: each entry's folded text is computed once,
/// when the index arrives, not at every keystroke.
pub struct SearchCatalog {
    entries: Vec<SearchEntry>,
    titles: Vec<String>,
    /// Title, summary and codes, folded, separated by newlines.
    texts: Vec<String>,
}

const SCORE_CODE: u32 = 1000;
const SCORE_EXACT_TITLE: u32 = 500;
const SCORE_TITLE_START: u32 = 200;
const SCORE_ALL_IN_TITLE: u32 = 100;
const SCORE_TEXT: u32 = 10;

impl SearchCatalog {
    pub fn new(entries: Vec<SearchEntry>) -> SearchCatalog {
        let titles = entries.iter().map(|e| fold(&e.title)).collect();
        let texts = entries
            .iter()
            .map(|e| fold(&format!("{}\n{}\n{}", e.title, e.summary, e.codes.join(" "))))
            .collect();
        SearchCatalog { entries, titles, texts }
    }

    pub fn entry(&self, hit: Hit) -> &SearchEntry {
        &self.entries[hit.index]
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Every matching entry, best first; equal scores keep index order.
    pub fn search(&self, query: &Query) -> Vec<Hit> {
        if query.is_empty() {
            return Vec::new();
        }
        let code = query.whole.replace(' ', "");
        let mut hits: Vec<Hit> = self
            .texts
            .iter()
            .enumerate()
            .filter(|(_, text)| query.terms.iter().all(|t| text.contains(t.as_str())))
            .map(|(index, _)| Hit {
                index,
                score: self.score(index, query, &code),
            })
            .collect();
        hits.sort_by(|a, b| b.score.cmp(&a.score).then(a.index.cmp(&b.index)));
        hits
    }

    fn score(&self, index: usize, query: &Query, code: &str) -> u32 {
        let title = &self.titles[index];
        if self.entries[index].codes.iter().any(|c| fold(c) == code) {
            SCORE_CODE
        } else if *title == query.whole {
            SCORE_EXACT_TITLE
        } else if title.starts_with(&query.whole) {
            SCORE_TITLE_START
        } else if query.terms.iter().all(|t| title.contains(t.as_str())) {
            SCORE_ALL_IN_TITLE
        } else {
            SCORE_TEXT
        }
    }
}

/// How many hits of each kind, in the order of [`SearchKind::ALL`], kinds
/// without hits left out.
pub fn count_by_kind(catalog: &SearchCatalog, hits: &[Hit]) -> Vec<(SearchKind, usize)> {
    SearchKind::ALL
        .into_iter()
        .map(|kind| (kind, hits.iter().filter(|h| catalog.entry(**h).kind == kind).count()))
        .filter(|(_, n)| *n > 0)
        .collect()
}

/// A piece of text, marked when it matched the query.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Segment {
    pub text: String,
    pub marked: bool,
}

/// `text` cut into pieces, the matching words marked: each occurrence of a
/// term is marked to the end of its word ("strad" marks "Strade").
pub fn highlight(text: &str, terms: &[String]) -> Vec<Segment> {
    let original: Vec<char> = text.chars().collect();
    let folded: Vec<char> = original.iter().map(|&c| fold_char(c)).collect();
    let mut marked = vec![false; original.len()];
    for term in terms {
        let needle: Vec<char> = term.chars().collect();
        if needle.is_empty() || needle.len() > folded.len() {
            continue;
        }
        for start in 0..=folded.len() - needle.len() {
            if folded[start..start + needle.len()] == needle[..] {
                let mut end = start + needle.len();
                while end < folded.len() && folded[end].is_alphanumeric() {
                    end += 1;
                }
                marked[start..end].iter_mut().for_each(|m| *m = true);
            }
        }
    }
    let mut segments: Vec<Segment> = Vec::new();
    for (c, m) in original.into_iter().zip(marked) {
        match segments.last_mut() {
            Some(last) if last.marked == m => last.text.push(c),
            _ => segments.push(Segment {
                text: c.to_string(),
                marked: m,
            }),
        }
    }
    segments
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(title: &str, summary: &str, kind: SearchKind) -> SearchEntry {
        SearchEntry {
            title: title.into(),
            summary: summary.into(),
            path: format!("/{}", fold(title).replace(' ', "-")),
            kind,
            codes: Vec::new(),
        }
    }

    fn titles(catalog: &SearchCatalog, query: &str) -> Vec<String> {
        catalog
            .search(&Query::parse(query))
            .into_iter()
            .map(|h| catalog.entry(h).title.clone())
            .collect()
    }

    #[test]
    fn folds_case_and_italian_accents_keeping_positions() {
        assert_eq!(fold("Novità PERCHÉ Più Città"), "novita perche piu citta");
        let text = "Perché È così";
        assert_eq!(fold(text).chars().count(), text.chars().count());
    }

    #[test]
    fn singular_and_plural_share_a_stem() {
        for (a, b) in [
            ("strada", "strade"),
            ("archivio", "archivi"),
            ("scuola", "scuole"),
            ("pratica", "pratiche"),
            ("comune", "comuni"),
            ("provincia", "province"),
            ("lavoro", "lavori"),
            ("albergo", "alberghi"),
        ] {
            assert_eq!(stem(a), stem(b), "{a} / {b}");
        }
        assert_eq!(stem("via"), "via");
        assert_eq!(stem("pnrr"), "pnrr");
    }

    #[test]
    fn a_query_drops_small_words_and_repeated_stems() {
        let query = Query::parse("  L’Archivio   della SISMICA, archivi ");
        assert_eq!(query.terms, ["archiv", "sismic"]);
        assert_eq!(query.whole, "l'archivio della sismica, archivi");
        assert_eq!(Query::parse("di").terms, ["di"]);
        let long = "x".repeat(10_000);
        let query = Query::parse(&long);
        assert!(query.cut);
        assert_eq!(query.whole.chars().count(), MAX_QUERY_CHARS);
    }

    #[test]
    fn accents_and_endings_do_not_matter() {
        let catalog = SearchCatalog::new(vec![
            entry(
                "Chiusura della strada provinciale 1",
                "Lavori sul ponte",
                SearchKind::Avviso,
            ),
            entry("La città e le scuole", "Edifici scolastici", SearchKind::Notizia),
            entry("Archivio sismica", "Pratiche strutturali", SearchKind::Archivio),
        ]);
        assert_eq!(titles(&catalog, "citta"), ["La città e le scuole"]);
        assert_eq!(titles(&catalog, "CITTÀ scuola"), ["La città e le scuole"]);
        assert_eq!(titles(&catalog, "strade"), ["Chiusura della strada provinciale 1"]);
        assert_eq!(titles(&catalog, "archivi"), ["Archivio sismica"]);
        assert_eq!(titles(&catalog, "pratica sismica"), ["Archivio sismica"]);
        assert!(titles(&catalog, "strada sismica").is_empty());
        assert!(titles(&catalog, "   ").is_empty());
    }

    #[test]
    fn a_cup_or_cig_finds_its_project_first() {
        let mut project = entry("Adeguamento sismico", "Lavori", SearchKind::Progetto);
        project.codes = vec!["J41C22000390006".into(), "9623457CDE".into()];
        let catalog = SearchCatalog::new(vec![
            entry("Notizia", "Il progetto J41C22000390006 avanza", SearchKind::Notizia),
            project,
        ]);
        assert_eq!(titles(&catalog, "j41c22000390006"), ["Adeguamento sismico", "Notizia"]);
        assert_eq!(titles(&catalog, " 9623457cde "), ["Adeguamento sismico"]);
    }

    #[test]
    fn exact_titles_come_first_then_titles_then_text() {
        let catalog = SearchCatalog::new(vec![
            entry("Avviso", "Riguarda le scuole superiori", SearchKind::Avviso),
            entry("Le scuole superiori del territorio", "Elenco", SearchKind::Pagina),
            entry("Nuove aule nelle scuole superiori", "Lavori", SearchKind::Notizia),
            entry("Scuole superiori", "Servizio", SearchKind::Servizio),
        ]);
        assert_eq!(
            titles(&catalog, "scuole superiori"),
            [
                "Scuole superiori",
                "Le scuole superiori del territorio",
                "Nuove aule nelle scuole superiori",
                "Avviso"
            ]
        );
        let hits = catalog.search(&Query::parse("scuole"));
        assert_eq!(
            count_by_kind(&catalog, &hits),
            [
                (SearchKind::Servizio, 1),
                (SearchKind::Notizia, 1),
                (SearchKind::Avviso, 1),
                (SearchKind::Pagina, 1)
            ]
        );
    }

    #[test]
    fn highlights_whole_matching_words_in_the_original_text() {
        let terms = Query::parse("strade città").terms;
        let segments = highlight("Strada per la Città di Sarzana", &terms);
        let marked: Vec<&str> = segments.iter().filter(|s| s.marked).map(|s| s.text.as_str()).collect();
        assert_eq!(marked, ["Strada", "Città"]);
        let joined: String = segments.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(joined, "Strada per la Città di Sarzana");
        assert_eq!(
            highlight("niente", &terms),
            [Segment {
                text: "niente".into(),
                marked: false
            }]
        );
    }
}
