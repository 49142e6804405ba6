//! The per-client rate limit. A client is its network address, which is
//! never stored: it is hashed with a random salt kept in memory and drawn
//! again every day (the old one is dropped with the day's counters), so no
//! hash can be tied to an address afterwards, not even by the service.

use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::Instant;

/// A token bucket: `per_minute` requests a minute, as many at once.
struct Bucket {
    tokens: f64,
    updated: Instant,
}

struct Day {
    number: i64,
    salt: [u8; 32],
    buckets: HashMap<[u8; 16], Bucket>,
    /// When idle clients were last dropped (at most every few seconds:
    /// the sweep walks the whole table).
    pruned: Option<Instant>,
}

pub struct Limiter {
    per_minute: f64,
    day: Mutex<Day>,
}

/// Above this many clients, those idle for a minute (their bucket full
/// again, so forgetting them changes nothing) are dropped: a flood from
/// many addresses cannot grow the memory without bound.
const PRUNE_ABOVE: usize = 100_000;

fn fresh_salt() -> [u8; 32] {
    let mut salt = [0u8; 32];
    getrandom::fill(&mut salt).expect("the system's random source is readable");
    salt
}

impl Limiter {
    pub fn new(per_minute: u32) -> Limiter {
        Limiter {
            per_minute: f64::from(per_minute),
            day: Mutex::new(Day {
                number: i64::MIN,
                salt: [0; 32],
                buckets: HashMap::new(),
                pruned: None,
            }),
        }
    }

    /// Whether `client` may send now (`unix_day`: today's day number). On
    /// refusal, the seconds until it may.
    pub fn check(&self, client: IpAddr, unix_day: i64, now: Instant) -> Result<(), u64> {
        let mut day = self.day.lock().unwrap_or_else(|e| e.into_inner());
        if day.number != unix_day {
            *day = Day {
                number: unix_day,
                salt: fresh_salt(),
                buckets: HashMap::new(),
                pruned: None,
            };
        }
        let sweep_due = day
            .pruned
            .is_none_or(|at| now.saturating_duration_since(at).as_secs() >= 10);
        if day.buckets.len() > PRUNE_ABOVE && sweep_due {
            day.buckets
                .retain(|_, b| now.saturating_duration_since(b.updated).as_secs() < 60);
            day.pruned = Some(now);
        }
        let key = client_key(&day.salt, client);
        let capacity = self.per_minute;
        let bucket = day.buckets.entry(key).or_insert(Bucket {
            tokens: capacity,
            updated: now,
        });
        let refill = now.saturating_duration_since(bucket.updated).as_secs_f64() * capacity / 60.0;
        bucket.tokens = (bucket.tokens + refill).min(capacity);
        bucket.updated = now;
        if bucket.tokens >= 1.0 {
            bucket.tokens -= 1.0;
            Ok(())
        } else {
            Err(((1.0 - bucket.tokens) * 60.0 / capacity).ceil() as u64)
        }
    }

    /// How many clients are being counted today.
    pub fn clients(&self) -> usize {
        self.day.lock().map(|d| d.buckets.len()).unwrap_or(0)
    }
}

fn client_key(salt: &[u8; 32], client: IpAddr) -> [u8; 16] {
    let mut hash = Sha256::new();
    hash.update(salt);
    match client {
        IpAddr::V4(v4) => hash.update(v4.octets()),
        IpAddr::V6(v6) => hash.update(v6.octets()),
    }
    let digest = hash.finalize();
    let mut key = [0u8; 16];
    key.copy_from_slice(&digest[..16]);
    key
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn a_flood_is_stopped_and_other_clients_are_not() {
        let limiter = Limiter::new(3);
        let t0 = Instant::now();
        let flood: IpAddr = "203.0.113.7".parse().unwrap();
        let other: IpAddr = "198.51.100.1".parse().unwrap();
        for _ in 0..3 {
            assert_eq!(limiter.check(flood, 1, t0), Ok(()));
        }
        assert_eq!(limiter.check(flood, 1, t0), Err(20));
        assert_eq!(limiter.check(other, 1, t0), Ok(()));
        // One request back every 20 s.
        assert_eq!(limiter.check(flood, 1, t0 + Duration::from_secs(20)), Ok(()));
        assert!(limiter.check(flood, 1, t0 + Duration::from_secs(20)).is_err());
    }

    #[test]
    fn idle_clients_are_forgotten_when_there_are_too_many() {
        let limiter = Limiter::new(5);
        let t0 = Instant::now();
        for n in 0..=PRUNE_ABOVE as u32 {
            let _ = limiter.check(IpAddr::from(n.to_be_bytes()), 1, t0);
        }
        assert_eq!(limiter.clients(), PRUNE_ABOVE + 1);
        // A minute later the next request prunes the idle ones.
        let later = t0 + Duration::from_secs(61);
        assert!(limiter.check("203.0.113.7".parse().unwrap(), 1, later).is_ok());
        assert_eq!(limiter.clients(), 1);
    }

    #[test]
    fn a_new_day_draws_a_new_salt_and_forgets_everyone() {
        let limiter = Limiter::new(1);
        let client: IpAddr = "203.0.113.7".parse().unwrap();
        let t0 = Instant::now();
        assert!(limiter.check(client, 1, t0).is_ok());
        let first_salt = limiter.day.lock().unwrap().salt;
        assert!(limiter.check(client, 1, t0).is_err());
        assert!(limiter.check(client, 2, t0).is_ok());
        assert_ne!(limiter.day.lock().unwrap().salt, first_salt);
        assert_eq!(limiter.clients(), 1);
        // The key depends on the salt: yesterday's hash is not today's.
        assert_ne!(
            client_key(&first_salt, client),
            client_key(&limiter.day.lock().unwrap().salt, client)
        );
    }
}
