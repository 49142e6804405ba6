//! The Albo pretorio platform's export of the acts in publication (the CSV
//! `[albo_pretorio] esportazione` names, in content/). It comes from another
//! system every night: a malformed row is reported (row and column) among
//! the editorial warnings and left out, the other rows are kept, so one bad
//! row never takes the site down. A file that cannot be read at all, or
//! lacks a column, stops the build like any content file.

use super::Loader;
use provincia_sito::model::albo::{is_register_number, parse_export_date, AlboItem, EXPORT_COLUMNS};
use provincia_sito::model::config::is_https_url;
use provincia_sito::model::text_limits::field_problem;
use provincia_sito::model::Date;

/// What each column of the export holds, by the name of the field it fills
/// (which sets its length limit).
const ROW_FIELDS: [&str; 7] = ["numero", "tipo", "oggetto", "ufficio", "dal", "al", "url"];

/// Every well-formed row of the export, in file order.
pub fn load(loader: &Loader, export: &str) -> Vec<AlboItem> {
    let path = loader.content.join(export);
    let file = loader.shown(&path);
    let text = match super::files::read_capped(&path, super::files::MAX_CONTENT_FILE_BYTES) {
        Ok(text) => text,
        Err(message) => {
            loader.report.add(
                &file,
                0,
                "(file)",
                format!("esportazione dell'Albo pretorio: {message}"),
            );
            return Vec::new();
        }
    };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b';')
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers = match reader.headers() {
        Ok(headers) => headers.clone(),
        Err(err) => {
            loader
                .report
                .add(&file, 1, "(intestazione)", format!("intestazione illeggibile ({err})"));
            return Vec::new();
        }
    };
    let columns: Vec<Option<usize>> = EXPORT_COLUMNS
        .iter()
        .map(|name| headers.iter().position(|h| h.trim().eq_ignore_ascii_case(name)))
        .collect();
    let missing: Vec<&str> = EXPORT_COLUMNS
        .iter()
        .zip(&columns)
        .filter(|(_, found)| found.is_none())
        .map(|(name, _)| *name)
        .collect();
    if !missing.is_empty() {
        loader.report.add(
            &file,
            1,
            "(intestazione)",
            format!(
                "mancano le colonne {}: l'esportazione deve avere {} (separate da punto e virgola)",
                missing.join(", "),
                EXPORT_COLUMNS.join(";")
            ),
        );
        return Vec::new();
    }
    let columns: Vec<usize> = columns.into_iter().map(Option::unwrap_or_default).collect();
    let mut items = Vec::new();
    for row in reader.records() {
        let row = match row {
            Ok(row) => row,
            Err(err) => {
                let line = err.position().map_or(0, |p| p.line() as usize);
                loader
                    .warnings
                    .add(&file, line, "(riga)", format!("riga illeggibile, esclusa ({err})"));
                continue;
            }
        };
        let line = row.position().map_or(0, |p| p.line() as usize);
        let mut cells = Cells {
            row: &row,
            columns: &columns,
            problems: Vec::new(),
        };
        // A control character would break the feed's XML, an overlong cell
        // would be copied into the page and the feed: the row stays out.
        for (column, field) in ROW_FIELDS.iter().enumerate() {
            let text = cells.text(column);
            if let Some(message) = field_problem(field, &text) {
                cells.problem(column, message);
            }
        }
        let registro = cells.required(0);
        if !registro.is_empty() && !is_register_number(&registro) {
            cells.problem(0, format!("«{registro}» non è un numero di registro (numero/anno)"));
        }
        let (tipo, oggetto, ufficio) = (cells.required(1), cells.required(2), cells.text(3));
        let (dal, al) = (cells.date(4), cells.date(5));
        let url = cells.required(6);
        if !url.is_empty() && !is_https_url(&url) {
            cells.problem(6, format!("«{url}» non è un indirizzo https://"));
        }
        if let (Some(dal), Some(al)) = (dal, al) {
            if al < dal {
                cells.problem(5, "la pubblicazione finisce prima di cominciare".into());
            }
        }
        if !cells.problems.is_empty() {
            for (column, problem) in cells.problems {
                loader.warnings.add(
                    &file,
                    line,
                    &format!("colonna {column}"),
                    format!("{problem}: la riga resta fuori dagli atti in pubblicazione"),
                );
            }
            continue;
        }
        let (Some(dal), Some(al)) = (dal, al) else { continue };
        items.push(AlboItem {
            registro,
            tipo,
            oggetto,
            ufficio,
            dal,
            al,
            url,
        });
    }
    items
}

/// One row's cells by column of [`EXPORT_COLUMNS`], and what is wrong with them.
struct Cells<'r> {
    row: &'r csv::StringRecord,
    columns: &'r [usize],
    problems: Vec<(&'static str, String)>,
}

impl Cells<'_> {
    fn text(&self, column: usize) -> String {
        self.row.get(self.columns[column]).unwrap_or("").trim().to_string()
    }

    fn problem(&mut self, column: usize, message: String) {
        self.problems.push((EXPORT_COLUMNS[column], message));
    }

    fn required(&mut self, column: usize) -> String {
        let text = self.text(column);
        if text.is_empty() {
            self.problem(column, "vuota".into());
        }
        text
    }

    fn date(&mut self, column: usize) -> Option<Date> {
        let text = self.text(column);
        let date = parse_export_date(&text);
        if date.is_none() {
            self.problem(column, format!("«{text}» non è una data (gg/mm/aaaa)"));
        }
        date
    }
}
