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
/// every cell that is not a number in quotes. Italian spreadsheets split on
/// `;`, so `a;=1+1` unquoted would open as a cell `=1+1`, a formula; quoted,
/// it stays one text cell with any separator.
#[cfg(not(target_arch = "wasm32"))]
pub fn to_csv<R: AsRef<str>>(columns: &[R], rows: &[Vec<String>]) -> String {
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .quote_style(csv::QuoteStyle::NonNumeric)
        .from_writer(Vec::new());
    let written = writer.write_record(columns.iter().map(AsRef::as_ref)).and_then(|_| {
        rows.iter()
            .try_for_each(|row| writer.write_record(row.iter().map(|cell| spreadsheet_safe(cell).into_owned())))
    });
    written.expect("writing CSV to memory cannot fail");
    let bytes = writer.into_inner().expect("flushing CSV to memory cannot fail");
    format!("\u{feff}{}", String::from_utf8(bytes).expect("the rows are UTF-8"))
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
            ],
        );
        assert_eq!(
            csv,
            "\u{feff}\"Nome\",\"Importo\"\r\n\"a;=1+1\",931712.00\r\n\"'=SOMMA(A1)\",-12.50\r\n"
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
