//! content/organi.yaml (the organs of government) and content/persone/{slug}.yaml
//! (one person each: politico or personale amministrativo). A role names an
//! organ of organi.yaml or an office of uffici.yaml; the organs' members are
//! read from the roles (model::people::members_of), never written twice.

use super::attachments::{attachments, image};
use super::files::files_in;
use super::pages::markdown_field;
use super::Loader;
use crate::record::Record;
use provincia_sito::model::endpoint::API_VERSION;
use provincia_sito::model::people::{members_of, period_problem, Organ, OrganRef, Person, PersonKind, Role};
use provincia_sito::model::sittings::{parse_time, Sitting};
use provincia_sito::model::slug;
use std::path::Path;

const PERSON_FIELDS: [&str; 9] = [
    "nome",
    "tipo",
    "ruoli",
    "deleghe",
    "contatti",
    "foto",
    "biografia",
    "documenti",
    "argomenti",
];

/// The organs without their members (filled in by [`attach_members`]).
pub fn load_organs(loader: &mut Loader) -> Vec<Organ> {
    let mut organs: Vec<Organ> = Vec::new();
    loader.each_listed("organi.yaml", "organi", |loader, record| {
        let slug = record.text("slug");
        let nome = record.text("nome");
        let descrizione = record.text("descrizione");
        let corpo_html = markdown_field(loader, record, "competenze");
        if !record.has("competenze") {
            record.text("competenze");
        }
        let sedute = sittings(loader, record);
        record.finish(&["slug", "nome", "descrizione", "competenze", "sedute"]);
        let (Some(slug), Some(nome), Some(descrizione)) = (slug, nome, descrizione) else {
            return;
        };
        if let Some(problem) = slug::problem(&slug) {
            record.error("slug", problem);
            return;
        }
        if organs.iter().any(|o| o.slug == slug) {
            record.error("slug", format!("organo «{slug}» già definito"));
            return;
        }
        organs.push(Organ {
            slug,
            nome,
            descrizione,
            corpo_html,
            membri: Vec::new(),
            sedute,
        });
    });
    organs
}

/// An organ's sittings: date, time, place, agenda, papers. Two sittings of
/// one organ never share date and time.
fn sittings(loader: &mut Loader, organ: &Record) -> Vec<Sitting> {
    let mut list: Vec<Sitting> = Vec::new();
    for record in organ.records("sedute") {
        let data = record.date("data");
        let ora = record.text("ora").and_then(|text| {
            let time = parse_time(&text);
            if time.is_none() {
                record.error(
                    "ora",
                    format!("«{text}» non è un orario: scrivi ore e minuti, per esempio 15:00"),
                );
            }
            time
        });
        let luogo = record.text("luogo");
        let ordine_del_giorno: Vec<String> = record
            .texts("ordine_del_giorno")
            .into_iter()
            .map(|(item, _)| item)
            .collect();
        if ordine_del_giorno.is_empty() {
            record.error("ordine_del_giorno", "indica almeno un punto all'ordine del giorno");
        }
        let documenti = attachments(loader, &record, "documenti");
        record.finish(&["data", "ora", "luogo", "ordine_del_giorno", "documenti"]);
        let (Some(data), Some(ora), Some(luogo)) = (data, ora, luogo) else {
            continue;
        };
        if list.iter().any(|s| s.data == data && s.ora == ora) {
            record.error("data", format!("c'è già una seduta il {} alle {ora}", data.italian()));
            continue;
        }
        list.push(Sitting {
            svolta: data < loader.today,
            data,
            ora,
            luogo,
            ordine_del_giorno,
            documenti,
        });
    }
    list
}

/// Everyone in content/persone, by name.
pub fn load_people(loader: &mut Loader, organs: &[Organ]) -> Vec<Person> {
    let mut people: Vec<Person> = files_in(&loader.content.join("persone"), "yaml")
        .into_iter()
        .filter_map(|path| {
            let person = load_person(loader, organs, &path)?;
            Some(Person {
                modifiche: loader.history_of(&path),
                ..person
            })
        })
        .collect();
    people.sort_by(|a, b| a.nome.cmp(&b.nome));
    people
}

/// Each organ's members, from the people's roles.
pub fn attach_members(organs: &mut [Organ], people: &[Person], loader: &Loader) {
    for organ in organs {
        organ.membri = members_of(&organ.slug, people, loader.today);
    }
}

fn load_person(loader: &mut Loader, organs: &[Organ], path: &Path) -> Option<Person> {
    let (file, tree, slug, valid_slug) = loader.read_named_yaml(path)?;
    let report = loader.report;
    let record = Record::new(report, &file, &tree, 0, "")?;
    let nome = record.text("nome");
    let tipo = record.vocabulary("tipo", PersonKind::from_key, PersonKind::keys);
    let mut ruoli: Vec<Role> = record
        .records("ruoli")
        .into_iter()
        .filter_map(|r| role(loader, organs, tipo, &r))
        .collect();
    if !record.has("ruoli") {
        record.error("ruoli", "indica almeno un ruolo, con la data d'inizio");
    }
    ruoli.sort_by_key(|role| std::cmp::Reverse(role.dal));
    let deleghe = record.texts("deleghe").into_iter().map(|(d, _)| d).collect();
    let contatti = loader.office(&record, "contatti");
    let foto = image(loader, &record, "foto");
    let biografia_html = markdown_field(loader, &record, "biografia");
    let documenti = attachments(loader, &record, "documenti");
    let argomenti = loader.topic_refs(&record, "argomenti");
    record.finish(&PERSON_FIELDS);
    let (nome, tipo) = (nome?, tipo?);
    if !valid_slug {
        return None;
    }
    let in_carica = ruoli.iter().any(|r| r.is_current(loader.today));
    Some(Person {
        versione: API_VERSION,
        slug,
        tipo,
        nome,
        ruoli,
        deleghe,
        contatti,
        foto,
        biografia_html,
        documenti,
        argomenti,
        in_carica,
        modifiche: Vec::new(),
    })
}

/// A role: in an organ for a politico, in an office for the staff.
fn role(loader: &Loader, organs: &[Organ], kind: Option<PersonKind>, record: &Record) -> Option<Role> {
    let ruolo = record.text("ruolo");
    let organo = record.opt_text("organo").and_then(|slug| {
        let found = organs.iter().find(|o| o.slug == slug);
        if found.is_none() {
            let known: Vec<&str> = organs.iter().map(|o| o.slug.as_str()).collect();
            record.error(
                "organo",
                format!(
                    "organo sconosciuto «{slug}»: ammessi quelli di content/organi.yaml ({})",
                    known.join(", ")
                ),
            );
        }
        found.map(|o| OrganRef {
            slug: o.slug.clone(),
            nome: o.nome.clone(),
        })
    });
    let ufficio = loader.office(record, "ufficio").map(|o| o.reference());
    let dal = record.date("dal");
    let al = record.opt_date("al");
    record.finish(&["ruolo", "organo", "ufficio", "dal", "al"]);
    match kind {
        Some(PersonKind::Politico) if !record.has("organo") => {
            record.error("organo", "il ruolo di un politico indica il suo organo di governo");
        }
        Some(PersonKind::Personale) if !record.has("ufficio") => {
            record.error("ufficio", "il ruolo del personale indica il suo ufficio");
        }
        _ => {}
    }
    let dal = dal?;
    if let Some(problem) = period_problem(dal, al) {
        record.error("al", problem);
    }
    Some(Role {
        ruolo: ruolo?,
        organo,
        ufficio,
        dal,
        al,
    })
}
