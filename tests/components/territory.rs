//! The territory's pages: the Comuni, the roads and their restrictions.

use super::*;
use provincia_sito::model::content::{OfficeLevel, OfficeRef};
use provincia_sito::model::date::Date;
use provincia_sito::model::territory::geo::{BoundingBox, ComuneShape, Geometry, MapBase};
use provincia_sito::model::territory::schools::{EnergyClass, Institute, SchoolBuilding};
use provincia_sito::model::territory::{Comune, Km, Place, PlaceKind, Restriction, RestrictionKind, Road, Territory};

fn comune(istat: &str, slug: &str, nome: &str) -> Comune {
    Comune {
        istat: istat.into(),
        slug: slug.into(),
        nome: nome.into(),
        sito: None,
    }
}

fn territory() -> Territory {
    let spezia = comune("011015", "la-spezia", "La Spezia");
    let sarzana = comune("011027", "sarzana", "Sarzana");
    let road = |codice: &str, km: &str, comuni: Vec<&Comune>| Road {
        codice: codice.into(),
        slug: provincia_sito::model::territory::road_slug(codice),
        nome: format!("strada {codice}"),
        lunghezza: Km::parse(km).unwrap(),
        comuni: comuni.into_iter().map(Comune::reference).collect(),
        zona: "Golfo".into(),
        ufficio: OfficeRef {
            slug: "viabilita".into(),
            livello: OfficeLevel::Servizio,
            nome: "Servizio Viabilità".into(),
        },
    };
    let roads = vec![
        road("SP 1", "18.4", vec![&spezia, &sarzana]),
        road("SP 62", "9.7", vec![&sarzana]),
    ];
    let restriction = |slug: &str, on: &Road, kind: RestrictionKind, from: &str, to: &str| Restriction {
        slug: slug.into(),
        strada: on.reference(),
        dal_km: Km::parse("3.2").unwrap(),
        al_km: Km::parse("4").unwrap(),
        comuni: vec![sarzana.reference()],
        tipo: kind,
        limite: None,
        inizio: day(from),
        ora_inizio: None,
        fine: day(to),
        ora_fine: Some("18:00".into()),
        motivo: "Lavori di prova".into(),
        percorso_alternativo: Some("Per la SP 62".into()),
        ordinanza: None,
        geometria: Geometry::Point([9.96, 44.11]),
    };
    let limitazioni = vec![
        restriction(
            "chiusa-oggi",
            &roads[0],
            RestrictionKind::ChiusuraTotale,
            "2026-12-01",
            "2026-12-12",
        ),
        restriction(
            "domani",
            &roads[1],
            RestrictionKind::SensoUnicoAlternato,
            "2026-12-06",
            "2026-12-08",
        ),
        restriction(
            "passata",
            &roads[0],
            RestrictionKind::Restringimento,
            "2026-11-01",
            "2026-11-04",
        ),
        restriction(
            "a-gennaio",
            &roads[0],
            RestrictionKind::Restringimento,
            "2027-01-10",
            "2027-01-20",
        ),
    ];
    Territory {
        versione: 1,
        calcolato_il: day("2026-12-05"),
        strade: roads,
        comuni: vec![spezia.clone(), sarzana.clone(), comune("011009", "carro", "Carro")],
        limitazioni,
        luoghi: vec![school(&spezia)],
        riquadro: Some(map_base().riquadro),
        mappa: None,
        progetti_pnrr: vec![provincia_sito::model::pnrr::closing::LocatedProject {
            cup: "J27H22000850006".into(),
            titolo_progetto: "Adeguamento sismico dell'Istituto Parentucelli".into(),
            stato: provincia_sito::model::pnrr::ProjectStatus::Collaudato,
            finanziamento_pnrr: provincia_sito::model::Amount::parse("1640000.00").unwrap(),
            comuni: vec!["011027".into()],
        }],
    }
}

/// A school building in La Spezia with one PNRR project.
fn school(comune: &Comune) -> Place {
    Place {
        slug: "liceo-di-prova".into(),
        nome: "Liceo di prova".into(),
        tipo: PlaceKind::Scuola,
        descrizione: "Un liceo.".into(),
        indirizzo: "Via Roma 1".into(),
        cap: "19121".into(),
        comune: comune.reference(),
        punto: [9.82, 44.1],
        orari: vec!["Lunedì–sabato 8:00–14:00".into()],
        accessibilita: "Rampa e ascensore.".into(),
        come_arrivare: None,
        telefono: Some("0187 000000".into()),
        uffici: vec![],
        scuola: Some(SchoolBuilding {
            istituti: vec![Institute {
                nome: "Liceo scientifico".into(),
                codice: "SPPS01000B".into(),
            }],
            studenti: 1150,
            classe_energetica: Some(EnergyClass::D),
            lavori: vec![],
            progetti_pnrr: vec![provincia_sito::model::content::LinkedPage {
                titolo: "Adeguamento sismico".into(),
                percorso: "/pnrr/progetti/J47H22000840006".into(),
            }],
        }),
    }
}

/// The outlines of two square Comuni.
fn map_base() -> MapBase {
    let square = |west: f64| {
        vec![vec![
            [west, 44.0],
            [west + 0.1, 44.0],
            [west + 0.1, 44.2],
            [west, 44.2],
            [west, 44.0],
        ]]
    };
    let shape = |istat: &str, west: f64| ComuneShape {
        istat: istat.into(),
        anelli: square(west),
        punto: [west + 0.05, 44.1],
    };
    MapBase {
        versione: 1,
        riquadro: BoundingBox {
            ovest: 9.8,
            sud: 44.0,
            est: 10.0,
            nord: 44.2,
        },
        comuni: vec![shape("011015", 9.8), shape("011027", 9.9)],
        fonte: "Riquadri di prova".into(),
    }
}

fn day(text: &str) -> Date {
    Date::parse(text).unwrap()
}

fn data(intro: Option<&str>) -> Vec<(String, Arc<str>)> {
    let mut data = vec![
        (
            endpoint::territory().path().to_string(),
            Arc::from(serde_json::to_string(&territory()).unwrap()),
        ),
        (
            endpoint::territory_map().path().to_string(),
            Arc::from(serde_json::to_string(&map_base()).unwrap()),
        ),
    ];
    data.extend(intro.map(|path| intro_data(path, "Strade provinciali")));
    data
}

#[test]
fn the_road_table_has_a_caption_with_the_network_length_and_a_row_per_road() {
    let page = render_page(
        "/vivere-la-provincia/strade-provinciali",
        data(Some("/vivere-la-provincia/strade-provinciali")),
    );
    assert_page_structure(&page, "Strade provinciali");
    assert_eq!(
        text(&select(&page, "caption")[0]),
        "Le 2 strade provinciali, 28,1 km in tutto"
    );
    let cells: Vec<String> = select(&page, "tbody tr:first-child th, tbody tr:first-child td")
        .iter()
        .map(text)
        .collect();
    assert_eq!(cells, ["SP 1", "strada SP 1", "18,4 km", "La Spezia, Sarzana", "Golfo"]);
    let link = select(&page, "tbody th a")[1];
    assert_eq!(
        link.value().attr("href"),
        Some("/vivere-la-provincia/strade-provinciali/sp-62")
    );
}

#[test]
fn a_comune_page_lists_the_roads_that_cross_it_or_says_there_are_none() {
    let page = render_page("/vivere-la-provincia/comuni/sarzana", data(None));
    assert_page_structure(&page, "Sarzana");
    let roads: Vec<String> = select(&page, "section[aria-labelledby=comune-strade] li")
        .iter()
        .map(text)
        .collect();
    assert_eq!(roads, ["SP 1 strada SP 1, 18,4 km", "SP 62 strada SP 62, 9,7 km"]);
    // Its PNRR projects, by ISTAT code (Italia Domani's Localizzazioni).
    let projects = select(&page, "section[aria-labelledby=comune-pnrr] li a");
    assert_eq!(projects.len(), 1);
    assert_eq!(projects[0].value().attr("href"), Some("/pnrr/progetti/J27H22000850006"));
    assert!(text(&select(&page, "section[aria-labelledby=comune-pnrr] li")[0])
        .ends_with("collaudato, 1.640.000,00 € di finanziamento PNRR"));
    let none = render_page("/vivere-la-provincia/comuni/carro", data(None));
    assert!(select(&none, "section[aria-labelledby=comune-pnrr]").is_empty());
    assert!(text(&select(&none, "section[aria-labelledby=comune-strade]")[0]).contains("Nessuna strada provinciale"));
    let missing = render_page("/vivere-la-provincia/comuni/altrove", data(None));
    assert!(text(&select(&missing, "h1")[0]).contains("non trovata"));
}

const RESTRICTIONS: &str = "/vivere-la-provincia/limitazioni-al-traffico";

#[test]
fn the_restrictions_list_shows_today_and_the_next_days_on_the_map_and_in_tables() {
    let mut data = data(None);
    data.push(intro_data(RESTRICTIONS, "Limitazioni al traffico"));
    let page = render_page(RESTRICTIONS, data);
    assert_page_structure(&page, "Limitazioni al traffico");
    assert!(text(&select(&page, ".computed-on")[0]).starts_with("Situazione al 5 dicembre 2026"));
    let rows = |period: &str| -> Vec<String> {
        select(&page, &format!("section[data-periodo={period}] tbody tr"))
            .iter()
            .map(|tr| tr.value().attr("data-limitazione").unwrap().to_string())
            .collect()
    };
    assert_eq!(rows("oggi"), ["chiusa-oggi"]);
    assert_eq!(rows("prossimi-7-giorni"), ["domani"]);
    assert!(
        select(&page, "section[data-periodo=concluse]").is_empty(),
        "past ones only with a filter"
    );
    let cells: Vec<String> = select(&page, "section[data-periodo=oggi] tbody td")
        .iter()
        .map(text)
        .collect();
    assert_eq!(
        cells,
        [
            // What and until when first, after the road (issue 39).
            "Chiusura totale",
            "dal 1° dicembre 2026 al 12 dicembre 2026 ore 18:00",
            "km 3,2–4",
            "Sarzana"
        ]
    );
    // The map: one named link per row above, a square for the closure.
    let markers = select(&page, ".restriction-map a.marker");
    let names: Vec<&str> = markers.iter().map(|a| a.value().attr("aria-label").unwrap()).collect();
    assert_eq!(
        names,
        [
            "Chiusura totale, SP 1 strada SP 1, km 3,2–4, dal 1° dicembre 2026 al 12 dicembre 2026 ore 18:00",
            "Senso unico alternato, SP 62 strada SP 62, km 3,2–4, dal 6 dicembre 2026 all'8 dicembre 2026 ore 18:00",
        ]
    );
    assert_eq!(select(&page, ".restriction-map a.marker-today rect").len(), 1);
    assert_eq!(select(&page, ".restriction-map a.marker-coming circle").len(), 1);
    assert_eq!(select(&page, ".map-comuni path").len(), 2);
    assert!(
        text(&select(&page, "figcaption")[0]).contains("1 in vigore oggi (simbolo pieno) e 1 nei prossimi 7 giorni")
    );
    let downloads: Vec<&str> = select(&page, "section[aria-labelledby=limitazioni-dati-aperti] a")
        .iter()
        .filter_map(|a| a.value().attr("href"))
        .collect();
    assert!(downloads.contains(&"/dati/limitazioni.geojson"), "{downloads:?}");
    assert!(downloads.contains(&"/feed/limitazioni.xml"), "{downloads:?}");
}

#[test]
fn a_restriction_page_says_whether_it_is_in_force_and_until_when() {
    let page = render_page(&format!("{RESTRICTIONS}/chiusa-oggi"), data(None));
    assert_page_structure(&page, "Chiusura totale, SP 1 strada SP 1, km 3,2–4");
    assert_eq!(
        text(&select(&page, "[data-stato]")[0]),
        "In vigore oggi, fino al 12 dicembre 2026 ore 18:00."
    );
    let links: Vec<&str> = select(&page, "main a")
        .iter()
        .filter_map(|a| a.value().attr("href"))
        .collect();
    assert!(links.contains(&"/calendario/limitazione-chiusa-oggi.ics"), "{links:?}");
    assert!(links.contains(&"/vivere-la-provincia/comuni/sarzana"), "{links:?}");
    assert!(
        links
            .iter()
            .any(|l| l.starts_with("https://www.openstreetmap.org/?mlat=44.11000&mlon=9.96000")),
        "{links:?}"
    );

    let past = render_page(&format!("{RESTRICTIONS}/passata"), data(None));
    assert_eq!(text(&select(&past, "[data-stato]")[0]), "Conclusa il 4 novembre 2026.");
    assert!(
        select(&past, "a[href$='.ics']").is_empty(),
        "no calendar for what is over"
    );
    let later = render_page(&format!("{RESTRICTIONS}/a-gennaio"), data(None));
    assert_eq!(
        text(&select(&later, "[data-stato]")[0]),
        "Non ancora in vigore: comincia il 10 gennaio 2027."
    );
    let missing = render_page(&format!("{RESTRICTIONS}/mai-esistita"), data(None));
    assert!(text(&select(&missing, "h1")[0]).contains("non trovata"));
}

#[test]
fn a_road_page_lists_its_restrictions_by_period_and_says_when_a_period_has_none() {
    let page = render_page("/vivere-la-provincia/strade-provinciali/sp-1", data(None));
    let sections: Vec<(String, String)> = select(&page, "section[data-periodo]")
        .iter()
        .map(|s| (s.value().attr("data-periodo").unwrap().to_string(), text(s)))
        .collect();
    let keys: Vec<&str> = sections.iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(keys, ["oggi", "prossimi-7-giorni", "piu-avanti", "concluse"]);
    assert!(
        sections[1].1.contains("Nessuna limitazione nei prossimi 7 giorni."),
        "{}",
        sections[1].1
    );
    assert_eq!(select(&page, "section[data-periodo=concluse] tbody tr").len(), 1);
    assert_eq!(
        select(&page, "main a[href='/feed/limitazioni/strade/sp-1.xml']").len(),
        1
    );
}

#[test]
fn a_school_building_is_a_row_of_the_schools_table_and_a_place_with_its_facts() {
    let mut with_intro = data(None);
    with_intro.push(intro_data("/vivere-la-provincia/scuole-superiori", "Scuole superiori"));
    let page = render_page("/vivere-la-provincia/scuole-superiori", with_intro);
    assert_page_structure(&page, "Scuole superiori");
    assert_eq!(
        text(&select(&page, "caption")[0]),
        "1 edifici scolastici, 1.150 studenti"
    );
    let cells: Vec<String> = select(&page, "tbody tr td").iter().map(text).collect();
    assert_eq!(cells, ["La Spezia", "Liceo scientifico", "1.150", "D", "1"]);

    let place = render_page("/vivere-la-provincia/luoghi/liceo-di-prova", data(None));
    assert_page_structure(&place, "Liceo di prova");
    let crumbs: Vec<String> = select(&place, ".breadcrumb a").iter().map(text).collect();
    assert!(crumbs.contains(&"Scuole superiori".to_string()), "{crumbs:?}");
    let school = text(&select(&place, "section[aria-labelledby=edificio-scolastico]")[0]);
    assert!(school.contains("Liceo scientifico (codice SPPS01000B)"), "{school}");
    assert!(school.contains("Nessun lavoro in corso."), "{school}");
    let links: Vec<&str> = select(&place, "main a")
        .iter()
        .filter_map(|a| a.value().attr("href"))
        .collect();
    assert!(links.contains(&"/pnrr/progetti/J47H22000840006"), "{links:?}");
    assert!(links.contains(&"tel:0187000000"), "{links:?}");
    assert!(
        links
            .iter()
            .any(|l| l.starts_with("https://www.openstreetmap.org/?mlat=44.10000&mlon=9.82000")),
        "{links:?}"
    );
    // The Comune's page lists it.
    let comune = render_page("/vivere-la-provincia/comuni/la-spezia", data(None));
    assert_eq!(
        text(&select(&comune, "section[aria-labelledby=comune-luoghi] li")[0]),
        "Liceo di prova (edificio scolastico)"
    );
}

mod events {
    use super::*;
    use provincia_sito::model::events::{Event, EventDate, EventKind, EventList};

    fn list() -> EventList {
        let event = |slug: &str, kind: EventKind, dates: &[&str], page: Option<&str>| Event {
            slug: slug.into(),
            titolo: format!("Evento {slug}"),
            tipo: kind,
            descrizione: "Descrizione.".into(),
            date: dates
                .iter()
                .map(|d| EventDate {
                    data: day(d),
                    ora: Some("10:00".into()),
                    ora_fine: None,
                })
                .collect(),
            luogo: None,
            indirizzo: Some("Sala comunale".into()),
            organizzatore: "Provincia".into(),
            argomenti: vec![],
            pagina: page.map(String::from),
        };
        EventList {
            versione: 1,
            calcolato_il: day("2026-12-05"),
            eventi: vec![
                event("passato", EventKind::Incontro, &["2026-11-20"], None),
                event("scuole-aperte", EventKind::OpenDay, &["2026-12-12", "2027-01-16"], None),
                event(
                    "consiglio",
                    EventKind::Seduta,
                    &["2026-12-17"],
                    Some("/amministrazione/organi-di-governo/consiglio#seduta-2026-12-17-1000"),
                ),
            ],
        }
    }

    fn data(intro: Option<&str>) -> Vec<(String, Arc<str>)> {
        let mut data = vec![(
            endpoint::events().path().to_string(),
            Arc::from(serde_json::to_string(&list()).unwrap()),
        )];
        data.extend(intro.map(|path| intro_data(path, "Eventi")));
        data
    }

    #[test]
    fn the_events_list_groups_the_dates_to_come_by_month_with_event_links() {
        let page = render_page("/vivere-la-provincia/eventi", data(Some("/vivere-la-provincia/eventi")));
        assert_page_structure(&page, "Eventi");
        let months: Vec<String> = select(&page, "h2.month-heading").iter().map(text).collect();
        assert_eq!(months, ["dicembre 2026", "gennaio 2027"]);
        let links: Vec<&str> = select(&page, "a[data-element=event-link]")
            .iter()
            .filter_map(|a| a.value().attr("href"))
            .collect();
        assert_eq!(
            links,
            [
                "/vivere-la-provincia/eventi/scuole-aperte",
                "/amministrazione/organi-di-governo/consiglio#seduta-2026-12-17-1000",
                "/vivere-la-provincia/eventi/scuole-aperte",
            ]
        );
        let kind = render_page("/vivere-la-provincia/eventi/tipo/seduta", data(None));
        assert_page_structure(&kind, "Eventi: sedute degli organi");
        assert_eq!(select(&kind, "a[data-element=event-link]").len(), 1);
        assert_eq!(
            select(&kind, "a[aria-current=page]")
                .iter()
                .map(text)
                .collect::<Vec<_>>(),
            ["Sedute degli organi"]
        );
        let unknown = render_page("/vivere-la-provincia/eventi/tipo/sagra", data(None));
        assert!(text(&select(&unknown, "h1")[0]).contains("non trovata"));
    }

    #[test]
    fn an_event_page_lists_its_dates_and_offers_the_calendar_only_while_to_come() {
        let page = render_page("/vivere-la-provincia/eventi/scuole-aperte", data(None));
        assert_page_structure(&page, "Evento scuole-aperte");
        let dates: Vec<String> = select(&page, "main time").iter().map(text).collect();
        assert_eq!(dates, ["12 dicembre 2026, ore 10:00", "16 gennaio 2027, ore 10:00"]);
        assert_eq!(select(&page, "a[href='/calendario/evento-scuole-aperte.ics']").len(), 1);
        let past = render_page("/vivere-la-provincia/eventi/passato", data(None));
        assert!(text(&select(&past, "main ul:not(.document-facts)")[0]).contains("(già svolto)"));
        assert!(select(&past, "a[href$='.ics']").is_empty());
        // A sitting's page is its organ's.
        let sitting = render_page("/vivere-la-provincia/eventi/consiglio", data(None));
        assert!(text(&select(&sitting, "h1")[0]).contains("non trovata"));
    }
}
