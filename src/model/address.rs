//! Italian postal addresses as the site writes them ("Via Vittorio Veneto 2,
//! 19124 La Spezia (SP)"), read into the parts that schema.org and the
//! Designers Italia service metadata ask for. Offices and the ente's seat
//! are checked with this at build time, so every service page can say where
//! it is delivered.

/// The parts of an address: street and number, CAP, town (with its
/// province's initials when given).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PostalAddress {
    pub street: String,
    pub postal_code: String,
    pub locality: String,
}

/// What an address must look like, for the editors' messages.
pub const ADDRESS_SHAPE: &str =
    "un indirizzo nella forma «Via Roma 1, 19121 La Spezia» (via e numero, virgola, CAP di cinque cifre e Comune)";

impl PostalAddress {
    /// `None` unless the text is "street, CAP town": the last comma parts the
    /// street from a five-digit CAP followed by the town.
    pub fn parse(text: &str) -> Option<PostalAddress> {
        let (street, rest) = text.rsplit_once(',')?;
        let rest = rest.trim();
        let (postal_code, locality) = rest.split_once(char::is_whitespace)?;
        let street = street.trim();
        let locality = locality.trim();
        let cap_ok = postal_code.len() == 5 && postal_code.chars().all(|c| c.is_ascii_digit());
        let has_letters = |s: &str| s.chars().any(char::is_alphabetic);
        (cap_ok && has_letters(street) && has_letters(locality)).then(|| PostalAddress {
            street: street.to_string(),
            postal_code: postal_code.to_string(),
            locality: locality.to_string(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::PostalAddress;

    #[test]
    fn street_cap_and_town_are_read() {
        assert_eq!(
            PostalAddress::parse("Via Vittorio Veneto 2, 19124 La Spezia (SP)"),
            Some(PostalAddress {
                street: "Via Vittorio Veneto 2".into(),
                postal_code: "19124".into(),
                locality: "La Spezia (SP)".into(),
            })
        );
        // The last comma is the one before the CAP.
        let address = PostalAddress::parse("Piazza Europa, 16, 19121 La Spezia").unwrap();
        assert_eq!(address.street, "Piazza Europa, 16");
        assert_eq!(address.locality, "La Spezia");
    }

    #[test]
    fn addresses_without_a_cap_or_a_town_are_refused() {
        for wrong in [
            "Via Vittorio Veneto 2 La Spezia",
            "Via Vittorio Veneto 2, La Spezia",
            "Via Vittorio Veneto 2, 1912 La Spezia",
            "Via Vittorio Veneto 2, 19124",
            ", 19124 La Spezia",
            "Via Roma 1, 19A24 La Spezia",
        ] {
            assert_eq!(PostalAddress::parse(wrong), None, "{wrong}");
        }
    }
}
