//! The service's addresses. Public, behind nginx at the same origin as the
//! site: `/ricezione/v1/…` and `/ricezione/salute`. For editors, behind
//! nginx's password (deploy/nginx/provincia-sito.conf):
//! `/ricezione/redazione/…`. The service listens on the loopback address
//! only, so nginx is the one way in.

mod editors;
mod public;

use crate::config::Mail;
use crate::limiter::Limiter;
use crate::site::Site;
use crate::store::Store;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use provincia_sito::model::problem::FieldProblem;
use provincia_sito::model::receiving::{Kind, Refusal};
use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::time::Instant;

/// Where the public addresses start, as `sito.toml` `[ricezione] indirizzo`.
pub const PUBLIC_BASE: &str = "/ricezione/v1";
pub const HEALTH: &str = "/ricezione/salute";
pub const EDITORS_BASE: &str = "/ricezione/redazione";

pub struct App {
    pub store: Store,
    pub site: Site,
    pub limiter: Limiter,
    pub mail: Option<Mail>,
    pub started: Instant,
}

pub fn router(app: Arc<App>) -> Router {
    let public = |kind: Kind| format!("{PUBLIC_BASE}/{}", kind.segment());
    Router::new()
        .route(&public(Kind::Rating), post(public::ratings))
        .route(&public(Kind::Report), post(public::reports))
        .route(&public(Kind::Booking), post(public::bookings))
        .route(HEALTH, get(public::health))
        .route(&format!("{EDITORS_BASE}/"), get(editors::overview))
        .route(&format!("{EDITORS_BASE}/valutazioni.csv"), get(editors::ratings_csv))
        .route(&format!("{EDITORS_BASE}/segnalazioni"), get(editors::reports))
        .route(&format!("{EDITORS_BASE}/segnalazioni.csv"), get(editors::reports_csv))
        .route(
            &format!("{EDITORS_BASE}/segnalazioni/{{id}}"),
            post(editors::set_report_status),
        )
        .route(&format!("{EDITORS_BASE}/prenotazioni"), get(editors::bookings))
        .route(&format!("{EDITORS_BASE}/prenotazioni.csv"), get(editors::bookings_csv))
        .route(
            &format!("{EDITORS_BASE}/prenotazioni/{{id}}"),
            post(editors::set_booking_status),
        )
        .fallback(|| async {
            refuse(
                StatusCode::NOT_FOUND,
                "Indirizzo sconosciuto al servizio di ricezione.".into(),
                Vec::new(),
            )
        })
        .with_state(app)
}

/// The client's address: the one nginx reports (`X-Real-IP`) when the
/// request comes from nginx on this machine, else the peer's own. Used for
/// the rate limit only, hashed, never stored.
pub fn client_address(peer: SocketAddr, headers: &HeaderMap) -> IpAddr {
    let forwarded = || headers.get("x-real-ip")?.to_str().ok()?.trim().parse::<IpAddr>().ok();
    match peer.ip() {
        ip if ip.is_loopback() => forwarded().unwrap_or(ip),
        ip => ip,
    }
}

pub fn now_seconds() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

/// A refusal: the status, what to tell the citizen, the fields to fix.
pub fn refuse(status: StatusCode, errore: String, campi: Vec<FieldProblem>) -> Response {
    (status, Json(Refusal { errore, campi })).into_response()
}
