//! The forms that send to the receiving service, and the privacy text that
//! describes what it does with what it receives.

use super::*;
use provincia_sito::model::services::{ServiceCatalog, ServiceCategory, ServiceSummary};

fn catalog() -> Arc<str> {
    let catalog = ServiceCatalog {
        versione: 1,
        categorie: vec![ServiceCategory {
            slug: "mobilita-e-trasporti".into(),
            nome: "Mobilità e trasporti".into(),
            descrizione: "Strade e trasporti".into(),
            servizi: vec![ServiceSummary {
                slug: "trasporti-eccezionali".into(),
                titolo: "Autorizzazione ai trasporti eccezionali".into(),
                descrizione: "x".into(),
                attivo: true,
                online: true,
            }],
        }],
    };
    Arc::from(serde_json::to_string(&catalog).unwrap())
}

#[test]
fn the_report_page_has_the_form_with_its_honeypot_and_keeps_the_email_route() {
    let page = render_page(
        "/segnala-disservizio",
        vec![(endpoint::services().path().to_string(), catalog())],
    );
    assert_page_structure(&page, "Segnala disservizio");
    let form = select(&page, "form.report-form");
    assert_eq!(form.len(), 1, "the form is on the page");
    // One radio per kind of problem, the first carrying the group's id.
    let kinds = select(&page, "form.report-form input[name=tipo]");
    assert_eq!(kinds.len(), 6);
    assert_eq!(kinds[0].value().attr("id"), Some("segnalazione-tipo"));
    // "Dove" names any page: a text field offering the site's sections and
    // every service as one types (issue 39: only the services before).
    assert_eq!(
        select(&page, "input#segnalazione-pagina[list=segnalazione-pagine]").len(),
        1
    );
    let offered: Vec<&str> = select(&page, "#segnalazione-pagine option")
        .iter()
        .filter_map(|o| o.value().attr("value"))
        .collect();
    assert!(offered.contains(&"/servizi/trasporti-eccezionali"), "{offered:?}");
    assert!(offered.contains(&"/mappa-del-sito"), "{offered:?}");
    // The honeypot: out of the accessibility tree and of the Tab order.
    let trap = select(
        &page,
        "form.report-form .honeypot[aria-hidden=true] input[name=sito_web]",
    );
    assert_eq!(trap.len(), 1);
    assert_eq!(trap[0].value().attr("tabindex"), Some("-1"));
    assert_eq!(select(&page, "#segnalazione-consenso[type=checkbox]").len(), 1);
    // Without JavaScript, or with the service down: the e-mail.
    let mail = select(&page, "main a[href^='mailto:']");
    assert!(mail[0]
        .value()
        .attr("href")
        .unwrap()
        .contains("Segnalazione%20disservizio"));
    assert_eq!(select(&page, "main .without-js").len(), 1);
}

#[test]
fn the_privacy_page_states_the_retention_of_the_configuration() {
    let page = render_page("/privacy", Vec::new());
    let days = config().ricezione.conservazione_giorni;
    let main = text(&select(&page, "main")[0]);
    assert!(
        main.contains(&format!("cancellati dopo {days} giorni dall'invio")),
        "{main}"
    );
    assert!(main.contains("non registra l'indirizzo IP"));
    assert!(main.contains("Una valutazione è anonima"));
}

#[test]
fn every_page_rating_has_the_honeypot_and_no_inactive_notice() {
    let page = render_page("/privacy", Vec::new());
    assert_eq!(
        select(&page, "[data-element=feedback] input[name=sito_web][tabindex='-1']").len(),
        1
    );
    assert!(
        select(&page, ".rating-inactive").is_empty(),
        "collection is configured in the sample"
    );
}
