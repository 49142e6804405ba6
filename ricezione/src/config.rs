//! The service's configuration file (`ricezione.toml`): where it listens,
//! which build it serves, which database, the rate limit and the mail relay.
//! A mistake stops the start with file, line and field, like the build.

use provincia_sito::model::config_toml::{line_of_field, toml_problem};
use provincia_sito::model::problem::ContentProblem;
use serde::Deserialize;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    ascolta: String,
    sito: String,
    database: DatabaseFile,
    #[serde(default)]
    limiti: Limits,
    #[serde(default)]
    posta: Option<MailFile>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct DatabaseFile {
    tipo: String,
    #[serde(default)]
    cartella: String,
    #[serde(default)]
    indirizzo: String,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct MailFile {
    server: String,
    mittente: String,
}

/// Per client (one address, hashed): requests a minute, with a burst of as
/// many at once.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Limits {
    #[serde(default = "default_per_minute")]
    pub richieste_al_minuto: u32,
}

fn default_per_minute() -> u32 {
    20
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            richieste_al_minuto: default_per_minute(),
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Database {
    /// The folder of `ricezione.sqlite`.
    Sqlite(PathBuf),
    /// A libpq connection string or URL.
    Postgres(String),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Mail {
    pub host: String,
    pub port: u16,
    pub sender: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Config {
    pub listen: SocketAddr,
    /// The build's dist/ folder.
    pub site: PathBuf,
    pub database: Database,
    pub limits: Limits,
    pub mail: Option<Mail>,
}

/// Reads and checks the file; every problem at once.
pub fn load(path: &Path) -> Result<Config, Vec<ContentProblem>> {
    let name = path.display().to_string();
    let source = std::fs::read_to_string(path).map_err(|e| {
        vec![ContentProblem {
            file: name.clone(),
            line: 0,
            field: "(file)".into(),
            message: format!("non si legge: {e}"),
        }]
    })?;
    let base = path.parent().unwrap_or(Path::new("."));
    parse(&name, &source, base)
}

/// `base`: the folder relative paths start from (the file's own).
pub fn parse(name: &str, source: &str, base: &Path) -> Result<Config, Vec<ContentProblem>> {
    let file: File = toml::from_str(source).map_err(|e| vec![toml_problem(name, source, &e)])?;
    let mut problems = Vec::new();
    let mut say = |field: &str, message: String| {
        problems.push(ContentProblem {
            file: name.to_string(),
            line: line_of_field(source, field).unwrap_or(0),
            field: field.to_string(),
            message,
        })
    };
    let listen = file.ascolta.parse::<SocketAddr>().map_err(|_| {
        say(
            "ascolta",
            format!(
                "atteso indirizzo:porta, per esempio 127.0.0.1:8090, trovato «{}»",
                file.ascolta
            ),
        )
    });
    let site = base.join(&file.sito);
    let pages = site.join("api/v1/pagine.json");
    if !pages.is_file() {
        say(
            "sito",
            format!(
                "attesa la cartella dist/ di una build del sito: manca {} (esegui prima la build)",
                pages.display()
            ),
        );
    }
    let database = match file.database.tipo.as_str() {
        "sqlite" if file.database.cartella.trim().is_empty() => {
            say(
                "database.cartella",
                "attesa la cartella del file ricezione.sqlite".into(),
            );
            None
        }
        "sqlite" => Some(Database::Sqlite(base.join(&file.database.cartella))),
        "postgresql" if !file.database.indirizzo.starts_with("postgres") && !file.database.indirizzo.contains('=') => {
            say(
                "database.indirizzo",
                "atteso l'indirizzo del database, per esempio postgresql://ricezione@127.0.0.1:5432/ricezione".into(),
            );
            None
        }
        "postgresql" => Some(Database::Postgres(file.database.indirizzo.clone())),
        other => {
            say(
                "database.tipo",
                format!("atteso «sqlite» o «postgresql», trovato «{other}»"),
            );
            None
        }
    };
    if file.limiti.richieste_al_minuto == 0 {
        say(
            "limiti.richieste_al_minuto",
            "atteso un numero di richieste maggiore di 0".into(),
        );
    }
    let mail = file.posta.as_ref().and_then(|mail| {
        let address = mail.server.rsplit_once(':').and_then(|(host, port)| {
            let port = port.parse::<u16>().ok()?;
            (!host.is_empty()).then(|| (host.to_string(), port))
        });
        if address.is_none() {
            say(
                "posta.server",
                format!(
                    "atteso host:porta del server SMTP, per esempio 127.0.0.1:25, trovato «{}»",
                    mail.server
                ),
            );
        }
        if !provincia_sito::model::config::is_email(&mail.mittente) {
            say(
                "posta.mittente",
                format!("atteso un indirizzo e-mail, trovato «{}»", mail.mittente),
            );
        }
        address.map(|(host, port)| Mail {
            host,
            port,
            sender: mail.mittente.clone(),
        })
    });
    match (listen, database) {
        (Ok(listen), Some(database)) if problems.is_empty() => Ok(Config {
            listen,
            site,
            database,
            limits: file.limiti,
            mail,
        }),
        _ => Err(problems),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site_folder() -> PathBuf {
        let dir = std::env::temp_dir().join(format!("ricezione-config-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("dist/api/v1")).unwrap();
        std::fs::write(dir.join("dist/api/v1/pagine.json"), "{}").unwrap();
        dir
    }

    #[test]
    fn a_good_file_resolves_paths_from_its_folder() {
        let dir = site_folder();
        let config = parse(
            "ricezione.toml",
            "ascolta = \"127.0.0.1:8090\"\nsito = \"dist\"\n[database]\ntipo = \"sqlite\"\ncartella = \"dati\"\n[posta]\nserver = \"127.0.0.1:2525\"\nmittente = \"noreply@provincia.sp.it\"\n",
            &dir,
        )
        .unwrap();
        assert_eq!(config.database, Database::Sqlite(dir.join("dati")));
        assert_eq!(config.limits.richieste_al_minuto, 20);
        assert_eq!(config.mail.unwrap().port, 2525);
    }

    #[test]
    fn every_mistake_is_reported_with_line_and_field() {
        let dir = site_folder();
        let source = "ascolta = \"ovunque\"\nsito = \"manca\"\n\n[database]\ntipo = \"mysql\"\n[limiti]\nrichieste_al_minuto = 0\n[posta]\nserver = \"relay\"\nmittente = \"nessuno\"\n";
        let problems: Vec<String> = parse("ricezione.toml", source, &dir)
            .unwrap_err()
            .iter()
            .map(|p| format!("{}:{}", p.line, p.field))
            .collect();
        assert_eq!(
            problems,
            [
                "1:ascolta",
                "2:sito",
                "5:database.tipo",
                "7:limiti.richieste_al_minuto",
                "9:posta.server",
                "10:posta.mittente"
            ]
        );
        let unknown = parse(
            "ricezione.toml",
            "ascolta = \"127.0.0.1:1\"\nsito = \"dist\"\nporta = 3\n[database]\ntipo = \"sqlite\"\ncartella = \"d\"\n",
            &dir,
        )
        .unwrap_err();
        assert_eq!((unknown[0].line, unknown[0].field.as_str()), (3, "porta"));
    }
}
