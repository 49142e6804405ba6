//! Booking an appointment (the model's "Prenotazione appuntamento"): which
//! offices take appointments for which services, the request a citizen
//! fills in step by step, its checks, and where it goes — the ente's
//! external booking system when `sito.toml` names one, otherwise an e-mail
//! to the office prepared from the summary (the citizen's own mail program
//! sends it: nothing is pretended to be sent).

use super::calendar::{holiday, OpeningHours, Period, YearDay};
use super::config::{is_email, is_phone, BOOKING_PLACEHOLDERS};
use super::content::Office;
use super::date::Date;
use super::problem::FieldProblem;
use super::url_template::encode_component;
use serde::{Deserialize, Serialize};

/// `prenotazione.json`: what the booking page offers.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BookingData {
    pub versione: u32,
    /// The external booking system's address with `{ufficio}` and
    /// `{servizio}`; absent when the ente has none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sistema: Option<String>,
    pub uffici: Vec<BookingOffice>,
    /// The patron saint's day of the seat, closed like the public holidays.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub festa_patronale: Option<YearDay>,
}

/// An office that receives the public, with the services it is responsible for.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BookingOffice {
    pub slug: String,
    pub ufficio: Office,
    pub servizi: Vec<BookingService>,
    /// The office's hours (`ufficio.orari`), read: the days and slots offered.
    pub orario: OpeningHours,
}

/// The choice for a request no listed service fits: the reason says it.
pub const OTHER_SERVICE: &str = "altro";
pub const OTHER_SERVICE_TITLE: &str = "Altro (scrivilo nel motivo)";

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BookingService {
    pub slug: String,
    pub titolo: String,
}

impl BookingData {
    pub fn office(&self, slug: &str) -> Option<&BookingOffice> {
        self.uffici.iter().find(|o| o.slug == slug)
    }

    /// The office responsible for a service, for a request that arrives
    /// from a service page (`?servizio=…`).
    pub fn office_of_service(&self, service: &str) -> Option<&BookingOffice> {
        self.uffici.iter().find(|o| o.servizi.iter().any(|s| s.slug == service))
    }

    /// Why no office receives on `day`, if it is a public holiday.
    pub fn closed_for(&self, day: Date) -> Option<&'static str> {
        holiday(day, self.festa_patronale)
    }

    /// The slots an office offers on `day`: none on a public holiday or a
    /// day it is closed; the morning is what it opens before 13:00, the
    /// afternoon the rest, each from its first opening to its last closing.
    pub fn slots(&self, office: &BookingOffice, day: Date) -> Vec<(Slot, Period)> {
        if self.closed_for(day).is_some() {
            return Vec::new();
        }
        Slot::ALL
            .into_iter()
            .filter_map(|slot| {
                let periods: Vec<&Period> = office.orario.on(day).iter().filter(|p| Slot::of(**p) == slot).collect();
                let (first, last) = (periods.first()?, periods.last()?);
                Some((
                    slot,
                    Period {
                        dalle: first.dalle,
                        alle: last.alle,
                    },
                ))
            })
            .collect()
    }
}

impl BookingOffice {
    /// The services offered, then "Altro".
    pub fn services_and_other(&self) -> Vec<BookingService> {
        let mut all = self.servizi.clone();
        all.push(BookingService {
            slug: OTHER_SERVICE.into(),
            titolo: OTHER_SERVICE_TITLE.into(),
        });
        all
    }
}

/// The part of the day the citizen prefers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Slot {
    Morning,
    Afternoon,
}

impl Slot {
    pub const ALL: [Slot; 2] = [Slot::Morning, Slot::Afternoon];

    pub fn value(self) -> &'static str {
        match self {
            Slot::Morning => "mattina",
            Slot::Afternoon => "pomeriggio",
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Slot::Morning => "Mattina",
            Slot::Afternoon => "Pomeriggio",
        }
    }

    /// "Mattina (9:00 – 12:00)": the slot with the office's hours in it.
    pub fn label(self, period: Period) -> String {
        format!("{} ({})", self.name(), period.label())
    }

    /// The slot a period of opening belongs to: it starts before 13:00 or not.
    pub fn of(period: Period) -> Slot {
        if period.dalle < 13 * 60 {
            Slot::Morning
        } else {
            Slot::Afternoon
        }
    }

    pub fn from_value(value: &str) -> Option<Slot> {
        Slot::ALL.into_iter().find(|s| s.value() == value)
    }
}

pub const CONSENT_MISSING: &str = "Conferma di aver letto come vengono trattati i dati che invii.";

/// How far ahead a day may be asked for.
pub const MAX_DAYS_AHEAD: i64 = 90;
pub const MAX_REASON_CHARS: usize = 500;

/// The form's fields as typed, one string each (the form keeps them all,
/// whatever their state, so nothing typed is lost). Sent as it is to the
/// receiving service (`model::receiving`), which checks it again.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BookingForm {
    pub ufficio: String,
    pub servizio: String,
    pub giorno: String,
    pub fascia: String,
    pub motivo: String,
    pub nome: String,
    pub cognome: String,
    pub email: String,
    #[serde(default)]
    pub telefono: String,
    /// The citizen has read how the request is processed (the summary step).
    #[serde(default)]
    pub consenso: bool,
    /// The honeypot (`model::receiving::HONEYPOT`): empty from a person.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub sito_web: String,
}

/// The form's steps, in the model's order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Place,
    When,
    Details,
    Applicant,
    Summary,
}

impl Step {
    pub const ALL: [Step; 5] = [Step::Place, Step::When, Step::Details, Step::Applicant, Step::Summary];

    pub fn title(self) -> &'static str {
        match self {
            Step::Place => "Ufficio",
            Step::When => "Data e orario",
            Step::Details => "Dettagli appuntamento",
            Step::Applicant => "Richiedente",
            Step::Summary => "Riepilogo",
        }
    }

    pub fn number(self) -> usize {
        Step::ALL.iter().position(|s| *s == self).unwrap_or(0) + 1
    }

    pub fn next(self) -> Step {
        Step::ALL.get(self.number()).copied().unwrap_or(Step::Summary)
    }

    pub fn previous(self) -> Step {
        Step::ALL[self.number().saturating_sub(2)]
    }

    /// The fields this step asks for, by name.
    pub fn fields(self) -> &'static [&'static str] {
        match self {
            Step::Place => &["ufficio"],
            Step::When => &["giorno", "fascia"],
            Step::Details => &["servizio", "motivo"],
            Step::Applicant => &["nome", "cognome", "email", "telefono"],
            Step::Summary => &[],
        }
    }
}

impl BookingForm {
    /// The day asked for, written as the date field gives it (2026-12-15)
    /// or as Italians type it (15/12/2026).
    pub fn day(&self) -> Option<Date> {
        super::date::parse_written(&self.giorno)
    }

    /// The problems of one step's fields, `today` being the citizen's date.
    pub fn problems(&self, step: Step, data: &BookingData, today: Date) -> Vec<FieldProblem> {
        let mut found = Vec::new();
        let mut say = |field: &'static str, message: &str| {
            found.push(FieldProblem {
                field: field.to_string(),
                message: message.to_string(),
            })
        };
        let office = data.office(&self.ufficio);
        for field in step.fields() {
            match *field {
                "ufficio" if office.is_none() => say("ufficio", "Scegli l'ufficio."),
                "giorno" => match self.day() {
                    None => say("giorno", "Scrivi o scegli il giorno, per esempio 15/12/2026."),
                    Some(day) if today.days_until(day) < 1 => say("giorno", "Scegli un giorno a partire da domani."),
                    Some(day) if today.days_until(day) > MAX_DAYS_AHEAD => say(
                        "giorno",
                        &format!("Scegli un giorno entro {MAX_DAYS_AHEAD} giorni da oggi."),
                    ),
                    Some(day) if data.closed_for(day).is_some() => say(
                        "giorno",
                        &format!(
                            "{} è festivo ({}): gli uffici sono chiusi, scegli un altro giorno.",
                            capitalised(&day.after("il")),
                            data.closed_for(day).unwrap_or_default()
                        ),
                    ),
                    Some(day) if office.is_some_and(|o| o.orario.on(day).is_empty()) => say(
                        "giorno",
                        &format!(
                            "{} l'ufficio non riceve: riceve {}.",
                            capitalised(&day.after("il")),
                            office.and_then(|o| o.ufficio.orari.clone()).unwrap_or_default()
                        ),
                    ),
                    Some(day) if office.is_none() && day.weekday() >= 5 => say(
                        "giorno",
                        "Gli uffici ricevono dal lunedì al venerdì: scegli un giorno feriale.",
                    ),
                    Some(_) => {}
                },
                "fascia" => {
                    let slot = Slot::from_value(&self.fascia);
                    let offered = match (office, self.day()) {
                        (Some(office), Some(day)) => data.slots(office, day),
                        _ => Vec::new(),
                    };
                    match slot {
                        None => say("fascia", "Scegli la fascia oraria."),
                        Some(slot) if !offered.is_empty() && !offered.iter().any(|(s, _)| *s == slot) => {
                            let only: Vec<String> = offered.iter().map(|(s, p)| s.label(*p).to_lowercase()).collect();
                            say(
                                "fascia",
                                &format!("Quel giorno l'ufficio riceve solo {}.", only.join(" e ")),
                            )
                        }
                        Some(_) => {}
                    }
                }
                "servizio" => {
                    let offered = office.is_some_and(|o| {
                        self.servizio == OTHER_SERVICE || o.servizi.iter().any(|s| s.slug == self.servizio)
                    });
                    if !offered {
                        say("servizio", "Scegli il servizio per cui chiedi l'appuntamento.");
                    }
                }
                "motivo" if self.motivo.trim().is_empty() => {
                    say("motivo", "Scrivi in breve il motivo dell'appuntamento.")
                }
                "motivo" if self.motivo.chars().count() > MAX_REASON_CHARS => {
                    say("motivo", &format!("Al massimo {MAX_REASON_CHARS} caratteri."))
                }
                "nome" if self.nome.trim().is_empty() => say("nome", "Scrivi il tuo nome."),
                "cognome" if self.cognome.trim().is_empty() => say("cognome", "Scrivi il tuo cognome."),
                "email" if !is_email(self.email.trim()) => {
                    say("email", "Scrivi un indirizzo e-mail come nome@esempio.it.")
                }
                "telefono" if !self.telefono.trim().is_empty() && !is_phone(self.telefono.trim()) => say(
                    "telefono",
                    "Scrivi solo cifre, spazi e il prefisso +39, oppure lascia vuoto.",
                ),

                _ => {}
            }
        }
        found
    }

    /// Every step's problems: what the receiving service checks before it
    /// stores a request.
    /// The consent is asked on the summary, only when the site sends the
    /// request itself.
    pub fn request_problems(&self, data: &BookingData, today: Date) -> Vec<FieldProblem> {
        let mut found: Vec<FieldProblem> = Step::ALL
            .into_iter()
            .flat_map(|step| self.problems(step, data, today))
            .collect();
        if !self.consenso {
            found.push(FieldProblem {
                field: "consenso".into(),
                message: CONSENT_MISSING.into(),
            });
        }
        found
    }

    /// The lines of the summary, label and value, as shown and as written
    /// in the e-mail.
    pub fn summary(&self, data: &BookingData) -> Vec<(&'static str, String)> {
        let office = data.office(&self.ufficio);
        let service = office
            .and_then(|o| o.services_and_other().into_iter().find(|s| s.slug == self.servizio))
            .map(|s| s.titolo);
        let day = self.day().map(|d| d.italian()).unwrap_or_default();
        let slot = match (office, self.day(), Slot::from_value(&self.fascia)) {
            (Some(office), Some(day), Some(slot)) => data
                .slots(office, day)
                .into_iter()
                .find(|(s, _)| *s == slot)
                .map_or_else(|| slot.name().to_string(), |(s, p)| s.label(p)),
            (_, _, Some(slot)) => slot.name().to_string(),
            _ => String::new(),
        };
        vec![
            ("Ufficio", office.map(|o| o.ufficio.nome.clone()).unwrap_or_default()),
            ("Servizio", service.unwrap_or_default()),
            ("Giorno preferito", day),
            ("Fascia oraria", slot),
            ("Motivo", self.motivo.trim().to_string()),
            ("Richiedente", format!("{} {}", self.nome.trim(), self.cognome.trim())),
            ("E-mail", self.email.trim().to_string()),
            ("Telefono", self.telefono.trim().to_string()),
        ]
    }

    /// The request as an e-mail to the office (`mailto:` with subject and
    /// body), or `None` when the office has no address.
    pub fn mailto(&self, data: &BookingData) -> Option<String> {
        let office = data.office(&self.ufficio)?;
        let to = office.ufficio.email.as_deref()?;
        let body: Vec<String> = self
            .summary(data)
            .into_iter()
            .filter(|(_, value)| !value.is_empty())
            .map(|(label, value)| format!("{label}: {value}"))
            .collect();
        Some(format!(
            "mailto:{to}?subject={}&body={}",
            encode_component("Richiesta di appuntamento"),
            encode_component(&format!("Chiedo un appuntamento.\n\n{}\n", body.join("\n")))
        ))
    }
}

/// The first letter in capitals, to open a sentence: "L'8 dicembre…".
fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// The external booking system's address for an office and a service.
pub fn external_url(template: &str, office: &str, service: &str) -> String {
    let [office_key, service_key] = BOOKING_PLACEHOLDERS;
    super::url_template::fill_template(
        template,
        &[(office_key.into(), office.into()), (service_key.into(), service.into())],
    )
}

#[cfg(test)]
#[path = "booking_tests.rs"]
mod tests;
