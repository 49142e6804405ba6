//! The only place the app sends data: a form's typed request, posted as
//! JSON to the receiving service (`model::receiving`), and its answer.

use crate::model::problem::FieldProblem;
use crate::model::receiving::{failure_message, Receipt, Refusal};
use serde::Serialize;

/// Why a request did not go through, in words for the citizen, with the
/// fields the service found wrong.
#[derive(Clone, Debug, PartialEq)]
pub struct SendFailure {
    pub message: String,
    pub fields: Vec<FieldProblem>,
}

pub async fn send<T: Serialize>(address: &str, request: &T) -> Result<Receipt, SendFailure> {
    let failed = |status: Option<u16>, refusal: Option<Refusal>| SendFailure {
        message: failure_message(status, refusal.as_ref()),
        fields: refusal.map(|r| r.campi).unwrap_or_default(),
    };
    let Ok(posted) = gloo_net::http::Request::post(address).json(request) else {
        return Err(failed(None, None));
    };
    let Ok(response) = posted.send().await else {
        return Err(failed(None, None));
    };
    let text = response.text().await.unwrap_or_default();
    if response.ok() {
        // A 2xx means stored, whatever the body says.
        return Ok(serde_json::from_str(&text).unwrap_or(Receipt { numero: None }));
    }
    Err(failed(Some(response.status()), serde_json::from_str(&text).ok()))
}
