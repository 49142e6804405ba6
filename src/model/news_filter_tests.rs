use super::*;

fn date(text: &str) -> Date {
    Date::parse(text).unwrap()
}

fn item(kind: NewsKind, title: &str, day: &str, topics: &[&str], expired: bool) -> NewsSummary {
    NewsSummary {
        tipo: kind,
        slug: fold(title).replace(' ', "-"),
        titolo: title.to_string(),
        sommario: format!("Sommario di {title}"),
        data: date(day),
        inizio: None,
        scadenza: expired.then(|| date("2026-11-01")),
        scaduto: expired,
        argomenti: topics.iter().map(|t| t.to_string()).collect(),
    }
}

fn topics() -> Vec<TopicRef> {
    ["viabilita", "scuole", "ambiente"]
        .into_iter()
        .map(|slug| TopicRef {
            slug: slug.into(),
            nome: slug.into(),
        })
        .collect()
}

fn sample() -> NewsCatalog {
    use NewsKind::*;
    NewsCatalog::new(vec![
        item(Avviso, "Chiusura ponte sul Vara", "2026-10-02", &["viabilita"], false),
        item(
            Notizia,
            "Lavori nelle scuole superiori",
            "2026-07-15",
            &["scuole"],
            false,
        ),
        item(
            Avviso,
            "Piano neve già scaduto",
            "2025-11-20",
            &["viabilita", "ambiente"],
            true,
        ),
        item(
            Comunicato,
            "Città più pulita: l'ambiente",
            "2026-11-10",
            &["ambiente"],
            false,
        ),
        item(
            Avviso,
            "Senso unico alternato SP 1",
            "2026-10-02",
            &["viabilita"],
            false,
        ),
    ])
}

fn titles(items: &[&NewsSummary]) -> Vec<String> {
    items.iter().map(|i| i.titolo.clone()).collect()
}

fn parse(query: &[(&str, &str)]) -> (NewsFilter, Vec<String>) {
    NewsFilter::from_query(query.iter().copied(), &topics())
}

#[test]
fn default_hides_expired_and_sorts_newest_first_then_by_title() {
    let catalog = sample();
    let found = catalog.matching(&NewsFilter::default());
    assert_eq!(
        titles(&found),
        [
            "Città più pulita: l'ambiente",
            "Chiusura ponte sul Vara",
            "Senso unico alternato SP 1",
            "Lavori nelle scuole superiori"
        ]
    );
}

#[test]
fn oldest_first_reverses_and_expired_can_be_included() {
    let filter = NewsFilter {
        include_expired: true,
        order: SortOrder::OldestFirst,
        ..NewsFilter::default()
    };
    let catalog = sample();
    let found = catalog.matching(&filter);
    assert_eq!(found.len(), 5);
    assert_eq!(found[0].titolo, "Piano neve già scaduto");
    assert_eq!(found[4].titolo, "Città più pulita: l'ambiente");
}

#[test]
fn filters_by_topic_kind_dates_and_words_together() {
    let catalog = sample();
    let with = |filter: NewsFilter| titles(&catalog.matching(&filter));
    let topic = |slug: &str| Some(slug.to_string());
    assert_eq!(
        with(NewsFilter {
            topic: topic("viabilita"),
            ..Default::default()
        }),
        ["Chiusura ponte sul Vara", "Senso unico alternato SP 1"]
    );
    assert_eq!(
        with(NewsFilter {
            kind: Some(NewsKind::Notizia),
            ..Default::default()
        }),
        ["Lavori nelle scuole superiori"]
    );
    // Both ends of the range are included.
    assert_eq!(
        with(NewsFilter {
            from: Some(date("2026-07-15")),
            to: Some(date("2026-10-02")),
            ..Default::default()
        }),
        [
            "Chiusura ponte sul Vara",
            "Senso unico alternato SP 1",
            "Lavori nelle scuole superiori"
        ]
    );
    // Every word, in title or summary, without case or accents.
    assert_eq!(
        with(NewsFilter {
            text: "CITTA piu".into(),
            ..Default::default()
        }),
        ["Città più pulita: l'ambiente"]
    );
    assert_eq!(
        with(NewsFilter {
            text: "sommario vara".into(),
            topic: topic("viabilita"),
            ..Default::default()
        }),
        ["Chiusura ponte sul Vara"]
    );
    assert!(with(NewsFilter {
        text: "vara".into(),
        topic: topic("scuole"),
        ..Default::default()
    })
    .is_empty());
}

#[test]
fn query_round_trip_keeps_every_filter() {
    let filter = NewsFilter {
        text: "ponte & strade/è".into(),
        topic: Some("viabilita".into()),
        kind: Some(NewsKind::Avviso),
        from: Some(date("2026-01-01")),
        to: Some(date("2026-12-31")),
        include_expired: true,
        order: SortOrder::OldestFirst,
        page: 3,
    };
    let query = filter.to_query();
    assert_eq!(
        query,
        "?testo=ponte%20%26%20strade%2F%C3%A8&argomento=viabilita&tipo=avvisi&dal=2026-01-01&al=2026-12-31&scaduti=si&ordine=meno-recenti&pagina=3"
    );
    // What a browser decodes from that query comes back as the same filter.
    let decoded = [
        ("testo", "ponte & strade/è"),
        ("argomento", "viabilita"),
        ("tipo", "avvisi"),
        ("dal", "2026-01-01"),
        ("al", "2026-12-31"),
        ("scaduti", "si"),
        ("ordine", "meno-recenti"),
        ("pagina", "3"),
    ];
    assert_eq!(parse(&decoded), (filter, vec![]));
    let owned: Vec<(String, String)> = decoded.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
    assert_eq!(parse_query(&query), owned);
    assert_eq!(NewsFilter::default().to_query(), "");
    assert_eq!(NewsFilter::default().with_page(2).to_query(), "?pagina=2");
}

#[test]
fn nonsense_values_are_explained_not_fatal() {
    let long = "x".repeat(500);
    let (filter, notes) = parse(&[
        ("argomento", "inesistente"),
        ("dal", "2026-12-31"),
        ("al", "2026-01-01"),
        ("testo", &long),
        ("pagina", "zero"),
        ("tipo", "ricette"),
        ("utm_source", "newsletter"),
    ]);
    assert_eq!(filter.topic, None);
    assert_eq!(filter.kind, None);
    assert_eq!(
        (filter.from, filter.to),
        (Some(date("2026-01-01")), Some(date("2026-12-31")))
    );
    assert_eq!(filter.text.chars().count(), MAX_TEXT_CHARS);
    assert_eq!(filter.page, 1);
    assert_eq!(notes.len(), 5, "{notes:?}");
    assert!(notes[0].contains("«inesistente» non esiste"));
    assert!(notes.iter().any(|n| n.contains("troppo lungo")));
    assert!(notes.iter().any(|n| n.contains("«zero» non è un numero di pagina")));
    assert!(notes.iter().any(|n| n.contains("«ricette» non esiste")));
    assert!(notes
        .last()
        .unwrap()
        .contains("dal 1° gennaio 2026 al 31 dicembre 2026"));

    let (filter, notes) = parse(&[("dal", "31/12/2026"), ("al", "")]);
    assert_eq!((filter.from, filter.to), (None, None));
    assert_eq!(notes.len(), 1);
    assert!(notes[0].contains("«31/12/2026» non è valida"));
}

#[test]
fn paginates_and_clamps_a_page_past_the_end() {
    let many: Vec<NewsSummary> = (1..=30)
        .map(|n| {
            item(
                NewsKind::Notizia,
                &format!("Notizia {n:02}"),
                &format!("2026-10-{n:02}"),
                &[],
                false,
            )
        })
        .collect();
    let catalog = NewsCatalog::new(many);
    let page = catalog.page(&NewsFilter::default().with_page(3));
    assert_eq!((page.total, page.page, page.pages), (30, 3, 3));
    assert_eq!(
        titles(&page.items),
        [
            "Notizia 06",
            "Notizia 05",
            "Notizia 04",
            "Notizia 03",
            "Notizia 02",
            "Notizia 01"
        ]
    );
    assert_eq!(page.note, None);

    let past = catalog.page(&NewsFilter::default().with_page(9999));
    assert_eq!((past.page, past.pages, past.items.len()), (3, 3, 6));
    assert_eq!(
        past.note.as_deref(),
        Some("La pagina 9999 non esiste: i risultati occupano 3 pagine. È mostrata l'ultima.")
    );

    let none = catalog.page(&NewsFilter {
        text: "nulla di simile".into(),
        page: 2,
        ..Default::default()
    });
    assert_eq!((none.total, none.page, none.pages), (0, 1, 1));
    assert!(none.note.unwrap().contains("una pagina"));
}

#[test]
fn announces_result_counts_in_words() {
    assert_eq!(results_label(0), "Nessun risultato");
    assert_eq!(results_label(1), "1 risultato");
    assert_eq!(results_label(42), "42 risultati");
    assert_eq!(count_label(1, 1, 1), "1 risultato.");
    assert_eq!(count_label(27, 2, 3), "27 risultati, pagina 2 di 3.");
}

#[test]
fn queries_are_decoded_as_browsers_send_forms() {
    let pairs = |q: &str| parse_query(q);
    let owned = |list: &[(&str, &str)]| -> Vec<(String, String)> {
        list.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    };
    assert_eq!(pairs(""), owned(&[]));
    assert_eq!(pairs("?"), owned(&[]));
    assert_eq!(
        pairs("q=ponte+levatoio&tipo="),
        owned(&[("q", "ponte levatoio"), ("tipo", "")])
    );
    assert_eq!(pairs("?a&&b=1"), owned(&[("a", ""), ("b", "1")]));
    // A stray or broken escape stays as typed; bytes that are not UTF-8 are replaced.
    assert_eq!(
        pairs("q=100%&r=%zz&s=%4"),
        owned(&[("q", "100%"), ("r", "%zz"), ("s", "%4")])
    );
    assert_eq!(pairs("q=%FF%C3%A8"), owned(&[("q", "\u{FFFD}è")]));
    assert_eq!(pairs("q=a%3Db%26c"), owned(&[("q", "a=b&c")]));
}
