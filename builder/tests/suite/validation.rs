//! The build reports every problem of a run at once, each with file, line,
//! field and what was expected; the sample content passes.

use crate::common::{assert_exactly_reported, problems_of};
use provincia_sito::model::content::NewsKind;
use provincia_sito::model::endpoint;
use provincia_sito::model::Date;
use site_builder::load::load_site;
use site_builder::record::Report;
use std::path::Path;

fn today() -> Date {
    Date::parse("2026-11-22").unwrap()
}

#[test]
fn the_sample_content_is_valid() {
    assert_eq!(problems_of("../content"), Vec::<String>::new());
}

#[test]
fn every_mistake_is_reported_with_file_line_and_field() {
    let problems = problems_of("tests/fixtures/contenuti-errati");
    let base = "contenuti-errati";
    let expected = [
        format!("{base}/argomenti.yaml:6: campo `argomenti[1].slug`: argomento «rete-stradale» già definito"),
        format!("{base}/argomenti.yaml:10: campo `argomenti[2].nome`: «Gare e appalti» non è una voce del vocabolario controllato in builder/vocabolari/argomenti.yaml (voci vicine: «appalto pubblico»)"),
        format!("{base}/argomenti.yaml:12: campo `argomenti[2].indirizzi_precedenti[0]`: "),
        format!("{base}/argomenti.yaml:12: campo `argomenti[2].indirizzi_precedenti[1]`: è lo slug attuale"),
        format!("{base}/novita/notizie/data-sbagliata.md:6: campo `argomenti`: l'argomento «viabilita» ora si chiama «Rete stradale»: scrivi rete-stradale"),
        format!("{base}/novita/avvisi/senza-intestazione.md:1: campo `(intestazione)`: il file deve iniziare con una riga `---`"),
        format!("{base}/novita/avvisi/scadenza-invertita.md:6: campo `scadenza`: la scadenza (1° dicembre 2026) precede l'inizio della validità (10 dicembre 2026)"),
        format!("{base}/novita/avvisi/scadenza-invertita.md:7: campo `ufficio`: ufficio sconosciuto «ufficio-inesistente»"),
        format!("{base}/novita/avvisi/scadenza-invertita.md:10: campo `allegati[0].file`: allegato «/allegati/non-esiste.pdf» non trovato"),
        format!("{base}/novita/avvisi/scadenza-invertita.md:12: campo `allegati[1].file`: formato «exe» non ammesso per un allegato"),
        format!("{base}/novita/notizie/data-sbagliata.md:4: campo `data`: data non valida «2026-02-30»"),
        format!("{base}/novita/notizie/data-sbagliata.md:7: campo `argomenti`: argomento sconosciuto «meteo»"),
        format!("{base}/novita/notizie/data-sbagliata.md:8: campo `titlo`: campo sconosciuto; i campi ammessi sono: titolo, sommario"),
        format!("{base}/novita/notizie/data-sbagliata.md:12: campo `testo`: immagine senza testo alternativo"),
        format!("{base}/novita/notizie/data-sbagliata.md:14: campo `testo`: collegamento interno «/pagina-che-non-esiste» a una pagina che non esiste"),
        format!("{base}/novita/notizie/senza-titolo.md:2: campo `titolo`: campo obbligatorio mancante"),
        format!("{base}/novita/notizie/senza-titolo.md:5: campo `immagine.file`: file «/img/non-esiste.jpg» non trovato"),
        format!("{base}/novita/notizie/senza-titolo.md:4: campo `immagine.alt`: campo obbligatorio mancante"),
        format!("{base}/pnrr/progetti/J41C2200039000X.yaml:1: campo `cup`: CUP «J41C2200039000» non valido: attesi 15 caratteri"),
        format!("{base}/pnrr/progetti/J41C2200039000X.yaml:5: campo `misura`: misura «m9c9-inesistente» sconosciuta"),
        format!("{base}/pnrr/progetti/J41C2200039000X.yaml:8: campo `finanziamento_pnrr`: la quota PNRR (1.000,00 €) supera il finanziamento totale (900,00 €)"),
        format!("{base}/pnrr/progetti/J41C2200039000X.yaml:14: campo `gare[0].cig`: CIG «ABC» non valido"),
        format!("{base}/pnrr/progetti/J41C2200039000X.yaml:17: campo `gare[0].importo_aggiudicazione`: importo non valido «100,50»"),
    ];
    assert_exactly_reported(&problems, &expected);
}

#[test]
fn future_items_wait_and_expired_notices_are_marked() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let report = Report::default();
    let content = root.join("../content");
    let site = load_site(&content, &root.join("../public"), today(), &report).unwrap();
    let future = "archivio-storico-nuovi-fondi-online";
    assert!(
        site.news.iter().all(|n| n.slug != future),
        "dated 2026-12-01, not yet published"
    );
    // That news item and the ordinance dated 26 November 2026.
    assert!(site
        .documents
        .iter()
        .all(|d| d.scheda.slug != "ordinanza-mezzi-pesanti-sp-370"));
    assert_eq!(site.scheduled, 2);
    let later = load_site(
        &content,
        &root.join("../public"),
        Date::parse("2026-12-01").unwrap(),
        &report,
    )
    .unwrap();
    assert!(later.news.iter().any(|n| n.slug == future), "published on its day");
    let expired = site
        .news
        .iter()
        .find(|n| n.slug == "avviso-manifestazione-interesse-manutenzioni")
        .unwrap();
    assert!(expired.scaduto, "ended 2026-11-15");
    let api = site_builder::api_files::build(&site);
    let first_page = api.read(&endpoint::news_page(NewsKind::Avviso, 1)).unwrap();
    assert!(
        !first_page
            .elementi
            .iter()
            .any(|s| s.slug == "avviso-manifestazione-interesse-manutenzioni"),
        "expired notices leave the list"
    );
    assert!(
        api.get("novita/avvisi/avviso-manifestazione-interesse-manutenzioni.json")
            .is_some(),
        "but keep their page"
    );
}
