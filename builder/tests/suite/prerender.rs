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
