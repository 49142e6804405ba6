//! builder/vocabolari/: the controlled vocabularies topic and category names
//! must come from, and the entries (`slug`, `nome`, `descrizione`,
//! `indirizzi_precedenti`) both files share.

use super::Loader;
use crate::record::Record;
use provincia_sito::model::slug;
use provincia_sito::model::vocabulary::Vocabulary;

/// The kit's vocabularies: the same for every ente, so they ship with the
/// builder rather than with an ente's content.
const FILES: [(&str, &str); 2] = [
    ("argomenti.yaml", include_str!("../../vocabolari/argomenti.yaml")),
    (
        "categorie-servizi.yaml",
        include_str!("../../vocabolari/categorie-servizi.yaml"),
    ),
];

/// A vocabulary with its file's name as messages show it.
pub struct Voices {
    pub vocabulary: Vocabulary,
    pub file: String,
}

/// The voices under `lists` in `builder/vocabolari/{name}`.
pub fn load(loader: &Loader, name: &str, lists: &[&str]) -> Voices {
    let file = format!("builder/vocabolari/{name}");
    let empty = |file| Voices {
        vocabulary: Vocabulary::default(),
        file,
    };
    let text = FILES
        .iter()
        .find(|(file, _)| *file == name)
        .map_or("", |(_, text)| text);
    let tree = match crate::yaml::parse(text) {
        Ok(tree) => tree,
        Err(err) => {
            loader.report.add(&file, err.line, &err.field, err.message);
            return empty(file);
        }
    };
    let Some(root) = Record::new(loader.report, &file, &tree, 0, "") else {
        return empty(file);
    };
    let voices: Vec<String> = lists
        .iter()
        .flat_map(|list| root.texts(list))
        .map(|(voice, _)| voice)
        .collect();
    root.finish(lists);
    if voices.is_empty() {
        loader.report.add(&file, 1, lists[0], "atteso un elenco di voci");
    }
    Voices {
        vocabulary: Vocabulary::new(voices),
        file,
    }
}

/// One entry of a vocabulary-bound list, read and checked.
pub struct Entry {
    pub slug: String,
    pub nome: String,
    pub descrizione: String,
    /// Slugs the entry had before, with their lines: their addresses lead
    /// to its new one.
    pub former: Vec<(String, usize)>,
}

/// Reads an entry whose `nome` must be a voice of `vocabulary`; `None` when
/// a field is missing or wrong (each problem reported).
pub fn entry(loader: &Loader, record: &Record, voices: &Voices) -> Option<Entry> {
    let (slug, nome, descrizione) = (record.text("slug"), record.text("nome"), record.text("descrizione"));
    let former = record.texts("indirizzi_precedenti");
    record.finish(&["slug", "nome", "descrizione", "indirizzi_precedenti"]);
    let (slug, nome, descrizione) = (slug?, nome?, descrizione?);
    let mut valid = true;
    if let Some(problem) = slug::problem(&slug) {
        record.error("slug", problem);
        valid = false;
    }
    let vocabulary = &voices.vocabulary;
    // A vocabulary that failed to load has been reported already.
    if let Some(problem) = vocabulary
        .problem(&nome, &voices.file)
        .filter(|_| !vocabulary.is_empty())
    {
        record.error("nome", problem);
        valid = false;
    }
    for (i, (old, line)) in former.iter().enumerate() {
        let problem = slug::problem(old).or_else(|| (*old == slug).then(|| "è lo slug attuale".to_string()));
        if let Some(problem) = problem {
            let field = format!("{}[{i}]", record.field("indirizzi_precedenti"));
            loader.report.add(record.file(), *line, &field, problem);
            valid = false;
        }
    }
    valid.then_some(Entry {
        slug,
        nome,
        descrizione,
        former,
    })
}
