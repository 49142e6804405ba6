//! The public record of what changed in a project's figures: which field,
//! when, from what to what. Built from the content history at build time.

use crate::model::date::Date;
use serde::{Deserialize, Serialize};

/// The changes of one commit to one project.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FigureChanges {
    pub data: Date,
    /// The editor's reason, or a neutral default.
    pub motivo: String,
    /// The first publication: no "before".
    pub prima: bool,
    #[serde(default)]
    pub cambi: Vec<FigureChange>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FigureChange {
    /// "Gara CIG 9A1B2C3D4E – Importo aggiudicazione".
    pub campo: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prima: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dopo: Option<String>,
    /// A whole item of a list (a payment, a tender, a milestone) added or
    /// removed: one line, "Aggiunto pagamento del 15 luglio 2025", with its
    /// figure, not one per field.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub voce: bool,
}

impl FigureChange {
    /// The change in one line: "Aggiunto pagamento del 15 luglio 2025:
    /// 931.712,00 €", "Finanziamento PNRR da «…» a «…»".
    pub fn line(&self) -> String {
        match (self.voce, self.dopo.as_ref().or(self.prima.as_ref())) {
            (true, Some(value)) => format!("{}: {value}", self.campo),
            _ => format!("{} {}", self.campo, self.sentence()),
        }
    }

    /// "da 900.000,00 € a 931.712,00 €", "aggiunto: …", "rimosso: …".
    pub fn sentence(&self) -> String {
        match (&self.prima, &self.dopo) {
            (Some(before), Some(after)) => format!("da «{before}» a «{after}»"),
            (None, Some(after)) => format!("aggiunto: «{after}»"),
            (Some(before), None) => format!("rimosso: «{before}»"),
            (None, None) => "modificato".to_string(),
        }
    }
}

/// The label a reader sees for a content key of a project file.
pub fn field_label(key: &str) -> &str {
    match key {
        "cup" => "CUP",
        "codice_locale_progetto" => "Codice locale progetto",
        "titolo_progetto" => "Titolo progetto",
        "sintesi_progetto" => "Sintesi progetto",
        "misura" => "Misura",
        "soggetto_attuatore" => "Soggetto attuatore",
        "codice_fiscale_soggetto_attuatore" => "Codice fiscale soggetto attuatore",
        "finanziamento_pnrr" => "Finanziamento PNRR",
        "altri_finanziamenti" => "Altro finanziamento",
        "finanziamento_totale" => "Finanziamento totale",
        "data_inizio_prevista" => "Data di inizio prevista",
        "data_fine_prevista" => "Data di fine prevista",
        "data_inizio_effettiva" => "Data di inizio effettiva",
        "data_fine_effettiva" => "Data di fine effettiva",
        "stato" => "Stato avanzamento progetto",
        "fonte" => "Fonte",
        "verificato_il" => "Verificato il",
        "spiegazione_eccedenza" => "Spiegazione dell'eccedenza",
        "atti" => "Atto",
        "tipologia" => "Tipologia",
        "numero" => "Numero",
        "data" => "Data",
        "oggetto" => "Oggetto",
        "collegamento" => "Collegamento",
        "gare" => "Gara CIG",
        "cig" => "CIG",
        "oggetto_gara" => "Oggetto gara",
        "data_aggiudicazione" => "Data aggiudicazione",
        "importo_aggiudicazione" => "Importo aggiudicazione",
        "denominazione_aggiudicatario" => "Aggiudicatario",
        "codice_fiscale_aggiudicatario" => "Codice fiscale aggiudicatario",
        "partita_iva_aggiudicatario" => "Partita IVA aggiudicatario",
        "titolare_effettivo" => "Titolare effettivo",
        "traguardi" => "Traguardo",
        "tipo" => "Tipo",
        "data_prevista" => "Data prevista",
        "data_effettiva" => "Data effettiva",
        "pagamenti" => "Pagamento del",
        "descrizione" => "Descrizione",
        "importo" => "Importo",
        "dnsh" => "Dichiarazione DNSH",
        "titolo" => "Titolo",
        "file" => "Documento",
        "argomenti" => "Argomento",
        "data_estrazione_regis" => "Data di estrazione da ReGiS",
        "fase" => "Fase",
        "iter" => "Fase",
        "localizzazioni" => "Luogo nel Comune",
        "istat" => "Comune",
        "indirizzo" => "Indirizzo",
        "punto" => "Coordinate",
        "indicatori" => "Indicatore",
        "valore_programmato" => "Valore programmato",
        "valore_realizzato" => "Valore realizzato",
        "unita_misura" => "Unità di misura",
        "data_rilevazione" => "Data di rilevazione",
        "collaudo" => "Collaudo",
        "certificato" => "Certificato di collaudo",
        "data_rendicontazione" => "Data di rendicontazione",
        other => other,
    }
}
