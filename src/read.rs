//! The only place the app reads data. Pages never fetch: routes name an
//! [`Endpoint`] and hand its typed data to pure views. An endpoint is read
//! from the data the page already holds (embedded by the pre-renderer, or
//! handed over while pre-rendering), else fetched from the static JSON API.

use crate::context::use_preloaded;
use crate::model::endpoint::Endpoint;
use crate::model::LoadError;
use serde::de::DeserializeOwned;

fn parse<T: DeserializeOwned>(text: &str) -> Result<T, LoadError> {
    serde_json::from_str(text).map_err(|err| LoadError::Malformed(err.to_string()))
}

/// The data if the page already holds it.
pub fn preloaded<T: DeserializeOwned>(endpoint: &Endpoint<T>) -> Option<Result<T, LoadError>> {
    let text = use_preloaded()?.get(endpoint.path())?;
    Some(parse(&text))
}

pub async fn fetch<T: DeserializeOwned>(endpoint: Endpoint<T>) -> Result<T, LoadError> {
    let response = gloo_net::http::Request::get(&endpoint.url())
        .send()
        .await
        .map_err(|_| LoadError::Network)?;
    if !response.ok() {
        return Err(LoadError::Status(response.status()));
    }
    let text = response.text().await.map_err(|_| LoadError::Network)?;
    parse(&text)
}
