use super::*;
use crate::model::booking::{BookingOffice, BookingService};
use crate::model::content::{Office, OfficeLevel};

fn is_page(path: &str) -> bool {
    ["/", "/novita", "/servizi/trasporti-eccezionali"].contains(&path)
}

fn fields(found: &[FieldProblem]) -> Vec<&str> {
    found.iter().map(|p| p.field.as_str()).collect()
}

#[test]
fn a_rating_is_refused_for_an_unknown_page_a_bad_score_or_an_aspect_of_the_other_branch() {
    let good: RatingAnswer =
        serde_json::from_str(r#"{"pagina":"/novita","valutazione":2,"aspetto":"Ho avuto problemi tecnici"}"#).unwrap();
    assert!(good.problems(is_page).is_empty());
    let bad: RatingAnswer = serde_json::from_str(
        r#"{"pagina":"/non-esiste","valutazione":5,"aspetto":"Ho avuto problemi tecnici","dettagli":"ok"}"#,
    )
    .unwrap();
    assert_eq!(fields(&bad.problems(is_page)), ["pagina", "aspetto"]);
    let zero: RatingAnswer = serde_json::from_str(r#"{"pagina":"/","valutazione":0}"#).unwrap();
    assert_eq!(fields(&zero.problems(is_page)), ["valutazione"]);
    let long = RatingAnswer {
        dettagli: "x".repeat(201),
        ..good.clone()
    };
    assert_eq!(
        long.problems(is_page)[0].message,
        "Al massimo 200 caratteri (ne hai scritti 201)."
    );
    let control = RatingAnswer {
        dettagli: "a\u{7}b".into(),
        ..good
    };
    assert_eq!(fields(&control.problems(is_page)), ["dettagli"]);
}

#[test]
fn the_contract_refuses_unknown_fields_and_wrong_types() {
    assert!(serde_json::from_str::<RatingAnswer>(r#"{"pagina":"/","valutazione":3,"ip":"1.2.3.4"}"#).is_err());
    assert!(serde_json::from_str::<RatingAnswer>(r#"{"pagina":"/","valutazione":"tre"}"#).is_err());
    assert!(serde_json::from_str::<RatingAnswer>(r#"{"pagina":"/","valutazione":300}"#).is_err());
    assert!(serde_json::from_str::<DisserviceReport>(r#"{"tipo":"altro","descrizione":"x"}"#).is_err());
}

#[test]
fn a_report_needs_a_kind_a_description_and_the_consent_and_checks_the_optional_fields() {
    let report = DisserviceReport {
        tipo: "pagina".into(),
        pagina: "/servizi/trasporti-eccezionali".into(),
        descrizione: "Il modulo non si scarica".into(),
        email: String::new(),
        consenso: true,
        sito_web: String::new(),
    };
    assert!(report.problems(is_page).is_empty());
    let bad = DisserviceReport {
        tipo: "lamentela".into(),
        pagina: "/altrove".into(),
        descrizione: "   ".into(),
        email: "non-una-mail".into(),
        consenso: false,
        sito_web: String::new(),
    };
    assert_eq!(
        fields(&bad.problems(is_page)),
        ["tipo", "pagina", "descrizione", "email", "consenso"]
    );
    let too_long = DisserviceReport {
        descrizione: "è".repeat(MAX_DESCRIPTION_CHARS + 1),
        ..report.clone()
    };
    assert_eq!(fields(&too_long.problems(is_page)), ["descrizione"]);
    // What would add recipients to the office's reply, or lines to the
    // editors' CSV, is no address.
    for email in [
        "x@y.it?bcc=altri@example.org",
        "x@y.it%0Abcc:altri@example.org",
        "x@y.it\nBcc: altri@example.org",
        "x@y.it\u{7}",
        "x@y@z.it",
        "x@y.i",
        "x@-y.it",
        "<x@y.it>",
    ] {
        let hostile = DisserviceReport {
            email: email.into(),
            ..report.clone()
        };
        assert_eq!(fields(&hostile.problems(is_page)), ["email"], "{email:?}");
    }
    for email in ["anna.rossi@provincia.sp.it", "d'amico+urp@comune.sarzana.sp.it"] {
        let fine = DisserviceReport {
            email: email.into(),
            ..report.clone()
        };
        assert!(fine.problems(is_page).is_empty(), "{email}");
    }
}

#[test]
fn the_honeypot_marks_a_robot() {
    let mut report = DisserviceReport::default();
    assert!(!report.is_robot());
    report.sito_web = "http://spam.example".into();
    assert!(report.is_robot());
    assert!(serde_json::to_string(&DisserviceReport::default())
        .unwrap()
        .find(HONEYPOT)
        .is_none());
}

#[test]
fn a_booking_request_is_checked_whole_with_the_consent() {
    let data = BookingData {
        versione: 1,
        sistema: None,
        uffici: vec![BookingOffice {
            slug: "viabilita".into(),
            ufficio: Office {
                slug: "viabilita".into(),
                livello: OfficeLevel::Ufficio,
                nome: "Ufficio viabilità".into(),
                email: Some("viabilita@provincia.sp.it".into()),
                telefono: None,
                indirizzo: None,
                orari: None,
            },
            servizi: vec![BookingService {
                slug: "trasporti-eccezionali".into(),
                titolo: "Trasporti eccezionali".into(),
            }],
            orario: crate::model::calendar::OpeningHours::parse("dal lunedì al venerdì dalle 9 alle 12").unwrap(),
        }],
        festa_patronale: None,
    };
    let today = Date::new(2026, 12, 4).unwrap();
    let form: BookingForm = serde_json::from_str(
        r#"{"ufficio":"viabilita","servizio":"trasporti-eccezionali","giorno":"2026-12-09","fascia":"mattina",
            "motivo":"Ritiro dell'autorizzazione","nome":"Anna","cognome":"Rossi","email":"anna@example.it",
            "consenso":true}"#,
    )
    .unwrap();
    assert!(form.service_problems(&data, today).is_empty());
    let unchecked = BookingForm {
        consenso: false,
        giorno: "2026-12-05".into(),
        ..form.clone()
    };
    // 5 December 2026 is a Saturday.
    assert_eq!(
        fields(&unchecked.service_problems(&data, today)),
        ["giorno", "consenso"]
    );
    let long_name = BookingForm {
        nome: "N".repeat(301),
        ..form
    };
    assert_eq!(fields(&long_name.service_problems(&data, today)), ["nome"]);
}

#[test]
fn addresses_and_request_numbers() {
    let config = ReceivingConfig {
        indirizzo: "/ricezione/v1".into(),
        conservazione_giorni: 180,
    };
    assert_eq!(
        config.address(Kind::Rating).as_deref(),
        Some("/ricezione/v1/valutazioni")
    );
    assert_eq!(
        config.address(Kind::Booking).as_deref(),
        Some("/ricezione/v1/prenotazioni")
    );
    assert_eq!(ReceivingConfig::default().address(Kind::Report), None);
    assert_eq!(Kind::Report.request_number(2026, 7).as_deref(), Some("SD-2026-000007"));
    assert_eq!(
        Kind::Booking.request_number(2026, 1_234_567).as_deref(),
        Some("PA-2026-1234567")
    );
    assert_eq!(Kind::Rating.request_number(2026, 7), None);
    // 31 December 2026, 23:30 UTC is already 2027 in Italy.
    let new_year_eve = Date::new(2026, 12, 31).unwrap().unix_days() * 86_400 + 23 * 3_600 + 1_800;
    assert_eq!(
        Kind::Report.number_of(new_year_eve, 8).as_deref(),
        Some("SD-2027-000008")
    );
}

#[test]
fn a_failure_says_why_that_nothing_was_recorded_and_how_to_retry() {
    assert_eq!(
        failure_message(None, None),
        "Non inviato: il collegamento non ha funzionato. Non è stato registrato nulla: puoi riprovare tra poco con lo stesso pulsante."
    );
    assert!(failure_message(Some(502), None)
        .starts_with("Non inviato: il servizio di ricezione in questo momento non risponde."));
    let refusal = Refusal {
        errore: "Il database non è raggiungibile.".into(),
        campi: Vec::new(),
    };
    assert!(failure_message(Some(503), Some(&refusal)).starts_with("Non inviato: Il database non è raggiungibile. Non"));
}

#[test]
fn any_page_can_be_named_by_title_address_or_path() {
    let pages = vec![
        (
            "/servizi/trasporti-eccezionali".to_string(),
            "Trasporti eccezionali".to_string(),
        ),
        ("/mappa-del-sito".to_string(), "Mappa del sito".to_string()),
    ];
    let origins = ["https://www.provincia.sp.it", "http://127.0.0.1:8080"];
    let resolve = |typed: &str| DisserviceReport::resolve_page(typed, &pages, &origins);
    assert_eq!(resolve("trasporti eccezionali"), "/servizi/trasporti-eccezionali");
    assert_eq!(
        resolve(" https://www.provincia.sp.it/novita/avvisi/chiusura-sp-1?x=1#testo "),
        "/novita/avvisi/chiusura-sp-1"
    );
    assert_eq!(resolve("http://127.0.0.1:8080/pnrr/"), "/pnrr");
    assert_eq!(resolve("https://www.provincia.sp.it"), "/");
    assert_eq!(resolve("/archivi/sismica"), "/archivi/sismica");
    assert_eq!(resolve(""), "");
    // Another site's address stays as typed: the check says it is not a page here.
    assert_eq!(resolve("https://example.org/x"), "https://example.org/x");
    let report = DisserviceReport {
        pagina: resolve("https://example.org/x"),
        ..DisserviceReport::default()
    };
    assert!(fields(&report.problems(is_page)).contains(&"pagina"));
}
