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
