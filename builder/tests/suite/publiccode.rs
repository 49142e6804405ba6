//! publiccode.yml at the repository root meets the standard's mandatory
//! keys and value lists (R.SI.2.2), and the check names each problem.

use site_builder::publiccode::check;
use std::path::Path;

fn project_license() -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let cargo = std::fs::read_to_string(root.join("../Cargo.toml")).unwrap();
    let line = cargo
        .lines()
        .find(|l| l.starts_with("license"))
        .expect("license in Cargo.toml");
    line.split('"').nth(1).unwrap().to_string()
}

#[test]
fn the_repository_publiccode_yml_is_valid() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(root.join("../publiccode.yml")).expect("publiccode.yml at the root");
    assert_eq!(check(&text, &project_license()), Vec::<String>::new());
}

#[test]
fn every_problem_of_a_broken_file_is_named_with_line_and_key() {
    let broken = "\
publiccodeYmlVersion: \"0.5\"
name: Sito
url: \"http://example.org/sito.git\"
platforms: [web, frigorifero]
categories: [website-builder, siti]
developmentStatus: finito
softwareType: \"standalone/web\"
description:
  it:
    shortDescription: \"Breve.\"
    longDescription: \"Troppo corta.\"
legal:
  license: MIT
maintenance:
  type: internal
localisation:
  availableLanguages: [it]
it:
  riuso:
    codiceIPA: p_sp
";
    let problems = check(broken, "EUPL-1.2");
    let expected = [
        "3: `url`: atteso l'indirizzo https:// del repository",
        "4: `platforms[1]`: «frigorifero» non è tra i valori dello standard",
        "5: `categories[1]`: «siti» non è tra i valori dello standard",
        "6: `developmentStatus`: «finito» non ammesso",
        "13: `legal/license`: «MIT» non è la licenza del progetto (Cargo.toml: EUPL-1.2)",
        "1: `maintenance/contacts`: obbligatorio con maintenance/type internal o community",
        "11: `description/it/longDescription`: da 150 a 10.000 caratteri (ne ha 13)",
        "10: `description/it/features`: attesa almeno una funzionalità",
        "1: `localisation/localisationReady`: campo obbligatorio mancante",
        "1: `publiccodeYmlVersion`: «0.5»: scrivi \"0\"",
        "19: `it`: la chiave dell'estensione italiana è «IT»",
        "20: `IT/riuso/codiceIPA`: deprecato",
        "1: `organisation/uri`: campo obbligatorio mancante",
    ];
    for wanted in expected {
        assert!(
            problems.iter().any(|p| p.starts_with(wanted)),
            "missing: {wanted}\n{problems:#?}"
        );
    }
    assert_eq!(problems.len(), expected.len(), "{problems:#?}");
}
