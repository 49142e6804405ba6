//! Addresses and descriptions of the PNRR open data: every list of the
//! section as CSV and JSON, for the whole section, a measure or a project.
//! Shared by the builder (which writes the files) and the pages (which link
//! them), so a link cannot point to a file that is not written.

/// Licence of every dataset.
pub const LICENSE: &str = "CC BY 4.0";
pub const LICENSE_URL: &str = "https://creativecommons.org/licenses/by/4.0/deed.it";
/// DCAT-AP_IT description of the PNRR datasets.
pub const CATALOG: &str = "/dati/pnrr/catalogo.jsonld";
/// DCAT-AP_IT description of every dataset of the site: the PNRR ones and
/// the others (Documenti e dati); the address harvesters are given.
pub const SITE_CATALOG: &str = "/dati/catalogo.jsonld";
/// The Frictionless Data Package of the site's CSVs: each table's columns
/// with their types and keys, so a tool reads codes as text and amounts
/// and dates as such.
pub const DATA_PACKAGE: &str = "/dati/datapackage.json";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Csv,
    Json,
}

impl Format {
    pub const ALL: [Format; 2] = [Format::Csv, Format::Json];

    pub fn extension(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::Json => "json",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Format::Csv => "CSV",
            Format::Json => "JSON",
        }
    }

    pub fn media_type(self) -> &'static str {
        match self {
            Format::Csv => "text/csv",
            Format::Json => "application/json",
        }
    }
}

/// Which projects a file covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope<'a> {
    All,
    Measure(&'a str),
    Project(&'a str),
}

/// The tables of the section; each is a dataset.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dataset {
    Projects,
    Tenders,
    Acts,
    Milestones,
    Payments,
    /// Italia Domani "Localizzazioni": the Comuni by ISTAT code.
    Locations,
    /// Italia Domani "Indicatori target".
    Indicators,
    /// Italia Domani "Iter di progetto".
    Phases,
    /// Only for the whole section.
    Measures,
}

impl Dataset {
    /// The datasets every scope has.
    pub const OF_PROJECTS: [Dataset; 8] = [
        Dataset::Projects,
        Dataset::Tenders,
        Dataset::Acts,
        Dataset::Milestones,
        Dataset::Payments,
        Dataset::Locations,
        Dataset::Indicators,
        Dataset::Phases,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Dataset::Projects => "progetti",
            Dataset::Tenders => "gare",
            Dataset::Acts => "atti",
            Dataset::Milestones => "traguardi",
            Dataset::Payments => "pagamenti",
            Dataset::Locations => "localizzazioni",
            Dataset::Indicators => "indicatori",
            Dataset::Phases => "iter",
            Dataset::Measures => "misure",
        }
    }

    pub fn title(self) -> &'static str {
        match self {
            Dataset::Projects => "Progetti PNRR",
            Dataset::Tenders => "Gare e contratti dei progetti PNRR",
            Dataset::Acts => "Atti amministrativi dei progetti PNRR",
            Dataset::Milestones => "Traguardi e obiettivi dei progetti PNRR",
            Dataset::Payments => "Pagamenti ricevuti per i progetti PNRR",
            Dataset::Locations => "Localizzazioni dei progetti PNRR",
            Dataset::Indicators => "Indicatori target dei progetti PNRR",
            Dataset::Phases => "Iter dei progetti PNRR",
            Dataset::Measures => "Misure PNRR",
        }
    }

    pub fn description(self) -> &'static str {
        match self {
            Dataset::Projects => "Un progetto per riga, con CUP, misura, soggetto attuatore, finanziamenti per fonte, date previste ed effettive, stato, importi aggiudicati e ricevuti, fonte e data di verifica.",
            Dataset::Tenders => "Una gara per riga, con CUP del progetto, CIG, oggetto, data e importo di aggiudicazione, aggiudicatario con codice fiscale e partita IVA, titolare effettivo se dichiarato.",
            Dataset::Acts => "Un atto per riga, con CUP del progetto, tipologia, numero, data, oggetto e collegamento all'atto.",
            Dataset::Milestones => "Un traguardo o obiettivo per riga, con CUP del progetto, data prevista, data effettiva e stato.",
            Dataset::Payments => "Un pagamento ricevuto per riga, con CUP del progetto, data, descrizione, importo e fonte.",
            Dataset::Locations => "Un luogo per riga, con CUP del progetto, codice ISTAT e nome del Comune, indirizzo e coordinate se indicati: si unisce ai dati di Italia Domani per CUP e codice ISTAT.",
            Dataset::Indicators => "Un indicatore per riga, con CUP del progetto, misura, descrizione, unità di misura, valore programmato, valore realizzato e data di rilevazione.",
            Dataset::Phases => "Una fase per riga (progettazione, affidamento, esecuzione, collaudo), con CUP del progetto e date previste ed effettive.",
            Dataset::Measures => "Una misura per riga, con missione, componente, codice univoco, descrizione e amministrazione titolare.",
        }
    }
}

/// "/dati/pnrr/gare.csv", "/dati/pnrr/misure/{slug}/gare.csv",
/// "/dati/pnrr/progetti/{CUP}/gare.csv".
pub fn file_path(scope: Scope, dataset: Dataset, format: Format) -> String {
    let file = format!("{}.{}", dataset.key(), format.extension());
    match scope {
        Scope::All => format!("/dati/pnrr/{file}"),
        Scope::Measure(slug) => format!("/dati/pnrr/misure/{slug}/{file}"),
        Scope::Project(cup) => format!("/dati/pnrr/progetti/{cup}/{file}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_scope_has_a_stable_address() {
        assert_eq!(
            file_path(Scope::All, Dataset::Projects, Format::Csv),
            "/dati/pnrr/progetti.csv"
        );
        assert_eq!(
            file_path(Scope::Measure("m1c1-investimento-1-2"), Dataset::Tenders, Format::Json),
            "/dati/pnrr/misure/m1c1-investimento-1-2/gare.json"
        );
        assert_eq!(
            file_path(Scope::Project("J41C22000390006"), Dataset::Payments, Format::Csv),
            "/dati/pnrr/progetti/J41C22000390006/pagamenti.csv"
        );
    }
}
