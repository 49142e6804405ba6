//! The topic vocabulary and one page per topic with everything on it.

use super::{entry, ApiFiles};
use crate::lists::{ListOf, NewsList};
use crate::load::Site;
use provincia_sito::model::content::{TopicList, TopicPage, TopicRef};
use provincia_sito::model::endpoint::{self, API_VERSION};

/// Documents shown on a topic's page, newest first.
const TOPIC_DOCUMENTS: usize = 6;

pub(super) fn write(site: &Site, lists: &[NewsList], files: &mut ApiFiles) {
    files.put(endpoint::topics(), &topic_refs(site));
    for topic in &site.topics {
        let tagged = |refs: &[TopicRef]| refs.iter().any(|r| r.slug == topic.slug);
        // Every item on the topic, expired notices included: its list's catalogue.
        let on_topic = lists
            .iter()
            .find(|l| matches!(l.of, ListOf::Topic(slug) if slug == topic.slug))
            .map_or(0, |l| l.items.len());
        let page = TopicPage {
            versione: API_VERSION,
            slug: topic.slug.clone(),
            nome: topic.nome.clone(),
            descrizione: topic.descrizione.clone(),
            novita: on_topic as u32,
            servizi: site
                .services
                .iter()
                .filter(|s| tagged(&s.argomenti))
                .map(|s| entry(&s.path(), &s.titolo, &s.descrizione))
                .collect(),
            archivi: site
                .archives
                .iter()
                .filter(|a| tagged(&a.argomenti))
                .map(|a| entry(&a.path(), &a.titolo, &a.descrizione))
                .collect(),
            progetti: site
                .projects
                .iter()
                .filter(|p| tagged(&p.argomenti))
                .map(|p| entry(&p.path(), &p.titolo_progetto, &p.sintesi_progetto))
                .collect(),
            // The latest documents only (the list's filters find the rest),
            // then the calls for tender and competitions on the topic.
            documenti: site
                .documents
                .iter()
                .filter(|d| tagged(&d.argomenti))
                .take(TOPIC_DOCUMENTS)
                .map(|d| entry(&d.scheda.path(), &d.scheda.titolo, &d.scheda.reference()))
                .chain(site.calls.iter().filter(|c| tagged(&c.argomenti)).map(|c| {
                    let line = format!(
                        "{}, {}",
                        c.scheda.procedura.label(),
                        c.scheda.stato.label().to_lowercase()
                    );
                    entry(&c.scheda.path(), &c.scheda.titolo, &line)
                }))
                .collect(),
            // People are pages too: a councillor's delegation, a manager's sector.
            pagine: site
                .pages
                .iter()
                .filter(|p| tagged(&p.argomenti))
                .map(|p| entry(&p.percorso, &p.titolo, &p.descrizione))
                .chain(
                    site.people
                        .iter()
                        .filter(|p| tagged(&p.argomenti))
                        .map(|p| entry(&p.path(), &p.nome, &p.role_line(site.today))),
                )
                .collect(),
        };
        files.put(endpoint::topic(&topic.slug), &page);
    }
}

fn topic_refs(site: &Site) -> TopicList {
    TopicList {
        versione: API_VERSION,
        argomenti: site
            .topics
            .iter()
            .map(|t| TopicRef {
                slug: t.slug.clone(),
                nome: t.nome.clone(),
            })
            .collect(),
    }
}
