use crate::components::page::{Page, TextColumn};
use crate::components::search_form::SearchForm;
use crate::model::site_map::{NOT_FOUND_PATH, NOT_FOUND_STATE};
use leptos::prelude::*;

/// Shown for any address the site does not have.
#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <Page
            path=NOT_FOUND_PATH
            title="Pagina non trovata"
            description="La pagina richiesta non esiste o è stata spostata."
            lead="La pagina che cerchi non esiste o è stata spostata."
            without_rating=true
        >
            <TextColumn>
                <div data-stato=NOT_FOUND_STATE>
                    <SearchForm id="cerca-pagina-mancante" visible_label="Cerca nel sito (anche un CUP o un CIG)" class="mb-4"/>
                    <p>"Controlla l'indirizzo oppure prova da qui:"</p>
                    <ul>
                        <li><a href="/">"la pagina iniziale"</a></li>
                        <li><a href="/cerca">"la ricerca nel sito"</a></li>
                        <li><a href=crate::model::site_map::SITE_MAP_PATH>"la mappa del sito"</a></li>
                    </ul>
                </div>
            </TextColumn>
        </Page>
    }
}
