//! Site search: the meaningful words of the query are looked for among the
//! words of a page's title, summary and codes, ignoring case, accents and the
//! singular/plural ending ("città" finds "Citta", "strade" finds "Strada"),
//! as the start of a longer word, or with one typo in words of five letters
//! or more. A query equal to a code (CUP, CIG, a road's) finds its page
//! first; then pages holding more of the words, more of them exactly, then
//! exact titles and titles holding every word, the rest in index order
//! (newest news first). A query the index does not hold gets a suggestion.

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
    /// Stems of the words looked for, one per word of `words`.
    pub terms: Vec<String>,
    /// The folded words the terms come from (for tolerance and suggestions).
    pub words: Vec<String>,
    /// The input was longer than [`MAX_QUERY_CHARS`].
    pub cut: bool,
}

impl Query {
    pub fn parse(input: &str) -> Query {
        let trimmed = input.trim();
        let cut = trimmed.chars().count() > MAX_QUERY_CHARS;
        let kept: String = trimmed.chars().take(MAX_QUERY_CHARS).collect();
        let whole = fold(&kept).split_whitespace().collect::<Vec<_>>().join(" ");
        let all: Vec<&str> = split_words(&whole).collect();
        let meaningful: Vec<&str> = all.iter().copied().filter(|w| !STOP_WORDS.contains(w)).collect();
        // A query made only of small words ("la", "di") still searches them.
        let chosen = if meaningful.is_empty() { all } else { meaningful };
        let mut terms: Vec<String> = Vec::new();
        let mut words: Vec<String> = Vec::new();
        for word in chosen {
            let term = stem(word).to_string();
            if !terms.contains(&term) && terms.len() < MAX_TERMS {
                terms.push(term);
                words.push(word.to_string());
            }
        }
        Query {
            whole,
            terms,
            words,
            cut,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }
}

/// The words of a text: runs of letters and digits ("l'archivio" gives
/// "l" and "archivio"; "J41C22000390006" stays one word).
fn split_words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty())
}

/// Words at least this long tolerate one typo ("scoule" finds "scuole").
pub const TYPO_MIN_CHARS: usize = 5;

/// How a word of the index matches a word of the query, best last.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum WordMatch {
    /// One letter wrong, missing, extra or swapped.
    Typo = 1,
    /// The index word starts with the query's stem ("prov" → "provinciale").
    Prefix = 2,
    /// Same word, or same stem ("strade" → "strada").
    Exact = 3,
}

/// How `word` (of the index, folded) matches the query word `query_word`
/// whose stem is `term`. Numbers and codes match only whole: "1" never
/// finds "10", so a road number finds its road and not every road after it.
pub fn word_match(term: &str, query_word: &str, word: &str) -> Option<WordMatch> {
    word_match_stemmed(term, query_word, word, stem(word))
}

/// [`word_match`] with the word's stem already known (the catalog keeps
/// its vocabulary's stems, not to cut them at every query).
fn word_match_stemmed(term: &str, query_word: &str, word: &str, word_stem: &str) -> Option<WordMatch> {
    if word_stem == term || word == query_word {
        return Some(WordMatch::Exact);
    }
    let has_digit = term.chars().any(|c| c.is_ascii_digit());
    if has_digit {
        return None;
    }
    if term.chars().count() >= 3 && word.starts_with(term) {
        return Some(WordMatch::Prefix);
    }
    if query_word.chars().count() >= TYPO_MIN_CHARS
        && word.chars().count() >= TYPO_MIN_CHARS - 1
        && (within_one_edit(term, word_stem) || within_one_edit(query_word, word))
    {
        return Some(WordMatch::Typo);
    }
    None
}

/// Edit distance between `a` and `b`, counting a swap of two neighbouring
/// letters as one edit; `None` once it exceeds `limit`.
pub fn edit_distance(a: &str, b: &str, limit: usize) -> Option<usize> {
    // Most words of the vocabulary differ in length: refused before any allocation.
    if a.chars().count().abs_diff(b.chars().count()) > limit {
        return None;
    }
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    // Three rows of the table are enough for the swap rule.
    let mut before: Vec<usize> = vec![0; b.len() + 1];
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    let mut current: Vec<usize> = vec![0; b.len() + 1];
    for i in 1..=a.len() {
        current[0] = i;
        let mut row_min = current[0];
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut value = (previous[j] + 1).min(current[j - 1] + 1).min(previous[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                value = value.min(before[j - 2] + 1);
            }
            current[j] = value;
            row_min = row_min.min(value);
        }
        if row_min > limit {
            return None;
        }
        std::mem::swap(&mut before, &mut previous);
        std::mem::swap(&mut previous, &mut current);
    }
    let distance = previous[b.len()];
    (distance <= limit).then_some(distance)
}

fn within_one_edit(a: &str, b: &str) -> bool {
    edit_distance(a, b, 1).is_some()
}

/// A hit: which entry, and how well it matched (higher first).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hit {
    pub index: usize,
    pub score: u32,
    /// How many of the query's words the entry holds.
    pub matched: u8,
}

/// The index ready for searching: each entry's words are found once, when
/// the index arrives, not at every keystroke; a query then compares its
/// words with the index's vocabulary once and each entry by word numbers.
pub struct SearchCatalog {
    entries: Vec<SearchEntry>,
    titles: Vec<String>,
    /// Each entry's codes, folded, without spaces ("SP 1" → "sp1").
    codes: Vec<Vec<String>>,
    /// Every distinct folded word of the index, and its stem.
    vocabulary: Vec<String>,
    stems: Vec<String>,
    /// How each word is first written (lower case, accents kept): suggestions.
    spelled: Vec<String>,
    /// In how many entries each word occurs: the commoner of two close words is suggested.
    frequency: Vec<u32>,
    /// Per entry, the numbers of the words of its title and of its whole text.
    title_words: Vec<Vec<u32>>,
    text_words: Vec<Vec<u32>>,
}

const SCORE_CODE: u32 = 1_000_000;
const SCORE_PER_WORD: u32 = 10_000;
const SCORE_PER_EXACT_WORD: u32 = 1_000;
const SCORE_EXACT_TITLE: u32 = 500;
const SCORE_TITLE_START: u32 = 200;
const SCORE_ALL_IN_TITLE: u32 = 100;

/// Numbers the words of an index as they are met.
#[derive(Default)]
struct VocabularyBuilder {
    numbers: std::collections::HashMap<String, u32>,
    words: Vec<String>,
    spelled: Vec<String>,
    frequency: Vec<u32>,
}

impl VocabularyBuilder {
    /// The sorted, distinct numbers of the words of `text`.
    fn words_of(&mut self, text: &str) -> Vec<u32> {
        let lower = text.to_lowercase();
        let mut found: Vec<u32> = split_words(&lower)
            .map(|written| {
                let folded = fold(written);
                match self.numbers.get(&folded) {
                    Some(&n) => n,
                    None => {
                        let n = self.words.len() as u32;
                        self.numbers.insert(folded.clone(), n);
                        self.words.push(folded);
                        self.spelled.push(written.to_string());
                        self.frequency.push(0);
                        n
                    }
                }
            })
            .collect();
        found.sort_unstable();
        found.dedup();
        found
    }
}

impl SearchCatalog {
    pub fn new(entries: Vec<SearchEntry>) -> SearchCatalog {
        let mut vocabulary = VocabularyBuilder::default();
        let mut title_words = Vec::with_capacity(entries.len());
        let mut text_words = Vec::with_capacity(entries.len());
        for e in &entries {
            title_words.push(vocabulary.words_of(&e.title));
            let text = vocabulary.words_of(&format!("{}\n{}\n{}", e.title, e.summary, e.codes.join(" ")));
            for &n in &text {
                vocabulary.frequency[n as usize] += 1;
            }
            text_words.push(text);
        }
        SearchCatalog {
            titles: entries.iter().map(|e| fold(&e.title)).collect(),
            codes: entries
                .iter()
                .map(|e| e.codes.iter().map(|c| compact(&fold(c))).collect())
                .collect(),
            entries,
            stems: vocabulary.words.iter().map(|w| stem(w).to_string()).collect(),
            vocabulary: vocabulary.words,
            spelled: vocabulary.spelled,
            frequency: vocabulary.frequency,
            title_words,
            text_words,
        }
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

    /// For each term of the query, how each word of the vocabulary matches
    /// it (0 when it does not).
    fn matches(&self, query: &Query) -> Vec<Vec<u8>> {
        query
            .terms
            .iter()
            .zip(&query.words)
            .map(|(term, word)| {
                self.vocabulary
                    .iter()
                    .zip(&self.stems)
                    .map(|(v, s)| word_match_stemmed(term, word, v, s).map_or(0, |m| m as u8))
                    .collect()
            })
            .collect()
    }

    /// The hits, the words to mark and the suggestion of one query, with the
    /// vocabulary compared with the query once for all three.
    pub fn run(&self, query: &Query) -> SearchOutcome {
        if query.is_empty() {
            return SearchOutcome::default();
        }
        let matches = self.matches(query);
        SearchOutcome {
            hits: self.hits(query, &matches),
            marked: self.marked(query, &matches),
            suggestion: self.suggested(query, &matches),
        }
    }

    /// Every entry holding at least half the words of the query, best first:
    /// its exact code; then the entries holding more of the query's words;
    /// then more of them written exactly (not a typo or a word's start);
    /// then exact titles, titles starting with the query, titles holding
    /// every word; equal scores keep index order (newest news first).
    pub fn search(&self, query: &Query) -> Vec<Hit> {
        self.run(query).hits
    }

    fn hits(&self, query: &Query, matches: &[Vec<u8>]) -> Vec<Hit> {
        let code = compact(&query.whole);
        let mut hits: Vec<Hit> = (0..self.entries.len())
            .filter_map(|index| self.score(index, query, matches, &code))
            .collect();
        hits.sort_by(|a, b| b.score.cmp(&a.score).then(a.index.cmp(&b.index)));
        hits
    }

    fn score(&self, index: usize, query: &Query, matches: &[Vec<u8>], code: &str) -> Option<Hit> {
        let best = |words: &[u32], term: &[u8]| words.iter().map(|&n| term[n as usize]).max().unwrap_or(0);
        let in_text: Vec<u8> = matches.iter().map(|m| best(&self.text_words[index], m)).collect();
        let matched = in_text.iter().filter(|&&q| q > 0).count() as u32;
        let code_score = if self.codes[index].iter().any(|c| c == code) {
            SCORE_CODE
        } else {
            0
        };
        if matched < min_matched(query.terms.len()) && code_score == 0 {
            return None;
        }
        let exact = in_text.iter().filter(|&&q| q == WordMatch::Exact as u8).count() as u32;
        let title = &self.titles[index];
        let title_score = if *title == query.whole {
            SCORE_EXACT_TITLE
        } else if title.starts_with(&query.whole) {
            SCORE_TITLE_START
        } else if matches.iter().all(|m| best(&self.title_words[index], m) > 0) {
            SCORE_ALL_IN_TITLE
        } else {
            0
        };
        Some(Hit {
            index,
            score: code_score + matched * SCORE_PER_WORD + exact * SCORE_PER_EXACT_WORD + title_score,
            matched: matched as u8,
        })
    }

    /// The words to mark in the results: the query's stems and the words of
    /// the index that matched one only with a typo.
    pub fn marked_terms(&self, query: &Query) -> Vec<String> {
        self.run(query).marked
    }

    fn marked(&self, query: &Query, matches: &[Vec<u8>]) -> Vec<String> {
        let mut terms = query.terms.clone();
        for term in matches {
            for (n, _) in term.iter().enumerate().filter(|(_, q)| **q == WordMatch::Typo as u8) {
                let word = &self.vocabulary[n];
                if !terms.contains(word) {
                    terms.push(word.clone());
                }
            }
        }
        terms
    }

    /// A query that would find more, for a query whose words the index does
    /// not hold as written: each such word becomes the closest word of the
    /// index (one edit away, two for words of six letters or more; the
    /// commoner when two are as close). `None` when nothing would change.
    pub fn suggestion(&self, query: &Query) -> Option<String> {
        self.run(query).suggestion
    }

    fn suggested(&self, query: &Query, matches: &[Vec<u8>]) -> Option<String> {
        let mut changed = false;
        let mut words: Vec<String> = Vec::new();
        for (word, found) in query.words.iter().zip(matches) {
            let known = found.iter().any(|q| *q >= WordMatch::Prefix as u8);
            let limit = if word.chars().count() >= 6 { 2 } else { 1 };
            let closest = (!known && word.chars().count() >= 4 && !word.chars().any(|c| c.is_ascii_digit()))
                .then(|| {
                    self.vocabulary
                        .iter()
                        .enumerate()
                        .filter_map(|(n, v)| edit_distance(word, v, limit).map(|d| (d, n)))
                        .min_by(|a, b| a.0.cmp(&b.0).then(self.frequency[b.1].cmp(&self.frequency[a.1])))
                })
                .flatten();
            match closest {
                Some((_, n)) => {
                    changed = true;
                    words.push(self.spelled[n].clone());
                }
                None => words.push(word.clone()),
            }
        }
        changed.then(|| words.join(" "))
    }
}

/// How many of a query's words a page must hold: half of them, rounded up
/// ("orari ufficio strade" finds a page with two of the three), so one
/// missing word is no dead end while a long query of unrelated words
/// does not list every page holding one of them.
fn min_matched(terms: usize) -> u32 {
    terms.div_ceil(2).max(1) as u32
}

/// Without spaces: "SP 1" and "sp1" are the same code.
fn compact(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

/// The results page's title: the query first, then the page's own title,
/// joined by the dash every page title uses.
pub fn results_title(query: &str, page_title: &str) -> String {
    if query.trim().is_empty() {
        page_title.to_string()
    } else {
        format!("«{}» – {page_title}", query.trim())
    }
}

/// What one query finds: the hits best first, the words to mark in them,
/// and a better query when a word is not in the site.
#[derive(Default)]
pub struct SearchOutcome {
    pub hits: Vec<Hit>,
    pub marked: Vec<String>,
    pub suggestion: Option<String>,
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
        assert_eq!(query.words, ["archivio", "sismica"]);
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
        assert!(titles(&catalog, "   ").is_empty());
    }

    #[test]
    fn pages_holding_every_word_come_before_those_holding_some() {
        let catalog = SearchCatalog::new(vec![
            entry(
                "Chiusura della strada provinciale 1",
                "Lavori sul ponte",
                SearchKind::Avviso,
            ),
            entry("Orari dell'ufficio viabilità", "Sportello", SearchKind::Ufficio),
            entry("Archivio sismica", "Pratiche strutturali", SearchKind::Archivio),
        ]);
        // Before, a query needed every word: "orari ufficio strade" found nothing.
        assert_eq!(
            titles(&catalog, "orari ufficio viabilita"),
            ["Orari dell'ufficio viabilità"]
        );
        let hits = catalog.search(&Query::parse("orari ufficio strade"));
        let found: Vec<(&str, u8)> = hits
            .iter()
            .map(|h| (catalog.entry(*h).title.as_str(), h.matched))
            .collect();
        // Two of three words: found; one of three: not.
        assert_eq!(found, [("Orari dell'ufficio viabilità", 2)]);
        let hits = catalog.search(&Query::parse("ponte sismica"));
        let found: Vec<(&str, u8)> = hits
            .iter()
            .map(|h| (catalog.entry(*h).title.as_str(), h.matched))
            .collect();
        assert_eq!(
            found,
            [("Chiusura della strada provinciale 1", 1), ("Archivio sismica", 1)]
        );
        // A long query of unrelated words lists nothing.
        assert!(catalog
            .search(&Query::parse("img src onerror alert 1 sismica"))
            .is_empty());
    }

    #[test]
    fn one_typo_is_tolerated_in_words_of_five_letters_or_more() {
        let catalog = SearchCatalog::new(vec![
            entry("Scuole superiori", "Edifici scolastici", SearchKind::Pagina),
            entry("Archivio sismica", "Pratiche strutturali", SearchKind::Archivio),
            entry("Il mare", "Le spiagge", SearchKind::Luogo),
        ]);
        for typo in ["scoule", "scuoel", "scole", "sismca", "sissmica", "arhcivio"] {
            assert_eq!(titles(&catalog, typo).len(), 1, "{typo}");
        }
        // Short words stay exact: "mera" is not "mare".
        assert!(titles(&catalog, "mera").is_empty());
        // Two typos are too many to find, but close enough to suggest.
        assert!(titles(&catalog, "sicmca").is_empty());
        assert_eq!(catalog.suggestion(&Query::parse("sicmca")).as_deref(), Some("sismica"));
        // Typo matches rank after exact ones.
        let catalog = SearchCatalog::new(vec![
            entry("Ponte chiuso", "Lavori", SearchKind::Avviso),
            entry("Porte aperte", "Visite", SearchKind::Notizia),
        ]);
        assert_eq!(titles(&catalog, "porte"), ["Porte aperte", "Ponte chiuso"]);
    }

    #[test]
    fn the_suggestion_keeps_known_words_and_fixes_unknown_ones() {
        let catalog = SearchCatalog::new(vec![
            entry("Città di Sarzana", "Il comune", SearchKind::Comune),
            entry("Archivio sismica", "Pratiche strutturali", SearchKind::Archivio),
            entry("Archivio storico", "Documenti antichi", SearchKind::Archivio),
        ]);
        assert_eq!(
            catalog.suggestion(&Query::parse("archivio sicmica")).as_deref(),
            Some("archivio sismica")
        );
        // Written as the index writes it, accents included.
        assert_eq!(catalog.suggestion(&Query::parse("cirtà")).as_deref(), Some("città"));
        assert_eq!(catalog.suggestion(&Query::parse("archivio storico")), None);
        assert_eq!(catalog.suggestion(&Query::parse("zzzzzzzzz")), None);
        // A typo's match is marked in the results.
        assert!(catalog
            .marked_terms(&Query::parse("sismca"))
            .contains(&"sismica".to_string()));
    }

    #[test]
    fn a_code_finds_its_page_before_pages_whose_codes_start_with_it() {
        let road = |code: &str, title: &str| {
            let mut e = entry(title, "Strada provinciale", SearchKind::Strada);
            e.codes = vec![code.into()];
            e
        };
        let catalog = SearchCatalog::new(vec![
            road("SP 10", "SP 10 della Val di Vara"),
            road("SP 12", "SP 12 di Montemarcello"),
            road("SP 1", "SP 1 Aurelia"),
        ]);
        let found = titles(&catalog, "SP 1");
        assert_eq!(found[0], "SP 1 Aurelia");
        assert_eq!(titles(&catalog, "sp1")[0], "SP 1 Aurelia");
        // A number never matches as the start of another number.
        let hits = catalog.search(&Query::parse("SP 1"));
        assert!(hits[1..].iter().all(|h| h.matched == 1), "{hits:?}");
    }

    #[test]
    fn the_results_title_leads_with_the_query() {
        assert_eq!(
            results_title(" scuole ", "Cerca nel sito – Provincia"),
            "«scuole» – Cerca nel sito – Provincia"
        );
        assert_eq!(results_title("", "Cerca nel sito"), "Cerca nel sito");
    }

    #[test]
    fn edit_distance_counts_swaps_as_one_and_stops_at_the_limit() {
        assert_eq!(edit_distance("scuole", "scoule", 2), Some(1));
        assert_eq!(edit_distance("scuole", "scuole", 0), Some(0));
        assert_eq!(edit_distance("scuole", "scole", 1), Some(1));
        assert_eq!(edit_distance("kitten", "sitting", 3), Some(3));
        assert_eq!(edit_distance("kitten", "sitting", 2), None);
        assert_eq!(edit_distance("a", "abcd", 2), None);
        assert_eq!(edit_distance("città", "citta", 1), Some(1));
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
