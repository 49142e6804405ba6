//! Drives the service binary as nginx would: a fixture build (pages,
//! bookable offices, the sample's sito.toml), a configuration, a free port,
//! SQLite or PostgreSQL, and an SMTP catcher for the booking e-mails.

#![allow(dead_code)]

use provincia_sito::model::booking::{BookingData, BookingOffice, BookingService};
use provincia_sito::model::config::SiteConfig;
use provincia_sito::model::content::{Office, OfficeLevel, SiteFile};
use provincia_sito::model::receiving::{PageList, PageTitle};
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

pub const PAGES: [&str; 4] = ["/", "/novita", "/pnrr", "/servizi/trasporti-eccezionali"];

#[derive(Clone, Debug)]
pub enum Backend {
    Sqlite,
    /// A fresh database on the server of `RICEZIONE_TEST_POSTGRES`.
    Postgres(String),
}

impl Backend {
    pub fn name(&self) -> &'static str {
        match self {
            Backend::Sqlite => "sqlite",
            Backend::Postgres(_) => "postgresql",
        }
    }
}

/// SQLite always; PostgreSQL when `RICEZIONE_TEST_POSTGRES` names a server
/// (`postgresql://user@127.0.0.1:5433`, as scripts/test starts it).
pub fn backends() -> Vec<Backend> {
    let mut all = vec![Backend::Sqlite];
    match std::env::var("RICEZIONE_TEST_POSTGRES") {
        Ok(server) if !server.is_empty() => all.push(Backend::Postgres(fresh_database(&server))),
        _ => eprintln!("PostgreSQL: RICEZIONE_TEST_POSTGRES non impostato, provato solo SQLite"),
    }
    all
}

fn fresh_database(server: &str) -> String {
    static COUNTER: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
    let name = format!(
        "ricezione_test_{}_{}",
        std::process::id(),
        COUNTER.fetch_add(1, std::sync::atomic::Ordering::SeqCst)
    );
    postgres_admin(server, &format!("CREATE DATABASE {name}"));
    format!("{server}/{name}")
}

/// Runs `sql` on the `postgres` database of `server`, as its superuser
/// (creating and dropping the tests' databases).
pub fn postgres_admin(server: &str, sql: &str) {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        let (client, connection) = tokio_postgres::connect(&format!("{server}/postgres"), tokio_postgres::NoTls)
            .await
            .expect("PostgreSQL of RICEZIONE_TEST_POSTGRES reachable");
        tokio::spawn(connection);
        client.batch_execute(sql).await.unwrap();
    });
}

pub fn temp_dir(label: &str) -> PathBuf {
    static COUNTER: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
    let dir = std::env::temp_dir().join(format!(
        "ricezione-{label}-{}-{}",
        std::process::id(),
        COUNTER.fetch_add(1, std::sync::atomic::Ordering::SeqCst)
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// A build's dist/ with what the service reads.
pub fn fixture_site(dir: &Path) -> PathBuf {
    let dist = dir.join("dist");
    let api = dist.join("api/v1");
    std::fs::create_dir_all(&api).unwrap();
    let pages = PageList {
        versione: 1,
        pagine: PAGES
            .iter()
            .map(|p| PageTitle {
                percorso: p.to_string(),
                titolo: format!("Titolo di {p}"),
            })
            .collect(),
    };
    std::fs::write(api.join("pagine.json"), serde_json::to_string(&pages).unwrap()).unwrap();
    let source = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../content/sito.toml")).unwrap();
    let configurazione: SiteConfig = toml::from_str(&source).unwrap();
    let site = SiteFile {
        versione: 1,
        configurazione,
        pagine_fisse: Vec::new(),
    };
    std::fs::write(api.join("sito.json"), serde_json::to_string(&site).unwrap()).unwrap();
    let booking = BookingData {
        versione: 1,
        sistema: None,
        uffici: vec![BookingOffice {
            slug: "viabilita".into(),
            ufficio: Office {
                slug: "viabilita".into(),
                livello: OfficeLevel::Ufficio,
                nome: "Ufficio viabilità".into(),
                email: Some("viabilita@provincia.example.it".into()),
                telefono: None,
                indirizzo: None,
                orari: Some(OFFICE_HOURS.into()),
            },
            servizi: vec![BookingService {
                slug: "trasporti-eccezionali".into(),
                titolo: "Trasporti eccezionali".into(),
            }],
            orario: provincia_sito::model::calendar::OpeningHours::parse(OFFICE_HOURS).unwrap(),
        }],
        festa_patronale: None,
    };
    std::fs::write(api.join("prenotazione.json"), serde_json::to_string(&booking).unwrap()).unwrap();
    dist
}

/// The sample office receives on weekday mornings only.
pub const OFFICE_HOURS: &str = "dal lunedì al venerdì dalle 9 alle 12";

pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

pub struct Service {
    pub port: u16,
    pub dir: PathBuf,
    pub config: PathBuf,
    child: Child,
}

impl Service {
    /// Writes a configuration for `backend` in `dir` and starts the service.
    pub fn start(dir: &Path, backend: &Backend, per_minute: u32, smtp: Option<u16>) -> Service {
        let dist = fixture_site(dir);
        let port = free_port();
        let database = match backend {
            Backend::Sqlite => format!("tipo = \"sqlite\"\ncartella = \"{}\"", dir.join("dati").display()),
            Backend::Postgres(url) => format!("tipo = \"postgresql\"\nindirizzo = \"{url}\""),
        };
        let mail = smtp
            .map(|p| format!("[posta]\nserver = \"127.0.0.1:{p}\"\nmittente = \"noreply@provincia.example.it\"\n"))
            .unwrap_or_default();
        let config = dir.join("ricezione.toml");
        std::fs::write(
            &config,
            format!(
                "ascolta = \"127.0.0.1:{port}\"\nsito = \"{}\"\n[database]\n{database}\n[limiti]\nrichieste_al_minuto = {per_minute}\n{mail}",
                dist.display()
            ),
        )
        .unwrap();
        Service::run(dir, &config, port)
    }

    /// Starts the service again on the same configuration.
    pub fn restart(self) -> Service {
        let (dir, config, port) = (self.dir.clone(), self.config.clone(), self.port);
        drop(self);
        Service::run(&dir, &config, port)
    }

    fn run(dir: &Path, config: &Path, port: u16) -> Service {
        let log = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(dir.join("ricezione.log"))
            .unwrap();
        let child = Command::new(env!("CARGO_BIN_EXE_ricezione"))
            .arg("--config")
            .arg(config)
            .stdout(Stdio::null())
            .stderr(log)
            .spawn()
            .unwrap();
        let service = Service {
            port,
            dir: dir.to_path_buf(),
            config: config.to_path_buf(),
            child,
        };
        let started = Instant::now();
        while get(port, "/ricezione/salute").0 != 200 {
            assert!(
                started.elapsed() < Duration::from_secs(15),
                "the service did not start: {}",
                std::fs::read_to_string(dir.join("ricezione.log")).unwrap_or_default()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        service
    }

    /// SIGKILL: no chance to flush or finish anything.
    pub fn kill(&mut self) {
        self.child.kill().unwrap();
        self.child.wait().unwrap();
    }

    pub fn post(&self, kind: &str, body: &str, client: &str) -> (u16, serde_json::Value) {
        post(self.port, kind, body, client)
    }

    pub fn get(&self, path: &str) -> (u16, String) {
        get(self.port, path)
    }

    /// The ratings as the editors' CSV lists them (header included).
    pub fn ratings_csv(&self) -> Vec<Vec<String>> {
        let (status, text) = self.get("/ricezione/redazione/valutazioni.csv");
        assert_eq!(status, 200, "{text}");
        csv::Reader::from_reader(text.trim_start_matches('\u{feff}').as_bytes())
            .records()
            .map(|r| r.unwrap().iter().map(str::to_string).collect())
            .collect()
    }
}

impl Drop for Service {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub fn post(port: u16, kind: &str, body: &str, client: &str) -> (u16, serde_json::Value) {
    let url = format!("http://127.0.0.1:{port}/ricezione/v1/{kind}");
    let answer = ureq::post(&url)
        .set("Content-Type", "application/json")
        .set("X-Real-IP", client)
        .timeout(Duration::from_secs(10))
        .send_string(body);
    let response = match answer {
        Ok(response) => response,
        Err(ureq::Error::Status(_, response)) => response,
        Err(err) => return (0, serde_json::Value::String(err.to_string())),
    };
    let status = response.status();
    (status, response.into_json().unwrap_or(serde_json::Value::Null))
}

pub fn get(port: u16, path: &str) -> (u16, String) {
    match ureq::get(&format!("http://127.0.0.1:{port}{path}"))
        .timeout(Duration::from_secs(10))
        .call()
    {
        Ok(response) => (response.status(), response.into_string().unwrap_or_default()),
        Err(ureq::Error::Status(status, response)) => (status, response.into_string().unwrap_or_default()),
        Err(_) => (0, String::new()),
    }
}

/// The status of a request sent byte for byte as written (an HTTP client
/// would normalise the path first).
pub fn raw_status(port: u16, method: &str, path: &str, headers: &str, body: &str) -> u16 {
    use std::io::{Read, Write};
    let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    stream.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    write!(
        stream,
        "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n{headers}Content-Length: {}\r\n\r\n{body}",
        body.len()
    )
    .unwrap();
    let mut answer = String::new();
    let _ = stream.read_to_string(&mut answer);
    answer.split(' ').nth(1).and_then(|code| code.parse().ok()).unwrap_or(0)
}

/// A minimal SMTP server that keeps every message it is given.
pub struct SmtpCatcher {
    pub port: u16,
    pub messages: Arc<Mutex<Vec<String>>>,
}

impl SmtpCatcher {
    pub fn start() -> SmtpCatcher {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let messages = Arc::new(Mutex::new(Vec::new()));
        let kept = messages.clone();
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let kept = kept.clone();
                std::thread::spawn(move || converse(stream, &kept));
            }
        });
        SmtpCatcher { port, messages }
    }

    /// Waits up to 10 s for `n` messages.
    pub fn wait_for(&self, n: usize) -> Vec<String> {
        let started = Instant::now();
        loop {
            let messages = self.messages.lock().unwrap().clone();
            if messages.len() >= n || started.elapsed() > Duration::from_secs(10) {
                return messages;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

fn converse(stream: TcpStream, kept: &Mutex<Vec<String>>) {
    let mut writer = stream.try_clone().unwrap();
    let mut reader = BufReader::new(stream);
    let _ = writer.write_all(b"220 catcher ESMTP\r\n");
    let mut line = String::new();
    while reader.read_line(&mut line).unwrap_or(0) > 0 {
        let command = line.trim_end().to_ascii_uppercase();
        let reply: &[u8] = if command.starts_with("DATA") {
            let _ = writer.write_all(b"354 go on\r\n");
            let mut message = String::new();
            let mut data = String::new();
            while reader.read_line(&mut data).unwrap_or(0) > 0 {
                if data == ".\r\n" {
                    break;
                }
                message.push_str(&data);
                data.clear();
            }
            kept.lock().unwrap().push(message);
            b"250 kept\r\n"
        } else if command.starts_with("QUIT") {
            let _ = writer.write_all(b"221 bye\r\n");
            return;
        } else {
            b"250 ok\r\n"
        };
        let _ = writer.write_all(reply);
        line.clear();
    }
}
