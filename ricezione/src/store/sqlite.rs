//! SQLite: one file, `ricezione.sqlite`, in WAL mode with full sync (a
//! commit is on disk before the answer). One writer thread owns the write
//! connection; reads open their own connections, which WAL lets run beside
//! the writer.

use super::{drain, insert_of, BookingRow, Pending, RatingRow, ReportRow, StoreError, Value, SCHEMA};
use rusqlite::{params_from_iter, Connection, ErrorCode, OpenFlags};
use std::path::{Path, PathBuf};
use std::time::Duration;
use tokio::sync::mpsc;

pub const FILE: &str = "ricezione.sqlite";

/// How often the WAL is copied into the database file.
const CHECKPOINT_EVERY: Duration = Duration::from_millis(500);

#[derive(Clone)]
pub struct Sqlite {
    file: PathBuf,
    /// A cap on the database's pages (tests of a full disk); `None` in use.
    max_pages: Option<u32>,
}

pub fn error(err: rusqlite::Error) -> StoreError {
    match err.sqlite_error_code() {
        Some(ErrorCode::DiskFull) => StoreError::Full,
        Some(ErrorCode::CannotOpen | ErrorCode::ReadOnly | ErrorCode::SystemIoFailure | ErrorCode::NotADatabase) => {
            StoreError::Unavailable(err.to_string())
        }
        _ => StoreError::Other(err.to_string()),
    }
}

/// `$1` → `?1`: SQLite's numbered parameters, from the shared SQL text.
pub fn positional(sql: &str) -> String {
    let mut out = String::with_capacity(sql.len());
    let mut chars = sql.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '$' && chars.peek().is_some_and(char::is_ascii_digit) {
            out.push('?');
        } else {
            out.push(c);
        }
    }
    out
}

fn sql_value(value: &Option<Value>) -> rusqlite::types::Value {
    match value {
        Some(Value::Int(n)) => rusqlite::types::Value::Integer(*n),
        Some(Value::Text(t)) => rusqlite::types::Value::Text(t.clone()),
        None => rusqlite::types::Value::Null,
    }
}

impl Sqlite {
    pub fn open(folder: &Path) -> Result<Sqlite, StoreError> {
        Sqlite::open_limited(folder, None)
    }

    pub fn open_limited(folder: &Path, max_pages: Option<u32>) -> Result<Sqlite, StoreError> {
        std::fs::create_dir_all(folder).map_err(|e| StoreError::Unavailable(format!("{}: {e}", folder.display())))?;
        let db = Sqlite {
            file: folder.join(FILE),
            max_pages,
        };
        let conn = db.connect(false)?;
        conn.pragma_update(None, "journal_mode", "WAL").map_err(error)?;
        let schema = SCHEMA.replace("{id}", "INTEGER PRIMARY KEY");
        conn.execute_batch(&schema).map_err(error)?;
        Ok(db)
    }

    fn connect(&self, read_only: bool) -> Result<Connection, StoreError> {
        let flags = if read_only {
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX
        } else {
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE | OpenFlags::SQLITE_OPEN_NO_MUTEX
        };
        let conn = Connection::open_with_flags(&self.file, flags).map_err(error)?;
        conn.busy_timeout(Duration::from_secs(5)).map_err(error)?;
        conn.pragma_update(None, "synchronous", "FULL").map_err(error)?;
        if let Some(pages) = self.max_pages {
            conn.pragma_update(None, "max_page_count", pages).map_err(error)?;
        }
        Ok(conn)
    }

    /// The writer thread: a batch of whatever is waiting, one transaction.
    /// Checkpoints (copying the WAL into the database file, with its own
    /// flush) are kept off the commit path: the writer never runs one, a
    /// second thread does every half second, and a commit waits only for
    /// its own flush of the WAL.
    pub fn start_writer(&self, mut queue: mpsc::Receiver<Pending>) -> Result<(), StoreError> {
        let mut conn = self.connect(false)?;
        conn.pragma_update(None, "wal_autocheckpoint", 0).map_err(error)?;
        let checkpoints = self.connect(false)?;
        std::thread::Builder::new()
            .name("ricezione-checkpoint".into())
            .spawn(move || loop {
                std::thread::sleep(CHECKPOINT_EVERY);
                // PASSIVE: copies what it can without waiting for the writer.
                if let Err(err) = checkpoints.query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |_| Ok(())) {
                    tracing::warn!(errore = %err, "checkpoint del WAL non riuscito");
                }
            })
            .map_err(|e| StoreError::Other(e.to_string()))?;
        std::thread::Builder::new()
            .name("ricezione-sqlite".into())
            .spawn(move || {
                while let Some(first) = queue.blocking_recv() {
                    let batch = drain(first, &mut queue);
                    match write(&mut conn, &batch) {
                        Ok(ids) => reply_all(batch, ids.into_iter().map(Ok).collect()),
                        // One record may be the cause: each alone, so the
                        // others are stored and only the failing one is refused.
                        Err(_) => {
                            let outcomes = batch
                                .iter()
                                .map(|p| write(&mut conn, std::slice::from_ref(p)).map(|ids| ids[0]))
                                .collect();
                            reply_all(batch, outcomes);
                        }
                    }
                }
            })
            .map_err(|e| StoreError::Other(e.to_string()))?;
        Ok(())
    }

    /// Runs `f` on a read-only connection, off the async threads.
    pub async fn read<T: Send + 'static>(
        &self,
        f: impl FnOnce(&Connection) -> Result<T, StoreError> + Send + 'static,
    ) -> Result<T, StoreError> {
        let db = self.clone();
        tokio::task::spawn_blocking(move || f(&db.connect(true)?))
            .await
            .map_err(|e| StoreError::Other(e.to_string()))?
    }

    /// Runs `f` on a connection of its own (editors' changes, retention),
    /// which waits while the writer commits.
    pub async fn write<T: Send + 'static>(
        &self,
        f: impl FnOnce(&Connection) -> Result<T, StoreError> + Send + 'static,
    ) -> Result<T, StoreError> {
        let db = self.clone();
        tokio::task::spawn_blocking(move || f(&db.connect(false)?))
            .await
            .map_err(|e| StoreError::Other(e.to_string()))?
    }

    /// SQLite's online backup: a consistent copy while the service runs.
    pub fn backup(&self, target: &Path) -> Result<(), String> {
        let source = self.connect(true).map_err(|e| e.to_string())?;
        let mut copy = Connection::open(target).map_err(|e| format!("{}: {e}", target.display()))?;
        let backup = rusqlite::backup::Backup::new(&source, &mut copy).map_err(|e| e.to_string())?;
        backup
            .run_to_completion(256, Duration::from_millis(5), None)
            .map_err(|e| e.to_string())
    }
}

fn reply_all(batch: Vec<Pending>, outcomes: Vec<Result<i64, StoreError>>) {
    for (pending, outcome) in batch.into_iter().zip(outcomes) {
        // The client may have gone; its record is stored all the same.
        let _ = pending.reply.send(outcome);
    }
}

fn write(conn: &mut Connection, batch: &[Pending]) -> Result<Vec<i64>, StoreError> {
    let tx = conn.transaction().map_err(error)?;
    let mut ids = Vec::with_capacity(batch.len());
    for pending in batch {
        let (sql, values) = insert_of(pending.received, &pending.record);
        let mut statement = tx.prepare_cached(&positional(sql)).map_err(error)?;
        let id = statement
            .query_row(params_from_iter(values.iter().map(sql_value)), |row| row.get(0))
            .map_err(error)?;
        ids.push(id);
    }
    tx.commit().map_err(error)?;
    Ok(ids)
}

pub fn ping(conn: &Connection) -> Result<(), StoreError> {
    conn.query_row("SELECT count(*) FROM valutazioni", [], |row| row.get::<_, i64>(0))
        .map(|_| ())
        .map_err(error)
}

pub fn execute(conn: &Connection, sql: &str, values: &[Value]) -> Result<u64, StoreError> {
    let values: Vec<Option<Value>> = values.iter().cloned().map(Some).collect();
    conn.execute(&positional(sql), params_from_iter(values.iter().map(sql_value)))
        .map(|n| n as u64)
        .map_err(error)
}

fn rows<T>(
    conn: &Connection,
    sql: &str,
    from: i64,
    to: i64,
    map: impl Fn(&rusqlite::Row) -> rusqlite::Result<T>,
) -> Result<Vec<T>, StoreError> {
    let mut statement = conn.prepare(&positional(sql)).map_err(error)?;
    let found = statement.query_map([from, to], map).map_err(error)?;
    found.collect::<Result<Vec<T>, _>>().map_err(error)
}

pub fn ratings(conn: &Connection, from: i64, to: i64) -> Result<Vec<RatingRow>, StoreError> {
    rows(conn, super::SELECT_RATINGS, from, to, |r| {
        Ok(RatingRow {
            id: r.get(0)?,
            received: r.get(1)?,
            page: r.get(2)?,
            stars: r.get(3)?,
            aspect: r.get(4)?,
            details: r.get(5)?,
        })
    })
}

pub fn reports(conn: &Connection, from: i64, to: i64) -> Result<Vec<ReportRow>, StoreError> {
    rows(conn, super::SELECT_REPORTS, from, to, |r| {
        Ok(ReportRow {
            id: r.get(0)?,
            received: r.get(1)?,
            kind: r.get(2)?,
            page: r.get(3)?,
            description: r.get(4)?,
            email: r.get(5)?,
            status: r.get(6)?,
        })
    })
}

pub fn bookings(conn: &Connection, from: i64, to: i64) -> Result<Vec<BookingRow>, StoreError> {
    rows(conn, super::SELECT_BOOKINGS, from, to, |r| {
        Ok(BookingRow {
            id: r.get(0)?,
            received: r.get(1)?,
            office: r.get(2)?,
            service: r.get(3)?,
            day: r.get(4)?,
            slot: r.get(5)?,
            reason: r.get(6)?,
            name: r.get(7)?,
            surname: r.get(8)?,
            email: r.get(9)?,
            phone: r.get(10)?,
            status: r.get(11)?,
            notice: r.get(12)?,
        })
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn placeholders_become_positional() {
        assert_eq!(
            super::positional("a = $1 AND b = $12, '$x'"),
            "a = ?1 AND b = ?12, '$x'"
        );
    }
}
