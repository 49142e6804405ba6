//! People, organs, offices and participated bodies are checked at build
//! time: a role names an organ or an office that exists, an office sits
//! under a unit of a higher level and its head is a person of the site, a mandate does not end before it starts, a politico's
//! role names its organ, nobody is published without a role, and no private
//! contact field is accepted; a body's share is a percentage, its results
//! amounts of closed years, its site https; a document has a known kind,
//! one issuer that exists, its register number when its kind has one (once
//! a year per series), a validity that ends after it starts, and a file.
//! A call has a CIG of the official shape (once across calls) and a base
//! amount if it is a tender, posts and its inPA notice if it is a
//! competition, a procedure of its kind, dates in order (published,
//! deadline, award, outcome) and a document.
//! The territory: a Comune's ISTAT code has six digits, is unique and of
//! the province of the others; a road has a registry code, a length in km,
//! Comuni of comuni.yaml and an office.
//! The fixture's `persona-buona`, the first `societa-buona`,
//! `documento-buono` and `gara-buona` must pass.

use crate::common::{assert_exactly_reported, problems_of};

#[test]
fn each_broken_person_and_organ_is_reported_with_file_line_and_field() {
    // The restrictions, places and events of the same fixture are the territory suite's.
    let problems: Vec<String> = problems_of("tests/fixtures/amministrazione-errata")
        .into_iter()
        .filter(|p| !p.contains("/limitazioni/") && !p.contains("/luoghi/") && !p.contains("/eventi/"))
        .collect();
    let at = |file: &str, rest: &str| format!("amministrazione-errata/{file}{rest}");
    let expected = [
        at("organi.yaml", ":21: campo `organi[1].slug`: organo «consiglio» già definito"),
        at("organi.yaml", ":11: campo `organi[0].sedute[1].data`: c'è già una seduta il 29 ottobre 2026 alle 15:00"),
        at("organi.yaml", ":16: campo `organi[0].sedute[2].ora`: «ore 25» non è un orario"),
        at(
            "organi.yaml",
            ":15: campo `organi[0].sedute[2].ordine_del_giorno`: indica almeno un punto all'ordine del giorno",
        ),
        at("organi.yaml", ":18: campo `organi[0].sedute[3].luogo`"),
        at("persone/persona-sbagliata.yaml", ":2: campo `tipo`: «assessore» sconosciuto: ammessi politico, personale"),
        at(
            "persone/persona-sbagliata.yaml",
            ":5: campo `ruoli[0].organo`: organo sconosciuto «giunta»: ammessi quelli di content/organi.yaml (consiglio)",
        ),
        at(
            "persone/persona-sbagliata.yaml",
            ":7: campo `ruoli[0].al`: il mandato finisce (1° gennaio 2023) prima di cominciare (7 ottobre 2024)",
        ),
        at("persone/persona-sbagliata.yaml", ":9: campo `ruoli[1].ufficio`: ufficio sconosciuto «protocollo»"),
        at("persone/persona-sbagliata.yaml", ":11: campo `contatti`: ufficio sconosciuto «ufficio-privato»"),
        at("persone/persona-sbagliata.yaml", ":12: campo `telefono_cellulare`"),
        at(
            "persone/politico-senza-organo.yaml",
            ":4: campo `ruoli[0].organo`: il ruolo di un politico indica il suo organo di governo",
        ),
        at("persone/politico-senza-organo.yaml", ":7: campo `foto.file`"),
        at("enti.yaml", ":13: campo `enti[1].slug`: ente «societa-buona» già definito"),
        at("enti.yaml", ":15: campo `enti[1].tipo`: «fondazione» sconosciuto: ammessi ente-pubblico-vigilato, societa, ente-diritto-privato"),
        at("enti.yaml", ":16: campo `enti[1].quota`: quota «120» non valida"),
        at("enti.yaml", ":19: campo `enti[1].onere_annuo`"),
        at("enti.yaml", ":22: campo `enti[1].risultati[0].anno`: il bilancio del 2027 non può essere già chiuso"),
        at("enti.yaml", ":23: campo `enti[1].risultati[1].risultato`"),
        at("enti.yaml", ":24: campo `enti[1].sito`: atteso un indirizzo che inizia con https://"),
        at(
            "enti.yaml",
            ":25: campo `enti[2].quota`: una società o un ente di diritto privato indica la quota della Provincia",
        ),
        at("uffici.yaml", ":9: campo `uffici[1].dipende_da`: un settore non dipende da un'altra unità"),
        at("uffici.yaml", ":19: campo `uffici[3].dipende_da`: unità sconosciuta «inesistente»"),
        at(
            "uffici.yaml",
            ":24: campo `uffici[4].dipende_da`: un servizio non può dipendere da un ufficio («archivio»)",
        ),
        at("uffici.yaml", ":27: campo `uffici[4].responsabile`: persona sconosciuta «nessuno»"),
        at("uffici.yaml", ":29: campo `uffici[5].livello`: «reparto» sconosciuto: ammessi settore, servizio, ufficio"),
        at("uffici.yaml", ":28: campo `uffici[5].descrizione`"),
        at(
            "persone/senza-ruoli.yaml",
            ":1: campo `ruoli`: indica almeno un ruolo, con la data d'inizio",
        ),
        at(
            "documenti/numero-ripetuto.md",
            ":4: campo `numero`: Deliberazione n. 7 del 2026 di Consiglio provinciale c'è già in amministrazione-errata/documenti/documento-buono.md",
        ),
        at(
            "documenti/numero-ripetuto.md",
            ":9: campo `in_vigore_fino_al`: la fine della validità (1° aprile 2026) precede l'inizio (1° maggio 2026)",
        ),
        at(
            "documenti/tipo-sconosciuto.md",
            ":2: campo `tipo`: «circolare» sconosciuto: ammessi statuto, regolamento, deliberazione, decreto-del-presidente, determinazione, ordinanza, modulistica, atto-normativo, dataset",
        ),
        at(
            "documenti/tipo-sconosciuto.md",
            ":7: campo `ufficio`: indica chi ha emanato il documento una volta sola",
        ),
        at(
            "documenti/ordinanza-sbagliata.md",
            ":4: campo `numero`: «118/2026» non è un numero di registro",
        ),
        at(
            "documenti/ordinanza-sbagliata.md",
            ":7: campo `ufficio`: ufficio sconosciuto «protocollo»",
        ),
        at(
            "documenti/ordinanza-sbagliata.md",
            ":2: campo `allegati`: indica almeno un allegato",
        ),
        at(
            "documenti/decreto-senza-numero.md",
            ":2: campo `numero`: Decreti del Presidente: il numero di registro è obbligatorio",
        ),
        at("documenti/decreto-senza-numero.md", ":2: campo `organo`: indica chi ha emanato il documento"),
        at("documenti/decreto-senza-numero.md", ":8: campo `allegati[0].file`"),
        at(
            "bandi/gara-sbagliata.md",
            ":5: campo `procedura`: «concorso-pubblico» non è una procedura per un bando di gara",
        ),
        at("bandi/gara-sbagliata.md", ":6: campo `cig`: CIG «B4C1-D7E2» non valido"),
        at("bandi/gara-sbagliata.md", ":7: campo `cup`: CUP «J41C2200039000» non valido"),
        at(
            "bandi/gara-sbagliata.md",
            ":10: campo `scadenza`: la scadenza (5 settembre 2026) precede la pubblicazione (1° ottobre 2026)",
        ),
        at(
            "bandi/gara-sbagliata.md",
            ":12: campo `aggiudicazione`: l'aggiudicazione (1° agosto 2026) precede la scadenza delle offerte (5 settembre 2026)",
        ),
        at(
            "bandi/ripete-il-cig.md",
            ":6: campo `cig`: il CIG B4C1D7E2F9 è già di amministrazione-errata/bandi/gara-buona.md",
        ),
        at("bandi/ripete-il-cig.md", ":11: campo `esito_il`: l'esito di una gara segue l'aggiudicazione"),
        at(
            "bandi/concorso-sbagliato.md",
            ":5: campo `procedura`: «aperta» non è una procedura per un concorso",
        ),
        at("bandi/concorso-sbagliato.md", ":6: campo `cig`: solo per i bandi di gara"),
        at("bandi/concorso-sbagliato.md", ":7: campo `posti`: «due» non è un numero di posti"),
        at("bandi/concorso-sbagliato.md", ":10: campo `ufficio`: ufficio sconosciuto «protocollo»"),
        at(
            "bandi/concorso-sbagliato.md",
            ":11: campo `inpa`: atteso l'indirizzo del bando sul portale inPA",
        ),
        at("bandi/concorso-sbagliato.md", ":2: campo `documenti`: indica almeno un documento"),
        at("comuni.yaml", ":3: campo `comuni[1].sito`: atteso un indirizzo che inizia con https://"),
        at("comuni.yaml", ":4: campo `comuni[2].istat`: codice ISTAT «0110» non valido"),
        at("comuni.yaml", ":5: campo `comuni[3].istat`: il codice 012001 è di un'altra provincia"),
        at("comuni.yaml", ":6: campo `comuni[4].istat`: Comune già elencato: La Spezia (011015)"),
        at("strade.yaml", ":3: campo `strade[1].codice`: «SP1» non è un codice di strada provinciale"),
        at("strade.yaml", ":4: campo `strade[2].lunghezza`: «2,5» non è una distanza in chilometri"),
        at("strade.yaml", ":4: campo `strade[2].comuni`: Comune sconosciuto «Lerici»"),
        at("strade.yaml", ":4: campo `strade[2].ufficio`: ufficio sconosciuto «protocollo»"),
        at("strade.yaml", ":5: campo `strade[3].codice`: strada «SP 1» già elencata"),
        at("strade.yaml", ":6: campo `strade[4].comuni`: indica almeno un Comune attraversato"),
    ];
    assert_exactly_reported(&problems, &expected);
}

/// A sitting to come can be put in a calendar at its local time; one held
/// has no calendar file.
#[test]
fn sittings_to_come_have_a_calendar_file() {
    use provincia_sito::model::Date;
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let report = site_builder::record::Report::default();
    let today = Date::parse("2026-12-04").unwrap();
    let site = site_builder::load::load_site(&root.join("content"), &root.join("public"), today, &report)
        .expect("valid sample");
    let organ = site
        .organs
        .iter()
        .find(|o| o.sedute.iter().any(|s| !s.svolta))
        .expect("a sitting to come");
    let calendars = site_builder::ics::build(&site);
    for sitting in &organ.sedute {
        let path = sitting.calendar_path(&organ.slug);
        let file = calendars.iter().find(|(p, _)| format!("/{p}") == path);
        if sitting.svolta {
            assert!(file.is_none(), "{path}: held, no calendar");
            continue;
        }
        let (_, text) = file.unwrap_or_else(|| panic!("{path}"));
        let start = format!(
            "DTSTART;TZID=Europe/Rome:{}T{}00\r\n",
            sitting.data.iso().replace('-', ""),
            sitting.ora.replace(':', "")
        );
        assert!(text.contains(&start), "{start} in {text}");
        assert!(text.contains(&format!("SUMMARY:{}: seduta\r\n", organ.nome)), "{text}");
        assert!(text.contains("LOCATION:"), "{text}");
        assert!(text.lines().all(|l| l.len() <= 75), "{text}");
    }
}
