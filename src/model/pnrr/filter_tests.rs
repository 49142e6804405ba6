use super::*;
use crate::model::money::Amount;
use crate::model::pnrr::{ProjectStatus, ProjectSummary};

fn project(cup: &str, title: &str, code: &str, status: ProjectStatus, year: u16, pnrr_euros: i64) -> ProjectSummary {
    ProjectSummary {
        cup: cup.into(),
        titolo_progetto: title.into(),
        misura: code.to_lowercase(),
        codice_misura: code.into(),
        soggetto_attuatore: "Provincia della Spezia".into(),
        anno_inizio: year,
        finanziamento_pnrr: Amount::from_cents(pnrr_euros * 100),
        finanziamento_totale: Amount::from_cents(pnrr_euros * 100 + 50_000),
        aggiudicato: Amount::default(),
        erogato: Amount::default(),
        stato: status,
        cig: vec![format!("{}CIG", &cup[..7])],
    }
}

fn catalog() -> ProjectCatalog {
    ProjectCatalog::new(vec![
        project(
            "J41C22000390006",
            "Migrazione al cloud",
            "M1C1I1.2",
            ProjectStatus::InCorso,
            2023,
            931_712,
        ),
        project(
            "J47H22001230006",
            "Palestra del liceo Costa",
            "M4C1I1.3",
            ProjectStatus::Concluso,
            2022,
            450_000,
        ),
        project(
            "J44E23000010006",
            "Adeguamento sismico dell'istituto Capellini",
            "M4C1I3.3",
            ProjectStatus::InCorso,
            2023,
            2_100_000,
        ),
        project(
            "J49J24000020006",
            "Città più verde: alberature",
            "M2C4I3.1",
            ProjectStatus::DaAvviare,
            2024,
            450_000,
        ),
    ])
}

fn query(text: &str) -> (ProjectFilter, Vec<String>) {
    let pairs: Vec<(&str, &str)> = text.split('&').filter_map(|pair| pair.split_once('=')).collect();
    let missions = ["M1".to_string(), "M2".to_string(), "M4".to_string()];
    ProjectFilter::from_query(pairs, &missions)
}

fn cups(filter: &ProjectFilter) -> Vec<String> {
    catalog()
        .visible(filter)
        .iter()
        .map(|p| p.cup[..7].to_string())
        .collect()
}

#[test]
fn by_default_every_project_shows_largest_funding_first_ties_by_title() {
    let filter = ProjectFilter::default();
    assert_eq!(cups(&filter), ["J44E230", "J41C220", "J49J240", "J47H220"]);
    assert_eq!(filter.to_query(), "");
    assert_eq!(filter.order_sentence(), "ordinati per finanziamento PNRR, dal più alto");
}

#[test]
fn filters_combine_mission_status_year_amount_and_words() {
    let (filter, notes) = query("missione=M4&stato=in-corso");
    assert!(notes.is_empty());
    assert_eq!(cups(&filter), ["J44E230"]);
    assert_eq!(cups(&query("anno=2024").0), ["J49J240"]);
    assert_eq!(
        cups(&query("importo-min=450.000&importo-max=931712").0),
        ["J41C220", "J49J240", "J47H220"]
    );
    // Accents and case do not matter; every word must appear.
    assert_eq!(cups(&query("testo=CITTA verde").0), ["J49J240"]);
    assert_eq!(cups(&query("testo=liceo cloud").0), Vec::<String>::new());
    // A CUP or a CIG finds its project.
    assert_eq!(cups(&query("testo=j41c22000390006").0), ["J41C220"]);
    assert_eq!(cups(&query("testo=J47H220CIG").0), ["J47H220"]);
}

#[test]
fn the_url_keeps_the_state_and_reads_it_back() {
    let (filter, _) =
        query("testo=sismico&missione=M4&stato=in-corso&anno=2023&importo-min=1000,50&ordine=titolo&verso=decrescente");
    let text = filter.to_query();
    assert_eq!(
        text,
        "?testo=sismico&missione=M4&stato=in-corso&anno=2023&importo-min=1000.50&ordine=titolo&verso=decrescente"
    );
    assert_eq!(query(&text[1..]).0, filter);
}

#[test]
fn sorting_the_same_column_again_flips_the_order() {
    let by_title = ProjectFilter::default().sorted_by(SortKey::Title);
    assert!(!by_title.descending);
    assert_eq!(
        by_title.order_sentence(),
        "ordinati per titolo progetto, dalla A alla Z"
    );
    assert_eq!(cups(&by_title), ["J44E230", "J49J240", "J41C220", "J47H220"]);
    let flipped = by_title.sorted_by(SortKey::Title);
    assert!(flipped.descending);
    assert_eq!(cups(&flipped), ["J47H220", "J41C220", "J49J240", "J44E230"]);
    let by_year = flipped.sorted_by(SortKey::Year);
    assert!(by_year.descending, "a new numeric column starts from the largest");
    assert_eq!(cups(&by_year)[0], "J49J240");
    assert_eq!(
        cups(&by_year.sorted_by(SortKey::Status))[0],
        "J49J240",
        "da avviare comes first"
    );
}

#[test]
fn nonsense_in_the_url_is_explained_and_ignored() {
    let (filter, notes) = query("missione=M9&stato=finito&anno=duemila&importo-min=tanti&ordine=colore&utm_source=x");
    assert_eq!(filter, ProjectFilter::default());
    assert_eq!(notes.len(), 5, "{notes:?}");
    assert!(notes[0].contains("«M9»"));
    let (swapped, notes) = query("importo-min=500000&importo-max=1000");
    assert_eq!(swapped.min, Some(Amount::from_cents(100_000)));
    assert_eq!(swapped.max, Some(Amount::from_cents(50_000_000)));
    assert!(notes[0].contains("da 1.000,00 € a 500.000,00 €"), "{notes:?}");
    let long = format!("testo={}", "a".repeat(150));
    let (cut, notes) = query(&long);
    assert_eq!(cut.text.chars().count(), MAX_TEXT_CHARS);
    assert_eq!(notes.len(), 1);
}

#[test]
fn amounts_are_read_as_people_type_them() {
    let euros = |text: &str| parse_euros(text).map(|a| a.plain());
    assert_eq!(euros("150000").as_deref(), Some("150000.00"));
    assert_eq!(euros("150.000").as_deref(), Some("150000.00"));
    assert_eq!(euros("1.150.000,5").as_deref(), Some("1150000.50"));
    assert_eq!(euros("150000.25 €").as_deref(), Some("150000.25"));
    assert_eq!(euros("150,123"), None, "three decimals");
    assert_eq!(euros("-5"), None);
    assert_eq!(euros("dieci"), None);
    assert_eq!(euros_plain(Amount::from_cents(15_000_000)), "150000");
}

#[test]
fn result_labels_count_what_is_shown() {
    assert_eq!(results_label(21, 21), "21 progetti");
    assert_eq!(results_label(1, 21), "1 progetto su 21");
    assert_eq!(results_label(0, 21), "0 progetti su 21");
}

#[test]
fn row_slots_rewrite_only_what_changes() {
    // Three rows as pre-rendered: projects 0, 1, 2, all visible.
    let mut slots = RowSlots::new([(0, true), (1, true), (2, true)]);
    // The same view changes nothing.
    assert_eq!(slots.update(&[0, 1, 2]), vec![]);
    // A filter keeps 1 and 2: the first two slots show them, the last hides.
    let change = |slot, write, hidden| SlotChange { slot, write, hidden };
    assert_eq!(
        slots.update(&[1, 2]),
        vec![
            change(0, Some(1), None),
            change(1, Some(2), None),
            change(2, None, Some(true))
        ]
    );
    // Reversed, all three: the hidden slot comes back with its new project.
    assert_eq!(
        slots.update(&[2, 1, 0]),
        vec![
            change(0, Some(2), None),
            change(1, Some(1), None),
            change(2, Some(0), Some(false))
        ]
    );
    // Nothing matches: every slot hides and keeps its text.
    assert_eq!(
        slots.update(&[]),
        vec![
            change(0, None, Some(true)),
            change(1, None, Some(true)),
            change(2, None, Some(true))
        ]
    );
    // More projects than slots: the extra ones have no row to go to.
    assert_eq!(slots.update(&[2, 1, 0, 7]).len(), 3);
}

#[test]
fn a_new_order_keeps_the_same_selection() {
    let filter = ProjectFilter {
        text: "ponte".into(),
        year: Some(2024),
        ..ProjectFilter::default()
    };
    let sorted = filter.sorted_by(SortKey::Title);
    assert_ne!(sorted, filter);
    assert_eq!(sorted.selection(), filter.selection());
    assert_eq!(filter.selection().text, "ponte");
    assert_ne!(
        ProjectFilter::default().selection(),
        ProjectFilter {
            status: Some(ProjectStatus::Concluso),
            ..ProjectFilter::default()
        }
        .selection()
    );
}
