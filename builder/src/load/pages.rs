//! Running-text pages: content/pagine/{sezione}/{slug}.md (Markdown with
//! front matter), and content/home.yaml.

use super::files::markdown_below;
use super::news::read_markdown;
use super::{HomeRefs, LinkUse, Loader, PnrrHighlightRef};
use crate::markdown;
use crate::record::Record;
use provincia_sito::model::content::TextPage;
use provincia_sito::model::endpoint::API_VERSION;
use provincia_sito::model::site_map;
use provincia_sito::model::slug;
use std::path::Path;

/// Sections whose pages are free text; the others have their own types.
const FREE_SECTIONS: [&str; 2] = ["/amministrazione", "/vivere-la-provincia"];

/// The pages of each section in the order editors give them (`ordine`, then
/// the address): a section page lists them so, as the model orders its
/// second level ("Organi di governo", "Aree amministrative", …).
pub fn load(loader: &mut Loader) -> Vec<TextPage> {
    let mut pages = Vec::new();
    let root = loader.content.join("pagine");
    for path in markdown_below(&root) {
        let relative = path.strip_prefix(&root).unwrap_or(&path).with_extension("");
        let segments: Vec<String> = relative.iter().map(|s| s.to_string_lossy().to_string()).collect();
        let site_path = format!("/{}", segments.join("/"));
        let page = read_markdown(loader, &path, |loader, record, body| {
            let section = format!("/{}", segments[0]);
            if segments.len() < 2 || !FREE_SECTIONS.contains(&section.as_str()) {
                loader.report.add(
                    record.file(),
                    1,
                    "(posizione del file)",
                    format!(
                        "le pagine libere stanno in una cartella di sezione: {}",
                        FREE_SECTIONS.map(|s| &s[1..]).join(", ")
                    ),
                );
            } else if let Some(problem) = segments.iter().find_map(|s| slug::problem(s)) {
                loader.report.add(record.file(), 1, "(nome del file)", problem);
            } else if site_map::find(&site_path).is_some() {
                loader.report.add(
                    record.file(),
                    1,
                    "(nome del file)",
                    format!("{site_path} è già una pagina fissa del sito"),
                );
            }
            let order = record.has("ordine").then(|| loader.number(record, "ordine")).flatten();
            let page = text_page(
                loader,
                record,
                site_path.clone(),
                body.html.clone(),
                &["titolo", "descrizione", "aggiornato", "argomenti", "ordine"],
            )?;
            Some((order.unwrap_or(i64::MAX), page))
        });
        pages.extend(page.map(|(order, page)| (order, with_history(loader, page, &path))));
    }
    pages.sort_by(|(a_order, a), (b_order, b)| {
        let section = |p: &TextPage| p.percorso.rsplit_once('/').map(|(s, _)| s.to_string());
        (section(a), a_order, &a.percorso).cmp(&(section(b), b_order, &b.percorso))
    });
    pages.into_iter().map(|(_, page)| page).collect()
}

fn with_history(loader: &Loader, page: TextPage, path: &Path) -> TextPage {
    TextPage {
        modifiche: loader.history_of(path),
        ..page
    }
}

fn text_page(
    loader: &Loader,
    record: &Record,
    percorso: String,
    corpo_html: String,
    allowed: &[&str],
) -> Option<TextPage> {
    let titolo = record.text("titolo");
    let descrizione = record.text("descrizione");
    let aggiornato = record.opt_date("aggiornato");
    let argomenti = loader.topic_refs(record, "argomenti");
    record.finish(allowed);
    Some(TextPage {
        versione: API_VERSION,
        percorso,
        titolo: titolo?,
        descrizione: descrizione?,
        aggiornato,
        argomenti,
        corpo_html,
        modifiche: Vec::new(),
    })
}

/// Renders a Markdown field of a data file, reporting its problems.
pub(super) fn markdown_field(loader: &mut Loader, record: &Record, key: &str) -> String {
    let Some(text) = record.opt_text(key) else {
        return String::new();
    };
    // A block scalar (`testo: |`) starts on the line after the key.
    let first_line = record.line_of(key) + 1;
    let rendered = markdown::render(&text);
    loader.review_text(record.file(), first_line, &record.field(key), &text, &rendered);
    for problem in rendered.problems {
        let line = first_line + markdown::line_at(&text, problem.offset) - 1;
        loader
            .report
            .add(record.file(), line, &record.field(key), problem.message);
    }
    for (target, offset) in rendered.internal_links {
        loader.links.push(LinkUse {
            file: record.file().to_string(),
            line: first_line + markdown::line_at(&text, offset) - 1,
            field: record.field(key),
            target,
        });
    }
    rendered.html
}

pub fn load_home(loader: &mut Loader) -> HomeRefs {
    let path = loader.content.join("home.yaml");
    let Some((file, tree)) = loader.read_yaml(&path) else {
        return HomeRefs::default();
    };
    let Some(record) = Record::new(loader.report, &file, &tree, 0, "") else {
        return HomeRefs::default();
    };
    let paths = |key: &str| record.texts(key).into_iter().map(|(p, _)| p).collect::<Vec<_>>();
    let servizi = paths("servizi");
    let archivi = paths("archivi");
    let pnrr = record.record("pnrr").and_then(|pnrr| {
        let spotlight = (pnrr.text("misura"), pnrr.text("titolo"), pnrr.text("testo"));
        pnrr.finish(&["misura", "titolo", "testo"]);
        Some(PnrrHighlightRef {
            misura: spotlight.0?,
            titolo: spotlight.1?,
            testo: spotlight.2?,
        })
    });
    record.finish(&["servizi", "archivi", "pnrr"]);
    HomeRefs { servizi, archivi, pnrr }
}
