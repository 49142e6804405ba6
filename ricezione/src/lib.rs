//! The receiving service: what citizens send from the site's forms (page
//! ratings, disservice reports, booking requests), checked against the
//! build, stored in SQLite or PostgreSQL, shown to editors. See
//! docs/ricezione.md.

pub mod config;
pub mod http;
pub mod limiter;
pub mod mail;
pub mod site;
pub mod stats;
pub mod store;
