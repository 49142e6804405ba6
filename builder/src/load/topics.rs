//! content/argomenti.yaml: the topic vocabulary every other file refers to.

use super::{is_valid_slug, Loader, Topic};
use crate::record::Record;
use crate::yaml::{self, Value};

pub fn load(loader: &mut Loader) -> Vec<Topic> {
    let path = loader.content.join("argomenti.yaml");
    let file = loader.shown(&path);
    let report = loader.report;
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(err) => {
            report.add(&file, 0, "(file)", format!("impossibile leggere il file ({err})"));
            return Vec::new();
        }
    };
    let tree = match yaml::parse(&text) {
        Ok(tree) => tree,
        Err(err) => {
            report.add(&file, err.line, "(file)", err.message);
            return Vec::new();
        }
    };
    let Some(root) = Record::new(report, &file, &tree, 0, "") else {
        return Vec::new();
    };
    let mut topics = Vec::new();
    for (i, record) in root.records("argomenti").into_iter().enumerate() {
        let (slug, nome, descrizione) = (record.text("slug"), record.text("nome"), record.text("descrizione"));
        record.finish(&["slug", "nome", "descrizione"]);
        let (Some(slug), Some(nome), Some(descrizione)) = (slug, nome, descrizione) else {
            continue;
        };
        if !is_valid_slug(&slug) {
            record.error(
                "slug",
                format!("«{slug}» non valido: attese lettere minuscole, cifre e trattini"),
            );
        } else if loader.topics.contains_key(&slug) {
            record.error(
                "slug",
                format!("argomento «{slug}» già definito (elemento {i} ripete uno precedente)"),
            );
        } else {
            let topic = Topic {
                slug,
                nome,
                descrizione,
            };
            loader.topics.insert(topic.slug.clone(), topic.clone());
            topics.push(topic);
        }
    }
    root.finish(&["argomenti"]);
    if topics.is_empty() && matches!(tree.value, Value::Map(_)) && report.is_empty() {
        report.add(&file, 1, "argomenti", "atteso almeno un argomento");
    }
    topics
}
