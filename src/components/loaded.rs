//! Shows data that has to be loaded: a status while waiting, the view once it
//! arrives, and on failure an alert that says what happened with a button to
//! try again. Never a blank page.

use crate::model::LoadError;
use leptos::prelude::*;
use std::future::Future;

#[component]
pub fn Loaded<T, Fut, L, V, IV>(load: L, view: V) -> impl IntoView
where
    T: Clone + 'static,
    Fut: Future<Output = Result<T, LoadError>> + 'static,
    L: Fn() -> Fut + 'static,
    V: Fn(T) -> IV + Clone + Send + Sync + 'static,
    IV: IntoView + 'static,
{
    let resource = LocalResource::new(load);
    move || match resource.get() {
        None => view! { <p class="loading-status" role="status">"Caricamento in corso…"</p> }.into_any(),
        Some(Ok(data)) => view(data).into_any(),
        Some(Err(error)) => view! { <LoadErrorView error=error on_retry=move || resource.refetch()/> }.into_any(),
    }
}

#[component]
pub fn LoadErrorView(error: LoadError, on_retry: impl Fn() + 'static) -> impl IntoView {
    view! {
        <div class="alert alert-danger load-error" role="alert">
            <h2 class="h4 alert-heading">"Contenuti non disponibili"</h2>
            <p>{error.message()}</p>
            <button type="button" class="btn btn-primary" on:click=move |_| on_retry()>
                "Riprova"
            </button>
        </div>
    }
}
