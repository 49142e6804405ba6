//! content/argomenti.yaml: the topic list every other file refers to, each
//! named by a voice of builder/vocabolari/argomenti.yaml.

use super::{vocabulary, Loader, Topic};
use crate::record::Record;

pub fn load(loader: &mut Loader) -> Vec<Topic> {
    let path = loader.content.join("argomenti.yaml");
    let voices = vocabulary::load(loader, "argomenti.yaml", &["modello", "eurovoc"]);
    let Some((file, tree)) = loader.read_yaml(&path) else {
        return Vec::new();
    };
    let Some(root) = Record::new(loader.report, &file, &tree, 0, "") else {
        return Vec::new();
    };
    let mut topics = Vec::new();
    for (i, record) in root.records("argomenti").into_iter().enumerate() {
        let Some(entry) = vocabulary::entry(loader, &record, &voices) else {
            continue;
        };
        if loader.topics.contains_key(&entry.slug) {
            record.error(
                "slug",
                format!(
                    "argomento «{}» già definito (elemento {i} ripete uno precedente)",
                    entry.slug
                ),
            );
            continue;
        }
        let topic = Topic {
            slug: entry.slug,
            nome: entry.nome,
            descrizione: entry.descrizione,
            former: entry.former,
        };
        loader.topics.insert(topic.slug.clone(), topic.clone());
        topics.push(topic);
    }
    root.finish(&["argomenti"]);
    if topics.is_empty() {
        loader.report.add(&file, 1, "argomenti", "atteso almeno un argomento");
    }
    topics
}
