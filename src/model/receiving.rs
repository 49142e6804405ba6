//! What citizens send to the receiving service (`ricezione/`): the page
//! rating, the disservice report and the booking request. One typed
//! contract for the browser that sends and the service that stores, with
//! the checks both apply, the receipt the service answers and its refusal.

use super::booking::{BookingData, BookingForm, CONSENT_MISSING};
use super::config::ReceivingConfig;
use super::control_chars::control_character_problem;
use super::date::Date;
use super::problem::FieldProblem;
use super::rating::{follow_up, RatingAnswer, MAX_DETAILS_CHARS};
use serde::{Deserialize, Serialize};

/// The honeypot: a field people never see (hidden from view and from
/// assistive technology) that form-filling robots fill. A request that
/// carries it is refused, in place of any third-party CAPTCHA.
pub const HONEYPOT: &str = "sito_web";
/// The largest body the service reads; a larger one gets 413.
pub const MAX_BODY_BYTES: usize = 16 * 1024;
pub const MAX_DESCRIPTION_CHARS: usize = 2000;
/// Longest page address and e-mail accepted (far above any real one).
const MAX_SHORT_CHARS: usize = 300;

/// The three things the service receives, with the last segment of their
/// address and the prefix of their request number.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    Rating,
    Report,
    Booking,
}

impl Kind {
    pub const ALL: [Kind; 3] = [Kind::Rating, Kind::Report, Kind::Booking];

    pub fn segment(self) -> &'static str {
        match self {
            Kind::Rating => "valutazioni",
            Kind::Report => "segnalazioni",
            Kind::Booking => "prenotazioni",
        }
    }

    /// `SD-2026-000007`: what the citizen quotes to the office. Ratings
    /// are anonymous and get none.
    pub fn number_prefix(self) -> Option<&'static str> {
        match self {
            Kind::Rating => None,
            Kind::Report => Some("SD"),
            Kind::Booking => Some("PA"),
        }
    }

    /// The request number of record `id`, received in `year`.
    pub fn request_number(self, year: u16, id: i64) -> Option<String> {
        self.number_prefix().map(|p| format!("{p}-{year}-{id:06}"))
    }

    /// The request number of record `id`, received at `unix_seconds`: the
    /// year is the Italian one of that moment.
    pub fn number_of(self, unix_seconds: i64, id: i64) -> Option<String> {
        self.request_number(super::date::italian_time(unix_seconds).0.year(), id)
    }
}

impl ReceivingConfig {
    /// Where the browser posts one kind; `None` while collection is off.
    pub fn address(&self, kind: Kind) -> Option<String> {
        (!self.indirizzo.is_empty()).then(|| format!("{}/{}", self.indirizzo, kind.segment()))
    }
}

/// `pagine.json`: every page of the build with its title, so the service
/// refuses a rating for a page that does not exist and shows editors each
/// page by name.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PageList {
    pub versione: u32,
    pub pagine: Vec<PageTitle>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PageTitle {
    pub percorso: String,
    pub titolo: String,
}

/// The service's answer to an accepted request.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Receipt {
    /// The request number (reports and bookings).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub numero: Option<String>,
}

/// The service's answer to a refused one: what to tell the citizen, and
/// beside which fields.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Refusal {
    pub errore: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub campi: Vec<FieldProblem>,
}

/// What the citizen reads when a request did not go through: the service's
/// own words when it refused it (its `errore`), else what happened, and
/// always that nothing was recorded and the request can be sent again.
/// `status` is `None` when no answer arrived.
pub fn failure_message(status: Option<u16>, refusal: Option<&Refusal>) -> String {
    let reason = match (status, refusal) {
        (_, Some(refusal)) => refusal.errore.clone(),
        (None, _) => "il collegamento non ha funzionato.".to_string(),
        (Some(413), _) => "il testo è troppo lungo.".to_string(),
        (Some(429), _) => "hai inviato troppe richieste in poco tempo.".to_string(),
        (Some(_), _) => "il servizio di ricezione in questo momento non risponde.".to_string(),
    };
    let reason = reason.trim_end_matches('.');
    format!("Non inviato: {reason}. Non è stato registrato nulla: puoi riprovare tra poco con lo stesso pulsante.")
}

vocabulary! {
    /// What a disservice report is about.
    DisserviceKind {
        Information => "informazioni", "Informazioni errate o mancanti";
        BrokenPage => "pagina", "Una pagina o un collegamento del sito non funziona";
        Service => "servizio", "Un servizio dell'ente non funziona";
        Accessibility => "accessibilita", "Un ostacolo di accessibilità";
        Road => "strada", "Un problema non urgente su una strada provinciale";
        Other => "altro", "Altro";
    }
}

/// A disservice report, from the form of `/segnala-disservizio`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DisserviceReport {
    /// A key of [`DisserviceKind`].
    pub tipo: String,
    /// The page (a service's page included) it is about; empty when none.
    #[serde(default)]
    pub pagina: String,
    pub descrizione: String,
    /// Optional: where the office answers.
    #[serde(default)]
    pub email: String,
    pub consenso: bool,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub sito_web: String,
}

/// Whether a request carries the honeypot.
pub trait Honeypot {
    fn honeypot(&self) -> &str;

    fn is_robot(&self) -> bool {
        !self.honeypot().is_empty()
    }
}

impl Honeypot for RatingAnswer {
    fn honeypot(&self) -> &str {
        &self.sito_web
    }
}

impl Honeypot for DisserviceReport {
    fn honeypot(&self) -> &str {
        &self.sito_web
    }
}

impl Honeypot for BookingForm {
    fn honeypot(&self) -> &str {
        &self.sito_web
    }
}

fn problem(field: &str, message: impl Into<String>) -> FieldProblem {
    FieldProblem {
        field: field.into(),
        message: message.into(),
    }
}

/// A text's problems: too long, or holding an invisible control character
/// (tab and line breaks are fine).
fn text_problems(found: &mut Vec<FieldProblem>, field: &str, text: &str, max: usize) {
    let length = text.chars().count();
    if length > max {
        found.push(problem(
            field,
            format!("Al massimo {max} caratteri (ne hai scritti {length})."),
        ));
    } else if let Some(control) = control_character_problem(text) {
        found.push(problem(field, control.message));
    }
}

impl RatingAnswer {
    /// What the service refuses; `is_page` tells the site's pages.
    pub fn problems(&self, is_page: impl Fn(&str) -> bool) -> Vec<FieldProblem> {
        let mut found = Vec::new();
        if !is_page(&self.pagina) {
            found.push(problem(
                "pagina",
                format!("«{}» non è una pagina di questo sito.", short(&self.pagina)),
            ));
        }
        if !(1..=5).contains(&self.valutazione) {
            found.push(problem("valutazione", "La valutazione va da 1 a 5 stelle."));
        } else if let Some(aspect) = &self.aspetto {
            if !follow_up(self.valutazione).answers.contains(&aspect.as_str()) {
                found.push(problem(
                    "aspetto",
                    "Scegli una delle risposte proposte per questa valutazione.",
                ));
            }
        }
        text_problems(&mut found, "dettagli", &self.dettagli, MAX_DETAILS_CHARS);
        found
    }
}

impl DisserviceReport {
    /// The page a reader named in "Dove": a page's title as offered
    /// (`pages`: address and title), an address of this site pasted whole
    /// (`origins`: the site's own, such as `https://www.provincia.sp.it`), or
    /// a path; without query and fragment. Anything else stays as typed,
    /// for the check to refuse with its reason.
    pub fn resolve_page(input: &str, pages: &[(String, String)], origins: &[&str]) -> String {
        let typed = input.trim();
        if typed.is_empty() {
            return String::new();
        }
        if let Some((path, _)) = pages.iter().find(|(_, title)| title.eq_ignore_ascii_case(typed)) {
            return path.clone();
        }
        let path = origins
            .iter()
            .filter(|o| !o.is_empty())
            .find_map(|origin| typed.strip_prefix(origin.trim_end_matches('/')))
            .map_or(typed, |rest| if rest.is_empty() { "/" } else { rest });
        if !path.starts_with('/') {
            return typed.to_string();
        }
        let path = path.split(['?', '#']).next().unwrap_or("/");
        if path.len() > 1 {
            path.trim_end_matches('/').to_string()
        } else {
            "/".to_string()
        }
    }

    pub fn problems(&self, is_page: impl Fn(&str) -> bool) -> Vec<FieldProblem> {
        let mut found = Vec::new();
        if DisserviceKind::from_key(&self.tipo).is_none() {
            found.push(problem("tipo", "Scegli che tipo di problema vuoi segnalare."));
        }
        if !self.pagina.is_empty() && !is_page(&self.pagina) {
            found.push(problem(
                "pagina",
                format!("«{}» non è una pagina di questo sito.", short(&self.pagina)),
            ));
        }
        if self.descrizione.trim().is_empty() {
            found.push(problem("descrizione", "Descrivi il problema."));
        }
        text_problems(&mut found, "descrizione", &self.descrizione, MAX_DESCRIPTION_CHARS);
        let email = self.email.trim();
        if !email.is_empty() && (email.chars().count() > MAX_SHORT_CHARS || !super::config::is_email(email)) {
            found.push(problem(
                "email",
                "Scrivi un indirizzo e-mail come nome@esempio.it, oppure lascia vuoto.",
            ));
        }
        if !self.consenso {
            found.push(problem("consenso", CONSENT_MISSING));
        }
        found
    }
}

impl BookingForm {
    /// What the service refuses: every step's checks and the consent, with
    /// the longest texts bounded.
    pub fn service_problems(&self, data: &BookingData, today: Date) -> Vec<FieldProblem> {
        let mut found = self.request_problems(data, today);
        for (field, text) in [
            ("nome", &self.nome),
            ("cognome", &self.cognome),
            ("email", &self.email),
            ("telefono", &self.telefono),
            ("giorno", &self.giorno),
        ] {
            if found.iter().all(|p| p.field != field) {
                text_problems(&mut found, field, text, MAX_SHORT_CHARS);
            }
        }
        if found.iter().all(|p| p.field != "motivo") {
            text_problems(&mut found, "motivo", &self.motivo, super::booking::MAX_REASON_CHARS);
        }
        found
    }
}

/// A value quoted back in a message, cut so a refusal stays short.
fn short(text: &str) -> String {
    let mut cut: String = text.chars().take(80).collect();
    if cut.len() < text.len() {
        cut.push('…');
    }
    cut
}

#[cfg(test)]
#[path = "receiving_tests.rs"]
mod tests;
