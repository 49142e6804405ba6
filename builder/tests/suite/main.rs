//! The builder's integration tests, linked into one binary: each test file
//! used to be its own executable carrying the whole site and its debug
//! information (about 800 MB apiece), which filled the CI machine's disk.

mod common;

mod albo;
mod api_contract;
mod cms_config;
mod feeds;
mod hostile;
mod open_data;
mod people;
mod pnrr_validation;
mod prerender;
mod publiccode;
mod rebrand_dist;
mod review;
mod sections;
mod territory;
mod validation;
mod xss;
