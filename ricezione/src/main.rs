//! `ricezione [--config FILE] [comando]`:
//!   (nessun comando)  avvia il servizio
//!   controlla         controlla la configurazione e la build, poi esce
//!   backup FILE       copia online del database SQLite in FILE
//!   peggiori [N]      le N pagine valutate peggio negli ultimi 90 giorni (10)

use ricezione::config::{self, Config};
use ricezione::http::{self, App};
use ricezione::limiter::Limiter;
use ricezione::site::Site;
use ricezione::stats::by_page;
use ricezione::store::Store;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::{Duration, Instant};

fn usage() -> ExitCode {
    eprintln!("uso: ricezione [--config FILE] [controlla | backup FILE | peggiori [N]]");
    ExitCode::from(2)
}

#[tokio::main(flavor = "multi_thread")]
async fn main() -> ExitCode {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let mut config_file = PathBuf::from(std::env::var("RICEZIONE_CONFIG").unwrap_or_else(|_| "ricezione.toml".into()));
    if let Some(at) = args.iter().position(|a| a == "--config") {
        if at + 1 >= args.len() {
            return usage();
        }
        config_file = PathBuf::from(args.remove(at + 1));
        args.remove(at);
    }
    let config = match config::load(&config_file) {
        Ok(config) => config,
        Err(problems) => {
            eprintln!(
                "errore: la configurazione del servizio contiene {} problemi; il servizio non parte:",
                problems.len()
            );
            for problem in problems {
                eprintln!("  {problem}");
            }
            return ExitCode::from(2);
        }
    };
    match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        [] => serve(config).await,
        ["controlla"] => match Site::open(&config.site) {
            Ok(site) => {
                println!("configurazione valida: {} pagine del sito", site.current().pages.len());
                ExitCode::SUCCESS
            }
            Err(err) => fail(&format!("la build del sito non si legge: {err}")),
        },
        ["backup", target] => match Store::open(&config.database).await {
            Ok(store) => match store.backup(std::path::Path::new(target)) {
                Ok(()) => {
                    println!("copia del database scritta in {target}");
                    ExitCode::SUCCESS
                }
                Err(err) => fail(&format!("copia non riuscita: {err}")),
            },
            Err(err) => fail(&err.to_string()),
        },
        ["peggiori", rest @ ..] => {
            let count = match rest {
                [] => 10,
                [n] => match n.parse() {
                    Ok(n) => n,
                    Err(_) => return usage(),
                },
                _ => return usage(),
            };
            worst(config, count).await
        }
        _ => usage(),
    }
}

fn fail(message: &str) -> ExitCode {
    eprintln!("errore: {message}");
    ExitCode::FAILURE
}

async fn serve(config: Config) -> ExitCode {
    tracing_subscriber::fmt()
        .json()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info")),
        )
        .with_writer(std::io::stderr)
        .init();
    let site = match Site::open(&config.site) {
        Ok(site) => site,
        Err(err) => return fail(&format!("la build del sito non si legge: {err}")),
    };
    let store = match Store::open(&config.database).await {
        Ok(store) => store,
        Err(err) => return fail(&err.to_string()),
    };
    let listener = match tokio::net::TcpListener::bind(config.listen).await {
        Ok(listener) => listener,
        Err(err) => return fail(&format!("{}: {err}", config.listen)),
    };
    let app = Arc::new(App {
        store,
        site,
        limiter: Limiter::new(config.limits.richieste_al_minuto),
        mail: config.mail.clone(),
        started: Instant::now(),
    });
    tokio::spawn(forget_old_text(app.clone()));
    tracing::info!(
        indirizzo = %config.listen,
        database = app.store.name(),
        pagine = app.site.current().pages.len(),
        posta = app.mail.is_some(),
        "servizio di ricezione avviato"
    );
    let service = http::router(app).into_make_service_with_connect_info::<SocketAddr>();
    let served = axum::serve(listener, service)
        .with_graceful_shutdown(stop_signal())
        .await;
    match served {
        Ok(()) => {
            tracing::info!("servizio di ricezione fermato");
            ExitCode::SUCCESS
        }
        Err(err) => fail(&err.to_string()),
    }
}

async fn stop_signal() {
    let mut terminate =
        tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()).expect("SIGTERM can be listened to");
    tokio::select! {
        _ = tokio::signal::ctrl_c() => {}
        _ = terminate.recv() => {}
    }
}

/// Every hour, deletes the free text older than the retention period that
/// `sito.toml` states (and the privacy page publishes).
async fn forget_old_text(app: Arc<App>) {
    let mut every = tokio::time::interval(Duration::from_secs(3_600));
    loop {
        every.tick().await;
        let days = i64::from(app.site.current().retention_days);
        let cutoff = http::now_seconds() - days * 86_400;
        match app.store.forget_before(cutoff).await {
            Ok(0) => {}
            Ok(n) => tracing::info!(record = n, giorni = days, "testi liberi cancellati alla scadenza"),
            Err(err) => tracing::error!(errore = %err, "cancellazione alla scadenza non riuscita"),
        }
    }
}

async fn worst(config: Config, count: usize) -> ExitCode {
    let site = match Site::open(&config.site) {
        Ok(site) => site.current(),
        Err(err) => return fail(&format!("la build del sito non si legge: {err}")),
    };
    let store = match Store::open(&config.database).await {
        Ok(store) => store,
        Err(err) => return fail(&err.to_string()),
    };
    let now = http::now_seconds();
    let rows = match store.ratings(now - 90 * 86_400, now + 1).await {
        Ok(rows) => rows,
        Err(err) => return fail(&err.to_string()),
    };
    let stats = by_page(&rows);
    if stats.is_empty() {
        println!("nessuna valutazione negli ultimi 90 giorni");
    }
    for s in stats.iter().take(count) {
        let mean = format!("{:.1}", s.mean()).replace('.', ",");
        println!(
            "{mean}/5  {:>4} valutazioni  {}  {}",
            s.count,
            s.page,
            site.title(&s.page)
        );
    }
    ExitCode::SUCCESS
}
