//! The digitised archives: what each holds, who may see what, and the form
//! that opens the remote archive's own search with the visitor's query. The
//! remote address comes from a template in the site configuration
//! (`https://…/ricerca?comune={comune}&anno={anno}`); values are checked here
//! and percent-encoded into it, so no input can change the address's shape.

use super::content::{Office, TopicRef};
use super::history::Change;
use super::problem::FieldProblem;
use super::url_template::fill_template;
use serde::{Deserialize, Serialize};

vocabulary!(
    /// Whether the remote archive can be used today.
    ArchiveStatus {
        Attivo => "attivo", "Consultabile online";
        InManutenzione => "in-manutenzione", "In manutenzione";
        NonDisponibile => "non-disponibile", "Non disponibile";
        InArrivo => "in-arrivo", "Non ancora online";
    }
);

vocabulary!(
    /// Who may consult a part of an archive.
    Audience {
        Pubblico => "pubblico", "Tutti";
        Professionisti => "professionisti", "Professionisti con credenziali";
        SuRichiesta => "su-richiesta", "Su richiesta motivata";
    }
);

vocabulary!(
    /// What a search field accepts.
    FieldKind {
        Elenco => "elenco", "una voce dell'elenco";
        Anno => "anno", "un anno";
        Numero => "numero", "un numero di pratica";
        Testo => "testo", "un testo";
    }
);

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Access {
    pub chi: Audience,
    pub cosa: String,
}

/// A field of the archive's search form; `nome` is its placeholder in the
/// address template.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SearchField {
    pub nome: String,
    pub etichetta: String,
    pub tipo: FieldKind,
    #[serde(default)]
    pub obbligatorio: bool,
    /// Hint shown under the field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aiuto: Option<String>,
    /// The choices of an `elenco` field.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub valori: Vec<String>,
}

/// Longest text a field takes: file numbers and names are short.
pub const MAX_FIELD_CHARS: usize = 60;

impl SearchField {
    /// The value to put in the address, or what is wrong with it, said so
    /// that it can be shown next to the field.
    pub fn check(&self, input: &str, years: &Years) -> Result<String, String> {
        let value = input.trim();
        if value.is_empty() {
            return if self.obbligatorio {
                Err(format!(
                    "Indica {}: il campo è obbligatorio.",
                    self.etichetta.to_lowercase()
                ))
            } else {
                Ok(String::new())
            };
        }
        if value.chars().count() > MAX_FIELD_CHARS {
            return Err(format!("Scrivi al massimo {MAX_FIELD_CHARS} caratteri."));
        }
        match self.tipo {
            FieldKind::Elenco => self
                .valori
                .iter()
                .find(|v| v.as_str() == value)
                .cloned()
                .ok_or_else(|| "Scegli una voce dell'elenco.".to_string()),
            FieldKind::Anno => match value.parse::<i32>() {
                Ok(year) if value.len() == 4 && (years.dal..=years.al).contains(&year) => Ok(value.to_string()),
                _ => Err(format!(
                    "Scrivi un anno di quattro cifre tra {} e {}.",
                    years.dal, years.al
                )),
            },
            FieldKind::Numero => {
                let valid = value.chars().next().is_some_and(|c| c.is_ascii_digit())
                    && value.chars().all(|c| c.is_ascii_alphanumeric() || c == '/' || c == '-');
                if valid {
                    Ok(value.to_string())
                } else {
                    Err("Scrivi il numero come è sulla pratica: cifre, eventualmente con lettere, «/» o «-» (es. 1234/2019).".into())
                }
            }
            FieldKind::Testo => {
                if value.chars().any(char::is_control) {
                    Err("Il testo contiene caratteri non ammessi.".into())
                } else {
                    Ok(value.to_string())
                }
            }
        }
    }
}

/// Years an archive covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Years {
    pub dal: i32,
    pub al: i32,
}

/// The remote search: the address template (from the site configuration)
/// and the fields that fill it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RemoteSearch {
    pub modello: String,
    pub campi: Vec<SearchField>,
}

impl RemoteSearch {
    /// The remote address for the values typed (by field name), or every
    /// field's problem. At least one field must be filled.
    pub fn url(&self, values: &[(String, String)], years: &Years) -> Result<String, Vec<FieldProblem>> {
        let value_of = |name: &str| {
            values
                .iter()
                .find(|(n, _)| n == name)
                .map(|(_, v)| v.as_str())
                .unwrap_or("")
        };
        let mut checked = Vec::new();
        let mut problems = Vec::new();
        for field in &self.campi {
            match field.check(value_of(&field.nome), years) {
                Ok(value) => checked.push((field.nome.clone(), value)),
                Err(message) => problems.push(FieldProblem {
                    field: field.nome.clone(),
                    message,
                }),
            }
        }
        if problems.is_empty() && checked.iter().all(|(_, v)| v.is_empty()) {
            if let Some(first) = self.campi.first() {
                problems.push(FieldProblem {
                    field: first.nome.clone(),
                    message: "Compila almeno un campo per cercare.".into(),
                });
            }
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        Ok(fill_template(&self.modello, &checked))
    }
}

/// An archive page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Archive {
    pub versione: u32,
    pub slug: String,
    pub titolo: String,
    pub descrizione: String,
    pub stato: ArchiveStatus,
    /// What an unavailable archive's visitors should know (and when it returns).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub messaggio_stato: Option<String>,
    pub contenuto_html: String,
    pub tipi_documento: Vec<String>,
    pub anni: Years,
    /// How many files (fascicoli) it holds.
    pub fascicoli: u32,
    pub accesso: Vec<Access>,
    pub come_cercare_html: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ricerca: Option<RemoteSearch>,
    /// Address the browser asks, with a short timeout, whether the remote
    /// archive answers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verifica: Option<String>,
    /// Where to ask for what is not online.
    pub richiesta: String,
    pub ufficio: Office,
    #[serde(default)]
    pub argomenti: Vec<TopicRef>,
    #[serde(default)]
    pub modifiche: Vec<Change>,
}

impl Archive {
    pub fn path(&self) -> String {
        super::paths::archive(&self.slug)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const YEARS: Years = Years { dal: 1983, al: 2026 };

    fn field(nome: &str, tipo: FieldKind, obbligatorio: bool) -> SearchField {
        SearchField {
            nome: nome.into(),
            etichetta: nome.to_uppercase(),
            tipo,
            obbligatorio,
            aiuto: None,
            valori: if tipo == FieldKind::Elenco {
                vec!["La Spezia".into(), "Sarzana".into(), "Sant'Anna".into()]
            } else {
                Vec::new()
            },
        }
    }

    fn search() -> RemoteSearch {
        RemoteSearch {
            modello: "https://archivi.example.it/ricerca?comune={comune}&anno={anno}&pratica={numero}".into(),
            campi: vec![
                field("comune", FieldKind::Elenco, true),
                field("anno", FieldKind::Anno, false),
                field("numero", FieldKind::Numero, false),
            ],
        }
    }

    fn values(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect()
    }

    #[test]
    fn fills_the_template_with_encoded_values() {
        let url = search()
            .url(
                &values(&[("comune", "La Spezia"), ("anno", " 1998 "), ("numero", "12/B")]),
                &YEARS,
            )
            .unwrap();
        assert_eq!(
            url,
            "https://archivi.example.it/ricerca?comune=La%20Spezia&anno=1998&pratica=12%2FB"
        );
        let url = search().url(&values(&[("comune", "Sant'Anna")]), &YEARS).unwrap();
        assert_eq!(
            url,
            "https://archivi.example.it/ricerca?comune=Sant%27Anna&anno=&pratica="
        );
    }

    #[test]
    fn user_input_cannot_change_the_shape_of_the_address() {
        let text = SearchField {
            nome: "q".into(),
            ..field("q", FieldKind::Testo, true)
        };
        let search = RemoteSearch {
            modello: "https://archivi.example.it/cerca?q={q}&tipo=pubblico".into(),
            campi: vec![text],
        };
        let url = search
            .url(&values(&[("q", "a&tipo=riservato#x <script>\"")]), &YEARS)
            .unwrap();
        assert_eq!(
            url,
            "https://archivi.example.it/cerca?q=a%26tipo%3Driservato%23x%20%3Cscript%3E%22&tipo=pubblico"
        );
    }

    #[test]
    fn refuses_empty_and_invalid_fields_with_a_message_for_each() {
        let problems = search()
            .url(&values(&[("comune", ""), ("anno", "98"), ("numero", "abc")]), &YEARS)
            .unwrap_err();
        let fields: Vec<&str> = problems.iter().map(|p| p.field.as_str()).collect();
        assert_eq!(fields, ["comune", "anno", "numero"]);
        assert!(problems[0].message.contains("obbligatorio"), "{}", problems[0].message);
        assert!(problems[1].message.contains("1983 e 2026"), "{}", problems[1].message);
        let problems = search().url(&values(&[("comune", "Roma")]), &YEARS).unwrap_err();
        assert_eq!(problems[0].message, "Scegli una voce dell'elenco.");
        let problems = search()
            .url(&values(&[("comune", "Sarzana"), ("anno", "2031")]), &YEARS)
            .unwrap_err();
        assert_eq!(problems[0].field, "anno");
        let long = "1".repeat(MAX_FIELD_CHARS + 1);
        let problems = search()
            .url(&values(&[("comune", "Sarzana"), ("numero", &long)]), &YEARS)
            .unwrap_err();
        assert!(problems[0].message.contains("al massimo"));
    }

    #[test]
    fn a_search_with_only_optional_fields_needs_one_of_them() {
        let optional = RemoteSearch {
            modello: "https://a.example.it/?anno={anno}".into(),
            campi: vec![field("anno", FieldKind::Anno, false)],
        };
        let problems = optional.url(&[], &YEARS).unwrap_err();
        assert_eq!(problems[0].message, "Compila almeno un campo per cercare.");
    }
}
