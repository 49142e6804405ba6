//! "Attuazione misure PNRR": measures and projects with the field names of
//! the Italia Domani open data, so exports join with theirs by CUP. Every
//! figure carries its source and the day it was last checked.

pub mod chart;
pub mod closing;
pub mod codes;
pub mod figures;
pub mod filter;
pub mod milestones;
pub mod open_data;
pub mod totals;

use super::content::{Attachment, TopicRef};
use super::date::Date;
use super::money::Amount;
use figures::FigureChanges;
use serde::{Deserialize, Serialize};

pub use codes::{is_valid_cig, is_valid_cup, is_valid_tax_code};

vocabulary!(
    /// Stato Avanzamento Progetto, to the end: concluded, then accepted
    /// (collaudo), then reported to ReGiS as closed (rendicontazione).
    ProjectStatus {
        DaAvviare => "da-avviare", "Da avviare";
        InCorso => "in-corso", "In corso";
        Concluso => "concluso", "Concluso";
        Collaudato => "collaudato", "Collaudato";
        Rendicontato => "rendicontato", "Rendicontato";
    }
);

impl ProjectStatus {
    /// Work finished (concluded, accepted or reported).
    pub fn is_finished(self) -> bool {
        matches!(
            self,
            ProjectStatus::Concluso | ProjectStatus::Collaudato | ProjectStatus::Rendicontato
        )
    }

    /// Accepted by its collaudo (and maybe reported).
    pub fn is_accepted(self) -> bool {
        matches!(self, ProjectStatus::Collaudato | ProjectStatus::Rendicontato)
    }
}

vocabulary!(
    /// Funding besides the PNRR, as the Italia Domani "Finanziamento …" columns.
    FundingSource {
        Stato => "stato", "Finanziamento Stato";
        Ue => "ue", "Finanziamento UE (diverso da PNRR)";
        Regione => "regione", "Finanziamento Regione";
        Provincia => "provincia", "Finanziamento Provincia";
        Comune => "comune", "Finanziamento Comune";
        AltroPubblico => "altro-pubblico", "Finanziamento Altro Pubblico";
        Privato => "privato", "Finanziamento Privato";
        DaReperire => "da-reperire", "Finanziamento da Reperire";
    }
);

vocabulary!(
    /// Kind of administrative act.
    ActKind {
        Avviso => "avviso", "Avviso pubblico";
        DecretoFinanziamento => "decreto-finanziamento", "Decreto di finanziamento";
        AttoObbligo => "atto-obbligo", "Atto d'obbligo";
        Determinazione => "determinazione", "Determinazione dirigenziale";
        DecretoPresidente => "decreto-presidente", "Decreto del Presidente";
        Delibera => "delibera", "Deliberazione";
        Contratto => "contratto", "Contratto";
        Collaudo => "collaudo", "Certificato di collaudo o regolare esecuzione";
        Altro => "altro", "Altro atto";
    }
);

vocabulary!(
    /// Milestones are qualitative steps, targets measurable results.
    MilestoneKind {
        Traguardo => "traguardo", "Traguardo";
        Obiettivo => "obiettivo", "Obiettivo";
    }
);

/// A PNRR measure, e.g. "M1C1 Investimento 1.2".
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Measure {
    pub slug: String,
    /// Codice Univoco Misura, e.g. "M1C1I1.2".
    pub codice: String,
    pub missione: String,
    pub componente: String,
    /// Heading as citizens read it: "M1C1 Investimento 1.2".
    pub titolo: String,
    /// Descrizione Misura.
    pub descrizione: String,
    pub amministrazione_titolare: String,
}

impl Measure {
    pub fn path(&self) -> String {
        crate::model::paths::pnrr_measure(&self.slug)
    }

    /// "M1" from "M1C1I1.2".
    pub fn mission_code(&self) -> String {
        mission_code(&self.codice)
    }
}

/// The mission part of a measure code: "M1" from "M1C1I1.2".
pub fn mission_code(measure_code: &str) -> String {
    let rest = measure_code.strip_prefix('M').unwrap_or(measure_code);
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    format!("M{digits}")
}

/// Where a figure comes from (an act, ReGiS, Italia Domani) and when it was
/// last checked.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub fonte: String,
    pub verificato_il: Date,
}

impl Source {
    /// "ReGiS, verificato il 18 novembre 2026".
    pub fn sentence(&self) -> String {
        format!("{}, verificato {}", self.fonte, self.verificato_il.after("il"))
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OtherFunding {
    pub fonte: FundingSource,
    pub importo: Amount,
}

/// An administrative act of the project.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Act {
    pub tipologia: ActKind,
    pub numero: String,
    pub data: Date,
    pub oggetto: String,
    /// Where the act is published (albo, transparency platform, attachment).
    pub collegamento: String,
}

impl Act {
    /// "Decreto di finanziamento n. 28-1/2022 del 3 ottobre 2022".
    pub fn name(&self) -> String {
        format!(
            "{} n. {} {}",
            self.tipologia.label(),
            self.numero,
            self.data.after("del")
        )
    }
}

/// What the figures of a project exceed, computed from them: "Le gare
/// aggiudicate (1.060.400,00 €) superano il finanziamento totale
/// (960.000,00 €) di 100.400,00 €." Never typed in prose, so it cannot
/// disagree with the figures.
pub fn excess_sentences(project: &Project) -> Vec<String> {
    let mut found = Vec::new();
    let awarded = project.awarded();
    if awarded > project.finanziamento_totale {
        found.push(format!(
            "Le gare aggiudicate ({}) superano il finanziamento totale ({}) di {}.",
            awarded.italian(),
            project.finanziamento_totale.italian(),
            Amount::from_cents(awarded.cents() - project.finanziamento_totale.cents()).italian()
        ));
    }
    let received = project.received();
    if received > project.finanziamento_pnrr {
        found.push(format!(
            "I pagamenti ricevuti ({}) superano il finanziamento PNRR ({}) di {}.",
            received.italian(),
            project.finanziamento_pnrr.italian(),
            Amount::from_cents(received.cents() - project.finanziamento_pnrr.cents()).italian()
        ));
    }
    found
}

/// A tender or contract of a project. A tender may serve several projects
/// (it is then written in each, alike) and a project several tenders.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tender {
    pub cig: String,
    pub oggetto_gara: String,
    pub data_aggiudicazione: Date,
    pub importo_aggiudicazione: Amount,
    pub denominazione_aggiudicatario: String,
    pub codice_fiscale_aggiudicatario: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partita_iva_aggiudicatario: Option<String>,
    /// Titolare effettivo, where the winner declared it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub titolare_effettivo: Option<String>,
    pub fonte: Source,
    /// The other projects (CUP) the same tender serves, found by the build.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub altri_cup: Vec<String>,
}

impl Tender {
    /// Its record in ANAC's BDNCP.
    pub fn bdncp(&self) -> String {
        crate::model::calls::bdncp_url(&self.cig)
    }
}

/// A milestone or target with its planned and actual dates.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Milestone {
    pub descrizione: String,
    pub tipo: MilestoneKind,
    pub data_prevista: Date,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data_effettiva: Option<Date>,
    pub fonte: Source,
}

/// A payment the body received for the project.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Payment {
    pub data: Date,
    /// "Anticipazione del 10%", "Rimborso SAL 1"…
    pub descrizione: String,
    pub importo: Amount,
    pub fonte: Source,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Project {
    pub cup: String,
    pub codice_locale_progetto: String,
    pub titolo_progetto: String,
    pub sintesi_progetto: String,
    /// Slug of the measure.
    pub misura: String,
    pub soggetto_attuatore: String,
    pub codice_fiscale_soggetto_attuatore: String,
    pub finanziamento_pnrr: Amount,
    #[serde(default)]
    pub altri_finanziamenti: Vec<OtherFunding>,
    pub finanziamento_totale: Amount,
    pub data_inizio_prevista: Date,
    pub data_fine_prevista: Date,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data_inizio_effettiva: Option<Date>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data_fine_effettiva: Option<Date>,
    pub stato: ProjectStatus,
    /// Source of the funding figures and dates above.
    pub fonte: Source,
    /// Why contracts or payments exceed the funding, shown on the page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub spiegazione_eccedenza: Option<String>,
    #[serde(default)]
    pub atti: Vec<Act>,
    #[serde(default)]
    pub gare: Vec<Tender>,
    #[serde(default)]
    pub traguardi: Vec<Milestone>,
    #[serde(default)]
    pub pagamenti: Vec<Payment>,
    /// DNSH ("do no significant harm") declarations.
    #[serde(default)]
    pub dnsh: Vec<Attachment>,
    #[serde(default)]
    pub argomenti: Vec<TopicRef>,
    /// Body rendered from Markdown at build time (may be empty).
    #[serde(default)]
    pub descrizione_html: String,
    /// The school buildings it works on (the places that name its CUP).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub edifici: Vec<crate::model::content::LinkedPage>,
    /// Where it is (Italia Domani "Localizzazioni").
    #[serde(default)]
    pub localizzazioni: Vec<closing::Location>,
    /// What it achieved against its measure's target.
    #[serde(default)]
    pub indicatori: Vec<closing::Indicator>,
    /// Its procedural steps, in order.
    #[serde(default)]
    pub iter: Vec<closing::Phase>,
    /// The acceptance test, once `collaudato`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub collaudo: Option<closing::Acceptance>,
    /// The day the final report went into ReGiS, once `rendicontato`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data_rendicontazione: Option<Date>,
    /// The day the financial figures were extracted from ReGiS (distinct
    /// from the day we checked them, `fonte.verificato_il`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data_estrazione_regis: Option<Date>,
}

impl Project {
    pub fn path(&self) -> String {
        crate::model::paths::pnrr_project(&self.cup)
    }

    /// Sum of the awarded tenders: what is committed.
    pub fn awarded(&self) -> Amount {
        Amount::sum(self.gare.iter().map(|g| g.importo_aggiudicazione))
    }

    /// Accepted: by its status, by its acceptance certificate, or by the
    /// end of its collaudo step, or a certificate among its acts. A project with its certificate is never
    /// listed as "not yet accepted", whatever its status says (the build
    /// warns of the disagreement).
    pub fn is_accepted(&self) -> bool {
        self.stato.is_accepted()
            || self.collaudo.is_some()
            || self.atti.iter().any(|a| a.tipologia == ActKind::Collaudo)
            || self
                .iter
                .iter()
                .any(|f| f.fase == closing::PhaseKind::Collaudo && f.data_fine_effettiva.is_some())
    }

    /// Sum of the payments received.
    pub fn received(&self) -> Amount {
        Amount::sum(self.pagamenti.iter().map(|p| p.importo))
    }

    /// The acts that assigned the funding (call and decree).
    pub fn assignment(&self) -> impl Iterator<Item = &Act> {
        self.atti
            .iter()
            .filter(|a| matches!(a.tipologia, ActKind::Avviso | ActKind::DecretoFinanziamento))
    }

    pub fn summary(&self, measure: &Measure) -> ProjectSummary {
        ProjectSummary {
            cup: self.cup.clone(),
            titolo_progetto: self.titolo_progetto.clone(),
            misura: self.misura.clone(),
            codice_misura: measure.codice.clone(),
            soggetto_attuatore: self.soggetto_attuatore.clone(),
            anno_inizio: self.data_inizio_prevista.year(),
            finanziamento_pnrr: self.finanziamento_pnrr,
            finanziamento_totale: self.finanziamento_totale,
            aggiudicato: self.awarded(),
            erogato: self.received(),
            stato: self.stato,
            cig: self.gare.iter().map(|g| g.cig.clone()).collect(),
        }
    }
}

/// The same project in the national data, by CUP: (name, address).
pub fn national_links(cup: &str) -> [(&'static str, String); 3] {
    [
        (
            "Scheda del CUP su OpenCUP",
            format!("https://www.opencup.gov.it/portale/progetto/-/cup/{cup}"),
        ),
        (
            "Scheda del progetto su OpenPNRR",
            format!("https://openpnrr.it/progetti/{cup}"),
        ),
        (
            "Dataset «Progetti» di Italia Domani (cerca il CUP nella colonna CUP)",
            "https://www.italiadomani.gov.it/content/sogei-ng/it/it/catalogo-open-data.html".to_string(),
        ),
    ]
}

/// One row of the project tables.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProjectSummary {
    pub cup: String,
    pub titolo_progetto: String,
    /// Slug of the measure.
    pub misura: String,
    /// Codice Univoco Misura.
    pub codice_misura: String,
    pub soggetto_attuatore: String,
    /// Year of the planned start.
    pub anno_inizio: u16,
    pub finanziamento_pnrr: Amount,
    pub finanziamento_totale: Amount,
    pub aggiudicato: Amount,
    pub erogato: Amount,
    pub stato: ProjectStatus,
    /// CIG of its tenders, so a search by CIG finds the project.
    #[serde(default)]
    pub cig: Vec<String>,
}

impl ProjectSummary {
    pub fn path(&self) -> String {
        crate::model::paths::pnrr_project(&self.cup)
    }

    pub fn mission_code(&self) -> String {
        mission_code(&self.codice_misura)
    }
}

/// A recent change of a project's figures, for "what changed lately".
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RecentChange {
    pub cup: String,
    pub titolo_progetto: String,
    pub modifica: FigureChanges,
}

/// `/pnrr`: every measure and every project.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PnrrOverview {
    pub versione: u32,
    /// The latest day a figure was checked.
    pub aggiornato_il: Date,
    pub misure: Vec<Measure>,
    pub progetti: Vec<ProjectSummary>,
    /// Newest first, a few.
    #[serde(default)]
    pub ultime_modifiche: Vec<RecentChange>,
    /// What is still open against the plan's closing dates.
    #[serde(default)]
    pub aperto: closing::OpenItems,
}

/// `/pnrr/{misura}`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MeasurePage {
    pub versione: u32,
    pub aggiornato_il: Date,
    pub misura: Measure,
    pub progetti: Vec<ProjectSummary>,
}

/// `/pnrr/progetti/{cup}`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProjectPage {
    pub versione: u32,
    /// The day the site was built: milestones past it and not reached are late.
    pub data_riferimento: Date,
    pub misura: Measure,
    pub progetto: Project,
    /// Changes of the figures, newest first.
    #[serde(default)]
    pub modifiche: Vec<FigureChanges>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mission_code_is_the_m_part_of_the_measure_code() {
        assert_eq!(mission_code("M1C1I1.2"), "M1");
        assert_eq!(mission_code("M4C1I3.3"), "M4");
        assert_eq!(mission_code("M10C2I1"), "M10");
    }

    #[test]
    fn vocabularies_read_their_keys_back() {
        for status in ProjectStatus::ALL {
            assert_eq!(ProjectStatus::from_key(status.key()), Some(*status));
        }
        assert_eq!(FundingSource::from_key("regione"), Some(FundingSource::Regione));
        assert_eq!(ActKind::from_key("decreto"), None);
        assert_eq!(MilestoneKind::keys(), "traguardo, obiettivo");
    }
}
