//! Cells that a spreadsheet opens safely: the one rule for every CSV the
//! project writes (the open data of the build, the editors' export of the
//! receiving service).

/// A cell as a spreadsheet may open it safely: text starting with `=`, `+`,
/// `-`, `@`, tab or carriage return would be read as a formula (OWASP, CSV
/// injection), so it gets a leading `'`, which spreadsheets hide. Numbers
/// (amounts such as `-12.50`) stay numbers.
pub fn spreadsheet_safe(cell: &str) -> std::borrow::Cow<'_, str> {
    let triggers = cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
    if triggers && !is_plain_number(cell) {
        format!("'{cell}").into()
    } else {
        cell.into()
    }
}

/// `931712.00`, `-12.50`, `7`: an optional minus, digits, optional decimals.
fn is_plain_number(cell: &str) -> bool {
    let unsigned = cell.strip_prefix('-').unwrap_or(cell);
    let (units, decimals) = unsigned.split_once('.').unwrap_or((unsigned, "0"));
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    digits(units) && digits(decimals)
}

/// The one way the project writes a CSV (RFC 4180, CRLF, a BOM so
/// spreadsheets read UTF-8): every cell through [`spreadsheet_safe`], and
/// quoted when it holds a comma, a quote, a line break or a `;`. Italian
/// spreadsheets split on `;`, so `a;=1+1` unquoted would open as a cell
/// `=1+1`, a formula; quoted, it stays one text cell with any separator.
/// (The csv crate quotes by its own rules only, so the few lines are here.)
pub fn to_csv<R: AsRef<str>>(columns: &[R], rows: &[Vec<String>]) -> String {
    let mut out = String::from("\u{feff}");
    let mut line = |cells: &mut dyn Iterator<Item = std::borrow::Cow<'_, str>>| {
        for (i, cell) in cells.enumerate() {
            if i > 0 {
                out.push(',');
            }
            if cell.contains([',', '"', '\r', '\n', ';']) {
                out.push('"');
                out.push_str(&cell.replace('"', "\"\""));
                out.push('"');
            } else {
                out.push_str(&cell);
            }
        }
        out.push_str("\r\n");
    };
    line(&mut columns.iter().map(|c| std::borrow::Cow::Borrowed(c.as_ref())));
    for row in rows {
        line(&mut row.iter().map(|cell| spreadsheet_safe(cell)));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_separator_before_a_formula_cannot_open_a_cell() {
        let csv = to_csv(
            &["Nome", "Importo"],
            &[
                vec!["a;=1+1".into(), "931712.00".into()],
                vec!["=SOMMA(A1)".into(), "-12.50".into()],
                vec!["Rossi, \"Anna\"\nriga".into(), "7".into()],
            ],
        );
        assert_eq!(
            csv,
            "\u{feff}Nome,Importo\r\n\"a;=1+1\",931712.00\r\n'=SOMMA(A1),-12.50\r\n\"Rossi, \"\"Anna\"\"\nriga\",7\r\n"
        );
        // Read as an Italian spreadsheet reads it: split on `;`, quotes kept
        // together. No cell starts with a formula character.
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(b';')
            .has_headers(false)
            .from_reader(csv.trim_start_matches('\u{feff}').as_bytes());
        for record in reader.records() {
            for cell in record.unwrap().iter() {
                assert!(!cell.trim_start_matches('"').starts_with(['=', '+', '@']), "{cell:?}");
            }
        }
    }
}
