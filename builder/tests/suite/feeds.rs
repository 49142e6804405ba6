//! Every feed the build writes is valid Atom, read back with the same crate
//! feed readers' libraries use, and holds what its name promises.

use atom_syndication::Feed;
use provincia_sito::model::content::{feed_path, NewsKind};
use provincia_sito::model::Date;
use site_builder::load::load_site;
use site_builder::record::Report;
use std::path::Path;
use std::str::FromStr;

#[test]
fn feeds_parse_as_atom_and_hold_their_items() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let report = Report::default();
    let today = Date::parse("2026-11-22").unwrap();
    let site = load_site(&root.join("../content"), &root.join("../public"), today, &report).unwrap();
    let files = site_builder::feeds::build(&site).files;
    let base = site.config.ente.url_sito.trim_end_matches('/');
    let parse = |path: &str| -> Feed {
        let (_, xml) = files
            .iter()
            .find(|(p, _)| format!("/{p}") == path)
            .unwrap_or_else(|| panic!("{path} not written"));
        Feed::from_str(xml).unwrap_or_else(|e| panic!("{path} is not Atom: {e}"))
    };
    for kind in NewsKind::ALL {
        let feed = parse(&feed_path::kind(kind));
        assert_eq!(feed.id, format!("{base}{}", feed_path::kind(kind)));
        let expected = site.news.iter().filter(|n| n.tipo == kind).count().min(50);
        assert!(expected > 0);
        assert_eq!(feed.entries.len(), expected, "{kind:?}");
        let segment = format!("/novita/{}/", kind.segment());
        for entry in &feed.entries {
            assert!(entry.id.starts_with(&format!("{base}{segment}")), "{}", entry.id);
            assert!(!entry.title.value.is_empty());
            assert_eq!(entry.links[0].href, entry.id);
        }
        // Newest change first.
        let updated: Vec<_> = feed.entries.iter().map(|e| e.updated).collect();
        assert!(updated.windows(2).all(|w| w[0] >= w[1]));
    }
    for topic in &site.topics {
        let feed = parse(&feed_path::topic(&topic.slug));
        assert!(feed.title.value.contains(&topic.nome));
        let tagged: Vec<String> = site
            .news
            .iter()
            .filter(|n| n.argomenti.iter().any(|t| t.slug == topic.slug))
            .map(|n| format!("{base}{}", n.path()))
            .collect();
        assert_eq!(feed.entries.len(), tagged.len().min(50), "{}", topic.slug);
        assert!(feed.entries.iter().all(|e| tagged.contains(&e.id)));
    }
    assert!(!parse("/feed/pnrr.xml").entries.is_empty());
}
