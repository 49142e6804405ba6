//! The database: SQLite (embedded, WAL) or PostgreSQL, behind one set of
//! operations and one SQL text. Writes go through one writer that commits
//! whatever has arrived meanwhile in one transaction (group commit): every
//! request is answered only after its commit, so nothing acknowledged is
//! lost, and a burst costs one disk flush rather than one per request.

mod postgres;
mod sqlite;

use crate::config::Database;
use provincia_sito::model::booking::BookingForm;
use provincia_sito::model::rating::RatingAnswer;
use provincia_sito::model::receiving::{DisserviceReport, Kind};
use tokio::sync::{mpsc, oneshot};

/// What is written: the model's own request types, as checked.
#[derive(Clone, Debug)]
pub enum Record {
    Rating(RatingAnswer),
    Report(DisserviceReport),
    Booking(BookingForm),
}

impl Record {
    pub fn kind(&self) -> Kind {
        match self {
            Record::Rating(_) => Kind::Rating,
            Record::Report(_) => Kind::Report,
            Record::Booking(_) => Kind::Booking,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum StoreError {
    /// The database cannot be reached or opened.
    Unavailable(String),
    /// The disk (or the database's size limit) is full.
    Full,
    Other(String),
}

impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StoreError::Unavailable(why) => write!(f, "database non raggiungibile: {why}"),
            StoreError::Full => write!(f, "disco o database pieno"),
            StoreError::Other(why) => write!(f, "errore del database: {why}"),
        }
    }
}

/// The work status of a report or a booking request, set by editors.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    New,
    InProgress,
    Closed,
}

impl Status {
    pub const ALL: [Status; 3] = [Status::New, Status::InProgress, Status::Closed];

    pub fn key(self) -> &'static str {
        match self {
            Status::New => "nuova",
            Status::InProgress => "in-lavorazione",
            Status::Closed => "chiusa",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Status::New => "Nuova",
            Status::InProgress => "In lavorazione",
            Status::Closed => "Chiusa",
        }
    }

    pub fn from_key(key: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.key() == key)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct RatingRow {
    pub id: i64,
    pub received: i64,
    pub page: String,
    pub stars: i64,
    pub aspect: Option<String>,
    /// `None` once the retention period is over.
    pub details: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ReportRow {
    pub id: i64,
    pub received: i64,
    pub kind: String,
    pub page: Option<String>,
    pub description: Option<String>,
    pub email: Option<String>,
    pub status: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct BookingRow {
    pub id: i64,
    pub received: i64,
    pub office: String,
    pub service: String,
    pub day: String,
    pub slot: String,
    pub reason: Option<String>,
    pub name: Option<String>,
    pub surname: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub status: String,
    /// Whether the office was told by e-mail.
    pub notice: Option<String>,
}

/// One write waiting for the writer, and where its outcome goes.
pub struct Pending {
    pub received: i64,
    pub record: Record,
    pub reply: oneshot::Sender<Result<i64, StoreError>>,
}

/// How many writes one transaction takes at most.
const BATCH: usize = 512;

/// Takes what is waiting after `first`, up to [`BATCH`].
fn drain(first: Pending, queue: &mut mpsc::Receiver<Pending>) -> Vec<Pending> {
    let mut batch = vec![first];
    while batch.len() < BATCH {
        match queue.try_recv() {
            Ok(next) => batch.push(next),
            Err(_) => break,
        }
    }
    batch
}

/// The database, shared by the handlers.
#[derive(Clone)]
pub struct Store {
    backend: Backend,
    writes: mpsc::Sender<Pending>,
}

#[derive(Clone)]
enum Backend {
    Sqlite(sqlite::Sqlite),
    Postgres(postgres::Postgres),
}

impl Store {
    /// Opens (creating the schema) and starts the writer.
    pub async fn open(database: &Database) -> Result<Store, StoreError> {
        let (writes, queue) = mpsc::channel(8 * BATCH);
        let backend = match database {
            Database::Sqlite(folder) => {
                let db = sqlite::Sqlite::open(folder)?;
                db.start_writer(queue)?;
                Backend::Sqlite(db)
            }
            Database::Postgres(address) => {
                let db = postgres::Postgres::open(address).await?;
                db.start_writer(queue);
                Backend::Postgres(db)
            }
        };
        Ok(Store { backend, writes })
    }

    /// SQLite capped at `max_pages` pages: a disk that fills up (tests).
    #[cfg(test)]
    pub fn sqlite_limited(folder: &std::path::Path, max_pages: u32) -> Result<Store, StoreError> {
        let (writes, queue) = mpsc::channel(8 * BATCH);
        let db = sqlite::Sqlite::open_limited(folder, Some(max_pages))?;
        db.start_writer(queue)?;
        Ok(Store {
            backend: Backend::Sqlite(db),
            writes,
        })
    }

    pub fn name(&self) -> &'static str {
        match self.backend {
            Backend::Sqlite(_) => "sqlite",
            Backend::Postgres(_) => "postgresql",
        }
    }

    /// Stores one record; `Ok` only once it is committed. Returns its id.
    pub async fn insert(&self, received: i64, record: Record) -> Result<i64, StoreError> {
        let (reply, outcome) = oneshot::channel();
        let pending = Pending {
            received,
            record,
            reply,
        };
        if self.writes.send(pending).await.is_err() {
            return Err(StoreError::Unavailable("lo scrittore si è fermato".into()));
        }
        outcome
            .await
            .unwrap_or_else(|_| Err(StoreError::Unavailable("lo scrittore si è fermato".into())))
    }

    pub async fn ping(&self) -> Result<(), StoreError> {
        match &self.backend {
            Backend::Sqlite(db) => db.read(sqlite::ping).await,
            Backend::Postgres(db) => db.ping().await,
        }
    }

    pub async fn ratings(&self, from: i64, to: i64) -> Result<Vec<RatingRow>, StoreError> {
        match &self.backend {
            Backend::Sqlite(db) => db.read(move |c| sqlite::ratings(c, from, to)).await,
            Backend::Postgres(db) => db.ratings(from, to).await,
        }
    }

    pub async fn reports(&self, from: i64, to: i64) -> Result<Vec<ReportRow>, StoreError> {
        match &self.backend {
            Backend::Sqlite(db) => db.read(move |c| sqlite::reports(c, from, to)).await,
            Backend::Postgres(db) => db.reports(from, to).await,
        }
    }

    pub async fn bookings(&self, from: i64, to: i64) -> Result<Vec<BookingRow>, StoreError> {
        match &self.backend {
            Backend::Sqlite(db) => db.read(move |c| sqlite::bookings(c, from, to)).await,
            Backend::Postgres(db) => db.bookings(from, to).await,
        }
    }

    /// Sets a report's or booking's status; `false` when there is no such id.
    pub async fn set_status(&self, kind: Kind, id: i64, status: Status, now: i64) -> Result<bool, StoreError> {
        let sql = match kind {
            Kind::Report => SET_REPORT_STATUS,
            Kind::Booking => SET_BOOKING_STATUS,
            Kind::Rating => return Ok(false),
        };
        self.execute(
            sql,
            vec![Value::Text(status.key().into()), Value::Int(now), Value::Int(id)],
        )
        .await
        .map(|n| n > 0)
    }

    /// Notes whether the office was told of a booking by e-mail.
    pub async fn set_notice(&self, id: i64, notice: &str) -> Result<(), StoreError> {
        self.execute(SET_BOOKING_NOTICE, vec![Value::Text(notice.into()), Value::Int(id)])
            .await
            .map(|_| ())
    }

    /// Deletes the free text received before `cutoff`; returns how many
    /// records lost it.
    pub async fn forget_before(&self, cutoff: i64) -> Result<u64, StoreError> {
        let mut total = 0;
        for sql in FORGET {
            total += self.execute(sql, vec![Value::Int(cutoff)]).await?;
        }
        Ok(total)
    }

    async fn execute(&self, sql: &'static str, values: Vec<Value>) -> Result<u64, StoreError> {
        match &self.backend {
            Backend::Sqlite(db) => db.write(move |c| sqlite::execute(c, sql, &values)).await,
            Backend::Postgres(db) => db.execute(sql, values).await,
        }
    }

    /// SQLite only: an online copy of the database into `target`.
    pub fn backup(&self, target: &std::path::Path) -> Result<(), String> {
        match &self.backend {
            Backend::Sqlite(db) => db.backup(target),
            Backend::Postgres(_) => Err("con PostgreSQL la copia si fa con pg_dump (vedi docs/ricezione.md)".into()),
        }
    }
}

/// A parameter of the few statements both backends run as text.
#[derive(Clone, Debug)]
pub enum Value {
    Int(i64),
    Text(String),
}

// One SQL text for both databases, with PostgreSQL's `$n` placeholders
// (SQLite reads them as `?n`, see sqlite::positional).

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS valutazioni (
    id {id},
    ricevuta_il BIGINT NOT NULL,
    pagina TEXT NOT NULL,
    valutazione BIGINT NOT NULL CHECK (valutazione BETWEEN 1 AND 5),
    aspetto TEXT,
    dettagli TEXT
);
CREATE INDEX IF NOT EXISTS valutazioni_ricevuta ON valutazioni (ricevuta_il);
CREATE TABLE IF NOT EXISTS segnalazioni (
    id {id},
    ricevuta_il BIGINT NOT NULL,
    tipo TEXT NOT NULL,
    pagina TEXT,
    descrizione TEXT,
    email TEXT,
    stato TEXT NOT NULL DEFAULT 'nuova',
    aggiornata_il BIGINT
);
CREATE INDEX IF NOT EXISTS segnalazioni_ricevuta ON segnalazioni (ricevuta_il);
CREATE TABLE IF NOT EXISTS prenotazioni (
    id {id},
    ricevuta_il BIGINT NOT NULL,
    ufficio TEXT NOT NULL,
    servizio TEXT NOT NULL,
    giorno TEXT NOT NULL,
    fascia TEXT NOT NULL,
    motivo TEXT,
    nome TEXT,
    cognome TEXT,
    email TEXT,
    telefono TEXT,
    stato TEXT NOT NULL DEFAULT 'nuova',
    avviso TEXT,
    aggiornata_il BIGINT
);
CREATE INDEX IF NOT EXISTS prenotazioni_ricevuta ON prenotazioni (ricevuta_il);
";

const INSERT_RATING: &str =
    "INSERT INTO valutazioni (ricevuta_il, pagina, valutazione, aspetto, dettagli) VALUES ($1, $2, $3, $4, $5) RETURNING id";
const INSERT_REPORT: &str =
    "INSERT INTO segnalazioni (ricevuta_il, tipo, pagina, descrizione, email) VALUES ($1, $2, $3, $4, $5) RETURNING id";
const INSERT_BOOKING: &str = "INSERT INTO prenotazioni (ricevuta_il, ufficio, servizio, giorno, fascia, motivo, nome, cognome, email, telefono) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id";
const SELECT_RATINGS: &str = "SELECT id, ricevuta_il, pagina, valutazione, aspetto, dettagli FROM valutazioni WHERE ricevuta_il >= $1 AND ricevuta_il < $2 ORDER BY id";
const SELECT_REPORTS: &str = "SELECT id, ricevuta_il, tipo, pagina, descrizione, email, stato FROM segnalazioni WHERE ricevuta_il >= $1 AND ricevuta_il < $2 ORDER BY id DESC";
const SELECT_BOOKINGS: &str = "SELECT id, ricevuta_il, ufficio, servizio, giorno, fascia, motivo, nome, cognome, email, telefono, stato, avviso FROM prenotazioni WHERE ricevuta_il >= $1 AND ricevuta_il < $2 ORDER BY id DESC";
const SET_REPORT_STATUS: &str = "UPDATE segnalazioni SET stato = $1, aggiornata_il = $2 WHERE id = $3";
const SET_BOOKING_STATUS: &str = "UPDATE prenotazioni SET stato = $1, aggiornata_il = $2 WHERE id = $3";
const SET_BOOKING_NOTICE: &str = "UPDATE prenotazioni SET avviso = $1 WHERE id = $2";
const FORGET: [&str; 3] = [
    "UPDATE valutazioni SET dettagli = NULL WHERE ricevuta_il < $1 AND dettagli IS NOT NULL",
    "UPDATE segnalazioni SET descrizione = NULL, email = NULL WHERE ricevuta_il < $1 AND (descrizione IS NOT NULL OR email IS NOT NULL)",
    "UPDATE prenotazioni SET motivo = NULL, nome = NULL, cognome = NULL, email = NULL, telefono = NULL WHERE ricevuta_il < $1 AND nome IS NOT NULL",
];

/// Empty text is stored as NULL: "nothing written" has one form.
fn optional(text: &str) -> Option<String> {
    let text = text.trim();
    (!text.is_empty()).then(|| text.to_string())
}

/// The insert statement of a record and its values, in order.
fn insert_of(received: i64, record: &Record) -> (&'static str, Vec<Option<Value>>) {
    let text = |t: &str| optional(t).map(Value::Text);
    match record {
        Record::Rating(r) => (
            INSERT_RATING,
            vec![
                Some(Value::Int(received)),
                Some(Value::Text(r.pagina.clone())),
                Some(Value::Int(i64::from(r.valutazione))),
                r.aspetto.as_deref().and_then(text),
                text(&r.dettagli),
            ],
        ),
        Record::Report(r) => (
            INSERT_REPORT,
            vec![
                Some(Value::Int(received)),
                Some(Value::Text(r.tipo.clone())),
                text(&r.pagina),
                text(&r.descrizione),
                text(&r.email),
            ],
        ),
        Record::Booking(b) => (
            INSERT_BOOKING,
            vec![
                Some(Value::Int(received)),
                Some(Value::Text(b.ufficio.clone())),
                Some(Value::Text(b.servizio.clone())),
                Some(Value::Text(b.giorno.trim().to_string())),
                Some(Value::Text(b.fascia.clone())),
                text(&b.motivo),
                text(&b.nome),
                text(&b.cognome),
                text(&b.email),
                text(&b.telefono),
            ],
        ),
    }
}

#[cfg(test)]
#[path = "tests.rs"]
mod tests;
