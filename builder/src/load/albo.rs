//! The Albo pretorio platform's export of the acts in publication (the CSV
//! `[albo_pretorio] esportazione` names, in content/). It comes from another
//! system every night: a malformed row is reported (row and column) among
//! the editorial warnings and left out, the other rows are kept, so one bad
//! row never takes the site down. A file that cannot be read at all, or
//! lacks a column, stops the build like any content file.

use super::Loader;
use provincia_sito::model::albo::{is_register_number, parse_export_date, AlboItem, EXPORT_COLUMNS};
use provincia_sito::model::config::is_https_url;

/// Every well-formed row of the export, in file order.
pub fn load(loader: &Loader, export: &str) -> Vec<AlboItem> {
    let path = loader.content.join(export);
    let file = loader.shown(&path);
    let mut reader = match csv::ReaderBuilder::new()
        .delimiter(b';')
        .flexible(true)
        .from_path(&path)
    {
        Ok(reader) => reader,
        Err(err) => {
            loader.report.add(
                &file,
                0,
                "(file)",
                format!("impossibile leggere l'esportazione dell'Albo pretorio ({err})"),
            );
            return Vec::new();
        }
    };
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
    let at = |k: usize| columns[k].unwrap_or_default();
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
        let problems = std::cell::RefCell::new(Vec::new());
        let cell = |k: usize| row.get(at(k)).unwrap_or("").trim().to_string();
        let required = |k: usize| {
            let text = cell(k);
            if text.is_empty() {
                problems.borrow_mut().push((EXPORT_COLUMNS[k], "vuota".to_string()));
            }
            text
        };
        let date = |k: usize| {
            let text = cell(k);
            let date = parse_export_date(&text);
            if date.is_none() {
                problems
                    .borrow_mut()
                    .push((EXPORT_COLUMNS[k], format!("«{text}» non è una data (gg/mm/aaaa)")));
            }
            date
        };
        let registro = required(0);
        if !registro.is_empty() && !is_register_number(&registro) {
            problems.borrow_mut().push((
                EXPORT_COLUMNS[0],
                format!("«{registro}» non è un numero di registro (numero/anno)"),
            ));
        }
        let (tipo, oggetto, ufficio) = (required(1), required(2), cell(3));
        let (dal, al) = (date(4), date(5));
        let url = required(6);
        if !url.is_empty() && !is_https_url(&url) {
            problems
                .borrow_mut()
                .push((EXPORT_COLUMNS[6], format!("«{url}» non è un indirizzo https://")));
        }
        if let (Some(dal), Some(al)) = (dal, al) {
            if al < dal {
                problems
                    .borrow_mut()
                    .push((EXPORT_COLUMNS[5], "la pubblicazione finisce prima di cominciare".into()));
            }
        }
        let problems = problems.into_inner();
        if !problems.is_empty() {
            for (column, problem) in problems {
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
