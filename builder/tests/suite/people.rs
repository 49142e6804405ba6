//! People and organs are checked at build time: a role names an organ or an
//! office that exists, a mandate does not end before it starts, a politico's
//! role names its organ, nobody is published without a role, and no private
//! contact field is accepted. The fixture's `persona-buona` must pass.

use crate::common::{assert_exactly_reported, problems_of};

#[test]
fn each_broken_person_and_organ_is_reported_with_file_line_and_field() {
    let problems = problems_of("tests/fixtures/persone-errate");
    let at = |file: &str, rest: &str| format!("persone-errate/{file}{rest}");
    let expected = [
        at("organi.yaml", ":6: campo `organi[1].slug`: organo «consiglio» già definito"),
        at("persone/persona-sbagliata.yaml", ":2: campo `tipo`: «assessore» sconosciuto: ammessi politico, personale"),
        at(
            "persone/persona-sbagliata.yaml",
            ":5: campo `ruoli[0].organo`: organo sconosciuto «giunta»: ammessi quelli di content/organi.yaml (consiglio)",
        ),
        at(
            "persone/persona-sbagliata.yaml",
            ":7: campo `ruoli[0].al`: il mandato finisce (1 gennaio 2023) prima di cominciare (7 ottobre 2024)",
        ),
        at("persone/persona-sbagliata.yaml", ":9: campo `ruoli[1].ufficio`: ufficio sconosciuto «protocollo»"),
        at("persone/persona-sbagliata.yaml", ":11: campo `contatti`: ufficio sconosciuto «ufficio-privato»"),
        at("persone/persona-sbagliata.yaml", ":12: campo `telefono_cellulare`"),
        at(
            "persone/politico-senza-organo.yaml",
            ":4: campo `ruoli[0].organo`: il ruolo di un politico indica il suo organo di governo",
        ),
        at("persone/politico-senza-organo.yaml", ":7: campo `foto.file`"),
        at(
            "persone/senza-ruoli.yaml",
            ":1: campo `ruoli`: indica almeno un ruolo, con la data d'inizio",
        ),
    ];
    assert_exactly_reported(&problems, &expected);
}
