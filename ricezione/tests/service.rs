//! The service as the site's forms and the editors meet it, on SQLite and
//! on PostgreSQL: what it accepts, what it refuses (and that a refusal
//! changes nothing), the flood limit, the editors' view and CSV, the booking
//! e-mail.

mod common;

use common::{backends, raw_status, temp_dir, Service, SmtpCatcher};
use serde_json::json;

const GOOD: &str =
    r#"{"pagina":"/pnrr","valutazione":2,"aspetto":"Ho avuto problemi tecnici","dettagli":"il CSV non si apre"}"#;

#[test]
fn bad_input_gets_a_clear_error_and_changes_nothing() {
    for backend in backends() {
        let service = Service::start(&temp_dir("errori"), &backend, 1000, None);
        let (status, body) = service.post("valutazioni", GOOD, "192.0.2.1");
        assert_eq!(status, 201, "{}: {body}", backend.name());
        let oversized = format!(
            r#"{{"pagina":"/pnrr","valutazione":3,"dettagli":"{}"}}"#,
            "x".repeat(20_000)
        );
        let cases: [(&str, String, u16, &str); 9] = [
            ("malformed JSON", "{\"pagina\": ".into(), 400, "non è JSON valido"),
            (
                "wrong type",
                r#"{"pagina":"/pnrr","valutazione":"cinque"}"#.into(),
                400,
                "non rispetta il formato atteso",
            ),
            (
                "unknown field",
                r#"{"pagina":"/pnrr","valutazione":3,"ip":"1.2.3.4"}"#.into(),
                400,
                "unknown field",
            ),
            ("oversized body", oversized, 413, "supera 16 kB"),
            (
                "unknown page",
                r#"{"pagina":"/non-esiste","valutazione":3}"#.into(),
                422,
                "Alcuni campi",
            ),
            (
                "out of range",
                r#"{"pagina":"/pnrr","valutazione":9}"#.into(),
                422,
                "Alcuni campi",
            ),
            (
                "too long comment",
                format!(
                    r#"{{"pagina":"/pnrr","valutazione":3,"dettagli":"{}"}}"#,
                    "y".repeat(201)
                ),
                422,
                "Alcuni campi",
            ),
            (
                "aspect of the other branch",
                r#"{"pagina":"/pnrr","valutazione":5,"aspetto":"Ho avuto problemi tecnici"}"#.into(),
                422,
                "Alcuni campi",
            ),
            (
                "honeypot",
                r#"{"pagina":"/pnrr","valutazione":4,"sito_web":"http://spam.example"}"#.into(),
                400,
                "programma automatico",
            ),
        ];
        for (case, body, expected, message) in cases {
            let (status, answer) = service.post("valutazioni", &body, "192.0.2.1");
            assert_eq!(status, expected, "{}: {case}: {answer}", backend.name());
            let text = answer["errore"].as_str().unwrap_or_default();
            assert!(text.contains(message), "{}: {case}: «{text}»", backend.name());
        }
        // A field-level refusal names the field.
        let (_, answer) = service.post(
            "valutazioni",
            r#"{"pagina":"/non-esiste","valutazione":3}"#,
            "192.0.2.1",
        );
        assert_eq!(answer["campi"][0]["field"], "pagina");
        // Not JSON at all.
        let plain = ureq::post(&format!("http://127.0.0.1:{}/ricezione/v1/valutazioni", service.port))
            .set("Content-Type", "text/plain")
            .send_string("valutazione=5");
        assert!(matches!(plain, Err(ureq::Error::Status(415, _))));
        // Only the good rating is stored.
        let rows = service.ratings_csv();
        assert_eq!(rows.len(), 1, "{}: {rows:?}", backend.name());
        assert_eq!(
            rows[0][2..],
            [
                "/pnrr",
                "Titolo di /pnrr",
                "2",
                "Ho avuto problemi tecnici",
                "il CSV non si apre"
            ]
        );
    }
}

#[test]
fn markup_and_formulas_are_kept_as_text_escaped_for_editors_and_neutralised_in_the_csv() {
    for backend in backends() {
        let service = Service::start(&temp_dir("testo"), &backend, 1000, None);
        let hostile = json!({
            "pagina": "/novita",
            "valutazione": 1,
            "dettagli": "<script>alert(1)</script> =HYPERLINK(\"http://x\")"
        });
        assert_eq!(service.post("valutazioni", &hostile.to_string(), "192.0.2.2").0, 201);
        let formula = json!({"pagina": "/novita", "valutazione": 2, "dettagli": "=1+1"});
        assert_eq!(service.post("valutazioni", &formula.to_string(), "192.0.2.2").0, 201);
        let (status, html) = service.get("/ricezione/redazione/");
        assert_eq!(status, 200);
        assert!(
            !html.contains("<script>alert"),
            "{}: the comment is not escaped",
            backend.name()
        );
        assert!(
            html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
            "{}",
            backend.name()
        );
        let rows = service.ratings_csv();
        assert_eq!(rows[0][6], "<script>alert(1)</script> =HYPERLINK(\"http://x\")");
        assert_eq!(
            rows[1][6],
            "'=1+1",
            "{}: a formula reaches the spreadsheet",
            backend.name()
        );
    }
}

#[test]
fn a_flood_from_one_client_is_stopped_and_others_are_not() {
    for backend in backends() {
        let service = Service::start(&temp_dir("flusso"), &backend, 5, None);
        let statuses: Vec<u16> = (0..8)
            .map(|_| service.post("valutazioni", GOOD, "203.0.113.9").0)
            .collect();
        assert_eq!(statuses, [201, 201, 201, 201, 201, 429, 429, 429], "{}", backend.name());
        let (status, answer) = service.post("valutazioni", GOOD, "203.0.113.9");
        assert_eq!(status, 429);
        assert!(answer["errore"].as_str().unwrap().contains("Troppe richieste"));
        assert_eq!(
            service.post("valutazioni", GOOD, "198.51.100.4").0,
            201,
            "{}",
            backend.name()
        );
        assert_eq!(service.ratings_csv().len(), 6);
    }
}

#[test]
fn the_editors_see_pages_worst_first_with_a_date_range() {
    for backend in backends() {
        let service = Service::start(&temp_dir("redazione"), &backend, 1000, None);
        for (page, stars) in [("/pnrr", 1), ("/pnrr", 2), ("/novita", 5), ("/novita", 4), ("/", 3)] {
            let body = json!({"pagina": page, "valutazione": stars});
            assert_eq!(service.post("valutazioni", &body.to_string(), "192.0.2.3").0, 201);
        }
        let (_, html) = service.get("/ricezione/redazione/");
        let order: Vec<usize> = ["data-pagina=\"/pnrr\"", "data-pagina=\"/\"", "data-pagina=\"/novita\""]
            .iter()
            .map(|p| {
                html.find(p)
                    .unwrap_or_else(|| panic!("{}: {p} missing", backend.name()))
            })
            .collect();
        assert!(
            order.windows(2).all(|w| w[0] < w[1]),
            "{}: not worst first",
            backend.name()
        );
        assert!(html.contains("5 valutazioni su 3 pagine"), "{}", backend.name());
        assert!(html.contains("1,5"), "{}: the mean of /pnrr", backend.name());
        // A range in the past holds nothing.
        let (_, old) = service.get("/ricezione/redazione/?dal=2020-01-01&al=2020-12-31");
        assert!(old.contains("Nessuna valutazione nel periodo"));
        let (_, wrong) = service.get("/ricezione/redazione/?dal=ieri");
        assert!(wrong.contains("«ieri» non è una data"));
    }
}

#[test]
fn a_report_and_a_booking_get_a_number_a_status_and_the_office_an_email() {
    for backend in backends() {
        let smtp = SmtpCatcher::start();
        let service = Service::start(&temp_dir("richieste"), &backend, 1000, Some(smtp.port));
        let report = json!({
            "tipo": "pagina", "pagina": "/servizi/trasporti-eccezionali",
            "descrizione": "Il modulo PDF non si scarica", "email": "anna@example.it", "consenso": true
        });
        let (status, receipt) = service.post("segnalazioni", &report.to_string(), "192.0.2.4");
        assert_eq!(status, 201, "{}: {receipt}", backend.name());
        let number = receipt["numero"].as_str().unwrap().to_string();
        assert!(number.starts_with("SD-20") && number.ends_with("-000001"), "{number}");
        let without_consent = json!({"tipo": "altro", "descrizione": "x", "consenso": false});
        assert_eq!(
            service
                .post("segnalazioni", &without_consent.to_string(), "192.0.2.4")
                .0,
            422
        );

        // A weekday some days ahead, as the form asks.
        let today = provincia_sito::model::date::italian_time(ricezione::http::now_seconds()).0;
        let in_days = |n: i64| provincia_sito::model::date::Date::from_unix_days(today.unix_days() + n);
        let holiday =
            |d: provincia_sito::model::date::Date| provincia_sito::model::calendar::holiday(d, None).is_some();
        let day = (3..15).map(in_days).find(|d| d.weekday() < 5 && !holiday(*d)).unwrap();
        // What the page would not offer is refused too: an afternoon at an
        // office open only in the morning, and a public holiday.
        let asking = |giorno: String, fascia: &str| {
            json!({
                "ufficio": "viabilita", "servizio": "trasporti-eccezionali", "giorno": giorno, "fascia": fascia,
                "motivo": "Ritiro", "nome": "Anna", "cognome": "Rossi", "email": "anna@example.it", "consenso": true
            })
            .to_string()
        };
        let (status, refused) = service.post("prenotazioni", &asking(day.iso(), "pomeriggio"), "192.0.2.4");
        assert_eq!(status, 422, "{refused}");
        assert!(refused.to_string().contains("solo mattina"), "{refused}");
        if let Some(feast) = (2..90).map(in_days).find(|d| d.weekday() < 5 && holiday(*d)) {
            let (status, refused) = service.post("prenotazioni", &asking(feast.iso(), "mattina"), "192.0.2.4");
            assert_eq!(status, 422, "{refused}");
            assert!(refused.to_string().contains("festivo"), "{refused}");
        }
        let booking = json!({
            "ufficio": "viabilita", "servizio": "trasporti-eccezionali", "giorno": day.iso(), "fascia": "mattina",
            "motivo": "Ritiro dell'autorizzazione", "nome": "Anna", "cognome": "Rossi",
            "email": "anna@example.it", "telefono": "", "consenso": true
        });
        let (status, receipt) = service.post("prenotazioni", &booking.to_string(), "192.0.2.4");
        assert_eq!(status, 201, "{}: {receipt}", backend.name());
        let booking_number = receipt["numero"].as_str().unwrap().to_string();
        assert!(booking_number.starts_with("PA-"), "{booking_number}");
        let mail = smtp.wait_for(1);
        assert_eq!(mail.len(), 1, "{}: no e-mail to the office", backend.name());
        assert!(mail[0].contains("To: viabilita@provincia.example.it"), "{}", mail[0]);
        assert!(mail[0].contains(&booking_number) && mail[0].contains("Ritiro dell'autorizzazione"));
        assert!(mail[0].contains("Reply-To: anna@example.it"));

        // The worklists, and a status change.
        let (_, reports) = service.get("/ricezione/redazione/segnalazioni");
        assert!(reports.contains(&number) && reports.contains("Il modulo PDF non si scarica"));
        assert!(reports.contains("1 segnalazioni, 1 da chiudere"), "{}", backend.name());
        let no_redirects = ureq::AgentBuilder::new().redirects(0).build();
        let closed = no_redirects
            .post(&format!(
                "http://127.0.0.1:{}/ricezione/redazione/segnalazioni/1",
                service.port
            ))
            .send_form(&[("stato", "chiusa")]);
        assert!(
            matches!(&closed, Ok(r) if r.status() == 303),
            "{}: {closed:?}",
            backend.name()
        );
        let (_, reports) = service.get("/ricezione/redazione/segnalazioni");
        assert!(reports.contains("1 segnalazioni, 0 da chiudere"), "{}", backend.name());
        let foreign = ureq::post(&format!(
            "http://127.0.0.1:{}/ricezione/redazione/segnalazioni/1",
            service.port
        ))
        .set("Sec-Fetch-Site", "cross-site")
        .send_form(&[("stato", "nuova")]);
        assert!(matches!(foreign, Err(ureq::Error::Status(403, _))));
        // A form posted from another origin, or from an opaque one.
        for origin in ["https://evil.example", "null", "http://127.0.0.1.evil.example"] {
            let status = raw_status(
                service.port,
                "POST",
                "/ricezione/redazione/segnalazioni/1",
                &format!("Origin: {origin}\r\nContent-Type: application/x-www-form-urlencoded\r\n"),
                "stato=nuova",
            );
            assert_eq!(status, 403, "{}: Origin {origin}", backend.name());
        }
        // Paths that nginx would normalise to a public location never reach
        // an editors' handler.
        for path in [
            "/ricezione/redazione/segnalazioni/..%2f..%2fv1%2fvalutazioni",
            "/ricezione/redazione/segnalazioni/..%2F..%2Fv1%2Fvalutazioni",
            "/ricezione/redazione/segnalazioni/%2e%2e%2f%2e%2e%2fv1%2fvalutazioni",
            "/ricezione/redazione/segnalazioni/..%5c..%5cv1%5cvalutazioni",
            "/ricezione/redazione/segnalazioni/1/../../../v1/valutazioni",
            "/ricezione/redazione//segnalazioni/1",
        ] {
            let status = raw_status(
                service.port,
                "POST",
                path,
                "Content-Type: application/x-www-form-urlencoded\r\n",
                "stato=nuova",
            );
            assert_eq!(status, 400, "{}: {path}", backend.name());
        }
        let (_, reports) = service.get("/ricezione/redazione/segnalazioni");
        assert!(
            reports.contains("1 segnalazioni, 0 da chiudere"),
            "{}: a status changed",
            backend.name()
        );
        let started = std::time::Instant::now();
        loop {
            let (_, bookings) = service.get("/ricezione/redazione/prenotazioni");
            assert!(bookings.contains(&booking_number) && bookings.contains("Anna Rossi"));
            if bookings.contains("inviato all'ufficio") {
                break;
            }
            assert!(
                started.elapsed().as_secs() < 10,
                "{}: the e-mail's outcome is not noted",
                backend.name()
            );
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
    }
}

#[test]
fn health_says_which_database_and_how_many_pages() {
    for backend in backends() {
        let service = Service::start(&temp_dir("salute"), &backend, 10, None);
        let (status, body) = service.get("/ricezione/salute");
        assert_eq!(status, 200);
        let health: serde_json::Value = serde_json::from_str(&body).unwrap();
        assert_eq!(health["stato"], "ok");
        assert_eq!(health["database"], backend.name());
        assert_eq!(health["pagine"], 4);
        assert_eq!(service.get("/ricezione/altro").0, 404);
    }
}

#[test]
fn a_wrong_configuration_stops_the_start_with_file_line_and_field() {
    let dir = temp_dir("configurazione");
    let config = dir.join("ricezione.toml");
    std::fs::write(
        &config,
        "ascolta = \"127.0.0.1:1\"\nsito = \"manca\"\n[database]\ntipo = \"mongodb\"\n",
    )
    .unwrap();
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_ricezione"))
        .arg("--config")
        .arg(&config)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    let file = config.display().to_string();
    assert!(stderr.contains("contiene 2 problemi"), "{stderr}");
    assert!(stderr.contains(&format!("{file}:2: campo `sito`")), "{stderr}");
    assert!(
        stderr.contains(&format!(
            "{file}:4: campo `database.tipo`: atteso «sqlite» o «postgresql», trovato «mongodb»"
        )),
        "{stderr}"
    );
}

#[test]
fn a_database_that_goes_away_gets_503_and_the_service_recovers_when_it_is_back() {
    let Some(common::Backend::Postgres(url)) = backends().into_iter().nth(1) else {
        eprintln!("PostgreSQL: RICEZIONE_TEST_POSTGRES non impostato, prova saltata");
        return;
    };
    let (server, name) = url.rsplit_once('/').unwrap();
    let admin = |sql: String| common::postgres_admin(server, &sql);
    let service = Service::start(
        &temp_dir("database-perso"),
        &common::Backend::Postgres(url.clone()),
        1000,
        None,
    );
    assert_eq!(service.post("valutazioni", GOOD, "192.0.2.9").0, 201);
    admin(format!("DROP DATABASE {name} WITH (FORCE)"));
    let (status, answer) = service.post("valutazioni", GOOD, "192.0.2.9");
    assert_eq!(status, 503, "{answer}");
    assert!(answer["errore"].as_str().unwrap().contains("banca dati"), "{answer}");
    assert_eq!(service.get("/ricezione/salute").0, 503);
    admin(format!("CREATE DATABASE {name}"));
    assert_eq!(
        service.post("valutazioni", GOOD, "192.0.2.9").0,
        201,
        "the service does not recover"
    );
    assert_eq!(service.get("/ricezione/salute").0, 200);
    assert_eq!(service.ratings_csv().len(), 1);
}

#[test]
fn the_online_backup_copies_the_database_while_it_runs_and_the_worst_pages_are_printed() {
    let dir = temp_dir("copia");
    let service = Service::start(&dir, &common::Backend::Sqlite, 1000, None);
    for (page, stars) in [("/pnrr", 1), ("/novita", 5), ("/novita", 4)] {
        let body = json!({"pagina": page, "valutazione": stars, "dettagli": "da copiare"});
        assert_eq!(service.post("valutazioni", &body.to_string(), "192.0.2.7").0, 201);
    }
    let copy = dir.join("copia.sqlite");
    let run = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_ricezione"))
            .arg("--config")
            .arg(&service.config)
            .args(args)
            .output()
            .unwrap()
    };
    let backup = run(&["backup", copy.to_str().unwrap()]);
    assert!(backup.status.success(), "{}", String::from_utf8_lossy(&backup.stderr));
    let restored = rusqlite::Connection::open(&copy).unwrap();
    let count: i64 = restored
        .query_row(
            "SELECT count(*) FROM valutazioni WHERE dettagli = 'da copiare'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(count, 3);
    // The editors' review starts from the worst-rated pages.
    let worst = run(&["peggiori", "2"]);
    let lines: Vec<String> = String::from_utf8_lossy(&worst.stdout)
        .lines()
        .map(str::to_string)
        .collect();
    assert_eq!(lines.len(), 2, "{lines:?}");
    assert!(
        lines[0].starts_with("1,0/5") && lines[0].contains("/pnrr  Titolo di /pnrr"),
        "{lines:?}"
    );
    assert!(
        lines[1].starts_with("4,5/5") && lines[1].contains("/novita"),
        "{lines:?}"
    );
}
