//! Changing content/sito.toml re-brands the site with no code change: every
//! fixed page, rendered with the same components the browser runs, shows the
//! second ente's name, contacts and menu labels and nothing of the first.

#![cfg(feature = "ssr")]

use leptos::prelude::*;
use leptos_router::location::RequestUrl;
use provincia_sito::app::App;
use provincia_sito::model::config_toml::parse_site_config;
use provincia_sito::model::{site_map, SiteConfig};

fn load(file: &str) -> SiteConfig {
    let source = std::fs::read_to_string(file).unwrap();
    parse_site_config(file, &source, &site_map::known_paths()).unwrap_or_else(|p| panic!("{p:?}"))
}

fn render(config: &SiteConfig, path: &str) -> String {
    let owner = Owner::new();
    owner.with(|| {
        provide_context(RequestUrl::new(path));
        let config = config.clone();
        // Without the `<!>` marks where each (erased) component ends, which
        // hydration needs and the assertions below do not care about.
        view! { <App config=config/> }.to_html().replace("<!>", "")
    })
}

/// Values only the sample ente has.
const SAMPLE_MARKERS: [&str; 6] = [
    "Spezia",
    "Liguria",
    "0187",
    "laspezia",
    "00218930113",
    "provincia.sp.it",
];

#[test]
fn every_fixed_page_takes_the_other_entes_identity() {
    let other = load("tests/fixtures/provincia-di-valdoria.toml");
    for page in site_map::PAGES {
        let html = render(&other, page.path);
        for marker in SAMPLE_MARKERS {
            assert!(!html.contains(marker), "{}: still shows «{marker}»", page.path);
        }
        for expected in [
            "Provincia di Valdoria",
            "Regione Valdoriana",
            "protocollo@pec.provincia.valdoria.example",
            "01234567897",
            "Notizie e avvisi",
            "Ultime notizie",
            "Fondi PNRR",
            "https://form.agid.gov.it/view/b81c64d2-05e3-4f9a-a7d0-6c2e91f4b358",
            // The footer leads to the site's own transparency tree, whose
            // nodes lead on to the configured platform.
            "href=\"/amministrazione-trasparente\"",
            "/img/stemma-valdoria.svg",
            "https://www.instagram.com/provinciadivaldoria",
        ] {
            assert!(html.contains(expected), "{}: «{expected}» missing", page.path);
        }
    }
}

#[test]
fn the_sample_configuration_shows_its_own_ente() {
    let sample = load("content/sito.toml");
    let html = render(&sample, "/contatti");
    for marker in [
        "Provincia della Spezia",
        "Regione Liguria",
        "provincia.laspezia@legalmail.it",
        "Vivere la Provincia",
    ] {
        assert!(html.contains(marker), "«{marker}» missing");
    }
}

#[test]
fn configured_labels_title_pages_and_breadcrumbs() {
    let other = load("tests/fixtures/provincia-di-valdoria.toml");
    let html = render(&other, "/novita/notizie");
    assert!(html.contains(">Ultime notizie</h1>"), "the h1 follows the menu label");
    assert!(
        html.contains(r#"href="/novita">Notizie e avvisi</a>"#),
        "the breadcrumb follows the menu label"
    );
}
