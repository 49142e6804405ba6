//! What the site's forms post: `{base}/valutazioni`, `/segnalazioni`,
//! `/prenotazioni` (JSON, model::receiving), and the health check. Each
//! request is limited per client, read up to a size, checked against the
//! contract and the build's pages, stored, and only then acknowledged.

use super::{client_address, now_seconds, refuse, App};
use crate::mail;
use crate::store::{Record, StoreError};
use axum::body::{to_bytes, Body};
use axum::extract::{ConnectInfo, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use provincia_sito::model::booking::BookingForm;
use provincia_sito::model::date::{italian_time, Date};
use provincia_sito::model::rating::RatingAnswer;
use provincia_sito::model::receiving::{DisserviceReport, Honeypot, Kind, Receipt, MAX_BODY_BYTES};
use serde::de::DeserializeOwned;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Instant;

pub async fn ratings(
    State(app): State<Arc<App>>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    receive::<RatingAnswer>(app, peer, headers, body, Kind::Rating).await
}

pub async fn reports(
    State(app): State<Arc<App>>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    receive::<DisserviceReport>(app, peer, headers, body, Kind::Report).await
}

pub async fn bookings(
    State(app): State<Arc<App>>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    receive::<BookingForm>(app, peer, headers, body, Kind::Booking).await
}

/// A request type: its checks against what the site holds, and its record.
trait Incoming: DeserializeOwned + Honeypot {
    fn problems(&self, app: &App, today: Date) -> Vec<provincia_sito::model::problem::FieldProblem>;
    fn record(self) -> Record;
}

impl Incoming for RatingAnswer {
    fn problems(&self, app: &App, _: Date) -> Vec<provincia_sito::model::problem::FieldProblem> {
        let site = app.site.current();
        RatingAnswer::problems(self, |page| site.is_page(page))
    }

    fn record(self) -> Record {
        Record::Rating(self)
    }
}

impl Incoming for DisserviceReport {
    fn problems(&self, app: &App, _: Date) -> Vec<provincia_sito::model::problem::FieldProblem> {
        let site = app.site.current();
        DisserviceReport::problems(self, |page| site.is_page(page))
    }

    fn record(self) -> Record {
        Record::Report(self)
    }
}

impl Incoming for BookingForm {
    fn problems(&self, app: &App, today: Date) -> Vec<provincia_sito::model::problem::FieldProblem> {
        self.service_problems(&app.site.current().booking, today)
    }

    fn record(self) -> Record {
        Record::Booking(self)
    }
}

/// How much of a too large body is still read, to answer it cleanly.
const DRAIN_BYTES: usize = 1 << 20;

async fn receive<T: Incoming>(app: Arc<App>, peer: SocketAddr, headers: HeaderMap, body: Body, kind: Kind) -> Response {
    let started = Instant::now();
    let response = accept::<T>(&app, peer, &headers, body, kind).await;
    tracing::info!(
        tipo = kind.segment(),
        stato = response.status().as_u16(),
        ms = started.elapsed().as_secs_f64() * 1000.0,
        "richiesta"
    );
    response
}

async fn accept<T: Incoming>(
    app: &Arc<App>,
    peer: SocketAddr,
    headers: &HeaderMap,
    body: Body,
    kind: Kind,
) -> Response {
    let now = now_seconds();
    if let Err(wait) = app
        .limiter
        .check(client_address(peer, headers), now.div_euclid(86_400), Instant::now())
    {
        let mut response = refuse(
            StatusCode::TOO_MANY_REQUESTS,
            format!("Troppe richieste in poco tempo da questo collegamento: riprova tra {wait} secondi."),
            Vec::new(),
        );
        if let Ok(value) = wait.to_string().parse() {
            response.headers_mut().insert(header::RETRY_AFTER, value);
        }
        return response;
    }
    let is_json = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/json"));
    if !is_json {
        return refuse(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "La richiesta va inviata in JSON (Content-Type: application/json).".into(),
            Vec::new(),
        );
    }
    let too_large = || {
        refuse(
            StatusCode::PAYLOAD_TOO_LARGE,
            format!("La richiesta supera {} kB: accorcia il testo.", MAX_BODY_BYTES / 1024),
            Vec::new(),
        )
    };
    // The whole body is read (up to a larger cap) before refusing it, so the
    // client gets the answer rather than a connection reset mid-upload.
    let declared = headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok()?.parse::<usize>().ok());
    if declared.is_some_and(|n| n > DRAIN_BYTES) {
        return too_large();
    }
    let bytes = match to_bytes(body, DRAIN_BYTES).await {
        Ok(bytes) if bytes.len() <= MAX_BODY_BYTES => bytes,
        _ => return too_large(),
    };
    let request: T = match serde_json::from_slice(&bytes) {
        Ok(request) => request,
        Err(err) => return refuse(StatusCode::BAD_REQUEST, json_problem(&err), Vec::new()),
    };
    if request.is_robot() {
        return refuse(
            StatusCode::BAD_REQUEST,
            "Il modulo contiene un campo nascosto che le persone non vedono ed è stato compilato: la richiesta sembra inviata da un programma automatico e non è stata registrata.".into(),
            Vec::new(),
        );
    }
    let today = italian_time(now).0;
    let problems = request.problems(app, today);
    if !problems.is_empty() {
        return refuse(
            StatusCode::UNPROCESSABLE_ENTITY,
            "Alcuni campi vanno corretti: nulla è stato registrato.".into(),
            problems,
        );
    }
    let record = request.record();
    let booking = match &record {
        Record::Booking(form) => Some(form.clone()),
        _ => None,
    };
    match app.store.insert(now, record).await {
        Ok(id) => {
            let number = kind.number_of(now, id);
            if let (Some(form), Some(number)) = (booking, number.clone()) {
                tell_office(app.clone(), id, number, form);
            }
            (StatusCode::CREATED, Json(Receipt { numero: number })).into_response()
        }
        Err(err) => {
            tracing::error!(tipo = kind.segment(), errore = %err, "richiesta non registrata");
            let why = match err {
                StoreError::Full => "lo spazio per i dati è esaurito",
                StoreError::Unavailable(_) => "la banca dati non è raggiungibile",
                StoreError::Other(_) => "la banca dati ha dato un errore",
            };
            refuse(
                StatusCode::SERVICE_UNAVAILABLE,
                format!("Il servizio non ha potuto registrare la richiesta perché {why}."),
                Vec::new(),
            )
        }
    }
}

/// serde's reason, in Italian words with its place in the text.
fn json_problem(err: &serde_json::Error) -> String {
    use serde_json::error::Category;
    let place = format!("riga {}, colonna {}", err.line(), err.column());
    match err.classify() {
        Category::Syntax | Category::Eof | Category::Io => {
            format!("La richiesta non è JSON valido ({place}).")
        }
        Category::Data => format!(
            "La richiesta non rispetta il formato atteso ({place}): {}.",
            err.to_string().split(" at line").next().unwrap_or_default()
        ),
    }
}

/// E-mails the office after the request is stored, and notes the outcome.
fn tell_office(app: Arc<App>, id: i64, number: String, form: BookingForm) {
    tokio::spawn(async move {
        let site = app.site.current();
        let office_email = site.booking.office(&form.ufficio).and_then(|o| o.ufficio.email.clone());
        let notice = match (&app.mail, office_email) {
            (None, _) => mail::NOT_CONFIGURED.to_string(),
            (Some(_), None) => mail::NO_ADDRESS.to_string(),
            (Some(relay), Some(to)) => {
                let relay = relay.clone();
                let lines: Vec<String> = form
                    .summary(&site.booking)
                    .into_iter()
                    .filter(|(_, value)| !value.trim().is_empty())
                    .map(|(label, value)| format!("{label}: {value}"))
                    .collect();
                let body = format!(
                    "Richiesta di appuntamento n. {number}, ricevuta dal sito.\n\n{}\n\nRispondi al richiedente per confermare o proporre un altro orario.\n",
                    lines.join("\n")
                );
                let subject = format!("Richiesta di appuntamento {number}");
                let reply_to = form.email.trim().to_string();
                let sent =
                    tokio::task::spawn_blocking(move || mail::send(&relay, &to, Some(&reply_to), &subject, body))
                        .await
                        .unwrap_or_else(|e| Err(e.to_string()));
                match sent {
                    Ok(()) => mail::SENT.to_string(),
                    Err(err) => {
                        tracing::warn!(numero = %number, errore = %err, "e-mail all'ufficio non inviata");
                        format!("e-mail non inviata: {err}")
                    }
                }
            }
        };
        if let Err(err) = app.store.set_notice(id, &notice).await {
            tracing::warn!(numero = %number, errore = %err, "esito dell'e-mail non registrato");
        }
    });
}

/// `{"stato":"ok",…}`, or 503 when the database does not answer.
pub async fn health(State(app): State<Arc<App>>) -> Response {
    let site = app.site.current();
    let database = app.store.ping().await;
    let body = serde_json::json!({
        "stato": if database.is_ok() { "ok" } else { "guasto" },
        "database": app.store.name(),
        "database_raggiungibile": database.is_ok(),
        "pagine": site.pages.len(),
        "avviato_da_secondi": app.started.elapsed().as_secs(),
    });
    let status = if database.is_ok() {
        StatusCode::OK
    } else {
        StatusCode::SERVICE_UNAVAILABLE
    };
    (status, Json(body)).into_response()
}
