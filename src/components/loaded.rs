//! Shows data that has to be loaded: a status while waiting, the view once it
//! arrives, and on failure an alert that says what happened with a button to
//! try again. Never a blank page.

use super::page::PageMeta;
use crate::components::not_found::NotFound;
use crate::model::endpoint::Endpoint;
use crate::model::LoadError;
use crate::read;
use leptos::prelude::*;
use serde::de::DeserializeOwned;

#[component]
pub fn Loaded<T, V, IV>(source: Endpoint<T>, view: V) -> impl IntoView
where
    T: DeserializeOwned + Clone + 'static,
    V: Fn(T) -> IV + Clone + Send + Sync + 'static,
    IV: IntoView + 'static,
{
    load(source, view, |error, retry| {
        view! { <LoadErrorView error=error on_retry=move || retry.run(())/> }.into_any()
    })
}

/// [`Loaded`] for data that is the whole page (a detail page): on failure
/// the message becomes the page, with its own title and h1, and an address
/// the API does not know either is the page "not found". Routes only: the
/// islands, which never show a whole page, do not carry this code.
#[component]
pub fn LoadedPage<T, V, IV>(source: Endpoint<T>, view: V) -> impl IntoView
where
    T: DeserializeOwned + Clone + 'static,
    V: Fn(T) -> IV + Clone + Send + Sync + 'static,
    IV: IntoView + 'static,
{
    load(source, view, |error, retry| match error {
        LoadError::Status(404) => view! { <NotFound/> }.into_any(),
        error => view! {
            <PageMeta title=UNAVAILABLE description=error.message()/>
            <div class="container px-4 my-4">
                <h1 tabindex="-1">{UNAVAILABLE}</h1>
                <LoadErrorView error=error on_retry=move || retry.run(())/>
            </div>
        }
        .into_any(),
    })
}

/// `failed` draws the error; its callback asks the resource for its data again.
fn load<T, V, IV>(source: Endpoint<T>, view: V, failed: fn(LoadError, Callback<()>) -> AnyView) -> AnyView
where
    T: DeserializeOwned + Clone + 'static,
    V: Fn(T) -> IV + Clone + Send + Sync + 'static,
    IV: IntoView + 'static,
{
    // Data the page already holds renders at once, with no request: the
    // pre-rendered page and the app's first render are the same markup.
    if let Some(Ok(data)) = read::preloaded(&source) {
        return view(data).into_any();
    }
    let resource = LocalResource::new(move || read::fetch(source.clone()));
    let retry = Callback::new(move |()| resource.refetch());
    (move || match resource.get() {
        None => view! { <p class="loading-status" role="status">"Caricamento in corso…"</p> }.into_any(),
        Some(Ok(data)) => view(data).into_any(),
        Some(Err(error)) => failed(error, retry),
    })
    .into_any()
}

const UNAVAILABLE: &str = "Contenuti non disponibili";

#[component]
pub fn LoadErrorView(error: LoadError, on_retry: impl Fn() + 'static) -> impl IntoView {
    view! {
        <div class="alert alert-danger load-error" role="alert">
            <h2 class="h4 alert-heading">{UNAVAILABLE}</h2>
            <p>{error.message()}</p>
            <button type="button" class="btn btn-primary" on:click=move |_| on_retry()>
                "Riprova"
            </button>
        </div>
    }
}
