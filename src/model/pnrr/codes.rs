//! The national codes a journalist joins data by: CUP, CIG, codice fiscale
//! and partita IVA, checked in their official shapes.

/// CUP (Codice Unico di Progetto): 15 characters, letter, two digits, letter,
/// two digits for the year, then nine letters or digits ("J41C22000390006").
pub fn is_valid_cup(code: &str) -> bool {
    let b = code.as_bytes();
    b.len() == 15
        && b[0].is_ascii_uppercase()
        && b[1..3].iter().all(u8::is_ascii_digit)
        && b[3].is_ascii_uppercase()
        && b[4..6].iter().all(u8::is_ascii_digit)
        && b[6..].iter().all(|c| c.is_ascii_digit() || c.is_ascii_uppercase())
}

/// CIG (Codice Identificativo Gara): 10 capital letters or digits.
pub fn is_valid_cig(code: &str) -> bool {
    code.len() == 10 && code.bytes().all(|c| c.is_ascii_digit() || c.is_ascii_uppercase())
}

/// Partita IVA, or codice fiscale of a company or public body: 11 digits, the
/// last a check digit (so a typo in one digit is caught).
pub fn is_valid_vat_number(code: &str) -> bool {
    let digits: Vec<u32> = code.chars().filter_map(|c| c.to_digit(10)).collect();
    if code.len() != 11 || digits.len() != 11 {
        return false;
    }
    let sum: u32 = digits[..10]
        .iter()
        .enumerate()
        .map(|(i, &d)| {
            if i % 2 == 0 {
                d
            } else {
                let doubled = d * 2;
                if doubled > 9 {
                    doubled - 9
                } else {
                    doubled
                }
            }
        })
        .sum();
    (10 - sum % 10) % 10 == digits[10]
}

/// Codice fiscale: 11 digits (companies, bodies) or the 16 characters of a
/// person ("RSSMRA80A01E463K": letters, digits and the month letter where
/// they belong).
pub fn is_valid_tax_code(code: &str) -> bool {
    if code.len() == 11 {
        return is_valid_vat_number(code);
    }
    let b = code.as_bytes();
    let letter = |i: usize| b[i].is_ascii_uppercase();
    // Omocodia replaces digits with letters, so digit places accept both.
    let digit = |i: usize| b[i].is_ascii_digit() || b"LMNPQRSTUV".contains(&b[i]);
    b.len() == 16
        && (0..6).all(letter)
        && digit(6)
        && digit(7)
        && b"ABCDEHLMPRST".contains(&b[8])
        && digit(9)
        && digit(10)
        && letter(11)
        && (12..15).all(digit)
        && letter(15)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cup_has_fifteen_characters_in_the_official_shape() {
        assert!(is_valid_cup("J41C22000390006"));
        assert!(!is_valid_cup("J41C2200039000"), "14 characters");
        assert!(!is_valid_cup("J41C220003900067"), "16 characters");
        assert!(!is_valid_cup("j41C22000390006"), "lower case");
        assert!(!is_valid_cup("J4XC22000390006"), "letter where a digit belongs");
        assert!(!is_valid_cup("J41122000390006"), "digit where a letter belongs");
        assert!(!is_valid_cup("J41C22000-90006"), "punctuation");
    }

    #[test]
    fn cig_has_ten_capital_letters_or_digits() {
        assert!(is_valid_cig("9A1B2C3D4E"));
        assert!(!is_valid_cig("9A1B2C3D4"));
        assert!(!is_valid_cig("9A1B2C3D4E5"));
        assert!(!is_valid_cig("9a1b2c3d4e"));
        assert!(!is_valid_cig("9A1B 2C3D4"));
    }

    #[test]
    fn vat_numbers_carry_a_check_digit() {
        // Check digits computed by hand with the Luhn-like rule of the
        // Agenzia delle Entrate: 0·1·2·1·8·9·3·0·1·1 → 3.
        assert!(is_valid_vat_number("00218930113"));
        assert!(!is_valid_vat_number("00218930114"), "wrong check digit");
        assert!(!is_valid_vat_number("00218930131"), "two digits swapped");
        assert!(!is_valid_vat_number("0021893011"), "ten digits");
        assert!(!is_valid_vat_number("0021893011A"));
    }

    #[test]
    fn tax_codes_of_people_follow_the_sixteen_character_shape() {
        assert!(is_valid_tax_code("RSSMRA80A01E463K"));
        assert!(is_valid_tax_code("RSSMRA80A01E46PK"), "omocodia");
        assert!(!is_valid_tax_code("RSSMRA80Z01E463K"), "no month Z");
        assert!(!is_valid_tax_code("RSSMRA80A01E463"), "15 characters");
        assert!(!is_valid_tax_code("rssmra80a01e463k"), "lower case");
        assert!(is_valid_tax_code("00218930113"));
    }
}
