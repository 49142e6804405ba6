//! content/argomenti.yaml: the topic vocabulary every other file refers to.

use super::{Loader, Topic};
use crate::record::Record;
use provincia_sito::model::slug;

pub fn load(loader: &mut Loader) -> Vec<Topic> {
    let path = loader.content.join("argomenti.yaml");
    let report = loader.report;
    let Some((file, tree)) = loader.read_yaml(&path) else {
        return Vec::new();
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
        if let Some(problem) = slug::problem(&slug) {
            record.error("slug", problem);
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
    if topics.is_empty() {
        report.add(&file, 1, "argomenti", "atteso almeno un argomento");
    }
    topics
}
