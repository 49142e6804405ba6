//! Euro amounts held exactly in cents and written the Italian way:
//! "931.712,00 €". Content writes them as "931712.00" (two decimals, a dot).

use std::fmt;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Amount {
    cents: i64,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AmountError(pub String);

impl fmt::Display for AmountError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "importo non valido «{}»: atteso un numero non negativo con due decimali separati dal punto, per esempio 931712.00",
            self.0
        )
    }
}

impl Amount {
    pub const fn from_cents(cents: i64) -> Amount {
        Amount { cents }
    }

    pub fn cents(&self) -> i64 {
        self.cents
    }

    pub fn sum(amounts: impl IntoIterator<Item = Amount>) -> Amount {
        Amount {
            cents: amounts.into_iter().map(|a| a.cents).sum(),
        }
    }

    /// Parses "931712.00": digits, a dot, exactly two decimals, never negative.
    pub fn parse(text: &str) -> Result<Amount, AmountError> {
        let err = || AmountError(text.to_string());
        let (units, decimals) = text.split_once('.').ok_or_else(err)?;
        let digits_only = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        if !digits_only(units) || decimals.len() != 2 || !digits_only(decimals) || units.len() > 15 {
            return Err(err());
        }
        let units: i64 = units.parse().map_err(|_| err())?;
        let decimals: i64 = decimals.parse().map_err(|_| err())?;
        Ok(Amount {
            cents: units * 100 + decimals,
        })
    }

    /// Like [`Amount::parse`], with a leading minus for a loss: "-1250.00".
    pub fn parse_signed(text: &str) -> Result<Amount, AmountError> {
        match text.strip_prefix('-') {
            Some(digits) => Amount::parse(digits)
                .map(|a| Amount { cents: -a.cents })
                .map_err(|_| AmountError(text.to_string())),
            None => Amount::parse(text),
        }
    }

    /// "931.712,00 €": dots between thousands, comma before the cents.
    pub fn italian(&self) -> String {
        let sign = if self.cents < 0 { "-" } else { "" };
        let abs = self.cents.unsigned_abs();
        format!("{sign}{},{:02} €", thousands(abs / 100), abs % 100)
    }

    /// "931712.00", the form of the content files and of the JSON API.
    pub fn plain(&self) -> String {
        let sign = if self.cents < 0 { "-" } else { "" };
        let abs = self.cents.unsigned_abs();
        format!("{sign}{}.{:02}", abs / 100, abs % 100)
    }
}

/// "18.420": a whole number with dots between thousands, the Italian way.
pub fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push('.');
        }
        grouped.push(digit);
    }
    grouped
}

serde_as_text!(Amount, plain);

/// For a field that may be negative (a year's loss): written as
/// [`Amount::plain`] writes it, read with [`Amount::parse_signed`].
/// `#[serde(with = "crate::model::money::signed")]`.
pub mod signed {
    use super::Amount;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(amount: &Amount, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&amount.plain())
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Amount, D::Error> {
        let text = String::deserialize(deserializer)?;
        Amount::parse_signed(&text).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn italian(text: &str) -> String {
        Amount::parse(text).unwrap().italian()
    }

    #[test]
    fn formats_amounts_the_italian_way() {
        assert_eq!(italian("931712.00"), "931.712,00 €");
        assert_eq!(italian("0.05"), "0,05 €");
        assert_eq!(italian("999.99"), "999,99 €");
        assert_eq!(italian("1000.00"), "1.000,00 €");
        assert_eq!(italian("1234567.89"), "1.234.567,89 €");
        assert_eq!(Amount::from_cents(-150).italian(), "-1,50 €");
    }

    #[test]
    fn parses_exact_cents() {
        assert_eq!(Amount::parse("931712.00").unwrap().cents(), 93_171_200);
        assert_eq!(Amount::parse("0.10").unwrap().cents(), 10);
        assert_eq!(Amount::parse("12.34").unwrap().plain(), "12.34");
    }

    #[test]
    fn rejects_anything_but_two_decimals_after_a_dot() {
        for bad in [
            "931712",
            "931712.0",
            "931712.000",
            "931.712,00",
            "-1.00",
            "1,00",
            "",
            ".50",
            "1.5a",
            "1e3.00",
        ] {
            let err = Amount::parse(bad).unwrap_err();
            assert!(err.to_string().contains("due decimali"), "{bad}: {err}");
        }
    }

    #[test]
    fn losses_are_read_with_their_minus_and_round_trip_through_json() {
        let loss = Amount::parse_signed("-1250.00").unwrap();
        assert_eq!(loss.cents(), -125_000);
        assert_eq!(loss.italian(), "-1.250,00 €");
        assert_eq!(Amount::parse_signed("1250.00").unwrap().cents(), 125_000);
        for wrong in ["--1.00", "-1250", "- 1.00", "-"] {
            assert!(Amount::parse_signed(wrong).is_err(), "{wrong}");
        }
        #[derive(serde::Serialize, serde::Deserialize)]
        struct Result {
            #[serde(with = "super::signed")]
            value: Amount,
        }
        let json = serde_json::to_string(&Result { value: loss }).unwrap();
        assert_eq!(json, r#"{"value":"-1250.00"}"#);
        assert_eq!(serde_json::from_str::<Result>(&json).unwrap().value, loss);
    }

    #[test]
    fn round_trips_through_json_as_a_string() {
        let amount = Amount::parse("931712.00").unwrap();
        assert_eq!(serde_json::to_string(&amount).unwrap(), "\"931712.00\"");
        assert_eq!(serde_json::from_str::<Amount>("\"931712.00\"").unwrap(), amount);
        assert!(serde_json::from_str::<Amount>("931712").is_err());
    }
}
