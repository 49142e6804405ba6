//! Services, archives and the transparency tree are checked at build time:
//! every section of a service page present, channels and statuses that make
//! sense, archive search fields that agree with the address template of the
//! site configuration, a transparency node that says where its content
//! is, and office addresses in parts. The fixture's `servizio-buono` and `archivio-buono` must pass.

use crate::common::{assert_exactly_reported, problems_of};

#[test]
fn each_broken_service_archive_and_node_is_reported_with_file_line_and_field() {
    let problems = problems_of("tests/fixtures/sezioni-errate");
    let at = |file: &str, rest: &str| format!("sezioni-errate/{file}{rest}");
    let expected = [
        // Services: a name taken by a category, unknown category and status.
        at(
            "servizi/archivi.yaml",
            ":1: campo `(nome del file)`: /servizi/archivi è già l'indirizzo di una categoria",
        ),
        at(
            "servizi/archivi.yaml",
            ":2: campo `categoria`: categoria sconosciuta «sconosciuta»",
        ),
        at("servizi/archivi.yaml", ":3: campo `stato`: stato «sospeso» sconosciuto"),
        // Not active without a reason, a missing section, no channel, unknown office and topic.
        at(
            "servizi/servizio-incompleto.yaml",
            ":1: campo `motivo_stato`: un servizio non attivo deve dire perché",
        ),
        at(
            "servizi/servizio-incompleto.yaml",
            ":1: campo `come_fare`: campo obbligatorio mancante",
        ),
        at(
            "servizi/servizio-incompleto.yaml",
            ":1: campo `accesso_online`: indica almeno un canale",
        ),
        at(
            "servizi/servizio-incompleto.yaml",
            ":10: campo `ufficio`: ufficio sconosciuto «protocollo»",
        ),
        at(
            "servizi/servizio-incompleto.yaml",
            ":11: campo `argomenti`: argomento sconosciuto «viabilita»",
        ),
        // Categories: an old address that is a page again, a voice taken
        // twice, a name outside the model's categories.
        at(
            "categorie-servizi.yaml",
            ":5: campo `indirizzi_precedenti`: /servizi/servizio-buono è di nuovo una pagina del sito",
        ),
        at(
            "categorie-servizi.yaml",
            ":7: campo `categorie[1].nome`: la voce «catasto e  urbanistica» è già la categoria «archivi»",
        ),
        at(
            "categorie-servizi.yaml",
            ":10: campo `categorie[2].nome`: «Varie» non è una voce del vocabolario controllato in builder/vocabolari/categorie-servizi.yaml",
        ),
        // An online channel that is not https, a login that is not SPID/CIE/CNS.
        at(
            "servizi/accesso-sbagliato.yaml",
            ":11: campo `accesso_online.url`: atteso un indirizzo che inizia con https://",
        ),
        at(
            "servizi/accesso-sbagliato.yaml",
            ":12: campo `accesso_online.autenticazione`: «password» sconosciuto",
        ),
        // Archives: status, years in the future, a count that is not a number, an unknown audience.
        at(
            "archivi/archivio-sbagliato.yaml",
            ":3: campo `stato`: «chiuso» sconosciuto",
        ),
        at(
            "archivi/archivio-sbagliato.yaml",
            ":6: campo `anni.al`: anni non validi: dal 2000 al 2030",
        ),
        at(
            "archivi/archivio-sbagliato.yaml",
            ":7: campo `fascicoli`: «molti» non è un numero intero",
        ),
        at(
            "archivi/archivio-sbagliato.yaml",
            ":9: campo `accesso[0].chi`: «tutti» sconosciuto",
        ),
        // Search fields and the address template of sito.toml disagree, both ways.
        at(
            "archivi/archivio-sbagliato.yaml",
            ":12: campo `campi`: il campo «comune» non compare nell'indirizzo di ricerca",
        ),
        at(
            "archivi/archivio-sbagliato.yaml",
            ":12: campo `campi`: l'indirizzo di ricerca in sito.toml usa {foglio}",
        ),
        at(
            "archivi/archivio-sbagliato.yaml",
            ":13: campo `campi[0].valori`: un campo di tipo elenco ha i suoi valori",
        ),
        at(
            "archivi/archivio-sbagliato.yaml",
            ":16: campo `richiesta`: collegamento interno «/pagina-che-non-esiste»",
        ),
        at(
            "sito.toml",
            ": campo `archivi[2].archivio`: nessun archivio «archivio-inesistente» in content/archivi",
        ),
        // An office address without a CAP cannot fill the services' metadata.
        at(
            "uffici.yaml",
            ":7: campo `uffici[1].indirizzo`: un indirizzo nella forma «Via Roma 1, 19121 La Spezia» (via e numero, virgola, CAP di cinque cifre e Comune)",
        ),
        // Transparency: a leaf without content, two contents, a broken link, a repeated slug, http.
        at(
            "amministrazione-trasparente.yaml",
            ":8: campo `sezioni[0].sottosezioni[1].testo`: un nodo senza sottosezioni indica dove sono i contenuti",
        ),
        at(
            "amministrazione-trasparente.yaml",
            ":13: campo `sezioni[0].sottosezioni[2].url`: indica uno solo tra pagina, url",
        ),
        at(
            "amministrazione-trasparente.yaml",
            ":16: campo `sezioni[1].pagina`: collegamento interno «/pnrr-che-non-esiste»",
        ),
        at(
            "amministrazione-trasparente.yaml",
            ":17: campo `sezioni[2].slug`: «personale» ripetuto allo stesso livello",
        ),
        at(
            "amministrazione-trasparente.yaml",
            ":19: campo `sezioni[2].url`: atteso un indirizzo che inizia con https://",
        ),
    ];
    assert_exactly_reported(&problems, &expected);
}

/// A topic's page gathers its latest documents (six at most, newest first)
/// and then its calls; transparency nodes pointing to the list of calls or
/// to a document carry their titles.
#[test]
fn topics_gather_documents_and_calls_and_transparency_titles_pages_outside_the_index() {
    use provincia_sito::model::calls::CALLS_PATH;
    use provincia_sito::model::content::TopicPage;
    use provincia_sito::model::endpoint;
    use provincia_sito::model::transparency::NodeContent;
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let report = site_builder::record::Report::default();
    let today = provincia_sito::model::Date::parse("2026-12-04").unwrap();
    let site = site_builder::load::load_site(&root.join("content"), &root.join("public"), today, &report)
        .expect("valid sample");
    let api = site_builder::api_files::build(&site);
    let topic: TopicPage = api.read(&endpoint::topic("appalto-pubblico")).unwrap();
    let documents: Vec<&str> = topic
        .documenti
        .iter()
        .map(|e| e.percorso.as_str())
        .filter(|p| p.starts_with("/amministrazione/documenti/"))
        .collect();
    let tagged: Vec<String> = site
        .documents
        .iter()
        .filter(|d| d.argomenti.iter().any(|t| t.slug == "appalto-pubblico"))
        .map(|d| d.scheda.path())
        .take(6)
        .collect();
    assert_eq!(documents, tagged);
    let calls = topic
        .documenti
        .iter()
        .filter(|e| e.percorso.starts_with(&format!("{CALLS_PATH}/")))
        .count();
    assert_eq!(
        calls,
        site.calls
            .iter()
            .filter(|c| c.argomenti.iter().any(|t| t.slug == "appalto-pubblico"))
            .count()
    );
    assert!(calls > 0);

    let tree = api.read(&endpoint::transparency()).unwrap();
    let mut titled = Vec::new();
    for (_, node) in tree.walk() {
        if let NodeContent::Pagina { percorso, titolo } = &node.contenuto {
            assert!(!titolo.is_empty(), "{percorso} has no title");
            titled.push(percorso.clone());
        }
    }
    assert!(titled.iter().any(|p| p == CALLS_PATH), "{titled:?}");
    assert!(
        titled.iter().any(|p| p.starts_with("/amministrazione/documenti/")),
        "{titled:?}"
    );
}
