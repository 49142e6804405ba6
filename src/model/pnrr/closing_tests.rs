use super::*;

fn project(cup: &str, stato: &str, milestones: serde_json::Value, payments: serde_json::Value) -> Project {
    let source = serde_json::json!({"fonte": "ReGiS", "verificato_il": "2026-11-18"});
    serde_json::from_value(serde_json::json!({
        "cup": cup, "codice_locale_progetto": "X", "titolo_progetto": format!("Progetto {cup}"),
        "sintesi_progetto": "s", "misura": "m", "soggetto_attuatore": "Provincia",
        "codice_fiscale_soggetto_attuatore": "00218930113",
        "finanziamento_pnrr": "1000.00", "finanziamento_totale": "1000.00",
        "data_inizio_prevista": "2023-01-01", "data_fine_prevista": "2026-06-30",
        "stato": stato, "fonte": source,
        "traguardi": milestones, "pagamenti": payments,
    }))
    .unwrap()
}

fn milestone(due: &str, done: Option<&str>) -> serde_json::Value {
    let mut m = serde_json::json!({
        "descrizione": format!("Traguardo del {due}"), "tipo": "traguardo", "data_prevista": due,
        "fonte": {"fonte": "ReGiS", "verificato_il": "2026-11-18"}
    });
    if let Some(done) = done {
        m["data_effettiva"] = done.into();
    }
    m
}

fn payment(amount: &str) -> serde_json::Value {
    serde_json::json!({"data": "2025-07-15", "descrizione": "Erogazione", "importo": amount,
        "fonte": {"fonte": "ReGiS", "verificato_il": "2026-11-18"}})
}

#[test]
fn what_is_still_open_at_the_close_of_the_plan() {
    let projects = [
        project(
            "A",
            "in-corso",
            serde_json::json!([
                // Reached late: reached, not open.
                milestone("2026-06-30", Some("2026-08-20")),
                // Due by 31 August 2026 and not reached: open.
                milestone("2026-08-31", None),
                // Due after the plan's deadline: not a plan milestone.
                milestone("2026-09-30", None),
            ]),
            serde_json::json!([payment("400.00")]),
        ),
        project(
            "B",
            "collaudato",
            serde_json::json!([milestone("2025-12-31", Some("2025-12-01"))]),
            serde_json::json!([payment("1000.00")]),
        ),
        project(
            "C",
            "concluso",
            serde_json::json!([milestone("2026-03-31", None)]),
            serde_json::json!([]),
        ),
    ];
    let open = open_items(&projects);
    let milestones: Vec<(&str, String)> = open
        .traguardi
        .iter()
        .map(|m| (m.cup.as_str(), m.traguardo.data_prevista.iso()))
        .collect();
    assert_eq!(milestones, [("C", "2026-03-31".into()), ("A", "2026-08-31".into())]);
    let payments: Vec<(&str, String)> = open
        .pagamenti
        .iter()
        .map(|p| (p.cup.as_str(), p.da_ricevere.italian()))
        .collect();
    assert_eq!(payments, [("C", "1.000,00 €".into()), ("A", "600,00 €".into())]);
    let not_accepted: Vec<&str> = open.non_collaudati.iter().map(|p| p.cup.as_str()).collect();
    assert_eq!(not_accepted, ["A", "C"]);
    assert!(!open.is_empty());
}

#[test]
fn quantities_keep_their_text_and_read_the_italian_way() {
    assert_eq!(Quantity::parse("4200").unwrap().italian(), "4.200");
    assert_eq!(Quantity::parse("1234567.5").unwrap().italian(), "1.234.567,5");
    assert_eq!(Quantity::parse("12.50").unwrap().plain(), "12.50");
    for bad in ["", "12,5", "-3", "1.", ".5", "1e3"] {
        assert_eq!(Quantity::parse(bad), None, "{bad}");
    }
}

#[test]
fn statuses_go_beyond_concluded() {
    assert!(ProjectStatus::Rendicontato.is_accepted() && ProjectStatus::Rendicontato.is_finished());
    assert!(ProjectStatus::Concluso.is_finished() && !ProjectStatus::Concluso.is_accepted());
    assert!(!ProjectStatus::InCorso.is_finished());
    assert_eq!(PhaseKind::keys(), "progettazione, affidamento, esecuzione, collaudo");
}
