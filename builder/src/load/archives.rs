//! content/archivi/{slug}.yaml: one digitised archive each. The remote
//! search address comes from the site configuration (`[[archivi]]` in
//! sito.toml); its placeholders must be the archive's search fields.

use super::files::files_in;
use super::pages::markdown_field;
use super::Loader;
use crate::record::Record;
use provincia_sito::model::archives::{
    Access, Archive, ArchiveStatus, Audience, FieldKind, RemoteSearch, SearchField, Years,
};
use provincia_sito::model::config::is_https_url;
use provincia_sito::model::endpoint::API_VERSION;
use provincia_sito::model::url_template::template_placeholders;
use std::path::Path;

const FIELDS: [&str; 15] = [
    "titolo",
    "descrizione",
    "stato",
    "messaggio_stato",
    "contenuto",
    "tipi_documento",
    "anni",
    "fascicoli",
    "accesso",
    "come_cercare",
    "campi",
    "richiesta",
    "ufficio",
    "argomenti",
    "aggiornato",
];

pub fn load(loader: &mut Loader) -> Vec<Archive> {
    let mut archives = Vec::new();
    for path in files_in(&loader.content.join("archivi"), "yaml") {
        if let Some(archive) = load_archive(loader, &path) {
            archives.push(Archive {
                modifiche: loader.history_of(&path),
                ..archive
            });
        }
    }
    let folder = loader.content.join("archivi");
    for (i, remote) in loader.remote_archives.iter().enumerate() {
        if !folder.join(format!("{}.yaml", remote.archivio)).is_file() {
            loader.report.add(
                &loader.config_file,
                0,
                &format!("archivi[{i}].archivio"),
                format!("nessun archivio «{}» in content/archivi", remote.archivio),
            );
        }
    }
    archives
}

fn load_archive(loader: &mut Loader, path: &Path) -> Option<Archive> {
    let (file, tree, slug, _) = loader.read_named_yaml(path)?;
    let report = loader.report;
    let record = Record::new(report, &file, &tree, 0, "")?;
    let titolo = record.text("titolo");
    let descrizione = record.text("descrizione");
    let stato = record.vocabulary("stato", ArchiveStatus::from_key, ArchiveStatus::keys);
    let messaggio_stato = record.opt_text("messaggio_stato");
    if stato.is_some_and(|s| s != ArchiveStatus::Attivo) && messaggio_stato.is_none() {
        record.error(
            "messaggio_stato",
            "un archivio non consultabile deve dire perché e quando tornerà disponibile",
        );
    }
    let contenuto_html = markdown_field(loader, &record, "contenuto");
    if !record.has("contenuto") {
        record.text("contenuto");
    }
    let tipi_documento: Vec<String> = record.texts("tipi_documento").into_iter().map(|(t, _)| t).collect();
    if tipi_documento.is_empty() {
        record.error("tipi_documento", "indica almeno un tipo di documento");
    }
    let anni = record.record("anni").and_then(|r| {
        let (dal, al) = (loader.number(&r, "dal"), loader.number(&r, "al"));
        r.finish(&["dal", "al"]);
        let (dal, al) = (dal? as i32, al? as i32);
        if dal > al || al > i32::from(loader.today.year()) {
            r.error(
                "al",
                format!("anni non validi: dal {dal} al {al} (l'ultimo non può superare l'anno in corso)"),
            );
        }
        Some(Years { dal, al })
    });
    if !record.has("anni") {
        record.text("anni");
    }
    let fascicoli = loader.number(&record, "fascicoli").and_then(|n| u32::try_from(n).ok());
    let accesso: Vec<Access> = record
        .records("accesso")
        .into_iter()
        .filter_map(|r| {
            let chi = r.vocabulary("chi", Audience::from_key, Audience::keys);
            let cosa = r.text("cosa");
            r.finish(&["chi", "cosa"]);
            Some(Access { chi: chi?, cosa: cosa? })
        })
        .collect();
    if !record.has("accesso") {
        record.error("accesso", "indica chi può consultare che cosa");
    }
    let come_cercare_html = markdown_field(loader, &record, "come_cercare");
    let campi = search_fields(&record);
    let richiesta = record.text("richiesta");
    if let Some(target) = &richiesta {
        if target.starts_with('/') {
            loader.links.push(super::LinkUse {
                file: file.clone(),
                line: record.line_of("richiesta"),
                field: "richiesta".into(),
                target: target.clone(),
            });
        } else if !is_https_url(target) {
            record.error("richiesta", "atteso un percorso del sito (/…) o un indirizzo https://");
        }
    }
    let ufficio = loader.required_office(&record, "ufficio");
    let argomenti = loader.topic_refs(&record, "argomenti");
    record.opt_date("aggiornato");
    record.finish(&FIELDS);

    let remote = loader.remote_archives.iter().find(|r| r.archivio == slug);
    let ricerca = match (remote, campi.is_empty()) {
        (Some(remote), false) => {
            match template_placeholders(&remote.ricerca) {
                Ok(names) => {
                    for field in &campi {
                        if !names.contains(&field.nome) {
                            record.error(
                                "campi",
                                format!(
                                    "il campo «{}» non compare nell'indirizzo di ricerca di sito.toml ({})",
                                    field.nome, remote.ricerca
                                ),
                            );
                        }
                    }
                    for name in names.iter().filter(|n| !campi.iter().any(|f| &f.nome == *n)) {
                        record.error("campi", format!("l'indirizzo di ricerca in sito.toml usa {{{name}}}, che non è un campo di questo archivio"));
                    }
                }
                Err(message) => loader.report.add(
                    &loader.config_file,
                    0,
                    "archivi.ricerca",
                    format!("{}: {message}", remote.ricerca),
                ),
            }
            Some(RemoteSearch {
                modello: remote.ricerca.clone(),
                campi,
            })
        }
        (None, false) => {
            record.error(
                "campi",
                format!("mancano in sito.toml l'indirizzo di ricerca ([[archivi]] con archivio = \"{slug}\")"),
            );
            None
        }
        (_, true) => None,
    };
    let verifica = remote.map(|r| r.verifica.clone()).filter(|v| !v.is_empty());
    Some(Archive {
        versione: API_VERSION,
        slug,
        titolo: titolo?,
        descrizione: descrizione?,
        stato: stato?,
        messaggio_stato,
        contenuto_html,
        tipi_documento,
        anni: anni?,
        fascicoli: fascicoli?,
        accesso,
        come_cercare_html,
        ricerca,
        verifica,
        richiesta: richiesta?,
        ufficio: ufficio?,
        argomenti,
        modifiche: Vec::new(),
    })
}

fn search_fields(record: &Record) -> Vec<SearchField> {
    let mut fields: Vec<SearchField> = Vec::new();
    for r in record.records("campi") {
        let nome = r.text("nome");
        let etichetta = r.text("etichetta");
        let tipo = r.vocabulary("tipo", FieldKind::from_key, FieldKind::keys);
        let obbligatorio = match r.opt_text("obbligatorio").as_deref() {
            None | Some("no") | Some("false") => false,
            Some("sì") | Some("si") | Some("true") => true,
            Some(other) => {
                r.error("obbligatorio", format!("«{other}»: atteso sì oppure no"));
                false
            }
        };
        let aiuto = r.opt_text("aiuto");
        let valori: Vec<String> = r.texts("valori").into_iter().map(|(v, _)| v).collect();
        r.finish(&["nome", "etichetta", "tipo", "obbligatorio", "aiuto", "valori"]);
        let (Some(nome), Some(etichetta), Some(tipo)) = (nome, etichetta, tipo) else {
            continue;
        };
        if !nome.bytes().all(|b| b.is_ascii_lowercase() || b == b'_') {
            r.error(
                "nome",
                "attese solo lettere minuscole (è il segnaposto {nome} dell'indirizzo)",
            );
        }
        if (tipo == FieldKind::Elenco) == valori.is_empty() {
            r.error("valori", "un campo di tipo elenco ha i suoi valori; gli altri tipi no");
        }
        if fields.iter().any(|f| f.nome == nome) {
            r.error("nome", format!("campo «{nome}» ripetuto"));
        }
        fields.push(SearchField {
            nome,
            etichetta,
            tipo,
            obbligatorio,
            aiuto,
            valori,
        });
    }
    fields
}
