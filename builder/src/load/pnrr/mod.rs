//! content/pnrr/misure.yaml and content/pnrr/progetti/{CUP}.yaml, with the
//! Italia Domani field names and the checks a journalist would make: codes
//! in their official format, amounts that add up, dates in order, a source
//! and a check date for every figure.

mod closing;
mod parts;

use super::attachments::attachments;
use super::files::files_in;
use super::geodata::Area;
use super::pages::markdown_field;
use super::Loader;
use crate::record::Record;
use parts::{
    acts, check_date_order, check_not_future, keyed, milestones, other_funding, payments, source, tax_code, tenders,
};
use provincia_sito::model::pnrr::{is_valid_cup, ActKind, Measure, Project, ProjectStatus, Tender};
use provincia_sito::model::slug;
use provincia_sito::model::territory::Comune;
use provincia_sito::model::Amount;
use std::path::Path;

const MEASURE_FIELDS: [&str; 7] = [
    "slug",
    "codice",
    "missione",
    "componente",
    "titolo",
    "descrizione",
    "amministrazione_titolare",
];

/// Slugs that would collide with the section's own addresses.
const RESERVED_SLUGS: [&str; 2] = ["progetti", "dati"];

const PROJECT_FIELDS: [&str; 30] = [
    "cup",
    "codice_locale_progetto",
    "titolo_progetto",
    "sintesi_progetto",
    "misura",
    "soggetto_attuatore",
    "codice_fiscale_soggetto_attuatore",
    "finanziamento_pnrr",
    "altri_finanziamenti",
    "finanziamento_totale",
    "data_inizio_prevista",
    "data_fine_prevista",
    "data_inizio_effettiva",
    "data_fine_effettiva",
    "stato",
    "fonte",
    "spiegazione_eccedenza",
    "atti",
    "gare",
    "traguardi",
    "pagamenti",
    "dnsh",
    "argomenti",
    "descrizione",
    "localizzazioni",
    "indicatori",
    "iter",
    "collaudo",
    "data_rendicontazione",
    "data_estrazione_regis",
];

/// What a project is checked against: the measures, the province's
/// Comuni and area, and the tenders of the projects read before it.
struct Known<'a> {
    measures: &'a [Measure],
    comuni: &'a [Comune],
    area: Area,
    tenders: Vec<(String, Tender)>,
}

pub fn load(loader: &mut Loader, comuni: &[Comune], area: Area) -> (Vec<Measure>, Vec<Project>) {
    let measures = load_measures(loader);
    let mut known = Known {
        measures: &measures,
        comuni,
        area,
        tenders: Vec::new(),
    };
    let mut projects: Vec<Project> = Vec::new();
    for path in files_in(&loader.content.join("pnrr").join("progetti"), "yaml") {
        if let Some(project) = load_project(loader, &known, &path) {
            known
                .tenders
                .extend(project.gare.iter().map(|g| (project.cup.clone(), g.clone())));
            projects.push(project);
        }
    }
    link_shared_tenders(&mut projects);
    (measures, projects)
}

/// A tender written in several projects names the others (CUP–CIG is many
/// to many).
fn link_shared_tenders(projects: &mut [Project]) {
    let pairs: Vec<(String, String)> = projects
        .iter()
        .flat_map(|p| p.gare.iter().map(|g| (g.cig.clone(), p.cup.clone())))
        .collect();
    for project in projects.iter_mut() {
        for tender in &mut project.gare {
            tender.altri_cup = pairs
                .iter()
                .filter(|(cig, cup)| *cig == tender.cig && *cup != project.cup)
                .map(|(_, cup)| cup.clone())
                .collect();
        }
    }
}

fn load_measures(loader: &Loader) -> Vec<Measure> {
    let path = loader.content.join("pnrr").join("misure.yaml");
    let Some((file, tree)) = loader.read_yaml(&path) else {
        return Vec::new();
    };
    let Some(root) = Record::new(loader.report, &file, &tree, 0, "") else {
        return Vec::new();
    };
    let mut measures: Vec<Measure> = Vec::new();
    for record in root.records("misure") {
        let fields: Vec<Option<String>> = MEASURE_FIELDS.iter().map(|key| record.text(key)).collect();
        record.finish(&MEASURE_FIELDS);
        let Some(values) = fields.into_iter().collect::<Option<Vec<String>>>() else {
            continue;
        };
        let [slug, codice, missione, componente, titolo, descrizione, amministrazione_titolare]: [String; 7] =
            values.try_into().expect("seven fields");
        if let Some(problem) = slug::problem(&slug) {
            record.error("slug", problem);
        } else if RESERVED_SLUGS.contains(&slug.as_str()) {
            record.error(
                "slug",
                format!("«{slug}» è riservato: /pnrr/progetti e /pnrr/dati sono già indirizzi del sito"),
            );
        } else if measures.iter().any(|m| m.slug == slug) {
            record.error("slug", format!("misura «{slug}» già definita"));
        }
        if !codice.starts_with('M') || !codice[1..].starts_with(|c: char| c.is_ascii_digit()) {
            record.error(
                "codice",
                format!("codice univoco misura «{codice}» non valido: atteso come M1C1I1.2"),
            );
        }
        measures.push(Measure {
            slug,
            codice,
            missione,
            componente,
            titolo,
            descrizione,
            amministrazione_titolare,
        });
    }
    root.finish(&["misure"]);
    measures
}

fn load_project(loader: &mut Loader, known: &Known, path: &Path) -> Option<Project> {
    let measures = known.measures;
    let (file, tree) = loader.read_yaml(path)?;
    let report = loader.report;
    let record = Record::new(report, &file, &tree, 0, "")?;
    let today = loader.today;
    let stem = path.file_stem()?.to_string_lossy().to_string();
    let cup = record.text("cup");
    if let Some(cup) = &cup {
        if !is_valid_cup(cup) {
            record.error(
                "cup",
                format!("CUP «{cup}» non valido: attesi 15 caratteri maiuscoli come J41C22000390006"),
            );
        } else if *cup != stem {
            record.error(
                "cup",
                format!("il file si chiama «{stem}.yaml» ma il CUP è «{cup}»: il nome del file deve essere il CUP"),
            );
        }
    }
    let misura = record.text("misura");
    if let Some(slug) = &misura {
        if !measures.iter().any(|m| &m.slug == slug) {
            record.error(
                "misura",
                format!("misura «{slug}» sconosciuta: le misure sono in content/pnrr/misure.yaml"),
            );
        }
    }
    let tax_code = tax_code(&record, "codice_fiscale_soggetto_attuatore");
    let fonte = source(&record, today, None);
    let pnrr = record.amount("finanziamento_pnrr");
    let altri = other_funding(&record);
    let total = record.amount("finanziamento_totale");
    if let (Some(pnrr), Some(altri), Some(total)) = (pnrr, &altri, total) {
        let sum = Amount::sum([pnrr].into_iter().chain(altri.iter().map(|a| a.importo)));
        if pnrr > total {
            record.error(
                "finanziamento_pnrr",
                format!(
                    "la quota PNRR ({}) supera il finanziamento totale ({})",
                    pnrr.italian(),
                    total.italian()
                ),
            );
        } else if sum != total {
            record.error(
                "finanziamento_totale",
                format!(
                    "atteso {} (finanziamento PNRR più altri finanziamenti), trovato {}",
                    sum.italian(),
                    total.italian()
                ),
            );
        }
    }
    let start = record.date("data_inizio_prevista");
    let end = record.date("data_fine_prevista");
    check_date_order(
        &record,
        start,
        end,
        "data_fine_prevista",
        "la fine prevista precede l'inizio previsto",
    );
    let actual_start = record.opt_date("data_inizio_effettiva");
    let actual_end = record.opt_date("data_fine_effettiva");
    check_date_order(
        &record,
        actual_start,
        actual_end,
        "data_fine_effettiva",
        "la fine effettiva precede l'inizio effettivo",
    );
    check_not_future(&record, "data_inizio_effettiva", actual_start, today);
    check_not_future(&record, "data_fine_effettiva", actual_end, today);
    let stato = keyed(&record, "stato", ProjectStatus::from_key, ProjectStatus::keys);
    match stato {
        Some(status) if status.is_finished() && actual_end.is_none() => record.error(
            "data_fine_effettiva",
            format!("un progetto «{}» deve avere la data di fine effettiva", status.key()),
        ),
        Some(ProjectStatus::DaAvviare) if actual_start.is_some() => record.error(
            "stato",
            "il progetto ha una data di inizio effettiva: lo stato non può essere «da-avviare»",
        ),
        _ => {}
    }
    let fallback = fonte.as_ref();
    let atti = acts(loader, &record, today);
    if let Some(list) = &atti {
        if !list
            .iter()
            .any(|a| matches!(a.tipologia, ActKind::Avviso | ActKind::DecretoFinanziamento))
        {
            record.error(
                "atti",
                "manca l'atto di assegnazione: serve almeno un atto di tipologia «avviso» o «decreto-finanziamento»",
            );
        }
    }
    let gare = tenders(&record, today, fallback, &known.tenders);
    let traguardi = milestones(&record, today, fallback);
    let pagamenti = payments(&record, today, fallback);
    let explanation = record.opt_text("spiegazione_eccedenza");
    // The excess is computed on the page from the figures; an amount
    // written in the reason would be a second copy that can disagree.
    if explanation.as_deref().is_some_and(mentions_an_amount) {
        loader.warnings.add(
            record.file(),
            record.line_of("spiegazione_eccedenza"),
            "spiegazione_eccedenza",
            "la spiegazione contiene un importo: il sito calcola da sé di quanto gare e pagamenti superano il finanziamento; scrivi solo il motivo",
        );
    }
    if explanation.is_none() {
        if let (Some(total), Some(gare)) = (total, &gare) {
            let awarded = Amount::sum(gare.iter().map(|g| g.importo_aggiudicazione));
            if awarded > total {
                record.error(
                    "gare",
                    format!(
                        "le gare aggiudicate ({}) superano il finanziamento totale ({}): correggi gli importi o spiega il motivo in «spiegazione_eccedenza»",
                        awarded.italian(),
                        total.italian()
                    ),
                );
            }
        }
        if let (Some(pnrr), Some(pagamenti)) = (pnrr, &pagamenti) {
            let received = Amount::sum(pagamenti.iter().map(|p| p.importo));
            if received > pnrr {
                record.error(
                    "pagamenti",
                    format!(
                        "i pagamenti ricevuti ({}) superano il finanziamento PNRR ({}): correggi gli importi o spiega il motivo in «spiegazione_eccedenza»",
                        received.italian(),
                        pnrr.italian()
                    ),
                );
            }
        }
    }
    let localizzazioni = closing::locations(&record, known.comuni, known.area);
    let indicatori = closing::indicators(&record, today);
    let iter = closing::phases(&record, today);
    let final_status = closing::final_status(loader, &record, stato, actual_end, today);
    // The certificate among the acts and the status must say the same.
    if stato.is_some_and(|s| !s.is_accepted()) && record.has("atti") {
        let certified = record
            .records("atti")
            .iter()
            .any(|act| act.opt_text("tipologia").as_deref() == Some(ActKind::Collaudo.key()));
        if certified {
            loader.warnings.add(
                record.file(),
                record.line_of("stato"),
                "stato",
                "tra gli atti c'è il certificato di collaudo o di regolare esecuzione: lo stato va aggiornato a «collaudato» e il collaudo indicato (collaudo: {data, certificato})",
            );
        }
    }
    let dnsh = attachments(loader, &record, "dnsh");
    let argomenti = loader.topic_refs(&record, "argomenti");
    let descrizione_html = markdown_field(loader, &record, "descrizione");
    let codice_locale = record.text("codice_locale_progetto");
    let titolo = record.text("titolo_progetto");
    let sintesi = record.text("sintesi_progetto");
    let attuatore = record.text("soggetto_attuatore");
    record.finish(&PROJECT_FIELDS);
    Some(Project {
        cup: cup?,
        codice_locale_progetto: codice_locale?,
        titolo_progetto: titolo?,
        sintesi_progetto: sintesi?,
        misura: misura?,
        soggetto_attuatore: attuatore?,
        codice_fiscale_soggetto_attuatore: tax_code?,
        finanziamento_pnrr: pnrr?,
        altri_finanziamenti: altri?,
        finanziamento_totale: total?,
        data_inizio_prevista: start?,
        data_fine_prevista: end?,
        data_inizio_effettiva: actual_start,
        data_fine_effettiva: actual_end,
        stato: stato?,
        fonte: fonte?,
        spiegazione_eccedenza: explanation,
        atti: atti?,
        gare: gare?,
        traguardi: traguardi?,
        pagamenti: pagamenti?,
        dnsh,
        argomenti,
        descrizione_html,
        edifici: Vec::new(),
        localizzazioni: localizzazioni?,
        indicatori: indicatori?,
        iter: iter?,
        collaudo: final_status.as_ref()?.collaudo.clone(),
        data_rendicontazione: final_status.as_ref()?.data_rendicontazione,
        data_estrazione_regis: final_status?.data_estrazione_regis,
    })
}

/// Whether a text writes an amount of money ("96.000,00 euro", "€ 1.200").
fn mentions_an_amount(text: &str) -> bool {
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    let is_number = |w: &str| {
        let w = w.trim_matches(|c: char| !c.is_ascii_digit());
        w.len() >= 3 && w.chars().all(|c| c.is_ascii_digit() || c == '.' || c == ',')
    };
    words.windows(2).any(|pair| {
        (is_number(pair[0]) && (pair[1].starts_with("euro") || pair[1].starts_with('€')))
            || ((pair[0] == "€" || pair[0] == "euro") && is_number(pair[1]))
    }) || words.iter().any(|w| w.ends_with('€') && is_number(w))
}

#[cfg(test)]
mod amount_tests {
    #[test]
    fn amounts_in_prose_are_found() {
        assert!(super::mentions_an_amount("supera di 96.000,00 euro il finanziamento"));
        assert!(super::mentions_an_amount("una quota di € 1.200 in più"));
        assert!(super::mentions_an_amount("pari a 5.000€ circa"));
        assert!(!super::mentions_an_amount(
            "coperta dal Fondo opere indifferibili (decreto del 2023)"
        ));
    }
}
