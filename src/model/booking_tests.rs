use super::*;

fn data() -> BookingData {
    let office = |slug: &str, email: Option<&str>, hours: &str, services: &[(&str, &str)]| BookingOffice {
        slug: slug.into(),
        ufficio: Office {
            slug: slug.into(),
            livello: crate::model::content::OfficeLevel::Ufficio,
            nome: format!("Ufficio {slug}"),
            email: email.map(str::to_string),
            telefono: Some("+39 0187 742 300".into()),
            indirizzo: None,
            orari: Some(hours.into()),
        },
        orario: crate::model::calendar::OpeningHours::parse(hours).unwrap(),
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
                "dal lunedì al venerdì dalle 9 alle 12",
                &[("trasporti-eccezionali", "Trasporti eccezionali")],
            ),
            office(
                "archivi",
                None,
                "martedì e giovedì dalle 9 alle 12 e dalle 15 alle 17",
                &[("copie-documenti-archivio", "Copie di documenti d'archivio")],
            ),
        ],
        festa_patronale: Some(crate::model::calendar::YearDay { giorno: 19, mese: 3 }),
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

/// What the day-and-slot step says of a complete request asking for `giorno`.
fn day(giorno: &str) -> Vec<String> {
    let form = BookingForm {
        giorno: giorno.into(),
        ..complete()
    };
    form.problems(Step::When, &data(), today())
        .into_iter()
        .map(|p| p.message)
        .collect()
}

#[test]
fn the_day_is_a_weekday_from_tomorrow_within_the_limit() {
    assert!(day("2026-12-03").is_empty());
    assert!(day("2026-12-02")[0].contains("da domani"));
    assert!(
        day("2026-12-05")[0].contains("non riceve: riceve dal lunedì al venerdì"),
        "a Saturday"
    );
    assert!(day("2027-06-01")[0].contains("entro 90 giorni"));
    assert!(day("9 dicembre")[0].contains("per esempio 15/12/2026"));
    // Written the Italian way, the day is read.
    assert!(day("9/12/2026").is_empty());
}

#[test]
fn public_holidays_and_the_patron_saint_are_refused() {
    assert_eq!(
        day("2026-12-08"),
        ["L'8 dicembre 2026 è festivo (Immacolata Concezione): gli uffici sono chiusi, scegli un altro giorno."]
    );
    assert!(day("2026-12-25")[0].contains("Natale"));
    let patron = |giorno: &str| {
        BookingForm {
            giorno: giorno.into(),
            ..complete()
        }
        .problems(Step::When, &data(), Date::parse("2027-03-01").unwrap())
    };
    assert!(patron("2027-03-19")[0].message.contains("santo patrono"));
    assert!(patron("2027-03-18").is_empty());
}

#[test]
fn slots_come_from_the_office_hours_of_that_day() {
    let data = data();
    let viabilita = data.office("viabilita").unwrap();
    let archivi = data.office("archivi").unwrap();
    let wednesday = Date::parse("2026-12-09").unwrap();
    let thursday = Date::parse("2026-12-10").unwrap();
    let labels = |office, day| {
        data.slots(office, day)
            .into_iter()
            .map(|(s, p)| s.label(p))
            .collect::<Vec<_>>()
    };
    assert_eq!(labels(viabilita, wednesday), ["Mattina (9:00 – 12:00)"]);
    assert_eq!(
        labels(archivi, thursday),
        ["Mattina (9:00 – 12:00)", "Pomeriggio (15:00 – 17:00)"]
    );
    assert!(labels(archivi, wednesday).is_empty());
    assert!(labels(viabilita, Date::parse("2026-12-08").unwrap()).is_empty());
    // The afternoon of an office open only in the morning is refused...
    let afternoon = BookingForm {
        fascia: "pomeriggio".into(),
        ..complete()
    };
    assert_eq!(
        afternoon.problems(Step::When, &data, today())[0].message,
        "Quel giorno l'ufficio riceve solo mattina (9:00 – 12:00)."
    );
    // ... and a day the office is closed, with its hours.
    let closed = BookingForm {
        ufficio: "archivi".into(),
        ..complete()
    };
    assert_eq!(
        closed.problems(Step::When, &data, today())[0].message,
        "Il 9 dicembre 2026 l'ufficio non riceve: riceve martedì e giovedì dalle 9 alle 12 e dalle 15 alle 17."
    );
    assert!(complete()
        .summary(&data)
        .contains(&("Fascia oraria", "Mattina (9:00 – 12:00)".to_string())));
}

#[test]
fn any_office_takes_a_request_for_another_service() {
    let form = BookingForm {
        servizio: OTHER_SERVICE.into(),
        ..complete()
    };
    assert!(form.problems(Step::Details, &data(), today()).is_empty());
    assert!(form
        .summary(&data())
        .contains(&("Servizio", OTHER_SERVICE_TITLE.to_string())));
    let services = data().office("archivi").unwrap().services_and_other();
    assert_eq!(services.last().unwrap().slug, OTHER_SERVICE);
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
