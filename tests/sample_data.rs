//! The JSON files the browser reads must match the typed models, and every
//! link they carry must lead to a page of the site.

use provincia_sito::model::content::{HomeData, NewsKind, NewsList, SiteIndex};
use provincia_sito::model::site_map;

fn read<T: serde::de::DeserializeOwned>(name: &str) -> T {
    let path = format!("public/api/v1/{name}");
    let text = std::fs::read_to_string(&path).unwrap();
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn resolves(index: &SiteIndex, path: &str) -> bool {
    site_map::find(path).is_some() || index.find(path).is_some()
}

#[test]
fn home_links_lead_to_existing_pages() {
    let home: HomeData = read("home.json");
    let index: SiteIndex = read("indice.json");
    let news: NewsList = read("novita.json");
    for shortcut in home.servizi.iter().chain(&home.archivi) {
        assert!(resolves(&index, &shortcut.percorso), "{}", shortcut.percorso);
    }
    assert!(resolves(&index, &home.pnrr.percorso));
    for item in &home.notizie {
        assert!(news.find(item.tipo, &item.slug).is_some(), "{}", item.path());
    }
}

#[test]
fn news_slugs_are_unique_per_kind_and_every_kind_has_items() {
    let news: NewsList = read("novita.json");
    for kind in NewsKind::ALL {
        let items = news.of_kind(kind);
        assert!(!items.is_empty(), "{kind:?}");
        assert!(items.windows(2).all(|w| w[0].data >= w[1].data), "newest first");
        let mut slugs: Vec<&str> = items.iter().map(|i| i.slug.as_str()).collect();
        slugs.sort();
        slugs.dedup();
        assert_eq!(slugs.len(), items.len(), "{kind:?} has duplicate slugs");
    }
}

#[test]
fn index_entries_sit_below_a_section_of_the_site() {
    let index: SiteIndex = read("indice.json");
    for entry in &index.voci {
        let section = entry.percorso.split('/').nth(1).map(|s| format!("/{s}")).unwrap();
        assert!(site_map::find(&section).is_some(), "{}", entry.percorso);
    }
    assert_eq!(
        index.children_of("/pnrr").len(),
        1,
        "projects are not direct children of /pnrr"
    );
}
