//! Atom feeds (news, notices, PNRR updates), sitemap.xml and robots.txt.

use crate::load::Site;
use atom_syndication::{Entry, Feed, FixedDateTime, Link, Person, Text};
use provincia_sito::model::albo::ALBO_FEED;
use provincia_sito::model::content::{feed_path, NewsItem, NewsKind};
use provincia_sito::model::documents::{DOCUMENTS_FEED, DOCUMENTS_PATH};
use provincia_sito::model::events::EVENTS_FEED;
use provincia_sito::model::territory::restrictions::{
    comune_feed, road_feed, Restriction, RESTRICTIONS_FEED, RESTRICTIONS_TITLE,
};
use provincia_sito::model::{site_map, Date};

/// Entries per feed: readers want what is new, not the archive.
const FEED_ENTRIES: usize = 50;

pub struct Feeds {
    /// (file path under dist/, XML)
    pub files: Vec<(String, String)>,
}

fn at_midnight(date: Date) -> FixedDateTime {
    FixedDateTime::parse_from_rfc3339(&format!("{}T00:00:00+00:00", date.iso())).expect("an ISO date is RFC 3339")
}

fn link(href: String, rel: &str) -> Link {
    Link {
        href,
        rel: rel.to_string(),
        ..Default::default()
    }
}

struct FeedEntry {
    id_path: String,
    title: String,
    summary: String,
    published: Date,
    updated: Date,
}

fn feed(site: &Site, path: &str, title: &str, mut entries: Vec<FeedEntry>) -> String {
    entries.sort_by(|a, b| b.updated.cmp(&a.updated).then_with(|| a.title.cmp(&b.title)));
    entries.truncate(FEED_ENTRIES);
    let updated = entries.first().map_or(site.today, |e| e.updated);
    let feed = Feed {
        title: Text::plain(format!("{title} – {}", site.config.ente.nome)),
        id: site.config.absolute(path),
        updated: at_midnight(updated),
        authors: vec![Person {
            name: site.config.ente.nome.clone(),
            uri: Some(site.config.absolute("")),
            ..Default::default()
        }],
        links: vec![
            link(site.config.absolute(path), "self"),
            link(site.config.absolute("/"), "alternate"),
        ],
        lang: Some("it".into()),
        entries: entries
            .into_iter()
            .map(|e| Entry {
                id: site.config.absolute(&e.id_path),
                title: Text::plain(e.title),
                summary: Some(Text::plain(e.summary)),
                published: Some(at_midnight(e.published)),
                updated: at_midnight(e.updated),
                links: vec![link(site.config.absolute(&e.id_path), "alternate")],
                ..Default::default()
            })
            .collect(),
        ..Default::default()
    };
    feed.to_string()
}

fn news_entry(item: &NewsItem) -> FeedEntry {
    FeedEntry {
        id_path: item.path(),
        title: item.titolo.clone(),
        summary: item.sommario.clone(),
        published: item.data,
        updated: item.aggiornato.unwrap_or(item.data),
    }
}

pub fn build(site: &Site) -> Feeds {
    let entries_where = |keep: &dyn Fn(&NewsItem) -> bool| -> Vec<FeedEntry> {
        site.news.iter().filter(|n| keep(n)).map(news_entry).collect()
    };
    let mut files = Vec::new();
    for kind in NewsKind::ALL {
        let path = feed_path::kind(kind);
        // Titled as the app titles the list (the menu label).
        let default = site_map::find(kind.list_path()).map_or(kind.label(), |page| page.title);
        let title = site.config.page_title(kind.list_path(), default);
        let xml = feed(site, &path, title, entries_where(&|n| n.tipo == kind));
        files.push((path, xml));
    }
    for topic in &site.topics {
        let path = feed_path::topic(&topic.slug);
        let title = format!("Argomento {}", topic.nome);
        let xml = feed(
            site,
            &path,
            &title,
            entries_where(&|n| n.argomenti.iter().any(|t| t.slug == topic.slug)),
        );
        // Readers subscribed before a rename keep receiving the topic's news.
        for (old, _) in &topic.former {
            files.push((feed_path::topic(old), xml.clone()));
        }
        files.push((path, xml));
    }
    let pnrr = site
        .projects
        .iter()
        .map(|p| FeedEntry {
            id_path: p.path(),
            title: p.titolo_progetto.clone(),
            summary: format!(
                "CUP {}: {}; finanziamento PNRR {}. Dati verificati il {} ({}).",
                p.cup,
                p.stato.label(),
                p.finanziamento_pnrr.italian(),
                p.fonte.verificato_il.italian(),
                p.fonte.fonte
            ),
            published: p.data_inizio_prevista.min(p.fonte.verificato_il),
            updated: p.fonte.verificato_il,
        })
        .collect();
    files.push((
        feed_path::PNRR.to_string(),
        feed(site, feed_path::PNRR, feed_path::PNRR_TITLE, pnrr),
    ));
    let documents = site
        .documents
        .iter()
        .map(|d| FeedEntry {
            id_path: d.scheda.path(),
            title: d.scheda.titolo.clone(),
            summary: format!("{}. {}", d.scheda.reference(), d.scheda.oggetto),
            published: d.scheda.data,
            updated: d.scheda.data,
        })
        .collect();
    let documents_title = site.config.page_title(DOCUMENTS_PATH, "Documenti e dati");
    files.push((
        DOCUMENTS_FEED.to_string(),
        feed(site, DOCUMENTS_FEED, documents_title, documents),
    ));
    if let Some(albo) = site.albo.as_ref().filter(|a| a.copia) {
        files.push((ALBO_FEED.to_string(), crate::albo_feed::feed(site, &albo.atti)));
    }
    files.extend(restriction_feeds(site));
    let events = site
        .events
        .iter()
        .map(|e| FeedEntry {
            id_path: e.path(),
            title: e.titolo.clone(),
            summary: format!(
                "{}: {}. {}",
                e.tipo.label(),
                e.date.iter().map(|d| d.italian()).collect::<Vec<_>>().join("; "),
                e.descrizione
            ),
            published: e.date[0].data,
            updated: e.date[0].data,
        })
        .collect();
    files.push((EVENTS_FEED.to_string(), feed(site, EVENTS_FEED, "Eventi", events)));
    for (path, _) in &mut files {
        *path = path.trim_start_matches('/').to_string();
    }
    Feeds { files }
}

/// The restrictions: all of them, and per road and per Comune (every one,
/// so a driver can subscribe to a road that has none today). An entry is
/// dated by the day the restriction starts.
fn restriction_feeds(site: &Site) -> Vec<(String, String)> {
    let items = &site.territory.limitazioni;
    let entries = |keep: &dyn Fn(&Restriction) -> bool| -> Vec<FeedEntry> {
        items
            .iter()
            .filter(|r| keep(r))
            .map(|r| FeedEntry {
                id_path: r.path(),
                title: r.title(),
                summary: format!("{}: {}. {}", r.when(), r.comuni_names(), r.motivo),
                published: r.inizio,
                updated: r.inizio,
            })
            .collect()
    };
    let mut files = vec![(
        RESTRICTIONS_FEED.to_string(),
        feed(site, RESTRICTIONS_FEED, RESTRICTIONS_TITLE, entries(&|_| true)),
    )];
    for road in &site.territory.strade {
        let path = road_feed(&road.slug);
        let title = format!("Limitazioni al traffico sulla {}", road.full_name());
        let xml = feed(site, &path, &title, entries(&|r| r.strada.slug == road.slug));
        files.push((path, xml));
    }
    for comune in &site.territory.comuni {
        let path = comune_feed(&comune.slug);
        let title = format!("Limitazioni al traffico nel Comune di {}", comune.nome);
        let xml = feed(site, &path, &title, entries(&|r| r.touches(&comune.slug)));
        files.push((path, xml));
    }
    files
}

/// `paths` with their last change, when known.
pub fn sitemap(site: &Site, paths: &[(String, Option<Date>)]) -> String {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for (path, changed) in paths {
        xml.push_str("<url><loc>");
        xml.push_str(&crate::escape::text_content(&site.config.absolute(path)));
        xml.push_str("</loc>");
        if let Some(date) = changed {
            xml.push_str(&format!("<lastmod>{}</lastmod>", date.iso()));
        }
        xml.push_str("</url>\n");
    }
    xml.push_str("</urlset>\n");
    xml
}

pub fn robots(site: &Site) -> String {
    format!(
        "User-agent: *\nAllow: /\nDisallow: /admin/\n\nSitemap: {}\n",
        site.config.absolute("/sitemap.xml")
    )
}
