use super::*;

fn data() -> BookingData {
    let office = |slug: &str, email: Option<&str>, services: &[(&str, &str)]| BookingOffice {
        slug: slug.into(),
        ufficio: Office {
            slug: slug.into(),
            livello: crate::model::content::OfficeLevel::Ufficio,
            nome: format!("Ufficio {slug}"),
            email: email.map(str::to_string),
            telefono: Some("+39 0187 742 300".into()),
            indirizzo: None,
            orari: None,
        },
        servizi: services
            .iter()
            .map(|(slug, titolo)| BookingService {
                slug: (*slug).into(),
                titolo: (*titolo).into(),
            })
            .collect(),
    };
    BookingData {
        versione: 1,
        sistema: None,
        uffici: vec![
            office(
                "viabilita",
                Some("viabilita@provincia.sp.it"),
                &[("trasporti-eccezionali", "Trasporti eccezionali")],
            ),
            office(
                "archivi",
                None,
                &[("copie-documenti-archivio", "Copie di documenti d'archivio")],
            ),
        ],
    }
}

// Wednesday 2 December 2026.
fn today() -> Date {
    Date::parse("2026-12-02").unwrap()
}

fn complete() -> BookingForm {
    BookingForm {
        ufficio: "viabilita".into(),
        servizio: "trasporti-eccezionali".into(),
        giorno: "2026-12-09".into(),
        fascia: "mattina".into(),
        motivo: "Chiarimenti sulla domanda & i documenti".into(),
        nome: "Maria".into(),
        cognome: "Rossi".into(),
        email: "maria.rossi@example.org".into(),
        ..BookingForm::default()
    }
}

fn fields(found: Vec<FieldProblem>) -> Vec<String> {
    found.into_iter().map(|p| p.field).collect()
}

#[test]
fn a_complete_request_has_no_problem_at_any_step() {
    for step in Step::ALL {
        assert_eq!(complete().problems(step, &data(), today()), [], "{step:?}");
    }
}

#[test]
fn each_step_says_what_to_fix_beside_each_field() {
    let empty = BookingForm::default();
    assert_eq!(fields(empty.problems(Step::Place, &data(), today())), ["ufficio"]);
    assert_eq!(
        fields(empty.problems(Step::When, &data(), today())),
        ["giorno", "fascia"]
    );
    assert_eq!(
        fields(empty.problems(Step::Details, &data(), today())),
        ["servizio", "motivo"]
    );
    assert_eq!(
        fields(empty.problems(Step::Applicant, &data(), today())),
        ["nome", "cognome", "email"]
    );
}

#[test]
fn the_day_is_a_weekday_from_tomorrow_within_the_limit() {
    let day = |giorno: &str| {
        let form = BookingForm {
            giorno: giorno.into(),
            ..complete()
        };
        form.problems(Step::When, &data(), today())
            .into_iter()
            .map(|p| p.message)
            .collect::<Vec<_>>()
    };
    assert!(day("2026-12-03").is_empty());
    assert!(day("2026-12-02")[0].contains("da domani"));
    assert!(day("2026-12-05")[0].contains("feriale"), "a Saturday");
    assert!(day("2027-06-01")[0].contains("entro 90 giorni"));
    assert!(day("9 dicembre")[0].contains("per esempio"));
}

#[test]
fn a_service_of_another_office_is_refused() {
    let form = BookingForm {
        servizio: "copie-documenti-archivio".into(),
        ..complete()
    };
    assert_eq!(fields(form.problems(Step::Details, &data(), today())), ["servizio"]);
    assert_eq!(
        data().office_of_service("copie-documenti-archivio").unwrap().slug,
        "archivi"
    );
}

#[test]
fn a_phone_is_optional_but_checked() {
    let form = BookingForm {
        telefono: "0187 abc".into(),
        ..complete()
    };
    assert_eq!(fields(form.problems(Step::Applicant, &data(), today())), ["telefono"]);
    let form = BookingForm {
        telefono: "+39 0187 742300".into(),
        ..complete()
    };
    assert!(form.problems(Step::Applicant, &data(), today()).is_empty());
}

#[test]
fn the_summary_becomes_an_email_to_the_office() {
    let mail = complete().mailto(&data()).unwrap();
    assert!(mail.starts_with("mailto:viabilita@provincia.sp.it?subject=Richiesta%20di%20appuntamento&body="));
    assert!(mail.contains("Giorno%20preferito%3A%209%20dicembre%202026"), "{mail}");
    assert!(mail.contains("documenti"), "{mail}");
    assert!(mail.contains("%26"), "the ampersand is encoded: {mail}");
    assert!(!mail.contains("Telefono"), "an empty field is left out: {mail}");
    let no_email = BookingForm {
        ufficio: "archivi".into(),
        ..complete()
    };
    assert_eq!(no_email.mailto(&data()), None);
}

#[test]
fn the_external_system_gets_office_and_service() {
    assert_eq!(
        external_url(
            "https://prenota.example.it/{ufficio}?servizio={servizio}",
            "viabilita",
            "trasporti eccezionali"
        ),
        "https://prenota.example.it/viabilita?servizio=trasporti%20eccezionali"
    );
}

#[test]
fn steps_follow_the_model() {
    assert_eq!(Step::Place.next(), Step::When);
    assert_eq!(Step::Summary.next(), Step::Summary);
    assert_eq!(Step::Place.previous(), Step::Place);
    assert_eq!(Step::Summary.previous(), Step::Applicant);
    assert_eq!(Step::Applicant.number(), 4);
}
