//! Components rendered natively with fixture JSON (tests/fixtures/api/), the
//! way the pre-renderer renders them: the Designers Italia `data-element`s,
//! one h1, headings that never skip a level going down, and the expired and
//! error states. These catch in seconds what otherwise only Chromium sees.

#![cfg(feature = "ssr")]

use leptos::prelude::*;
use leptos_router::location::RequestUrl;
use provincia_sito::app::App;
use provincia_sito::components::loaded::LoadErrorView;
use provincia_sito::model::config_toml::parse_site_config;
use provincia_sito::model::content::NewsKind;
use provincia_sito::model::preloaded::Preloaded;
use provincia_sito::model::{endpoint, site_map, LoadError, SiteConfig};
use scraper::{Html, Selector};
use std::collections::HashMap;
use std::sync::Arc;

fn config() -> SiteConfig {
    let file = "content/sito.toml";
    let source = std::fs::read_to_string(file).unwrap();
    parse_site_config(file, &source, &site_map::known_paths()).unwrap_or_else(|p| panic!("{p:?}"))
}

fn fixture(name: &str) -> Arc<str> {
    Arc::from(std::fs::read_to_string(format!("tests/fixtures/api/{name}")).unwrap())
}

/// The page at `path`, its data read from `data` (endpoint path → JSON).
fn render_page(path: &str, data: Vec<(String, Arc<str>)>) -> Html {
    let preloaded = Preloaded::from_map(data.into_iter().collect::<HashMap<_, _>>());
    let html = Owner::new().with(|| {
        provide_context(RequestUrl::new(path));
        view! { <App config=config() preloaded=preloaded/> }.to_html()
    });
    Html::parse_document(&html)
}

fn select<'a>(page: &'a Html, css: &str) -> Vec<scraper::ElementRef<'a>> {
    page.select(&Selector::parse(css).unwrap()).collect()
}

fn text(element: &scraper::ElementRef) -> String {
    element
        .text()
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn data_elements(page: &Html) -> Vec<String> {
    select(page, "[data-element]")
        .iter()
        .map(|e| e.value().attr("data-element").unwrap().to_string())
        .collect()
}

/// Heading levels in document order, those inside `<main>`.
fn heading_levels(page: &Html) -> Vec<u8> {
    select(page, "main h1, main h2, main h3, main h4, main h5, main h6")
        .iter()
        .map(|h| h.value().name()[1..].parse().unwrap())
        .collect()
}

fn assert_page_structure(page: &Html, h1: &str) {
    let titles = select(page, "h1");
    assert_eq!(titles.len(), 1, "one h1");
    assert_eq!(text(&titles[0]), h1);
    let levels = heading_levels(page);
    assert_eq!(levels.first(), Some(&1), "{levels:?}");
    for pair in levels.windows(2) {
        assert!(pair[1] <= pair[0] + 1, "a heading skips a level: {levels:?}");
    }
}

/// A list page's introduction (content/pagine) at `path`, as the API file
/// its page reads.
fn intro_data(path: &str, titolo: &str) -> (String, Arc<str>) {
    let page = provincia_sito::model::content::TextPage {
        versione: 1,
        percorso: path.into(),
        titolo: titolo.into(),
        descrizione: format!("{titolo}: introduzione."),
        aggiornato: None,
        argomenti: vec![],
        corpo_html: "<p>Introduzione.</p>".into(),
        modifiche: vec![],
    };
    (
        endpoint::text_page(path).path().to_string(),
        Arc::from(serde_json::to_string(&page).unwrap()),
    )
}

#[test]
fn an_expired_notice_says_so_and_keeps_the_models_elements() {
    let item = endpoint::news_item(NewsKind::Avviso, "avviso-di-prova-scaduto");
    let page = render_page(
        "/novita/avvisi/avviso-di-prova-scaduto",
        vec![(item.path().to_string(), fixture("avviso-scaduto.json"))],
    );
    assert_page_structure(&page, "Avviso di prova, scaduto");
    let expired = select(&page, ".notice-expired");
    assert_eq!(expired.len(), 1);
    assert!(text(&expired[0]).contains("Questo avviso è scaduto il 15 novembre 2026"));
    assert!(
        select(&page, "a[href$='.ics']").is_empty(),
        "no calendar for what has ended"
    );
    let elements = data_elements(&page);
    for expected in ["breadcrumb", "topic-element", "feedback", "feedback-title"] {
        assert!(
            elements.iter().any(|e| e == expected),
            "{expected} missing: {elements:?}"
        );
    }
    let attachment = select(&page, ".attachment a");
    assert_eq!(text(&attachment[0]), "Modulo di domanda (PDF, 1,2 MB)");
}

#[test]
fn a_service_page_carries_every_element_the_checker_looks_for() {
    let service = endpoint::service("servizio-di-prova");
    let page = render_page(
        "/servizi/servizio-di-prova",
        vec![
            (service.path().to_string(), fixture("servizio.json")),
            // The route tells a service from a category by the catalogue.
            (
                endpoint::services().path().to_string(),
                Arc::from(r#"{"versione":1,"categorie":[]}"#),
            ),
        ],
    );
    assert_page_structure(&page, "Servizio di prova");
    let elements = data_elements(&page);
    for expected in [
        "breadcrumb",
        "service-status",
        "service-description",
        "page-index",
        "service-addressed",
        "service-how-to",
        "service-needed",
        "service-achieved",
        "service-calendar-text",
        "service-online-access",
        "service-generic-access",
        "service-file",
        "service-area",
        "feedback",
    ] {
        assert!(
            elements.iter().any(|e| e == expected),
            "{expected} missing: {elements:?}"
        );
    }
}

#[test]
fn a_failed_load_is_an_alert_with_a_way_to_retry() {
    let html = Owner::new().with(|| view! { <LoadErrorView error=LoadError::Status(503) on_retry=|| ()/> }.to_html());
    let page = Html::parse_fragment(&html);
    let alert = select(&page, "[role=alert]");
    assert_eq!(alert.len(), 1);
    assert_eq!(select(&page, "[role=alert] h2").len(), 1, "the message has a heading");
    let retry = select(&page, "[role=alert] button[type=button]");
    assert_eq!(text(&retry[0]), "Riprova");
}

#[test]
fn an_unknown_address_renders_the_not_found_page() {
    let page = render_page("/indirizzo-inesistente", Vec::new());
    assert_page_structure(&page, "Pagina non trovata");
    assert_eq!(
        select(&page, &format!("[data-stato='{}']", site_map::NOT_FOUND_STATE)).len(),
        1
    );
}

/// Islands (issue 16): each interactive part is written into the page with
/// exactly the data it shows, for its bundle to hydrate in place;
/// never the whole configuration.
#[test]
fn islands_carry_only_their_own_props() {
    let page = render_page(
        "/servizi/servizio-di-prova",
        vec![
            (
                endpoint::service("servizio-di-prova").path().to_string(),
                fixture("servizio.json"),
            ),
            (
                endpoint::services().path().to_string(),
                Arc::from(r#"{"versione":1,"categorie":[]}"#),
            ),
        ],
    );
    let islands = select(&page, "leptos-island");
    let names: Vec<&str> = islands
        .iter()
        .filter_map(|i| i.value().attr("data-component"))
        .collect();
    assert!(names.iter().any(|n| n.starts_with("MainMenu_")), "{names:?}");
    assert!(names.iter().any(|n| n.starts_with("RatingForm_")), "{names:?}");
    let props = |prefix: &str| -> serde_json::Value {
        let island = islands
            .iter()
            .find(|i| i.value().attr("data-component").is_some_and(|n| n.starts_with(prefix)))
            .unwrap();
        serde_json::from_str(island.value().attr("data-props").unwrap()).unwrap()
    };
    let menu = props("MainMenu_");
    let keys: Vec<&str> = menu.as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(keys, ["current", "home_label", "principal", "secondary"]);
    assert_eq!(menu["current"], "/servizi/servizio-di-prova");
    let rating = props("RatingForm_");
    assert_eq!(rating["page"], "/servizi/servizio-di-prova");
    assert_eq!(rating.as_object().unwrap().len(), 2, "{rating}");
    // Both wait for a reader (data-al-bisogno): reading the page runs no wasm.
    for island in ["RatingForm_", "MainMenu_"] {
        let selector = format!("[data-al-bisogno] leptos-island[data-component^={island}]");
        assert_eq!(select(&page, &selector).len(), 1, "{island}");
    }
}

/// The accessible name of a landmark, as a screen reader's list of
/// landmarks shows it: its aria-label, or the text it is labelled by.
fn landmark_name(page: &Html, landmark: &scraper::ElementRef) -> Option<String> {
    let el = landmark.value();
    el.attr("aria-label").map(str::to_string).or_else(|| {
        let id = el.attr("aria-labelledby")?;
        select(page, &format!("#{id}")).first().map(text)
    })
}

/// Two search forms on one page (the header's and the page's own) are told
/// apart by name (issue 17, item 11).
#[test]
fn search_landmarks_on_the_not_found_page_have_distinct_names() {
    let page = render_page("/indirizzo-inesistente", Vec::new());
    let forms = select(&page, "form[role=search]");
    assert_eq!(forms.len(), 2, "header and page search");
    let names: Vec<Option<String>> = forms.iter().map(|f| landmark_name(&page, f)).collect();
    assert!(names.iter().all(Option::is_some), "{names:?}");
    assert_ne!(names[0], names[1]);
}

/// The names of a filter form's fields, in order, once it is checked that
/// the form has exactly one submit button, "Applica i filtri".
fn filter_form_fields(html: &str) -> Vec<String> {
    let form = Html::parse_fragment(html);
    let submit = select(&form, "form button[type=submit]");
    assert_eq!(submit.len(), 1);
    assert_eq!(text(&submit[0]), "Applica i filtri");
    select(&form, "form input, form select")
        .iter()
        .map(|f| f.value().attr("name").unwrap_or("(senza nome)").to_string())
        .collect()
}

/// A filter form has a visible submit button (WCAG 3.2.2, H32), and each of
/// its fields is named with the address key the filter reads, so that
/// sending the form applies exactly what it holds.
#[test]
fn the_news_filter_form_has_a_submit_button_and_sends_every_field() {
    use provincia_sito::components::address_query::use_address_query;
    use provincia_sito::components::news_filters::{use_news_filter, FilterForm, ListScope};
    use provincia_sito::model::news_filter::{key, NewsFilter};
    let html = Owner::new().with(|| {
        let query = use_address_query();
        let scope = ListScope::Kind(NewsKind::Avviso);
        let filter = use_news_filter(query, Vec::new(), &scope);
        view! { <FilterForm scope=scope topics=Vec::new() query=query filter=filter/> }.to_html()
    });
    assert_eq!(
        filter_form_fields(&html),
        [key::TEXT, key::TOPIC, key::ORDER, key::FROM, key::TO, key::EXPIRED]
    );
    // What those names carry is read back as the same filter.
    let sent = [
        (key::TEXT, "strada"),
        (key::ORDER, "meno-recenti"),
        (key::FROM, "2026-01-01"),
        (key::EXPIRED, "si"),
    ];
    let (filter, notes) = NewsFilter::from_query(sent, &[]);
    assert!(notes.is_empty(), "{notes:?}");
    assert_eq!(filter.text, "strada");
    assert!(filter.include_expired && filter.from.is_some());
}

#[test]
fn the_project_filter_form_has_a_submit_button_and_sends_every_field() {
    use provincia_sito::components::address_query::use_address_query;
    use provincia_sito::components::pnrr::project_filters::{use_project_filter, ProjectFilterForm};
    use provincia_sito::model::pnrr::filter::key;
    let html = Owner::new().with(|| {
        let query = use_address_query();
        let filter = use_project_filter(query, vec!["M1".into()]);
        let missions = vec![("M1".to_string(), "Digitalizzazione".to_string())];
        view! { <ProjectFilterForm base="/pnrr" query=query filter=filter missions=missions years=vec![2023]/> }
            .to_html()
    });
    assert_eq!(
        filter_form_fields(&html),
        [key::TEXT, key::MISSION, key::STATUS, key::YEAR, key::MIN, key::MAX]
    );
}

/// Each change's table is a region named by its caption: two changes on the
/// same day must still have different names.
#[test]
fn change_tables_of_one_day_have_distinct_names() {
    use provincia_sito::components::pnrr::figures::FigureHistory;
    use provincia_sito::model::pnrr::figures::{FigureChange, FigureChanges};
    use provincia_sito::model::Date;
    let change = |motivo: &str| FigureChanges {
        data: Date::parse("2026-10-12").unwrap(),
        motivo: motivo.into(),
        prima: false,
        cambi: vec![FigureChange {
            campo: "Importo erogato".into(),
            prima: Some("1,00 €".into()),
            dopo: Some("2,00 €".into()),
            voce: false,
        }],
    };
    let html =
        Owner::new().with(|| view! { <FigureHistory changes=vec![change("Secondo"), change("Primo")]/> }.to_html());
    let page = Html::parse_fragment(&html);
    let names: Vec<Option<String>> = select(&page, "[role=region]")
        .iter()
        .map(|r| landmark_name(&page, r))
        .collect();
    assert_eq!(
        names,
        [
            Some("Modifica n. 2 del 12 ottobre 2026: dati cambiati".to_string()),
            Some("Modifica n. 1 del 12 ottobre 2026: dati cambiati".to_string())
        ]
    );
}

mod people {
    use super::*;
    use provincia_sito::model::content::{Attachment, Office, OfficeLevel};
    use provincia_sito::model::people::{members_of, Organ, OrganList, OrganRef, Person, PersonKind, Role};
    use provincia_sito::model::sittings::Sitting;
    use provincia_sito::model::Date;

    fn date(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    /// A councillor whose mandate ended, with an art. 14 document.
    fn former_councillor() -> Person {
        Person {
            versione: 1,
            slug: "paolo-serra".into(),
            tipo: PersonKind::Politico,
            nome: "Paolo Serra".into(),
            ruoli: vec![Role {
                ruolo: "Consigliere provinciale".into(),
                organo: Some(OrganRef {
                    slug: "consiglio-provinciale".into(),
                    nome: "Consiglio provinciale".into(),
                }),
                ufficio: None,
                dal: date("2022-01-10"),
                al: Some(date("2024-10-06")),
            }],
            deleghe: vec!["Protezione civile".into()],
            contatti: Some(Office {
                slug: "segreteria-generale".into(),
                livello: OfficeLevel::Servizio,
                nome: "Segreteria generale".into(),
                email: Some("segreteria@provincia.sp.it".into()),
                telefono: None,
                indirizzo: None,
                orari: None,
            }),
            foto: None,
            biografia_html: String::new(),
            documenti: vec![Attachment {
                titolo: "Verbale di proclamazione".into(),
                percorso: "/allegati/persone/verbale.pdf".into(),
                formato: "PDF".into(),
                byte: 2048,
            }],
            argomenti: vec![],
            in_carica: false,
            modifiche: vec![],
        }
    }

    fn person_page(path: &str, person: &Person) -> Html {
        let source = endpoint::person(&person.slug);
        render_page(
            path,
            vec![(
                source.path().to_string(),
                Arc::from(serde_json::to_string(person).unwrap()),
            )],
        )
    }

    #[test]
    fn a_person_page_shows_roles_contacts_and_art_14_documents_below_its_list() {
        let person = former_councillor();
        let page = person_page("/amministrazione/politici/paolo-serra", &person);
        assert_page_structure(&page, "Paolo Serra");
        let crumbs: Vec<String> = select(&page, "[data-element='breadcrumb'] a")
            .iter()
            .map(text)
            .collect();
        assert!(
            crumbs.ends_with(&["Amministrazione".to_string(), "Politici".to_string()]),
            "{crumbs:?}"
        );
        assert!(text(&select(&page, "main")[0]).contains("Incarico concluso."));
        let organ = select(
            &page,
            "main a[href='/amministrazione/organi-di-governo/consiglio-provinciale']",
        );
        assert_eq!(organ.len(), 1);
        assert!(text(&select(&page, "main")[0]).contains("dal 10 gennaio 2022 al 6 ottobre 2024"));
        assert_eq!(
            text(&select(&page, ".attachment a")[0]),
            "Verbale di proclamazione (PDF, 2 kB)"
        );
        assert_eq!(
            select(&page, "main a[href='mailto:segreteria@provincia.sp.it']").len(),
            1
        );
        assert!(data_elements(&page).iter().any(|e| e == "feedback"));
    }

    #[test]
    fn a_person_at_the_other_lists_address_is_not_found() {
        let person = former_councillor();
        let page = person_page("/amministrazione/personale-amministrativo/paolo-serra", &person);
        assert!(select(&page, "h1").iter().any(|h| text(h) == "Pagina non trovata"));
    }

    fn sitting(day: &str, held: bool) -> Sitting {
        Sitting {
            data: date(day),
            ora: "15:00".into(),
            luogo: "Sala consiliare".into(),
            ordine_del_giorno: vec!["Comunicazioni del Presidente".into(), "Bilancio".into()],
            documenti: vec![Attachment {
                titolo: "Verbale".into(),
                percorso: format!("/allegati/organi/verbale-{day}.pdf"),
                formato: "PDF".into(),
                byte: 2048,
            }],
            svolta: held,
        }
    }

    #[test]
    fn an_organ_page_lists_members_in_office_before_former_ones() {
        let today = date("2026-12-04");
        let mut current = former_councillor();
        current.slug = "marta-bertoni".into();
        current.nome = "Marta Bertoni".into();
        current.ruoli[0].dal = date("2024-10-07");
        current.ruoli[0].al = None;
        current.in_carica = true;
        let people = [former_councillor(), current];
        let organs = OrganList {
            versione: 1,
            organi: vec![Organ {
                slug: "consiglio-provinciale".into(),
                nome: "Consiglio provinciale".into(),
                descrizione: "L'organo di indirizzo e controllo.".into(),
                corpo_html: "<p>Approva i regolamenti.</p>".into(),
                membri: members_of("consiglio-provinciale", &people, today),
                sedute: vec![
                    sitting("2026-11-23", true),
                    sitting("2026-12-17", false),
                    sitting("2026-10-29", true),
                ],
            }],
        };
        let page = render_page(
            "/amministrazione/organi-di-governo/consiglio-provinciale",
            vec![(
                endpoint::organs().path().to_string(),
                Arc::from(serde_json::to_string(&organs).unwrap()),
            )],
        );
        assert_page_structure(&page, "Consiglio provinciale");
        let members: Vec<String> = select(&page, ".member-list a").iter().map(text).collect();
        assert_eq!(members, ["Marta Bertoni", "Paolo Serra"]);
        let headings: Vec<String> = select(&page, "main h2").iter().map(text).collect();
        assert!(
            headings.starts_with(&[
                "Competenze".into(),
                "Componenti".into(),
                "Componenti cessati".into(),
                "Prossime sedute".into(),
                "Sedute svolte".into()
            ]),
            "{headings:?}"
        );
        // Sittings to come soonest first, held ones newest first; each one's
        // papers under its own heading, so ids and headings stay unique.
        let sittings: Vec<String> = select(&page, ".sitting h3").iter().map(text).collect();
        assert_eq!(
            sittings,
            [
                "17 dicembre 2026, ore 15:00",
                "23 novembre 2026, ore 15:00",
                "29 ottobre 2026, ore 15:00"
            ]
        );
        let agenda: Vec<String> = select(&page, "#seduta-2026-11-23-1500 ol li")
            .iter()
            .map(text)
            .collect();
        assert_eq!(agenda, ["Comunicazioni del Presidente", "Bilancio"]);
        let papers = select(&page, "#seduta-2026-11-23-1500 .attachment a");
        assert_eq!(papers.len(), 1);
        assert!(text(&papers[0]).contains("(PDF, 2 kB)"), "{}", text(&papers[0]));
        let unknown = render_page(
            "/amministrazione/organi-di-governo/giunta",
            vec![(
                endpoint::organs().path().to_string(),
                Arc::from(serde_json::to_string(&organs).unwrap()),
            )],
        );
        assert!(select(&unknown, "h1").iter().any(|h| text(h) == "Pagina non trovata"));
    }
}

mod bodies {
    use super::*;
    use provincia_sito::model::bodies::{Body, BodyKind, BodyList, Share, YearResult};
    use provincia_sito::model::content::TextPage;
    use provincia_sito::model::Amount;

    #[test]
    fn bodies_are_listed_by_kind_with_the_data_of_article_22() {
        let intro = TextPage {
            versione: 1,
            percorso: "/amministrazione/enti-e-fondazioni".into(),
            titolo: "Enti e fondazioni".into(),
            descrizione: "Gli enti a cui la Provincia partecipa.".into(),
            aggiornato: None,
            argomenti: vec![],
            corpo_html: "<p>Introduzione.</p>".into(),
            modifiche: vec![],
        };
        let list = BodyList {
            versione: 1,
            enti: vec![Body {
                slug: "atc".into(),
                nome: "ATC Esercizio S.p.A.".into(),
                tipo: BodyKind::Societa,
                quota: Some(Share::parse("15").unwrap()),
                funzioni: "Trasporto pubblico locale.".into(),
                durata: "fino al 2050".into(),
                onere_annuo: Amount::parse("12000.00").unwrap(),
                rappresentanti: 1,
                risultati: vec![YearResult {
                    anno: 2024,
                    risultato: Amount::from_cents(-9_635_000),
                }],
                sito: "https://www.atcesercizio.it".into(),
            }],
        };
        let page = render_page(
            "/amministrazione/enti-e-fondazioni",
            vec![
                (
                    endpoint::text_page("/amministrazione/enti-e-fondazioni")
                        .path()
                        .to_string(),
                    Arc::from(serde_json::to_string(&intro).unwrap()),
                ),
                (
                    endpoint::bodies().path().to_string(),
                    Arc::from(serde_json::to_string(&list).unwrap()),
                ),
            ],
        );
        assert_page_structure(&page, "Enti e fondazioni");
        let headings: Vec<String> = select(&page, "main h2, main h3").iter().map(text).collect();
        assert!(
            headings.starts_with(&["Società partecipate".into(), "ATC Esercizio S.p.A.".into()]),
            "{headings:?}"
        );
        let data = text(&select(&page, ".body-data")[0]);
        for expected in ["15 %", "12.000,00 €", "2024: -96.350,00 €", "fino al 2050"] {
            assert!(data.contains(expected), "{expected} in {data}");
        }
    }
}

mod offices {
    use super::*;
    use provincia_sito::model::content::{LinkedPage, Office, OfficeLevel, OfficeList, OfficeUnit};
    use provincia_sito::model::people::{PersonKind, PersonSummary};

    fn unit(slug: &str, livello: OfficeLevel, parent: Option<&str>, nome: &str) -> OfficeUnit {
        OfficeUnit {
            ufficio: Office {
                slug: slug.into(),
                livello,
                nome: nome.into(),
                email: Some(format!("{slug}@provincia.sp.it")),
                telefono: None,
                indirizzo: None,
                orari: Some("martedì dalle 9 alle 12".into()),
            },
            dipende_da: parent.map(Into::into),
            descrizione: format!("Che cosa fa {nome}."),
            competenze_html: String::new(),
            responsabile: None,
            persone: vec![],
            servizi: vec![],
            notizie: vec![],
            bandi: vec![],
            sedi: Vec::new(),
        }
    }

    fn list() -> OfficeList {
        let mut ambiente = unit("ambiente", OfficeLevel::Servizio, Some("tecnico"), "Servizio Ambiente");
        ambiente.competenze_html = "<p>Autorizzazioni ambientali.</p>".into();
        ambiente.responsabile = Some(PersonSummary {
            slug: "francesca-rossi".into(),
            tipo: PersonKind::Personale,
            nome: "Francesca Rossi".into(),
            ruolo: "Responsabile del Servizio Ambiente".into(),
            in_carica: true,
        });
        ambiente.servizi = vec![LinkedPage {
            titolo: "Autorizzazione unica ambientale".into(),
            percorso: "/servizi/aua".into(),
        }];
        OfficeList {
            versione: 1,
            uffici: vec![
                unit("tecnico", OfficeLevel::Settore, None, "Settore Tecnico"),
                ambiente,
                unit("sismica", OfficeLevel::Ufficio, Some("ambiente"), "Ufficio Sismica"),
            ],
        }
    }

    fn data(list: &OfficeList, intro: Option<&str>) -> Vec<(String, Arc<str>)> {
        let mut data = vec![(
            endpoint::offices().path().to_string(),
            Arc::from(serde_json::to_string(list).unwrap()),
        )];
        data.extend(intro.map(|path| intro_data(path, "Uffici")));
        data
    }

    #[test]
    fn the_offices_page_nests_each_unit_under_the_one_it_belongs_to() {
        let page = render_page(
            "/amministrazione/uffici",
            data(&list(), Some("/amministrazione/uffici")),
        );
        assert_page_structure(&page, "Uffici");
        let settore = select(&page, ".office-tree section");
        assert_eq!(settore.len(), 1);
        let nested: Vec<String> = select(&page, ".office-tree section > ul > li > ul > li > a")
            .iter()
            .map(text)
            .collect();
        assert_eq!(nested, ["Ufficio Sismica"]);
        let link = select(&page, ".office-tree section > ul > li > a")[0];
        assert_eq!(link.value().attr("href"), Some("/amministrazione/uffici/ambiente"));
    }

    #[test]
    fn a_unit_page_shows_its_place_head_services_and_contacts() {
        let page = render_page("/amministrazione/uffici/ambiente", data(&list(), None));
        assert_page_structure(&page, "Servizio Ambiente");
        let headings: Vec<String> = select(&page, "main h2").iter().map(text).collect();
        for expected in [
            "Competenze",
            "Responsabile",
            "Uffici del servizio",
            "Servizi offerti",
            "Contatti",
        ] {
            assert!(headings.iter().any(|h| h == expected), "{expected} in {headings:?}");
        }
        // No staff and no news: no empty sections.
        assert!(
            !headings.iter().any(|h| h == "Persone" || h == "Notizie"),
            "{headings:?}"
        );
        let links: Vec<&str> = select(&page, "main a")
            .iter()
            .filter_map(|a| a.value().attr("href"))
            .collect();
        for expected in [
            "/amministrazione/aree-amministrative/tecnico",
            "/amministrazione/personale-amministrativo/francesca-rossi",
            "/amministrazione/uffici/sismica",
            "/servizi/aua",
            "mailto:ambiente@provincia.sp.it",
        ] {
            assert!(links.contains(&expected), "{expected} in {links:?}");
        }
        let crumbs: Vec<String> = select(&page, ".breadcrumb a").iter().map(text).collect();
        assert!(crumbs.ends_with(&["Uffici".to_string()]), "{crumbs:?}");
    }

    #[test]
    fn a_settore_at_the_offices_address_is_not_found() {
        let page = render_page("/amministrazione/uffici/tecnico", data(&list(), None));
        assert!(text(&select(&page, "h1")[0]).contains("non trovata"), "{}", page.html());
    }
}

mod documents {
    use super::*;
    use provincia_sito::model::content::{Attachment, TopicRef};
    use provincia_sito::model::documents::{
        Document, DocumentChoices, DocumentKind, DocumentListPage, DocumentSummary, Issuer,
    };
    use provincia_sito::model::Date;

    fn summary(slug: &str, numero: Option<&str>) -> DocumentSummary {
        DocumentSummary {
            tipo: DocumentKind::Ordinanza,
            slug: slug.into(),
            titolo: format!("Chiusura della SP {slug}"),
            numero: numero.map(Into::into),
            data: Date::parse("2026-06-11").unwrap(),
            oggetto: "Senso unico alternato per lavori.".into(),
            emanato_da: Issuer {
                slug: "viabilita".into(),
                nome: "Servizio Viabilità".into(),
                percorso: "/amministrazione/uffici/viabilita".into(),
            },
            in_vigore_dal: Date::parse("2026-06-15").ok(),
            in_vigore_fino_al: Date::parse("2026-09-30").ok(),
            non_in_vigore: true,
            argomenti: vec!["rete-stradale".into()],
        }
    }

    fn document() -> Document {
        Document {
            versione: 1,
            scheda: summary("566", Some("96")),
            argomenti: vec![TopicRef {
                slug: "rete-stradale".into(),
                nome: "Rete stradale".into(),
            }],
            corpo_html: String::new(),
            allegati: vec![Attachment {
                titolo: "Testo dell'ordinanza".into(),
                percorso: "/allegati/documenti/ordinanza-96.pdf".into(),
                formato: "PDF".into(),
                byte: 2_400,
            }],
            modifiche: vec![],
        }
    }

    fn list_data(page: u32, of: u32) -> Vec<(String, Arc<str>)> {
        let items: Vec<DocumentSummary> = (0..12).map(|n| summary(&n.to_string(), Some("1"))).collect();
        let list = DocumentListPage {
            versione: 1,
            pagina: page,
            pagine: of,
            totale: 12 * of,
            scelte: DocumentChoices::of(&items),
            elementi: items,
        };
        vec![
            (
                endpoint::documents_page(page).path().to_string(),
                Arc::from(serde_json::to_string(&list).unwrap()),
            ),
            intro_data("/amministrazione/documenti", "Documenti e dati"),
        ]
    }

    #[test]
    fn a_document_page_gives_its_references_validity_issuer_and_files() {
        let doc = document();
        let data = vec![(
            endpoint::document("566").path().to_string(),
            Arc::from(serde_json::to_string(&doc).unwrap()),
        )];
        let page = render_page("/amministrazione/documenti/566", data);
        assert_page_structure(&page, "Chiusura della SP 566");
        let facts: Vec<String> = select(&page, ".document-facts li").iter().map(text).collect();
        assert_eq!(
            facts,
            [
                "Numero: 96",
                "Data: 11 giugno 2026",
                "Emanato da: Servizio Viabilità",
                "Non più in vigore dal 1° ottobre 2026"
            ]
        );
        let issuer = select(&page, ".document-facts a")[0];
        assert_eq!(issuer.value().attr("href"), Some("/amministrazione/uffici/viabilita"));
        let file = select(&page, ".attachment a")[0];
        assert_eq!(text(&file), "Testo dell'ordinanza (PDF, 2 kB)");
        let crumbs: Vec<String> = select(&page, ".breadcrumb a").iter().map(text).collect();
        assert!(crumbs.ends_with(&["Documenti e dati".to_string()]), "{crumbs:?}");
        assert!(data_elements(&page).contains(&"topic-element".to_string()));
    }

    #[test]
    fn the_list_page_has_its_cards_pages_filters_and_downloads() {
        let page = render_page("/amministrazione/documenti/pagina/2", list_data(2, 3));
        assert_page_structure(&page, "Documenti e dati");
        assert_eq!(select(&page, ".document-cards .card-title a").len(), 12);
        let count = text(&select(&page, ".list-count")[0]);
        assert_eq!(count, "36 risultati, pagina 2 di 3.");
        let current = select(&page, ".pagination [aria-current=page]");
        assert_eq!(text(&current[0]), "Pagina 2");
        let links: Vec<&str> = select(&page, "main a")
            .iter()
            .filter_map(|a| a.value().attr("href"))
            .collect();
        for expected in [
            "/amministrazione/documenti",
            "/amministrazione/documenti/pagina/3",
            "/dati/documenti.csv",
            "/dati/documenti.json",
            "/feed/documenti.xml",
        ] {
            assert!(links.contains(&expected), "{expected} in {links:?}");
        }
        // The filter form sends each field under the key the filter reads.
        let form = select(&page, "form[aria-label='Filtra i documenti']")[0];
        assert_eq!(filter_form_fields(&form.html()), ["testo", "tipo", "anno", "ufficio"]);
    }

    #[test]
    fn a_page_past_the_last_is_not_found() {
        let page = render_page("/amministrazione/documenti/pagina/4", list_data(4, 3));
        assert!(text(&select(&page, "h1")[0]).contains("non trovata"), "{}", page.html());
    }
}

mod calls {
    use super::*;
    use provincia_sito::model::calls::{Award, Call, CallKind, CallList, CallStatus, CallSummary, Procedure};
    use provincia_sito::model::content::{OfficeLevel, OfficeRef};
    use provincia_sito::model::{Amount, Date};

    fn day(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    fn tender(slug: &str, stato: CallStatus) -> CallSummary {
        CallSummary {
            tipo: CallKind::Gara,
            slug: slug.into(),
            titolo: format!("Gara {slug}"),
            procedura: Procedure::Aperta,
            cig: Some("B4C1D7E2F9".into()),
            cup: None,
            importo: Amount::parse("1240000.00").ok(),
            posti: None,
            pubblicato_il: day("2026-11-20"),
            scadenza: day("2026-12-18"),
            stato,
            per_conto_di: vec![],
        }
    }

    fn list() -> CallList {
        let mut for_comuni = tender("scuole", CallStatus::Aperto);
        for_comuni.per_conto_di = vec!["Arcola".into(), "Follo".into()];
        let competition = CallSummary {
            tipo: CallKind::Concorso,
            procedura: Procedure::ConcorsoPubblico,
            cig: None,
            importo: None,
            posti: Some(2),
            ..tender("geometri", CallStatus::EsitoPubblicato)
        };
        CallList {
            versione: 1,
            aggiornato: day("2026-12-04"),
            bandi: vec![
                tender("sp1", CallStatus::Aperto),
                for_comuni,
                tender("ponti", CallStatus::Aggiudicato),
                competition,
            ],
        }
    }

    #[test]
    fn the_list_groups_tenders_and_competitions_by_status() {
        let data = vec![(
            endpoint::calls().path().to_string(),
            Arc::from(serde_json::to_string(&list()).unwrap()),
        )];
        let page = render_page("/amministrazione/bandi", data);
        assert_page_structure(&page, "Bandi di gara e concorsi");
        let groups: Vec<String> = select(&page, "main h3").iter().map(text).collect();
        assert_eq!(groups, ["Aperto (2)", "Aggiudicato (1)", "Esito pubblicato (1)"]);
        let tenders = select(&page, "section[aria-labelledby=gara-aperto] .card-title a");
        assert_eq!(tenders.len(), 2);
        let cards: Vec<String> = select(&page, "section[aria-labelledby=gara-aperto] article")
            .iter()
            .map(text)
            .collect();
        assert!(
            cards[1].contains("Stazione unica appaltante, per i Comuni di Arcola e Follo"),
            "{cards:?}"
        );
        assert!(
            cards[0].contains("CIG B4C1D7E2F9") && cards[0].contains("1.240.000,00 €"),
            "{cards:?}"
        );
        let competition = text(&select(&page, "section[aria-labelledby=concorso-esito-pubblicato] article")[0]);
        assert!(competition.contains("2 posti"), "{competition}");
    }

    #[test]
    fn a_tender_links_its_record_in_the_national_database_and_says_who_won() {
        let call = Call {
            versione: 1,
            scheda: tender("ponti", CallStatus::Aggiudicato),
            oggetto: "Verifiche su 12 ponti.".into(),
            corpo_html: String::new(),
            ufficio: OfficeRef {
                slug: "viabilita".into(),
                livello: OfficeLevel::Servizio,
                nome: "Servizio Viabilità".into(),
            },
            inpa: None,
            aggiudicazione: Some(Award {
                data: day("2027-01-20"),
                aggiudicatario: "Ponti e Strutture S.r.l.".into(),
                importo: Amount::parse("291320.00").unwrap(),
            }),
            esito_il: None,
            documenti: vec![],
            argomenti: vec![],
            modifiche: vec![],
        };
        let data = vec![(
            endpoint::call("ponti").path().to_string(),
            Arc::from(serde_json::to_string(&call).unwrap()),
        )];
        let page = render_page("/amministrazione/bandi/ponti", data);
        assert_page_structure(&page, "Gara ponti");
        let record = select(&page, ".document-facts a")
            .into_iter()
            .find(|a| text(a).contains("Banca dati nazionale"))
            .expect("the BDNCP link");
        assert_eq!(
            record.value().attr("href"),
            Some("https://dati.anticorruzione.it/superset/dashboard/dettaglio_cig/?cig=B4C1D7E2F9")
        );
        let award = text(&select(&page, "section[aria-labelledby=bando-aggiudicazione] p")[0]);
        assert_eq!(
            award,
            "Aggiudicata a Ponti e Strutture S.r.l. per 291.320,00 € il 20 gennaio 2027."
        );
        let crumbs: Vec<String> = select(&page, ".breadcrumb a").iter().map(text).collect();
        assert!(
            crumbs.ends_with(&["Bandi di gara e concorsi".to_string()]),
            "{crumbs:?}"
        );
    }
}

#[path = "components/pnrr_closing.rs"]
mod pnrr_closing;

#[path = "components/receiving.rs"]
mod receiving;

#[path = "components/territory.rs"]
mod territory;
