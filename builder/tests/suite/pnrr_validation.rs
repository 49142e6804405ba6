//! Every PNRR figure a journalist relies on is checked at build time: codes in
//! their official shape, amounts with two decimals that add up, contracts
//! and payments within the funding unless explained, dates in order. Each
//! fixture file breaks one rule (or none: J…01 and the explained excess of
//! J…02 must pass).

use crate::common::{assert_exactly_reported, problems_of};

#[test]
fn each_bad_code_amount_and_date_is_reported_with_file_line_and_field() {
    let problems = problems_of("tests/fixtures/pnrr-errati");
    let file = |n: &str| format!("pnrr-errati/pnrr/progetti/J41C220000000{n}.yaml");
    let expected = [
        // A CUP of 14 characters.
        "pnrr-errati/pnrr/progetti/J41C2200000003.yaml:1: campo `cup`: CUP «J41C2200000003» non valido: attesi 15 caratteri".to_string(),
        // A CUP that is not the file's name.
        format!("{}:1: campo `cup`: il file si chiama «J41C22000000004.yaml» ma il CUP è «J41C22000000005»", file("04")),
        // A CIG of 9 characters; a wrong check digit.
        format!("{}:26: campo `gare[0].cig`: CIG «9A1B2C3D4» non valido", file("06")),
        format!("{}:31: campo `gare[0].codice_fiscale_aggiudicatario`: codice fiscale «00218930114» non valido", file("06")),
        // A letter in a numeric tax code; a CIG in lower case.
        format!("{}:7: campo `codice_fiscale_soggetto_attuatore`: codice fiscale «0021893011A» non valido", file("07")),
        format!("{}:26: campo `gare[0].cig`: CIG «9a1b2c3d4e» non valido", file("07")),
        // A decimal comma, a negative amount, one decimal.
        format!("{}:8: campo `finanziamento_pnrr`: importo non valido «1000,00»", file("08")),
        format!("{}:11: campo `altri_finanziamenti[0].importo`: importo non valido «-5.00»", file("08")),
        format!("{}:12: campo `finanziamento_totale`: importo non valido «1100.0»", file("08")),
        // PNRR share above the total; parts that do not add up to it.
        format!("{}:8: campo `finanziamento_pnrr`: la quota PNRR (2.000,00 €) supera il finanziamento totale (1.100,00 €)", file("09")),
        format!("{}:12: campo `finanziamento_totale`: atteso 1.100,00 € (finanziamento PNRR più altri finanziamenti), trovato 1.200,00 €", file("10")),
        // Contracts and payments above the funding, unexplained.
        format!("{}:25: campo `gare`: le gare aggiudicate (1.100,01 €) superano il finanziamento totale (1.100,00 €)", file("11")),
        format!("{}:32: campo `pagamenti`: i pagamenti ricevuti (1.000,01 €) superano il finanziamento PNRR (1.000,00 €)", file("12")),
        // A planned start after the planned end; an award in the future.
        format!("{}:14: campo `data_fine_prevista`: la fine prevista precede l'inizio previsto", file("13")),
        format!("{}:28: campo `gare[0].data_aggiudicazione`: la data 1° dicembre 2026 è nel futuro", file("13")),
        // A concluded project without its end date; an act link that is not https.
        format!("{}:1: campo `data_fine_effettiva`: un progetto «concluso» deve avere la data di fine effettiva", file("14")),
        format!("{}:24: campo `atti[0].collegamento`: collegamento «http://www.example.org/avviso» non valido", file("14")),
        // An unknown status; no act that assigned the funding.
        format!("{}:15: campo `stato`: valore «finito» sconosciuto: ammessi da-avviare, in-corso, concluso, collaudato, rendicontato", file("15")),
        format!("{}:19: campo `atti`: manca l'atto di assegnazione", file("15")),
        // The closing phase: a Comune of another province; an achieved value without its date.
        format!("{}:27: campo `localizzazioni[0].istat`: «012001» non è il codice ISTAT di un Comune della provincia", file("16")),
        format!("{}:31: campo `indicatori[0].data_rilevazione`: il valore realizzato non ha la data in cui è stato rilevato", file("16")),
        // Accepted without its collaudo; a phase out of order.
        format!("{}:17: campo `stato`: un progetto collaudato o rendicontato deve indicare il collaudo", file("17")),
        format!("{}:32: campo `iter[1].fase`: fase fuori ordine: «affidamento» viene dopo «esecuzione»", file("17")),
        // A collaudo without its certificate; reported before it was concluded.
        format!("{}:28: campo `collaudo.certificato`: campo obbligatorio mancante", file("18")),
        format!("{}:30: campo `data_rendicontazione`: la rendicontazione precede la conclusione del progetto", file("18")),
        // One tender in two projects, written differently.
        format!("{}:30: campo `gare[0].importo_aggiudicazione`: la gara con CIG 9A1B2C3D4E è anche nel progetto J41C22000000001 con un valore diverso", file("19")),
    ];
    assert_exactly_reported(&problems, &expected);
}
