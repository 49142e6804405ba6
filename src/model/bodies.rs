//! The bodies the Provincia controls or takes part in (content/enti.yaml),
//! with the data D.Lgs. 33/2013 art. 22 asks for each: what it is, the
//! share held, what it does for the ente, how long, what it costs the
//! budget each year, how many representatives sit in its organs, and its
//! results of the last three years. The shape of `enti.json`.

use super::Amount;
use serde::{Deserialize, Serialize};

/// The three lists of art. 22, c. 1 (lett. a, b, c).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum BodyKind {
    EntePubblicoVigilato,
    Societa,
    EnteDirittoPrivato,
}

impl BodyKind {
    pub const ALL: [BodyKind; 3] = [
        BodyKind::EntePubblicoVigilato,
        BodyKind::Societa,
        BodyKind::EnteDirittoPrivato,
    ];

    pub fn key(self) -> &'static str {
        match self {
            BodyKind::EntePubblicoVigilato => "ente-pubblico-vigilato",
            BodyKind::Societa => "societa",
            BodyKind::EnteDirittoPrivato => "ente-diritto-privato",
        }
    }

    pub fn from_key(key: &str) -> Option<BodyKind> {
        BodyKind::ALL.into_iter().find(|k| k.key() == key)
    }

    pub fn keys() -> String {
        BodyKind::ALL.map(BodyKind::key).join(", ")
    }

    /// The heading of the list, as art. 22 names it.
    pub fn plural(self) -> &'static str {
        match self {
            BodyKind::EntePubblicoVigilato => "Enti pubblici vigilati",
            BodyKind::Societa => "Società partecipate",
            BodyKind::EnteDirittoPrivato => "Enti di diritto privato controllati",
        }
    }
}

/// A share of a body, in hundredths of a percent: "12.50" is 1250.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Share(u32);

impl Share {
    /// "12.5", "12.50" or "100": more than 0, at most 100, two decimals at most.
    pub fn parse(text: &str) -> Result<Share, String> {
        let problem =
            || format!("quota «{text}» non valida: attesa una percentuale da 0,01 a 100 con il punto, come 12.50");
        let (whole, decimals) = text.split_once('.').unwrap_or((text, ""));
        if whole.is_empty()
            || decimals.len() > 2
            || !(whole.chars().chain(decimals.chars()).all(|c| c.is_ascii_digit()))
        {
            return Err(problem());
        }
        let whole: u32 = whole.parse().map_err(|_| problem())?;
        let hundredths: u32 = format!("{decimals:0<2}").parse().map_err(|_| problem())?;
        let value = whole
            .checked_mul(100)
            .and_then(|w| w.checked_add(hundredths))
            .ok_or_else(problem)?;
        if value == 0 || value > 10_000 {
            return Err(problem());
        }
        Ok(Share(value))
    }

    /// "12,5 %", "100 %".
    pub fn italian(self) -> String {
        let (whole, rest) = (self.0 / 100, self.0 % 100);
        match rest {
            0 => format!("{whole} %"),
            r if r % 10 == 0 => format!("{whole},{} %", r / 10),
            r => format!("{whole},{r:02} %"),
        }
    }
}

/// One year's result of a body (profit or loss).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct YearResult {
    pub anno: i32,
    /// Negative for a loss.
    #[serde(with = "super::money::signed")]
    pub risultato: Amount,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Body {
    pub slug: String,
    pub nome: String,
    pub tipo: BodyKind,
    /// None for a public body the ente supervises without holding shares.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quota: Option<Share>,
    /// The functions it carries out for the ente, or the public service.
    pub funzioni: String,
    /// Until when the ente is committed ("fino al 31 dicembre 2050").
    pub durata: String,
    /// What it costs the ente's budget in a year.
    pub onere_annuo: Amount,
    /// How many the ente appoints to its governing bodies.
    pub rappresentanti: u32,
    /// Newest first, three at most.
    pub risultati: Vec<YearResult>,
    pub sito: String,
}

/// `enti.json`: the bodies in the order of content/enti.yaml.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BodyList {
    pub versione: u32,
    pub enti: Vec<Body>,
}

impl BodyList {
    /// The non-empty lists of art. 22, in its order.
    pub fn by_kind(&self) -> Vec<(BodyKind, Vec<Body>)> {
        BodyKind::ALL
            .into_iter()
            .map(|kind| {
                (
                    kind,
                    self.enti.iter().filter(|b| b.tipo == kind).cloned().collect::<Vec<_>>(),
                )
            })
            .filter(|(_, bodies)| !bodies.is_empty())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shares_are_percentages_with_two_decimals_at_most() {
        assert_eq!(Share::parse("12.5").unwrap().italian(), "12,5 %");
        assert_eq!(Share::parse("12.50").unwrap().italian(), "12,5 %");
        assert_eq!(Share::parse("3.25").unwrap().italian(), "3,25 %");
        assert_eq!(Share::parse("0.05").unwrap().italian(), "0,05 %");
        assert_eq!(Share::parse("100").unwrap().italian(), "100 %");
        for wrong in ["0", "0.00", "100.01", "101", "12,5", "12.505", "-3", "", ".5", "dodici"] {
            assert!(Share::parse(wrong).is_err(), "{wrong}");
        }
    }

    #[test]
    fn bodies_are_grouped_in_the_order_of_article_22() {
        let body = |slug: &str, tipo| Body {
            slug: slug.into(),
            nome: slug.into(),
            tipo,
            quota: None,
            funzioni: String::new(),
            durata: String::new(),
            onere_annuo: Amount::parse("0.00").unwrap(),
            rappresentanti: 0,
            risultati: vec![],
            sito: String::new(),
        };
        let list = BodyList {
            versione: 1,
            enti: vec![body("s", BodyKind::Societa), body("e", BodyKind::EntePubblicoVigilato)],
        };
        let kinds: Vec<BodyKind> = list.by_kind().into_iter().map(|(k, _)| k).collect();
        assert_eq!(kinds, [BodyKind::EntePubblicoVigilato, BodyKind::Societa]);
    }
}
