//! The territory model: codes, periods, filters.

use super::*;

#[test]
fn road_codes_have_the_registry_shape() {
    for good in ["SP 1", "SP 566 dir", "SP 26 bis", "SP 1234"] {
        assert!(is_road_code(good), "{good}");
    }
    for bad in ["SP1", "sp 1", "SP 01", "SS 1", "SP 1 Dir", "SP  1", "SP 12345", "SP"] {
        assert!(!is_road_code(bad), "{bad}");
    }
    assert_eq!(road_slug("SP 566 dir"), "sp-566-dir");
}

use super::geo::Geometry;
use super::restriction_filter::{RestrictionChoices, RestrictionFilter, When};
use super::restrictions::{in_period, Period, Restriction, RestrictionKind};
use crate::model::content::{OfficeLevel, OfficeRef};

fn day(text: &str) -> Date {
    Date::parse(text).unwrap()
}

/// The build day of these tests.
fn today() -> Date {
    day("2026-12-05")
}

fn comune(slug: &str) -> ComuneRef {
    ComuneRef {
        istat: format!("0110{:02}", slug.len()),
        slug: slug.into(),
        nome: slug.into(),
    }
}

fn road(code: &str) -> Road {
    Road {
        codice: code.into(),
        slug: road_slug(code),
        nome: "di prova".into(),
        lunghezza: Km::from_metres(12_000),
        comuni: vec![comune("sarzana"), comune("luni")],
        zona: "Golfo".into(),
        ufficio: OfficeRef {
            slug: "viabilita".into(),
            livello: OfficeLevel::Ufficio,
            nome: "Viabilità".into(),
        },
    }
}

fn restriction(slug: &str, code: &str, from: &str, to: &str, kind: RestrictionKind) -> Restriction {
    Restriction {
        slug: slug.into(),
        strada: road(code).reference(),
        dal_km: Km::from_metres(3_200),
        al_km: Km::from_metres(4_050),
        comuni: vec![comune("sarzana")],
        tipo: kind,
        limite: None,
        inizio: day(from),
        ora_inizio: None,
        fine: day(to),
        ora_fine: None,
        motivo: "Lavori".into(),
        percorso_alternativo: None,
        ordinanza: None,
        geometria: Geometry::Point([9.96, 44.11]),
    }
}

fn territory(items: Vec<Restriction>) -> Territory {
    Territory {
        versione: 1,
        calcolato_il: today(),
        comuni: vec![],
        strade: vec![road("SP 1"), road("SP 9")],
        limitazioni: items,
        luoghi: vec![],
        riquadro: None,
        mappa: None,
        progetti_pnrr: Vec::new(),
    }
}

#[test]
fn the_period_follows_the_build_day() {
    use RestrictionKind::ChiusuraTotale as C;
    let ended_yesterday = restriction("a", "SP 1", "2026-11-20", "2026-12-04", C);
    let ends_today = restriction("b", "SP 1", "2026-11-20", "2026-12-05", C);
    let starts_today = restriction("c", "SP 1", "2026-12-05", "2026-12-20", C);
    let starts_tomorrow = restriction("d", "SP 1", "2026-12-06", "2026-12-08", C);
    let starts_in_a_week = restriction("e", "SP 1", "2026-12-12", "2026-12-13", C);
    let starts_in_eight_days = restriction("f", "SP 1", "2026-12-13", "2026-12-14", C);
    assert_eq!(ended_yesterday.period(today()), Period::Concluse);
    assert_eq!(ends_today.period(today()), Period::Oggi);
    assert_eq!(starts_today.period(today()), Period::Oggi);
    assert_eq!(starts_tomorrow.period(today()), Period::ProssimiGiorni);
    assert_eq!(starts_in_a_week.period(today()), Period::ProssimiGiorni);
    assert_eq!(starts_in_eight_days.period(today()), Period::PiuAvanti);
}

#[test]
fn in_force_ones_go_by_road_and_coming_ones_by_start() {
    use RestrictionKind::*;
    let items = vec![
        restriction("sp9", "SP 9", "2026-12-01", "2026-12-09", SensoUnicoAlternato),
        restriction("sp1", "SP 1", "2026-12-03", "2026-12-09", ChiusuraTotale),
        restriction("later", "SP 1", "2026-12-10", "2026-12-11", LimiteDiPeso),
        restriction("sooner", "SP 9", "2026-12-07", "2026-12-11", LimiteDiPeso),
    ];
    let slugs = |found: Vec<&Restriction>| found.iter().map(|r| r.slug.clone()).collect::<Vec<_>>();
    assert_eq!(slugs(in_period(&items, Period::Oggi, today())), ["sp1", "sp9"]);
    assert_eq!(
        slugs(in_period(&items, Period::ProssimiGiorni, today())),
        ["sooner", "later"]
    );
}

#[test]
fn the_filter_lives_in_the_url_and_explains_what_it_ignored() {
    use RestrictionKind::*;
    let items = vec![
        restriction("sp9", "SP 9", "2026-12-01", "2026-12-09", SensoUnicoAlternato),
        restriction("sp1", "SP 1", "2026-12-03", "2026-12-09", ChiusuraTotale),
        restriction("old", "SP 1", "2026-10-01", "2026-10-09", ChiusuraTotale),
    ];
    let land = RestrictionChoices::of(&territory(items.clone()));
    let (filter, notes) = RestrictionFilter::from_query(
        [
            ("strada", "sp-1"),
            ("tipo", "chiusura-totale"),
            ("quando", "tutte"),
            ("utm_source", "x"),
        ],
        &land,
    );
    assert!(notes.is_empty(), "{notes:?}");
    assert_eq!(filter.to_query(), "?strada=sp-1&tipo=chiusura-totale&quando=tutte");
    let found = filter.apply(&items, today());
    let counts: Vec<(Period, usize)> = found.iter().map(|(p, f)| (*p, f.len())).collect();
    assert_eq!(
        counts,
        [
            (Period::Oggi, 1),
            (Period::ProssimiGiorni, 0),
            (Period::PiuAvanti, 0),
            (Period::Concluse, 1)
        ]
    );

    let (filter, notes) = RestrictionFilter::from_query(
        [
            ("strada", "sp-99"),
            ("comune", "atlantide"),
            ("tipo", "frana"),
            ("quando", "ieri"),
        ],
        &land,
    );
    assert_eq!(filter, RestrictionFilter::default());
    assert_eq!(filter.when, When::Soon);
    assert_eq!(filter.to_query(), "");
    assert_eq!(notes.len(), 4, "{notes:?}");
    assert!(
        notes[0].contains("«sp-99» non è una strada provinciale"),
        "{}",
        notes[0]
    );

    let (filter, _) = RestrictionFilter::from_query([("comune", "sarzana")], &land);
    assert_eq!(filter.comune, None, "a Comune not in the territory's list is refused");
}

#[test]
fn a_restriction_reads_as_a_driver_asks() {
    let mut item = restriction("a", "SP 1", "2026-12-01", "2026-12-12", RestrictionKind::LimiteDiPeso);
    item.limite = Some("3,5 t".into());
    item.ora_fine = Some("18:00".into());
    assert_eq!(item.title(), "Limite di peso (3,5 t), SP 1 di prova, km 3,2–4,05");
    assert_eq!(item.until(), "fino al 12 dicembre 2026 ore 18:00");
    assert_eq!(item.when(), "dal 1° dicembre 2026 al 12 dicembre 2026 ore 18:00");
    item.fine = item.inizio;
    item.ora_inizio = Some("08:00".into());
    assert_eq!(item.when(), "il 1° dicembre 2026, dalle 08:00 alle 18:00");
}
