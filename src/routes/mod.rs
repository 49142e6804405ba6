//! One module per group of pages, each with its part of the route table
//! (`NewsRoutes`, `PnrrRoutes`…). Each route reads its parameters, names the
//! endpoint it needs and hands the data to a view that only renders.
//!
//! Each group returns one `AnyNestedRoute`: the browser build erases
//! component types (`--cfg erase_components`, .cargo/config.toml), and in
//! that mode a group may only be a single route.

pub mod albo;
pub mod archives;
pub mod bodies;
pub mod booking;
pub mod calls;
pub mod documents;
pub mod events;
pub mod footer_pages;
pub mod home;
pub mod news;
pub mod offices;
pub mod people;
pub mod places;
pub mod pnrr;
pub mod restrictions;
pub mod search;
pub mod sections;
pub mod services;
pub mod territory;
pub mod transparency;
