use super::*;
use crate::model::news_filter::parse_query;

fn issuer(slug: &str, nome: &str) -> Issuer {
    Issuer {
        slug: slug.into(),
        nome: nome.into(),
        percorso: format!("/amministrazione/uffici/{slug}"),
    }
}

fn doc(slug: &str, tipo: DocumentKind, numero: Option<&str>, data: &str, by: &Issuer) -> DocumentSummary {
    DocumentSummary {
        tipo,
        slug: slug.into(),
        titolo: format!("Titolo {slug}"),
        numero: numero.map(str::to_string),
        data: Date::parse(data).unwrap(),
        oggetto: format!("Oggetto di {slug}"),
        emanato_da: by.clone(),
        in_vigore_dal: None,
        in_vigore_fino_al: None,
        non_in_vigore: false,
        argomenti: vec![],
    }
}

fn sample() -> Vec<DocumentSummary> {
    let council = issuer("consiglio-provinciale", "Consiglio provinciale");
    let roads = issuer("viabilita", "Servizio Viabilità");
    let mut ponte = doc(
        "ordinanza-ponte-vara",
        DocumentKind::Ordinanza,
        Some("118"),
        "2026-11-18",
        &roads,
    );
    ponte.oggetto = "Chiusura del ponte sul Vara per collaudo".into();
    vec![
        doc(
            "bilancio-2026",
            DocumentKind::Deliberazione,
            Some("9"),
            "2026-03-30",
            &council,
        ),
        doc(
            "rendiconto-2025",
            DocumentKind::Deliberazione,
            Some("12"),
            "2026-03-30",
            &council,
        ),
        ponte,
        doc("statuto", DocumentKind::Statuto, None, "2015-02-10", &council),
        doc(
            "ordinanza-sp1",
            DocumentKind::Ordinanza,
            Some("40"),
            "2025-05-02",
            &roads,
        ),
    ]
}

fn filter_of(query: &str) -> (DocumentFilter, Vec<String>) {
    let pairs = parse_query(query);
    let choices = DocumentChoices::of(&sample());
    DocumentFilter::from_query(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())), &choices)
}

fn slugs(catalog: &DocumentCatalog, query: &str) -> Vec<String> {
    catalog
        .matching(&filter_of(query).0)
        .into_iter()
        .map(|d| d.slug.clone())
        .collect()
}

#[test]
fn newest_first_then_higher_number_on_the_same_day() {
    let catalog = DocumentCatalog::new(sample());
    assert_eq!(
        slugs(&catalog, ""),
        [
            "ordinanza-ponte-vara",
            "rendiconto-2025",
            "bilancio-2026",
            "ordinanza-sp1",
            "statuto"
        ]
    );
}

#[test]
fn kind_year_issuer_and_words_combine() {
    let catalog = DocumentCatalog::new(sample());
    assert_eq!(
        slugs(&catalog, "?tipo=ordinanza"),
        ["ordinanza-ponte-vara", "ordinanza-sp1"]
    );
    assert_eq!(slugs(&catalog, "?tipo=ordinanza&anno=2025"), ["ordinanza-sp1"]);
    assert_eq!(
        slugs(&catalog, "?ufficio=consiglio-provinciale&anno=2026"),
        ["rendiconto-2025", "bilancio-2026"]
    );
    // Words match the subject without accents or case, and the number.
    assert_eq!(slugs(&catalog, "?testo=PONTE+vara"), ["ordinanza-ponte-vara"]);
    assert_eq!(slugs(&catalog, "?testo=118"), ["ordinanza-ponte-vara"]);
    assert!(slugs(&catalog, "?testo=ponte&anno=2025").is_empty());
}

#[test]
fn the_query_round_trips() {
    let (filter, notes) = filter_of("?testo=ponte%20vara&tipo=ordinanza&anno=2026&ufficio=viabilita&pagina=2");
    assert!(notes.is_empty(), "{notes:?}");
    assert_eq!(
        filter.to_query(),
        "?testo=ponte%20vara&tipo=ordinanza&anno=2026&ufficio=viabilita&pagina=2"
    );
    assert_eq!(filter_of(&filter.to_query()).0, filter);
    assert_eq!(DocumentFilter::default().to_query(), "");
}

#[test]
fn what_makes_no_sense_is_ignored_with_a_note() {
    let (filter, notes) = filter_of("?tipo=circolare&anno=duemila&ufficio=nessuno&pagina=zero");
    assert_eq!(filter, DocumentFilter::default());
    assert_eq!(notes.len(), 4, "{notes:?}");
    assert!(notes[0].contains("«circolare»"), "{}", notes[0]);
    assert!(notes[1].contains("«duemila» non è un anno"), "{}", notes[1]);
    assert!(notes[2].contains("«nessuno»"), "{}", notes[2]);
    // Empty fields, as a form sends them, are no filter and no note.
    assert_eq!(filter_of("?tipo=&anno=&ufficio=&testo=").1, Vec::<String>::new());
}

#[test]
fn a_page_past_the_end_shows_the_last_with_a_note() {
    let catalog = DocumentCatalog::new(sample());
    let page = catalog.page(&filter_of("?pagina=4").0);
    assert_eq!((page.page, page.pages, page.total), (1, 1, 5));
    assert!(page.note.unwrap().contains("La pagina 4 non esiste"));
}

#[test]
fn choices_hold_what_the_documents_have() {
    let choices = DocumentChoices::of(&sample());
    assert_eq!(
        choices.tipi,
        [
            DocumentKind::Statuto,
            DocumentKind::Deliberazione,
            DocumentKind::Ordinanza
        ]
    );
    assert_eq!(choices.anni, [2026, 2025, 2015]);
    let names: Vec<&str> = choices.emittenti.iter().map(|i| i.nome.as_str()).collect();
    assert_eq!(names, ["Consiglio provinciale", "Servizio Viabilità"]);
}

#[test]
fn reference_and_validity_read_as_italians_write_them() {
    let roads = issuer("viabilita", "Servizio Viabilità");
    let mut order = doc("o", DocumentKind::Ordinanza, Some("118"), "2026-11-18", &roads);
    assert_eq!(order.reference(), "Ordinanza n. 118 del 18 novembre 2026");
    assert_eq!(order.validity(), None);
    order.in_vigore_dal = Date::parse("2026-11-20").ok();
    order.in_vigore_fino_al = Date::parse("2026-11-30").ok();
    assert_eq!(
        order.validity().unwrap(),
        "In vigore dal 20 novembre 2026 al 30 novembre 2026"
    );
    order.non_in_vigore = true;
    assert_eq!(order.validity().unwrap(), "Non più in vigore dal 1° dicembre 2026");
    let form = doc("m", DocumentKind::Modulistica, None, "2025-03-03", &roads);
    assert_eq!(form.reference(), "Modulo del 3 marzo 2025");
}
