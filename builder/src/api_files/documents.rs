//! Documenti e dati: each document, the numbered pages of the whole list
//! (pre-rendered as the list's pages) and the catalogue the filters search.

use super::ApiFiles;
use crate::load::Site;
use provincia_sito::model::documents::{
    DocumentCatalogFile, DocumentChoices, DocumentListPage, DocumentSummary, DOCUMENTS_PATH,
};
use provincia_sito::model::endpoint::{self, API_VERSION};
use provincia_sito::model::pagination::Paginator;

/// Every document as the lists show it, newest first (the loader's order).
pub fn summaries(site: &Site) -> Vec<DocumentSummary> {
    site.documents.iter().map(|d| d.scheda.clone()).collect()
}

pub(super) fn write(site: &Site, files: &mut ApiFiles) {
    for document in &site.documents {
        files.put(endpoint::document(&document.scheda.slug), document);
    }
    let all = summaries(site);
    let scelte = DocumentChoices::of(&all);
    let paginator = Paginator::new(&all, DOCUMENTS_PATH);
    for page in paginator.pages() {
        files.put(
            endpoint::documents_page(page.number),
            &DocumentListPage {
                versione: API_VERSION,
                pagina: page.number,
                pagine: paginator.page_count(),
                totale: paginator.total() as u32,
                elementi: page.items.to_vec(),
                scelte: scelte.clone(),
            },
        );
    }
    files.put(
        endpoint::documents_catalog(),
        &DocumentCatalogFile {
            versione: API_VERSION,
            elementi: all,
        },
    );
}
