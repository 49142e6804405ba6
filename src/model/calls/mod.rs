//! Bandi di gara e concorsi: the ente's calls for tender and its public
//! competitions. Since 1 January 2024 a tender is published in ANAC's
//! national database of public contracts (BDNCP) and the site links its
//! record by CIG (D.Lgs. 36/2023 art. 28; ANAC delibere 264/2023 and
//! 601/2023); a competition is published on inPA and on the site. A call's
//! status follows from its dates and outcome on the day of the build.

use super::content::{Attachment, OfficeRef, TopicRef};
use super::date::Date;
use super::history::Change;
use super::money::Amount;
use serde::{Deserialize, Serialize};

/// The list of calls; each call's page continues its address.
pub const CALLS_PATH: &str = "/amministrazione/bandi";
pub const CALLS_TITLE: &str = "Bandi di gara e concorsi";

/// The record of a tender in ANAC's BDNCP, by its CIG: the public detail
/// page of the national database (dati.anticorruzione.it).
pub fn bdncp_url(cig: &str) -> String {
    format!("https://dati.anticorruzione.it/superset/dashboard/dettaglio_cig/?cig={cig}")
}

/// Where competitions are published nationally: an inPA address starts so.
pub const INPA_PREFIX: &str = "https://www.inpa.gov.it/";

vocabulary!(
    /// A tender for works, services or supplies, or a competition for posts.
    CallKind {
        Gara => "gara", "Bando di gara";
        Concorso => "concorso", "Concorso";
    }
);

vocabulary!(
    /// How the contractor or the candidates are chosen.
    Procedure {
        Aperta => "aperta", "Procedura aperta";
        Ristretta => "ristretta", "Procedura ristretta";
        Negoziata => "negoziata", "Procedura negoziata senza bando";
        AffidamentoDiretto => "affidamento-diretto", "Affidamento diretto";
        ConcorsoPubblico => "concorso-pubblico", "Concorso pubblico";
        SelezionePubblica => "selezione-pubblica", "Selezione pubblica";
        Mobilita => "mobilita", "Mobilità tra enti";
    }
);

impl Procedure {
    /// Whether the procedure belongs to `kind`: tenders choose contractors,
    /// competitions people.
    pub fn fits(self, kind: CallKind) -> bool {
        let for_people = matches!(
            self,
            Procedure::ConcorsoPubblico | Procedure::SelezionePubblica | Procedure::Mobilita
        );
        for_people == (kind == CallKind::Concorso)
    }
}

vocabulary!(
    /// Where a call stands on the day of the build.
    CallStatus {
        Aperto => "aperto", "Aperto";
        Scaduto => "scaduto", "Scaduto, in valutazione";
        Aggiudicato => "aggiudicato", "Aggiudicato";
        EsitoPubblicato => "esito-pubblicato", "Esito pubblicato";
    }
);

/// Who won a tender, for how much, and when.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Award {
    pub data: Date,
    pub aggiudicatario: String,
    pub importo: Amount,
}

/// A call as lists show it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CallSummary {
    pub tipo: CallKind,
    pub slug: String,
    pub titolo: String,
    pub procedura: Procedure,
    /// Tenders only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cig: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cup: Option<String>,
    /// Base amount of a tender.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub importo: Option<Amount>,
    /// Posts a competition fills.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub posti: Option<u32>,
    pub pubblicato_il: Date,
    /// Last day for offers or applications.
    pub scadenza: Date,
    pub stato: CallStatus,
    /// The Comuni a procedure is run for by the Stazione unica appaltante.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub per_conto_di: Vec<String>,
}

impl CallSummary {
    pub fn path(&self) -> String {
        super::paths::call(&self.slug)
    }

    /// "per il Comune di Levanto", "per i Comuni di Arcola, Bolano e Follo";
    /// none for the ente's own procedures.
    pub fn on_behalf(&self) -> Option<String> {
        match self.per_conto_di.as_slice() {
            [] => None,
            [one] => Some(format!("per il Comune di {one}")),
            [first @ .., last] => Some(format!("per i Comuni di {} e {last}", first.join(", "))),
        }
    }

    /// The record in ANAC's national database, for a tender.
    pub fn bdncp(&self) -> Option<String> {
        self.cig.as_deref().map(bdncp_url)
    }
}

/// The page of one call.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Call {
    pub versione: u32,
    pub scheda: CallSummary,
    /// What is bought or who is sought, in a sentence or two.
    pub oggetto: String,
    /// Details, rendered and sanitised at build time.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub corpo_html: String,
    /// The office that runs the procedure.
    pub ufficio: OfficeRef,
    /// A competition's notice on inPA.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inpa: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aggiudicazione: Option<Award>,
    /// The day the outcome (award notice, ranking) was published.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub esito_il: Option<Date>,
    pub documenti: Vec<Attachment>,
    #[serde(default)]
    pub argomenti: Vec<TopicRef>,
    #[serde(default)]
    pub modifiche: Vec<Change>,
}

/// Every call, newest first.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CallList {
    pub versione: u32,
    /// The day the statuses were computed.
    pub aggiornato: Date,
    pub bandi: Vec<CallSummary>,
}

impl CallList {
    /// The calls of `kind` in `status`, newest first.
    pub fn with(&self, kind: CallKind, status: CallStatus) -> Vec<CallSummary> {
        self.bandi
            .iter()
            .filter(|c| c.tipo == kind && c.stato == status)
            .cloned()
            .collect()
    }
}

/// A call's status on `today`: its published outcome, else its award,
/// else whether offers or applications are still taken.
pub fn status(scadenza: Date, award: Option<&Award>, outcome: Option<Date>, today: Date) -> CallStatus {
    if outcome.is_some_and(|day| day <= today) {
        CallStatus::EsitoPubblicato
    } else if award.is_some_and(|a| a.data <= today) {
        CallStatus::Aggiudicato
    } else if today <= scadenza {
        CallStatus::Aperto
    } else {
        CallStatus::Scaduto
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    #[test]
    fn a_call_is_open_through_its_last_day_then_awaits_its_outcome() {
        let deadline = day("2026-12-10");
        assert_eq!(status(deadline, None, None, day("2026-12-10")), CallStatus::Aperto);
        assert_eq!(status(deadline, None, None, day("2026-12-11")), CallStatus::Scaduto);
        let award = Award {
            data: day("2027-01-20"),
            aggiudicatario: "Strade Liguri S.r.l.".into(),
            importo: Amount::parse("412000.00").unwrap(),
        };
        // An award dated later is not known yet.
        assert_eq!(
            status(deadline, Some(&award), None, day("2027-01-19")),
            CallStatus::Scaduto
        );
        assert_eq!(
            status(deadline, Some(&award), None, day("2027-01-20")),
            CallStatus::Aggiudicato
        );
        assert_eq!(
            status(deadline, Some(&award), Some(day("2027-02-01")), day("2027-02-01")),
            CallStatus::EsitoPubblicato
        );
    }

    #[test]
    fn the_comuni_a_procedure_is_run_for_read_as_a_sentence() {
        let mut call = CallSummary {
            tipo: CallKind::Gara,
            slug: "x".into(),
            titolo: "x".into(),
            procedura: Procedure::Negoziata,
            cig: None,
            cup: None,
            importo: None,
            posti: None,
            pubblicato_il: day("2026-11-03"),
            scadenza: day("2026-12-04"),
            stato: CallStatus::Aperto,
            per_conto_di: vec![],
        };
        assert_eq!(call.on_behalf(), None);
        call.per_conto_di = vec!["Levanto".into()];
        assert_eq!(call.on_behalf().unwrap(), "per il Comune di Levanto");
        call.per_conto_di = vec!["Arcola".into(), "Bolano".into(), "Follo".into()];
        assert_eq!(call.on_behalf().unwrap(), "per i Comuni di Arcola, Bolano e Follo");
    }

    #[test]
    fn procedures_belong_to_tenders_or_competitions() {
        assert!(Procedure::Aperta.fits(CallKind::Gara));
        assert!(!Procedure::Aperta.fits(CallKind::Concorso));
        assert!(Procedure::ConcorsoPubblico.fits(CallKind::Concorso));
        assert!(!Procedure::Mobilita.fits(CallKind::Gara));
    }

    #[test]
    fn a_tender_links_its_record_in_the_national_database() {
        assert_eq!(
            bdncp_url("B1A2C3D4E5"),
            "https://dati.anticorruzione.it/superset/dashboard/dettaglio_cig/?cig=B1A2C3D4E5"
        );
    }
}
