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
        .layer(axum::middleware::from_fn(refuse_ambiguous_paths))
        .with_state(app)
}

/// nginx chooses the location (and so whether a password is asked) on the
/// decoded, normalised path, and passes the path as it was sent; the router
/// matches the path as sent. The two agree exactly when decoding and
/// normalising change no segment, so any other path is refused before
/// routing: an encoded `/`, `\` or `.`, a `.` or `..` segment, an empty one.
/// (`…/segnalazioni/..%2f..%2fv1%2fvalutazioni` reached nginx's public
/// location and this router's editors' route.)
async fn refuse_ambiguous_paths(request: axum::extract::Request, next: axum::middleware::Next) -> Response {
    if is_ambiguous_path(request.uri().path()) {
        return refuse(
            StatusCode::BAD_REQUEST,
            "Indirizzo non ammesso: contiene segmenti codificati o relativi.".into(),
            Vec::new(),
        );
    }
    next.run(request).await
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

/// Whether a path as sent could name another path once decoded and
/// normalised.
pub fn is_ambiguous_path(path: &str) -> bool {
    let lower = path.to_ascii_lowercase();
    ["%2f", "%5c", "%2e", "%25", "%00", "\\", "//"]
        .iter()
        .any(|piece| lower.contains(piece))
        || path.split('/').any(|segment| segment == "." || segment == "..")
}

#[cfg(test)]
mod tests {
    use super::is_ambiguous_path;

    #[test]
    fn paths_that_normalise_to_another_are_ambiguous() {
        for path in [
            "/ricezione/redazione/segnalazioni/..%2f..%2fv1%2fvalutazioni",
            "/ricezione/v1/%2e%2e/redazione/",
            "/ricezione/v1/..%2F..%2Fredazione%2F",
            "/ricezione/v1/%252e%252e/redazione/",
            "/ricezione/v1/../redazione/",
            "/ricezione/v1/./valutazioni",
            "/ricezione//redazione/",
            "/ricezione/v1\\..\\redazione/",
        ] {
            assert!(is_ambiguous_path(path), "{path}");
        }
        for path in [
            "/ricezione/v1/valutazioni",
            "/ricezione/redazione/",
            "/ricezione/redazione/segnalazioni/12",
        ] {
            assert!(!is_ambiguous_path(path), "{path}");
        }
    }
}
