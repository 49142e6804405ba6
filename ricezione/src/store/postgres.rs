//! PostgreSQL, for an ente with several web servers behind one database.
//! The writer task keeps one connection (opened again when it drops) and
//! commits batches as the SQLite writer does; reads and the editors' changes
//! open a connection each, as they are rare.

use super::{drain, insert_of, BookingRow, Pending, RatingRow, ReportRow, StoreError, Value, SCHEMA};
use tokio::sync::mpsc;
use tokio_postgres::error::SqlState;
use tokio_postgres::types::ToSql;
use tokio_postgres::{Client, NoTls, Row};

#[derive(Clone)]
pub struct Postgres {
    address: String,
}

fn error(err: tokio_postgres::Error) -> StoreError {
    match err.code() {
        Some(code) if *code == SqlState::DISK_FULL => StoreError::Full,
        Some(code) if code.code().starts_with("08") || code.code().starts_with("57") => {
            StoreError::Unavailable(err.to_string())
        }
        Some(_) => StoreError::Other(err.to_string()),
        // No SQL state: the connection itself failed.
        None => StoreError::Unavailable(err.to_string()),
    }
}

fn schema() -> String {
    SCHEMA.replace("{id}", "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY")
}

/// The writer's connection, with the tables in place: a database restored
/// or recreated while the service runs is usable again without a restart.
async fn connect_writer(address: &str) -> Result<Client, StoreError> {
    let client = connect(address).await?;
    client.batch_execute(&schema()).await.map_err(error)?;
    Ok(client)
}

async fn connect(address: &str) -> Result<Client, StoreError> {
    let (client, connection) = tokio_postgres::connect(address, NoTls).await.map_err(error)?;
    tokio::spawn(async move {
        if let Err(e) = connection.await {
            tracing::warn!(errore = %e, "connessione a PostgreSQL chiusa");
        }
    });
    Ok(client)
}

type Param = Box<dyn ToSql + Sync + Send>;

fn param(value: &Option<Value>) -> Param {
    match value {
        Some(Value::Int(n)) => Box::new(*n),
        Some(Value::Text(t)) => Box::new(Some(t.clone())),
        None => Box::new(None::<String>),
    }
}

fn refs(params: &[Param]) -> Vec<&(dyn ToSql + Sync)> {
    params.iter().map(|p| p.as_ref() as &(dyn ToSql + Sync)).collect()
}

async fn write(client: &mut Client, batch: &[Pending]) -> Result<Vec<i64>, StoreError> {
    let tx = client.transaction().await.map_err(error)?;
    let mut ids = Vec::with_capacity(batch.len());
    // Each statement prepared once per batch (there are three).
    let mut prepared: Vec<(&str, tokio_postgres::Statement)> = Vec::new();
    for pending in batch {
        let (sql, values) = insert_of(pending.received, &pending.record);
        let statement = match prepared.iter().find(|(s, _)| *s == sql) {
            Some((_, statement)) => statement.clone(),
            None => {
                let statement = tx.prepare(sql).await.map_err(error)?;
                prepared.push((sql, statement.clone()));
                statement
            }
        };
        let params: Vec<Param> = values.iter().map(param).collect();
        let row = tx.query_one(&statement, &refs(&params)).await.map_err(error)?;
        ids.push(row.get(0));
    }
    tx.commit().await.map_err(error)?;
    Ok(ids)
}

impl Postgres {
    pub async fn open(address: &str) -> Result<Postgres, StoreError> {
        connect_writer(address).await?;
        Ok(Postgres {
            address: address.to_string(),
        })
    }

    pub fn start_writer(&self, mut queue: mpsc::Receiver<Pending>) {
        let address = self.address.clone();
        tokio::spawn(async move {
            let mut client: Option<Client> = None;
            while let Some(first) = queue.recv().await {
                let batch = drain(first, &mut queue);
                if client.as_ref().is_none_or(Client::is_closed) {
                    client = connect_writer(&address).await.ok();
                }
                let Some(open) = client.as_mut() else {
                    for pending in batch {
                        let _ = pending
                            .reply
                            .send(Err(StoreError::Unavailable("PostgreSQL non risponde".into())));
                    }
                    continue;
                };
                let outcomes = match write(open, &batch).await {
                    Ok(ids) => ids.into_iter().map(Ok).collect(),
                    Err(_) => {
                        let mut each = Vec::with_capacity(batch.len());
                        for pending in &batch {
                            each.push(write(open, std::slice::from_ref(pending)).await.map(|ids| ids[0]));
                        }
                        each
                    }
                };
                for (pending, outcome) in batch.into_iter().zip(outcomes) {
                    let _ = pending.reply.send(outcome);
                }
            }
        });
    }

    pub async fn ping(&self) -> Result<(), StoreError> {
        let client = connect(&self.address).await?;
        client
            .query_one("SELECT count(*) FROM valutazioni", &[])
            .await
            .map_err(error)?;
        Ok(())
    }

    pub async fn execute(&self, sql: &str, values: Vec<Value>) -> Result<u64, StoreError> {
        let client = connect(&self.address).await?;
        let params: Vec<Param> = values.into_iter().map(|v| param(&Some(v))).collect();
        client.execute(sql, &refs(&params)).await.map_err(error)
    }

    async fn rows(&self, sql: &str, from: i64, to: i64) -> Result<Vec<Row>, StoreError> {
        let client = connect(&self.address).await?;
        client.query(sql, &[&from, &to]).await.map_err(error)
    }

    pub async fn ratings(&self, from: i64, to: i64) -> Result<Vec<RatingRow>, StoreError> {
        let rows = self.rows(super::SELECT_RATINGS, from, to).await?;
        Ok(rows
            .iter()
            .map(|r| RatingRow {
                id: r.get(0),
                received: r.get(1),
                page: r.get(2),
                stars: r.get(3),
                aspect: r.get(4),
                details: r.get(5),
            })
            .collect())
    }

    pub async fn reports(&self, from: i64, to: i64) -> Result<Vec<ReportRow>, StoreError> {
        let rows = self.rows(super::SELECT_REPORTS, from, to).await?;
        Ok(rows
            .iter()
            .map(|r| ReportRow {
                id: r.get(0),
                received: r.get(1),
                kind: r.get(2),
                page: r.get(3),
                description: r.get(4),
                email: r.get(5),
                status: r.get(6),
            })
            .collect())
    }

    pub async fn bookings(&self, from: i64, to: i64) -> Result<Vec<BookingRow>, StoreError> {
        let rows = self.rows(super::SELECT_BOOKINGS, from, to).await?;
        Ok(rows
            .iter()
            .map(|r| BookingRow {
                id: r.get(0),
                received: r.get(1),
                office: r.get(2),
                service: r.get(3),
                day: r.get(4),
                slot: r.get(5),
                reason: r.get(6),
                name: r.get(7),
                surname: r.get(8),
                email: r.get(9),
                phone: r.get(10),
                status: r.get(11),
                notice: r.get(12),
            })
            .collect())
    }
}
