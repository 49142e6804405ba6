//! content/uffici.yaml: the offices news items name as responsible, with
//! how to reach them. Optional: a site without it names no office.

use super::Loader;
use crate::markdown::is_valid_email;
use provincia_sito::model::address::{PostalAddress, ADDRESS_SHAPE};
use provincia_sito::model::content::Office;
use provincia_sito::model::slug;

/// The offices in file order, each with its slug.
pub fn load(loader: &mut Loader) -> Vec<(String, Office)> {
    let mut list = Vec::new();
    loader.each_listed("uffici.yaml", "uffici", |loader, record| {
        let slug = record.text("slug");
        let nome = record.text("nome");
        let email = record.opt_text("email");
        let telefono = record.opt_text("telefono");
        let indirizzo = record.opt_text("indirizzo");
        let orari = record.opt_text("orari");
        record.finish(&["slug", "nome", "email", "telefono", "indirizzo", "orari"]);
        // Service pages give this address to the model's metadata, in parts.
        if indirizzo.as_deref().is_some_and(|a| PostalAddress::parse(a).is_none()) {
            record.error("indirizzo", ADDRESS_SHAPE);
        }
        if email.as_deref().is_some_and(|e| !is_valid_email(e)) {
            record.error("email", "indirizzo e-mail non valido: atteso nome@dominio.it");
        }
        if telefono
            .as_deref()
            .is_some_and(|t| !t.chars().all(|c| c.is_ascii_digit() || c == ' ' || c == '+'))
        {
            record.error(
                "telefono",
                "numero non valido: attese solo cifre, spazi e il prefisso +39",
            );
        }
        let (Some(slug), Some(nome)) = (slug, nome) else {
            return;
        };
        if let Some(problem) = slug::problem(&slug) {
            record.error("slug", problem);
            return;
        }
        match loader.offices.entry(slug) {
            std::collections::btree_map::Entry::Occupied(taken) => {
                record.error("slug", format!("ufficio «{}» già definito", taken.key()));
            }
            std::collections::btree_map::Entry::Vacant(free) => {
                let slug = free.key().clone();
                let office = Office {
                    nome,
                    email,
                    telefono,
                    indirizzo,
                    orari,
                };
                list.push((slug, office.clone()));
                free.insert(office);
            }
        }
    });
    list
}
