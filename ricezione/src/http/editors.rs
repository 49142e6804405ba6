//! The editors' view, behind nginx's password: the ratings per page, worst
//! first, over a date range, with the CSV export; the disservice reports and
//! the booking requests as worklists with a status. Every text a citizen
//! wrote is escaped (maud escapes by construction) and, in the CSV,
//! neutralised for spreadsheets.

use super::{now_seconds, refuse, App, EDITORS_BASE};
use crate::stats::{by_page, PageStats};
use crate::store::{Status, StoreError};
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::Form;
use maud::{html, Markup, DOCTYPE};
use provincia_sito::model::date::{italian_time, Date};
use provincia_sito::model::receiving::{DisserviceKind, Kind};
use provincia_sito::model::spreadsheet::to_csv;
use serde::Deserialize;
use std::sync::Arc;

/// `?dal=2026-11-01&al=2026-12-05`: Italian days, both included.
#[derive(Debug, Default, Deserialize)]
pub struct RangeQuery {
    #[serde(default)]
    dal: String,
    #[serde(default)]
    al: String,
}

/// How far back the view looks by default.
const DEFAULT_DAYS: i64 = 90;

struct Range {
    from: Date,
    to: Date,
    /// A date that could not be read, to say so.
    problem: Option<String>,
}

impl Range {
    fn of(query: &RangeQuery) -> Range {
        let today = italian_time(now_seconds()).0;
        let mut problem = None;
        let mut read = |text: &str, fallback: Date| {
            if text.is_empty() {
                return fallback;
            }
            Date::parse(text).unwrap_or_else(|_| {
                problem = Some(format!(
                    "«{text}» non è una data nel formato AAAA-MM-GG: uso {}.",
                    fallback.iso()
                ));
                fallback
            })
        };
        let to = read(&query.al, today);
        let from = read(&query.dal, Date::from_unix_days(to.unix_days() - (DEFAULT_DAYS - 1)));
        Range { from, to, problem }
    }

    /// Seconds from the first day's Italian midnight to the day after the last's.
    fn seconds(&self) -> (i64, i64) {
        (
            italian_midnight(self.from),
            italian_midnight(Date::from_unix_days(self.to.unix_days() + 1)),
        )
    }

    fn query(&self) -> String {
        format!("dal={}&al={}", self.from.iso(), self.to.iso())
    }
}

/// The moment a day starts in Italy (its UTC midnight is 01:00 or 02:00 there).
fn italian_midnight(day: Date) -> i64 {
    let utc_midnight = day.unix_days() * 86_400;
    let hours: i64 = italian_time(utc_midnight).1[..2].parse().unwrap_or(1);
    utc_midnight - hours * 3_600
}

fn when(seconds: i64) -> String {
    let (day, time) = italian_time(seconds);
    format!("{}, {time}", day.italian())
}

fn csv_time(seconds: i64) -> String {
    let (day, time) = italian_time(seconds);
    format!("{} {time}", day.iso())
}

fn page(app: &App, title: &str, body: Markup) -> Response {
    let stylesheets = app.site.current().stylesheets.clone();
    let markup = html! {
        (DOCTYPE)
        html lang="it" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                meta name="robots" content="noindex";
                title { (title) " – Redazione" }
                @for href in &stylesheets { link rel="stylesheet" href=(href); }
            }
            body {
                header class="bg-primary text-white py-3 mb-4" {
                    div class="container" {
                        p class="h5 mb-0" { "Redazione – ciò che inviano i cittadini" }
                    }
                }
                nav class="container mb-3" aria-label="Sezioni della redazione" {
                    ul class="list-inline" {
                        li class="list-inline-item" { a href={(EDITORS_BASE) "/"} { "Valutazioni delle pagine" } }
                        li class="list-inline-item" { a href={(EDITORS_BASE) "/segnalazioni"} { "Segnalazioni di disservizio" } }
                        li class="list-inline-item" { a href={(EDITORS_BASE) "/prenotazioni"} { "Richieste di appuntamento" } }
                    }
                }
                main class="container mb-5" id="main" {
                    h1 { (title) }
                    (body)
                }
            }
        }
    };
    ([(header::CACHE_CONTROL, "no-store")], Html(markup.into_string())).into_response()
}

fn range_form(range: &Range, action: &str) -> Markup {
    html! {
        form method="get" action=(action) class="row g-3 align-items-end mb-4" {
            div class="col-auto" {
                label for="dal" class="form-label" { "Dal" }
                input type="date" id="dal" name="dal" class="form-control" value=(range.from.iso());
            }
            div class="col-auto" {
                label for="al" class="form-label" { "Al" }
                input type="date" id="al" name="al" class="form-control" value=(range.to.iso());
            }
            div class="col-auto" { button type="submit" class="btn btn-primary" { "Mostra" } }
        }
        @if let Some(problem) = &range.problem { p class="text-danger" role="alert" { (problem) } }
        p { "Dal " (range.from.italian()) " al " (range.to.italian()) "." }
    }
}

fn unavailable(err: StoreError) -> Response {
    tracing::error!(errore = %err, "vista della redazione non disponibile");
    refuse(
        StatusCode::SERVICE_UNAVAILABLE,
        format!("La banca dati non risponde ({err}): riprova tra poco."),
        Vec::new(),
    )
}

/// The records of the asked range, or the answer that the database does
/// not respond.
async fn in_range<T, Fut>(query: &RangeQuery, fetch: impl FnOnce(i64, i64) -> Fut) -> Result<(Range, Vec<T>), Response>
where
    Fut: std::future::Future<Output = Result<Vec<T>, StoreError>>,
{
    let range = Range::of(query);
    let (from, to) = range.seconds();
    let rows = fetch(from, to).await.map_err(unavailable)?;
    Ok((range, rows))
}

pub async fn overview(State(app): State<Arc<App>>, Query(query): Query<RangeQuery>) -> Response {
    let (range, rows) = match in_range(&query, |from, to| app.store.ratings(from, to)).await {
        Ok(found) => found,
        Err(answer) => return answer,
    };
    let site = app.site.current();
    let stats = by_page(&rows);
    let body = html! {
        (range_form(&range, &format!("{EDITORS_BASE}/")))
        p {
            (rows.len()) " valutazioni su " (stats.len()) " pagine, dalla peggiore. "
            a href={(EDITORS_BASE) "/valutazioni.csv?" (range.query())} { "Scarica tutte le valutazioni del periodo (CSV)" }
        }
        @if stats.is_empty() {
            p { "Nessuna valutazione nel periodo." }
        } @else {
            div class="table-responsive" {
                table class="table" {
                    caption class="visually-hidden" { "Valutazioni per pagina, dalla media più bassa" }
                    thead { tr {
                        th scope="col" { "Pagina" }
                        th scope="col" { "Valutazioni" }
                        th scope="col" { "Media" }
                        th scope="col" { "Da 1 a 5 stelle" }
                        th scope="col" { "Motivi scelti" }
                        th scope="col" { "Commenti" }
                    } }
                    tbody {
                        @for s in &stats { (page_row(s, &site.title(&s.page))) }
                    }
                }
            }
        }
    };
    page(&app, "Valutazioni delle pagine", body)
}

fn page_row(stats: &PageStats, title: &str) -> Markup {
    html! {
        tr data-pagina=(stats.page) {
            th scope="row" { a href=(stats.page) { (title) } br; small { (stats.page) } }
            td { (stats.count) }
            td { (format!("{:.1}", stats.mean()).replace('.', ",")) }
            td {
                ul class="list-unstyled mb-0" {
                    @for (i, n) in stats.distribution.iter().enumerate() {
                        li { (i + 1) (if i == 0 { " stella: " } else { " stelle: " }) (n) }
                    }
                }
            }
            td {
                ul class="list-unstyled mb-0" {
                    @for (reason, n) in &stats.reasons { li { (reason) " (" (n) ")" } }
                }
            }
            td {
                ul class="list-unstyled mb-0" {
                    @for (received, stars, text) in &stats.comments {
                        li { small { (when(*received)) ", " (stars) "/5: " } (text) }
                    }
                }
            }
        }
    }
}

/// The export as a download, written as every CSV of the project is
/// ([`to_csv`]: formulas neutralised, text quoted).
fn csv_response(name: &str, columns: &[&str], rows: Vec<Vec<String>>) -> Response {
    let disposition = format!("attachment; filename=\"{name}\"");
    (
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
            (header::CONTENT_DISPOSITION, disposition),
            (header::CACHE_CONTROL, "no-store".to_string()),
        ],
        to_csv(columns, &rows),
    )
        .into_response()
}

fn text(value: &Option<String>) -> String {
    value.clone().unwrap_or_default()
}

pub async fn ratings_csv(State(app): State<Arc<App>>, Query(query): Query<RangeQuery>) -> Response {
    let (range, rows) = match in_range(&query, |from, to| app.store.ratings(from, to)).await {
        Ok(found) => found,
        Err(answer) => return answer,
    };
    let site = app.site.current();
    let rows = rows
        .into_iter()
        .map(|r| {
            vec![
                r.id.to_string(),
                csv_time(r.received),
                r.page.clone(),
                site.title(&r.page),
                r.stars.to_string(),
                text(&r.aspect),
                text(&r.details),
            ]
        })
        .collect();
    csv_response(
        &format!("valutazioni-{}-{}.csv", range.from.iso(), range.to.iso()),
        &[
            "id",
            "ricevuta_il",
            "pagina",
            "titolo",
            "valutazione",
            "aspetto",
            "dettagli",
        ],
        rows,
    )
}

fn status_form(action: String, current: &str) -> Markup {
    html! {
        form method="post" action=(action) class="d-flex gap-2" {
            label class="visually-hidden" for=(format!("{action}-stato")) { "Stato" }
            select class="form-select form-select-sm" name="stato" id=(format!("{action}-stato")) {
                @for status in Status::ALL {
                    option value=(status.key()) selected[status.key() == current] { (status.label()) }
                }
            }
            button type="submit" class="btn btn-sm btn-outline-primary" { "Aggiorna" }
        }
    }
}

fn status_label(key: &str) -> String {
    Status::from_key(key).map_or(key.to_string(), |s| s.label().to_string())
}

pub async fn reports(State(app): State<Arc<App>>, Query(query): Query<RangeQuery>) -> Response {
    let (range, rows) = match in_range(&query, |from, to| app.store.reports(from, to)).await {
        Ok(found) => found,
        Err(answer) => return answer,
    };
    let site = app.site.current();
    let open = rows.iter().filter(|r| r.status != Status::Closed.key()).count();
    let body = html! {
        (range_form(&range, &format!("{EDITORS_BASE}/segnalazioni")))
        p {
            (rows.len()) " segnalazioni, " (open) " da chiudere. "
            a href={(EDITORS_BASE) "/segnalazioni.csv?" (range.query())} { "Scarica (CSV)" }
        }
        @for r in &rows {
            @let number = Kind::Report.number_of(r.received, r.id).unwrap_or_default();
            article class="card mb-3" data-numero=(number) {
                div class="card-body" {
                    h2 class="h5" { (number) " – " (DisserviceKind::from_key(&r.kind).map_or(r.kind.as_str(), |k| k.label())) }
                    p class="small mb-2" { "Ricevuta il " (when(r.received)) ". Stato: " strong { (status_label(&r.status)) } }
                    @if let Some(path) = &r.page { p { "Pagina: " a href=(path) { (site.title(path)) } } }
                    @match &r.description {
                        Some(text) => p class="report-text" { (text) },
                        None => p class="text-muted" { "Descrizione cancellata alla scadenza del periodo di conservazione." },
                    }
                    @if let Some(email) = &r.email { p { "Risposta a: " a href={"mailto:" (email)} { (email) } } }
                    (status_form(format!("{EDITORS_BASE}/segnalazioni/{}", r.id), &r.status))
                }
            }
        }
    };
    page(&app, "Segnalazioni di disservizio", body)
}

pub async fn reports_csv(State(app): State<Arc<App>>, Query(query): Query<RangeQuery>) -> Response {
    let (range, rows) = match in_range(&query, |from, to| app.store.reports(from, to)).await {
        Ok(found) => found,
        Err(answer) => return answer,
    };
    let rows = rows
        .into_iter()
        .map(|r| {
            vec![
                Kind::Report.number_of(r.received, r.id).unwrap_or_default(),
                csv_time(r.received),
                r.kind.clone(),
                text(&r.page),
                text(&r.description),
                text(&r.email),
                r.status.clone(),
            ]
        })
        .collect();
    csv_response(
        &format!("segnalazioni-{}-{}.csv", range.from.iso(), range.to.iso()),
        &[
            "numero",
            "ricevuta_il",
            "tipo",
            "pagina",
            "descrizione",
            "email",
            "stato",
        ],
        rows,
    )
}

pub async fn bookings(State(app): State<Arc<App>>, Query(query): Query<RangeQuery>) -> Response {
    let (range, rows) = match in_range(&query, |from, to| app.store.bookings(from, to)).await {
        Ok(found) => found,
        Err(answer) => return answer,
    };
    let site = app.site.current();
    let office_name = |slug: &str| {
        site.booking
            .office(slug)
            .map_or(slug.to_string(), |o| o.ufficio.nome.clone())
    };
    let open = rows.iter().filter(|r| r.status != Status::Closed.key()).count();
    let body = html! {
        (range_form(&range, &format!("{EDITORS_BASE}/prenotazioni")))
        p {
            (rows.len()) " richieste, " (open) " da chiudere. "
            a href={(EDITORS_BASE) "/prenotazioni.csv?" (range.query())} { "Scarica (CSV)" }
        }
        @for r in &rows {
            @let number = Kind::Booking.number_of(r.received, r.id).unwrap_or_default();
            article class="card mb-3" data-numero=(number) {
                div class="card-body" {
                    h2 class="h5" { (number) " – " (office_name(&r.office)) }
                    p class="small mb-2" {
                        "Ricevuta il " (when(r.received)) ". Stato: " strong { (status_label(&r.status)) }
                        ". E-mail all'ufficio: " (text(&r.notice)) "."
                    }
                    dl class="row mb-2" {
                        dt class="col-sm-3" { "Servizio" } dd class="col-sm-9" { (r.service) }
                        dt class="col-sm-3" { "Giorno e fascia" } dd class="col-sm-9" { (r.day) ", " (r.slot) }
                        dt class="col-sm-3" { "Motivo" } dd class="col-sm-9" { (text(&r.reason)) }
                        dt class="col-sm-3" { "Richiedente" }
                        dd class="col-sm-9" {
                            @if r.name.is_none() { "cancellato alla scadenza del periodo di conservazione" }
                            @else { (text(&r.name)) " " (text(&r.surname)) ", " (text(&r.email)) " " (text(&r.phone)) }
                        }
                    }
                    (status_form(format!("{EDITORS_BASE}/prenotazioni/{}", r.id), &r.status))
                }
            }
        }
    };
    page(&app, "Richieste di appuntamento", body)
}

pub async fn bookings_csv(State(app): State<Arc<App>>, Query(query): Query<RangeQuery>) -> Response {
    let (range, rows) = match in_range(&query, |from, to| app.store.bookings(from, to)).await {
        Ok(found) => found,
        Err(answer) => return answer,
    };
    let rows = rows
        .into_iter()
        .map(|r| {
            vec![
                Kind::Booking.number_of(r.received, r.id).unwrap_or_default(),
                csv_time(r.received),
                r.office.clone(),
                r.service.clone(),
                r.day.clone(),
                r.slot.clone(),
                text(&r.reason),
                text(&r.name),
                text(&r.surname),
                text(&r.email),
                text(&r.phone),
                r.status.clone(),
                text(&r.notice),
            ]
        })
        .collect();
    csv_response(
        &format!("prenotazioni-{}-{}.csv", range.from.iso(), range.to.iso()),
        &[
            "numero",
            "ricevuta_il",
            "ufficio",
            "servizio",
            "giorno",
            "fascia",
            "motivo",
            "nome",
            "cognome",
            "email",
            "telefono",
            "stato",
            "avviso",
        ],
        rows,
    )
}

#[derive(Debug, Deserialize)]
pub struct StatusForm {
    stato: String,
}

/// A change that comes from another site is refused: the browser says
/// where a form was sent from, in `Sec-Fetch-Site` and in `Origin` (a
/// foreign origin, or `null` from a sandboxed frame or a redirect).
fn cross_site(headers: &HeaderMap) -> bool {
    let header = |name: &str| headers.get(name).map(|v| v.to_str().unwrap_or("\u{0}"));
    let foreign_fetch = header("sec-fetch-site").is_some_and(|site| site != "same-origin" && site != "none");
    let foreign_origin = header("origin").is_some_and(|origin| {
        let host = header("host").unwrap_or_default();
        host.is_empty() || (origin != format!("https://{host}") && origin != format!("http://{host}"))
    });
    foreign_fetch || foreign_origin
}

async fn set_status(app: Arc<App>, headers: HeaderMap, kind: Kind, id: i64, form: StatusForm) -> Response {
    if cross_site(&headers) {
        return refuse(
            StatusCode::FORBIDDEN,
            "Modifica rifiutata: non arriva da questa redazione.".into(),
            Vec::new(),
        );
    }
    let Some(status) = Status::from_key(&form.stato) else {
        return refuse(
            StatusCode::BAD_REQUEST,
            format!("Stato sconosciuto «{}».", form.stato),
            Vec::new(),
        );
    };
    match app.store.set_status(kind, id, status, now_seconds()).await {
        Ok(true) => Redirect::to(&format!("{EDITORS_BASE}/{}", kind.segment())).into_response(),
        Ok(false) => refuse(
            StatusCode::NOT_FOUND,
            format!("Non esiste la richiesta {id}."),
            Vec::new(),
        ),
        Err(err) => unavailable(err),
    }
}

pub async fn set_report_status(
    State(app): State<Arc<App>>,
    Path(id): Path<i64>,
    headers: HeaderMap,
    Form(form): Form<StatusForm>,
) -> Response {
    set_status(app, headers, Kind::Report, id, form).await
}

pub async fn set_booking_status(
    State(app): State<Arc<App>>,
    Path(id): Path<i64>,
    headers: HeaderMap,
    Form(form): Form<StatusForm>,
) -> Response {
    set_status(app, headers, Kind::Booking, id, form).await
}
