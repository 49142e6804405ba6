//! The only place that talks to the network. Pages never fetch: routes ask
//! these loaders for typed data and hand it to pure views.

use crate::model::content::{HomeData, NewsList};
use crate::model::LoadError;
use serde::de::DeserializeOwned;

/// Base of the static JSON API (contract: docs/api-v1.md).
const API_BASE: &str = "/api/v1";

async fn fetch_json<T: DeserializeOwned>(path: &str) -> Result<T, LoadError> {
    let url = format!("{API_BASE}/{path}");
    let response = gloo_net::http::Request::get(&url)
        .send()
        .await
        .map_err(|_| LoadError::Network)?;
    if !response.ok() {
        return Err(LoadError::Status(response.status()));
    }
    let text = response.text().await.map_err(|_| LoadError::Network)?;
    serde_json::from_str(&text).map_err(|err| LoadError::Malformed(err.to_string()))
}

pub async fn home() -> Result<HomeData, LoadError> {
    fetch_json("home.json").await
}

pub async fn news() -> Result<NewsList, LoadError> {
    fetch_json("novita.json").await
}

pub async fn site_index() -> Result<crate::model::content::SiteIndex, LoadError> {
    fetch_json("indice.json").await
}
