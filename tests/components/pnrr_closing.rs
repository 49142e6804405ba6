//! The closing phase on the PNRR pages: a project's Comuni, indicators,
//! steps and final status; on /pnrr what is still open.

use super::*;
use provincia_sito::model::pnrr::closing::open_items;
use provincia_sito::model::pnrr::{Measure, PnrrOverview, Project, ProjectPage};

fn measure() -> Measure {
    Measure {
        slug: "m4c1-investimento-3-3".into(),
        codice: "M4C1I3.3".into(),
        missione: "M4 Istruzione e ricerca".into(),
        componente: "C1".into(),
        titolo: "M4C1 Investimento 3.3".into(),
        descrizione: "Messa in sicurezza delle scuole".into(),
        amministrazione_titolare: "Ministero dell'Istruzione e del Merito".into(),
    }
}

fn project(stato: &str) -> Project {
    let source = serde_json::json!({"fonte": "ReGiS", "verificato_il": "2026-11-18"});
    let mut value = serde_json::json!({
        "cup": "J27H22000850006", "codice_locale_progetto": "PROV-SP-SCU-05",
        "titolo_progetto": "Adeguamento sismico dell'Istituto Parentucelli", "sintesi_progetto": "Lavori.",
        "misura": "m4c1-investimento-3-3", "soggetto_attuatore": "Provincia della Spezia",
        "codice_fiscale_soggetto_attuatore": "00218930113",
        "finanziamento_pnrr": "1640000.00", "finanziamento_totale": "1640000.00",
        "data_inizio_prevista": "2022-09-01", "data_fine_prevista": "2026-06-30",
        "data_inizio_effettiva": "2023-06-12", "data_fine_effettiva": "2026-05-29",
        "stato": stato, "fonte": source,
        "gare": [{"cig": "B12F4A7C90", "oggetto_gara": "Verifica della progettazione", "data_aggiudicazione": "2023-01-20",
            "importo_aggiudicazione": "48600.00", "denominazione_aggiudicatario": "Studio", "codice_fiscale_aggiudicatario": "04455667784",
            "fonte": source, "altri_cup": ["J47H22000830006"]}],
        "traguardi": [{"descrizione": "Fine lavori", "tipo": "obiettivo", "data_prevista": "2026-06-30", "fonte": source}],
        "pagamenti": [{"data": "2025-01-22", "descrizione": "SAL 1", "importo": "656000.00", "fonte": source}],
        "localizzazioni": [{"codice_istat_comune": "011027", "comune": "Sarzana", "slug_comune": "sarzana",
            "indirizzo": "Via Paci 1, Sarzana", "punto": [9.96, 44.11]}],
        "indicatori": [{"descrizione": "Superficie riqualificata", "unita_misura": "metri quadrati",
            "valore_programmato": "4200", "valore_realizzato": "3780", "data_rilevazione": "2026-06-28"}],
        "iter": [
            {"fase": "affidamento", "data_inizio_prevista": "2022-12-01", "data_fine_prevista": "2023-01-31",
             "data_inizio_effettiva": "2022-12-20", "data_fine_effettiva": "2023-01-20"},
            {"fase": "esecuzione", "data_inizio_prevista": "2023-02-01", "data_fine_prevista": "2026-03-31",
             "data_inizio_effettiva": "2023-06-12", "data_fine_effettiva": "2026-05-29"}
        ],
        "data_estrazione_regis": "2026-11-15"
    });
    if stato == "collaudato" {
        value["collaudo"] = serde_json::json!({"data": "2026-07-10", "certificato":
            {"titolo": "Certificato di collaudo", "percorso": "/allegati/pnrr/collaudo.pdf", "formato": "PDF", "byte": 2048}});
    }
    serde_json::from_value(value).unwrap()
}

fn json<T: serde::Serialize>(value: &T) -> Arc<str> {
    Arc::from(serde_json::to_string(value).unwrap())
}

#[test]
fn a_project_page_says_where_what_it_achieved_its_steps_and_its_final_status() {
    let p = project("collaudato");
    let page = ProjectPage {
        versione: 1,
        data_riferimento: provincia_sito::model::Date::parse("2026-12-05").unwrap(),
        misura: measure(),
        progetto: p.clone(),
        modifiche: Vec::new(),
    };
    let html = render_page(
        &p.path(),
        vec![(endpoint::pnrr_project(&p.cup).path().to_string(), json(&page))],
    );
    assert_page_structure(&html, "Adeguamento sismico dell'Istituto Parentucelli");
    let place = text(
        &select(
            &html,
            "section[aria-labelledby=pnrr-localizzazione] li[data-istat='011027']",
        )[0],
    );
    assert!(
        place.starts_with("Sarzana (codice ISTAT 011027), Via Paci 1, Sarzana"),
        "{place}"
    );
    assert_eq!(
        select(&html, "section[aria-labelledby=pnrr-localizzazione] a")[0]
            .value()
            .attr("href"),
        Some("/vivere-la-provincia/comuni/sarzana")
    );
    let indicator: Vec<String> = select(
        &html,
        "#tabella-indicatori ~ tbody td, table:has(#tabella-indicatori) tbody td",
    )
    .iter()
    .map(text)
    .collect();
    assert_eq!(indicator, ["metri quadrati", "4.200", "3.780", "28 giugno 2026"]);
    let steps: Vec<String> = select(&html, "section[aria-labelledby=pnrr-iter] li")
        .iter()
        .map(text)
        .collect();
    assert_eq!(steps.len(), 2);
    assert!(
        steps[1].ends_with("Conclusa il 29 maggio 2026, dopo la data prevista."),
        "{steps:?}"
    );
    let terms: Vec<String> = select(&html, "section[aria-labelledby=pnrr-stato-finale] dt")
        .iter()
        .map(text)
        .collect();
    let values: Vec<String> = select(&html, "section[aria-labelledby=pnrr-stato-finale] dd")
        .iter()
        .map(text)
        .collect();
    let status: Vec<(&str, &str)> = terms
        .iter()
        .map(String::as_str)
        .zip(values.iter().map(String::as_str))
        .collect();
    assert_eq!(
        status,
        [
            ("Stato", "Collaudato"),
            ("Conclusione dei lavori", "29 maggio 2026"),
            ("Collaudo", "10 luglio 2026 – Certificato di collaudo (PDF, 2 kB)"),
            ("Rendicontazione finale in ReGiS", "—"),
            ("Dati finanziari estratti da ReGiS il", "15 novembre 2026"),
            ("Dati verificati dalla Provincia il", "18 novembre 2026"),
        ]
    );
    // The tender: its ANAC record, and the other project it serves.
    let tender = select(&html, "table:has(#tabella-gare) tbody tr")[0];
    let links: Vec<&str> = tender
        .select(&Selector::parse("a").unwrap())
        .map(|a| a.value().attr("href").unwrap())
        .collect();
    assert_eq!(links[1], "/pnrr/progetti/J47H22000830006");
    assert!(links[0].contains("B12F4A7C90"), "{links:?}");
}

#[test]
fn pnrr_states_the_closing_dates_and_lists_what_is_still_open() {
    let open = open_items(&[project("in-corso")]);
    let overview = PnrrOverview {
        versione: 1,
        aggiornato_il: provincia_sito::model::Date::parse("2026-11-18").unwrap(),
        misure: vec![measure()],
        progetti: Vec::new(),
        ultime_modifiche: Vec::new(),
        aperto: open,
    };
    let html = render_page("/pnrr", vec![(endpoint::pnrr().path().to_string(), json(&overview))]);
    let section = text(&select(&html, "section[aria-labelledby=pnrr-aperto]")[0]);
    for expected in [
        "31 agosto 2026: ultimo giorno per raggiungere traguardi e obiettivi",
        "31 dicembre 2026: ultimo giorno per i pagamenti",
        "resta pubblicata anche dopo la chiusura del piano",
        "Traguardi e obiettivi non raggiunti (1)",
        "Pagamenti ancora attesi: 1 progetto",
        "Non ancora collaudati: 1 progetto",
    ] {
        assert!(section.contains(expected), "{expected}: {section}");
    }
    let due: Vec<String> = select(&html, "table:has(#tabella-pagamenti-attesi) tbody td")
        .iter()
        .map(text)
        .collect();
    assert_eq!(due, ["1.640.000,00 €", "656.000,00 €", "984.000,00 €"]);
    assert!(text(&select(&html, "main")[0]).contains("restano pubblicate in modo permanente"));
}
