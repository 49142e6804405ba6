//! One module per group of pages. Each route reads its parameters, asks the
//! api module for data and hands it to a view that only renders.

pub mod archives;
pub mod footer_pages;
pub mod home;
pub mod novita;
pub mod pnrr;
pub mod search;
pub mod sections;
pub mod services;
pub mod transparency;
