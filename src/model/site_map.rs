//! The site's fixed pages: the one list that the breadcrumbs, the site map
//! page, the section pages, the pre-renderer and the configuration check
//! (menu entries must lead to a page) read. The router's table (`routes`,
//! with `path!` patterns the compiler needs written out) is checked against
//! it: the build renders every page listed here and stops if one falls to
//! the not-found view. Depends on nothing, so the build script includes it
//! too.

pub struct SitePage {
    pub path: &'static str,
    /// Default title; a label configured in the menus takes precedence.
    pub title: &'static str,
    pub description: &'static str,
}

const fn page(path: &'static str, title: &'static str, description: &'static str) -> SitePage {
    SitePage {
        path,
        title,
        description,
    }
}

pub const PAGES: &[SitePage] = &[
    page("/", "Home", "Notizie, avvisi, servizi, archivi digitali e attuazione delle misure PNRR."),
    page("/amministrazione", "Amministrazione", "Organi di governo, uffici, personale e documenti dell'ente."),
    page("/novita", "Novità", "Notizie, comunicati stampa e avvisi dell'ente."),
    page("/novita/notizie", "Notizie", "Le notizie pubblicate dall'ente."),
    page("/novita/comunicati", "Comunicati stampa", "I comunicati stampa dell'ente."),
    page("/novita/avvisi", "Avvisi", "Avvisi pubblici, bandi e scadenze in vigore."),
    page("/servizi", "Servizi", "I servizi per cittadini, imprese, professionisti e Comuni."),
    page("/vivere-la-provincia", "Vivere la Provincia", "Il territorio, i Comuni, le strade, le scuole e l'ambiente."),
    page("/archivi", "Archivi digitali", "Gli archivi digitalizzati consultabili a distanza: che cosa contengono e come accedervi."),
    page("/pnrr", "Attuazione misure PNRR", "Misure e progetti finanziati dal Piano nazionale di ripresa e resilienza: importi, atti, stato di avanzamento."),
    page("/amministrazione-trasparente", "Amministrazione trasparente", "Le informazioni pubblicate ai sensi del D.Lgs. 33/2013."),
    page("/argomenti", "Argomenti", "Tutti i contenuti del sito raccolti per argomento."),
    page("/cerca", "Cerca nel sito", "Ricerca tra notizie, avvisi, servizi e pagine del sito."),
    page("/contatti", "Contatti", "Indirizzo, telefono, posta elettronica certificata e orari dell'ente."),
    page("/privacy", "Informativa privacy", "Come il sito tratta i dati personali di chi lo visita."),
    page("/note-legali", "Note legali", "Condizioni d'uso del sito e licenza dei contenuti."),
    page("/faq", "Domande frequenti", "Risposte alle domande più frequenti su servizi, archivi e uffici."),
    page(BOOKING_PATH, "Prenota appuntamento", "Richiesta di appuntamento con un ufficio dell'ente: ufficio, giorno, fascia oraria e servizio."),
    page("/segnala-disservizio", "Segnala disservizio", "Come segnalare un disservizio del sito o dei servizi dell'ente."),
    page(SITE_MAP_PATH, "Mappa del sito", "L'elenco di tutte le sezioni e pagine del sito."),
];

/// The site map: every section and page, the way around without scripts.
pub const SITE_MAP_PATH: &str = "/mappa-del-sito";

/// The booking page (the model's "Prenotazione appuntamento").
pub const BOOKING_PATH: &str = "/prenota-appuntamento";

/// The address of the not-found page (written to 404.html).
pub const NOT_FOUND_PATH: &str = "/pagina-non-trovata";

/// The not-found view carries `data-stato` with this value, so the build
/// can refuse any other pre-rendered page that shows it (a soft 404).
pub const NOT_FOUND_STATE: &str = "pagina-non-trovata";

pub fn find(path: &str) -> Option<&'static SitePage> {
    PAGES.iter().find(|p| p.path == path)
}

pub fn known_paths() -> Vec<&'static str> {
    PAGES.iter().map(|p| p.path).collect()
}

/// The fixed pages above `path`, from home down, excluding `path` itself:
/// `/novita/notizie/x` → Home, Novità, Notizie.
pub fn ancestors(path: &str) -> Vec<&'static SitePage> {
    prefixes(path).into_iter().filter_map(find).collect()
}

/// The addresses above `path`, from home down: "/novita/notizie/x" →
/// "/", "/novita", "/novita/notizie". None above home.
pub fn prefixes(path: &str) -> Vec<&str> {
    if path == "/" {
        return Vec::new();
    }
    let trimmed = path.trim_end_matches('/');
    std::iter::once("/")
        .chain(trimmed.match_indices('/').skip(1).map(|(slash, _)| &trimmed[..slash]))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paths(trail: Vec<&SitePage>) -> Vec<&str> {
        trail.into_iter().map(|p| p.path).collect()
    }

    #[test]
    fn ancestors_run_from_home_to_the_parent() {
        assert_eq!(
            paths(ancestors("/novita/notizie/una-notizia")),
            ["/", "/novita", "/novita/notizie"]
        );
        assert_eq!(paths(ancestors("/privacy")), ["/"]);
        assert_eq!(paths(ancestors("/pnrr/progetti/J41C22000390006")), ["/", "/pnrr"]);
        assert!(ancestors("/").is_empty());
    }

    #[test]
    fn every_page_path_is_unique_and_well_formed() {
        let mut seen = std::collections::HashSet::new();
        for page in PAGES {
            assert!(
                page.path.starts_with('/') && (page.path == "/" || !page.path.ends_with('/')),
                "{}",
                page.path
            );
            assert!(seen.insert(page.path), "duplicate {}", page.path);
            assert!(!page.title.is_empty() && !page.description.is_empty(), "{}", page.path);
        }
    }
}
