//! Lengths and positions along a road in kilometres, as road signs and
//! ordinances write them ("km 3,2"), kept in whole metres so that sums and
//! comparisons are exact.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Km(u32);

impl Km {
    pub fn from_metres(metres: u32) -> Km {
        Km(metres)
    }

    pub fn metres(self) -> u32 {
        self.0
    }

    /// "18.4", "3.250", "12": kilometres with the point and up to three
    /// decimals (metres), as the registry and the API write them.
    pub fn parse(text: &str) -> Result<Km, String> {
        let problem =
            || format!("«{text}» non è una distanza in chilometri: scrivi i km con il punto, per esempio 18.4 o 3.250");
        let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
        let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
        if whole.is_empty() || whole.len() > 4 || !digits(whole) || fraction.len() > 3 || !digits(fraction) {
            return Err(problem());
        }
        if text.ends_with('.') {
            return Err(problem());
        }
        let whole: u32 = whole.parse().map_err(|_| problem())?;
        let metres: u32 = format!("{fraction:0<3}").parse().map_err(|_| problem())?;
        Ok(Km(whole * 1000 + metres))
    }

    /// "18,4 km", "3,25 km", "12 km": as Italians write it, no trailing zeros.
    pub fn italian(self) -> String {
        format!("{} km", self.number())
    }

    /// "18,4": the number alone, for "dal km 3,2 al km 3,9".
    pub fn number(self) -> String {
        let (whole, metres) = (self.0 / 1000, self.0 % 1000);
        if metres == 0 {
            return whole.to_string();
        }
        let fraction = format!("{metres:03}");
        format!("{whole},{}", fraction.trim_end_matches('0'))
    }

    /// "18.4": the API's and the open data's form.
    pub fn plain(self) -> String {
        self.number().replace(',', ".")
    }
}

impl fmt::Display for Km {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.italian())
    }
}

impl Serialize for Km {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.plain())
    }
}

impl<'de> Deserialize<'de> for Km {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Km, D::Error> {
        let text = String::deserialize(deserializer)?;
        Km::parse(&text).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kilometres_read_and_write_as_signs_do() {
        assert_eq!(Km::parse("18.4").unwrap().metres(), 18_400);
        assert_eq!(Km::parse("3.250").unwrap().metres(), 3_250);
        assert_eq!(Km::parse("12").unwrap().metres(), 12_000);
        assert_eq!(Km::parse("18.4").unwrap().italian(), "18,4 km");
        assert_eq!(Km::parse("3.250").unwrap().number(), "3,25");
        assert_eq!(Km::parse("0.05").unwrap().plain(), "0.05");
        for bad in ["", "18,4", "18.", ".4", "-1", "1.2345", "km 3", "12345"] {
            assert!(Km::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn the_api_form_round_trips() {
        let km = Km::parse("22.5").unwrap();
        let json = serde_json::to_string(&km).unwrap();
        assert_eq!(json, "\"22.5\"");
        assert_eq!(serde_json::from_str::<Km>(&json).unwrap(), km);
    }
}
