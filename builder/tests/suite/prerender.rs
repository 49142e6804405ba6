//! Every address the build pre-renders shows its own page: a content file
//! without a route in the app would render "Pagina non trovata" with status
//! 200 (a soft 404), which the build refuses.

use provincia_sito::model::Date;
use site_builder::load::load_site;
use site_builder::prerender::{self, Template};
use site_builder::record::Report;
use std::path::Path;
use std::sync::Arc;

#[test]
fn every_pre_rendered_address_renders_its_own_page() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let report = Report::default();
    let today = Date::parse("2026-11-22").unwrap();
    let site = load_site(&root.join("content"), &root.join("public"), today, &report).expect("valid sample");
    let files = Arc::new(site_builder::api_files::build(&site));
    let template = Template::parse("<html><head></head><body></body></html>").unwrap();
    let routes = prerender::routes(&site);
    assert!(
        routes.iter().any(|r| r.path == "/vivere-la-provincia/comuni"),
        "the Vivere la Provincia pages are pre-rendered"
    );
    let soft_404: Vec<&str> = routes
        .iter()
        .filter(|route| {
            let html = prerender::render(&site.config, &files, &template, route).html;
            prerender::is_not_found_view(&html)
        })
        .map(|route| route.path.as_str())
        .collect();
    assert_eq!(
        soft_404,
        Vec::<&str>::new(),
        "addresses rendered as «Pagina non trovata»"
    );
    let not_found = prerender::render(&site.config, &files, &template, &prerender::not_found_route()).html;
    assert!(
        prerender::is_not_found_view(&not_found),
        "the check recognises the 404 page"
    );
}

/// The breadcrumb JSON-LD names every page the address passes through,
/// the lists that are content pages included (Politici, Uffici), as the
/// visible trail does.
#[test]
fn breadcrumbs_pass_through_the_lists_above_a_page() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let report = Report::default();
    let today = Date::parse("2026-11-22").unwrap();
    let site = load_site(&root.join("content"), &root.join("public"), today, &report).expect("valid sample");
    let routes = prerender::routes(&site);
    let trail_of = |path: &str| -> Vec<String> {
        let route = routes
            .iter()
            .find(|r| r.path == path)
            .unwrap_or_else(|| panic!("{path} is pre-rendered"));
        route.trail.iter().map(|(_, p)| p.clone()).collect()
    };
    assert_eq!(
        trail_of("/amministrazione/uffici/sismica"),
        ["/", "/amministrazione", "/amministrazione/uffici"]
    );
    let person = site
        .people
        .iter()
        .find(|p| p.path().starts_with("/amministrazione/politici/"))
        .unwrap();
    assert_eq!(
        trail_of(&person.path()),
        ["/", "/amministrazione", "/amministrazione/politici"]
    );
    // Above a page that is not pre-rendered (the PNRR projects' list is
    // /pnrr itself), nothing is made up.
    let project = site.projects[0].path();
    assert_eq!(trail_of(&project), ["/", "/pnrr"]);
    let uffici = routes
        .iter()
        .find(|r| r.path == "/amministrazione/uffici/sismica")
        .unwrap();
    let json = site_builder::jsonld::breadcrumbs(&site.config, &uffici.trail, &uffici.path, &uffici.title);
    let names: Vec<&str> = json["itemListElement"]
        .as_array()
        .unwrap()
        .iter()
        .map(|item| item["name"].as_str().unwrap())
        .collect();
    assert_eq!(names[2..], ["Uffici", "Ufficio Sismica"]);
}
