//! content/enti.yaml: the bodies the Provincia controls or takes part in,
//! with the data of D.Lgs. 33/2013 art. 22. Optional: a site without it lists
//! none.

use super::Loader;
use crate::record::Record;
use provincia_sito::model::bodies::{Body, BodyKind, Share, YearResult};
use provincia_sito::model::config::is_https_url;
use provincia_sito::model::{slug, Amount};

const FIELDS: [&str; 10] = [
    "slug",
    "nome",
    "tipo",
    "quota",
    "funzioni",
    "durata",
    "onere_annuo",
    "rappresentanti",
    "risultati",
    "sito",
];

/// Art. 22 asks for the results of the last three years.
const YEARS_OF_RESULTS: usize = 3;

pub fn load(loader: &mut Loader) -> Vec<Body> {
    let mut bodies: Vec<Body> = Vec::new();
    let mut seen: Vec<String> = Vec::new();
    loader.each_listed("enti.yaml", "enti", |loader, record| {
        // Checked apart from the rest: a second entry is wrong whatever else
        // it holds, and what else it holds is still checked.
        let repeated = record.opt_text("slug").filter(|slug| seen.contains(slug));
        if let Some(slug) = &repeated {
            record.error("slug", format!("ente «{slug}» già definito"));
        }
        let body = load_body(loader, record);
        if repeated.is_none() {
            seen.extend(record.opt_text("slug"));
            bodies.extend(body);
        }
    });
    bodies
}

fn load_body(loader: &Loader, record: &Record) -> Option<Body> {
    let slug = record.text("slug");
    let nome = record.text("nome");
    let tipo = record.vocabulary("tipo", BodyKind::from_key, BodyKind::keys);
    let quota = record.opt_text("quota").and_then(|text| {
        Share::parse(&text)
            .map_err(|problem| record.error("quota", problem))
            .ok()
    });
    if tipo.is_some_and(|k| k != BodyKind::EntePubblicoVigilato) && !record.has("quota") {
        record.error(
            "quota",
            "una società o un ente di diritto privato indica la quota della Provincia",
        );
    }
    let funzioni = record.text("funzioni");
    let durata = record.text("durata");
    let onere_annuo = record.amount("onere_annuo");
    let rappresentanti = loader.number(record, "rappresentanti").and_then(|n| {
        u32::try_from(n)
            .map_err(|_| record.error("rappresentanti", "atteso un numero da 0 in su"))
            .ok()
    });
    let mut risultati: Vec<YearResult> = record
        .records("risultati")
        .into_iter()
        .filter_map(|r| {
            let anno = loader.number(&r, "anno");
            let risultato = r.text("risultato").and_then(|text| {
                Amount::parse_signed(&text)
                    .map_err(|err| {
                        r.error(
                            "risultato",
                            format!("{err} (una perdita si scrive con il meno: -1250.00)"),
                        )
                    })
                    .ok()
            });
            r.finish(&["anno", "risultato"]);
            let anno = i32::try_from(anno?).ok()?;
            if anno > i32::from(loader.today.year()) {
                r.error("anno", format!("il bilancio del {anno} non può essere già chiuso"));
            }
            Some(YearResult {
                anno,
                risultato: risultato?,
            })
        })
        .collect();
    risultati.sort_by_key(|r| std::cmp::Reverse(r.anno));
    if risultati.windows(2).any(|pair| pair[0].anno == pair[1].anno) {
        record.error("risultati", "lo stesso anno compare due volte");
    }
    if risultati.len() > YEARS_OF_RESULTS {
        record.error("risultati", format!("al più gli ultimi {YEARS_OF_RESULTS} esercizi"));
    }
    let sito = record.text("sito");
    if sito.as_deref().is_some_and(|s| !is_https_url(s)) {
        record.error("sito", "atteso un indirizzo che inizia con https://");
    }
    record.finish(&FIELDS);
    let slug = slug?;
    if let Some(problem) = slug::problem(&slug) {
        record.error("slug", problem);
        return None;
    }
    Some(Body {
        slug,
        nome: nome?,
        tipo: tipo?,
        quota,
        funzioni: funzioni?,
        durata: durata?,
        onere_annuo: onere_annuo?,
        rappresentanti: rappresentanti?,
        risultati,
        sito: sito?,
    })
}
