//! The build step of the site: reads content/, validates it, and writes the
//! JSON API, feeds, sitemap and every pre-rendered page into dist/.
#![recursion_limit = "256"]

pub mod albo_feed;
pub mod api_files;
pub mod bundles;
pub mod data_package;
pub mod escape;
pub mod feeds;
pub mod figure_history;
pub mod history;
pub mod ics;
pub mod jsonld;
pub mod lists;
pub mod load;
pub mod markdown;
pub mod open_data;
pub mod pnrr_closing_data;
pub mod prerender;
pub mod publiccode;
pub mod record;
pub mod redirects;
pub mod restrictions_data;
pub mod review;
pub mod write;
pub mod yaml;
