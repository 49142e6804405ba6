//! Reads and validates the site configuration before anything is compiled, so
//! a mistake in `content/sito.toml` stops the build with file, line, field and
//! what was expected. The validated configuration reaches the app as JSON.
//! `SITE_CONFIG=path/to/other.toml` builds the site for another ente.

#[allow(dead_code)]
#[path = "src/model/address.rs"]
mod address;
#[allow(dead_code)]
#[path = "src/model/config.rs"]
mod config;
#[allow(dead_code)]
#[path = "src/model/config_toml.rs"]
mod config_toml;
#[allow(dead_code)]
#[path = "src/model/control_chars.rs"]
mod control_chars;
#[allow(dead_code)]
#[path = "src/model/problem.rs"]
mod problem;
#[allow(dead_code)]
#[path = "src/model/site_map.rs"]
mod site_map;
#[allow(dead_code)]
#[path = "src/model/url_template.rs"]
mod url_template;

use std::path::PathBuf;
use std::{env, fs, process};

fn main() {
    for shared in [
        "src/model/address.rs",
        "src/model/config.rs",
        "src/model/config_toml.rs",
        "src/model/control_chars.rs",
        "src/model/problem.rs",
        "src/model/site_map.rs",
        "src/model/url_template.rs",
    ] {
        println!("cargo:rerun-if-changed={shared}");
    }
    println!("cargo:rerun-if-env-changed=SITE_CONFIG");
    let manifest_dir = PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let name = config_toml::site_config_file(std::path::Path::new("content"))
        .display()
        .to_string();
    let path = manifest_dir.join(&name);
    println!("cargo:rerun-if-changed={}", path.display());

    let source = fs::read_to_string(&path).unwrap_or_else(|err| {
        eprintln!("errore: {name}: impossibile leggere la configurazione del sito ({err}).");
        eprintln!("        Serve un file TOML come content/sito.toml; SITE_CONFIG può indicarne un altro.");
        process::exit(1);
    });
    let config = config_toml::parse_site_config(&name, &source, &site_map::known_paths()).unwrap_or_else(|problems| {
        eprintln!(
            "errore: la configurazione del sito contiene {} problemi:",
            problems.len()
        );
        for problem in &problems {
            eprintln!("  {problem}");
        }
        process::exit(1);
    });
    let json = serde_json::to_string(&config).expect("a validated configuration serialises");
    let out = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("site.json");
    fs::write(&out, json).unwrap_or_else(|err| {
        eprintln!("errore: impossibile scrivere {}: {err}", out.display());
        process::exit(1);
    });
}
