use super::*;
use provincia_sito::model::receiving::DisserviceReport;

fn temp(label: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("ricezione-store-{label}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

fn rating(page: &str, stars: u8, details: &str) -> Record {
    Record::Rating(RatingAnswer {
        pagina: page.into(),
        valutazione: stars,
        aspetto: None,
        dettagli: details.into(),
        sito_web: String::new(),
    })
}

/// SQLite, and PostgreSQL when the tests have a server.
async fn stores(label: &str) -> Vec<Store> {
    let mut all = vec![Store::open(&Database::Sqlite(temp(label))).await.unwrap()];
    if let Ok(server) = std::env::var("RICEZIONE_TEST_POSTGRES") {
        let name = format!("ricezione_store_{label}_{}", std::process::id());
        let (client, connection) = tokio_postgres::connect(&format!("{server}/postgres"), tokio_postgres::NoTls)
            .await
            .unwrap();
        tokio::spawn(connection);
        client
            .batch_execute(&format!("DROP DATABASE IF EXISTS {name}"))
            .await
            .unwrap();
        client.batch_execute(&format!("CREATE DATABASE {name}")).await.unwrap();
        all.push(
            Store::open(&Database::Postgres(format!("{server}/{name}")))
                .await
                .unwrap(),
        );
    }
    all
}

#[tokio::test]
async fn a_full_disk_refuses_and_leaves_nothing_half_written() {
    let store = Store::sqlite_limited(&temp("pieno"), 40).unwrap();
    let big = "x".repeat(3_000);
    let mut stored = 0;
    let error = loop {
        match store.insert(1_000, rating("/novita", 3, &big)).await {
            Ok(_) => stored += 1,
            Err(error) => break error,
        }
        assert!(stored < 1_000, "the cap on pages does not apply");
    };
    assert_eq!(error, StoreError::Full);
    // A burst at the limit: each one refused whole, none half there.
    let burst: Vec<_> = (0..20)
        .map(|_| {
            let store = store.clone();
            let big = big.clone();
            tokio::spawn(async move { store.insert(1_000, rating("/novita", 3, &big)).await })
        })
        .collect();
    for outcome in burst {
        assert_eq!(outcome.await.unwrap(), Err(StoreError::Full));
    }
    let rows = store.ratings(0, i64::MAX).await.unwrap();
    assert_eq!(rows.len(), stored);
    assert!(rows.iter().all(|r| r.details.as_deref() == Some(big.as_str())));
}

#[tokio::test]
async fn retention_deletes_the_free_text_and_keeps_the_numbers() {
    for store in stores("conservazione").await {
        store
            .insert(1_000, rating("/pnrr", 2, "commento vecchio"))
            .await
            .unwrap();
        store
            .insert(9_000, rating("/pnrr", 4, "commento recente"))
            .await
            .unwrap();
        let report = DisserviceReport {
            tipo: "pagina".into(),
            pagina: "/pnrr".into(),
            descrizione: "descrizione vecchia".into(),
            email: "anna@example.it".into(),
            consenso: true,
            sito_web: String::new(),
        };
        store.insert(1_000, Record::Report(report)).await.unwrap();
        let booking = BookingForm {
            ufficio: "viabilita".into(),
            servizio: "trasporti-eccezionali".into(),
            giorno: "2026-12-09".into(),
            fascia: "mattina".into(),
            motivo: "motivo".into(),
            nome: "Anna".into(),
            cognome: "Rossi".into(),
            email: "anna@example.it".into(),
            telefono: "0187 1".into(),
            consenso: true,
            sito_web: String::new(),
        };
        store.insert(1_000, Record::Booking(booking)).await.unwrap();

        assert_eq!(store.forget_before(5_000).await.unwrap(), 3, "{}", store.name());
        let ratings = store.ratings(0, i64::MAX).await.unwrap();
        assert_eq!((ratings[0].stars, ratings[0].details.as_deref()), (2, None));
        assert_eq!(ratings[1].details.as_deref(), Some("commento recente"));
        let reports = store.reports(0, i64::MAX).await.unwrap();
        assert_eq!(
            (reports[0].description.as_deref(), reports[0].email.as_deref()),
            (None, None)
        );
        assert_eq!(reports[0].kind, "pagina");
        let bookings = store.bookings(0, i64::MAX).await.unwrap();
        let b = &bookings[0];
        assert_eq!(
            (&b.name, &b.surname, &b.email, &b.phone, &b.reason),
            (&None, &None, &None, &None, &None)
        );
        assert_eq!((b.office.as_str(), b.status.as_str()), ("viabilita", "nuova"));
        // Once is enough: nothing left to delete.
        assert_eq!(store.forget_before(5_000).await.unwrap(), 0);
    }
}

#[tokio::test]
async fn an_unreachable_postgresql_is_reported_as_such() {
    // A port where nothing listens.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let opened = Store::open(&Database::Postgres(format!(
        "postgresql://ricezione@127.0.0.1:{port}/x"
    )))
    .await;
    assert!(matches!(opened, Err(StoreError::Unavailable(_))), "{:?}", opened.err());
}
