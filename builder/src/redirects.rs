//! Pages left at the old address of a renamed topic or category. A static
//! site cannot answer 301 on every host, so the page says where the content
//! went, names the new address as canonical and moves there at once
//! (`refresh` with no delay, which WCAG allows: technique H76), also
//! without JavaScript.

use crate::escape::{attribute, text_content};
use crate::load::{Redirect, Site};

pub fn page(site: &Site, redirect: &Redirect) -> String {
    let to = attribute(&redirect.to);
    let absolute = site.config.absolute(&redirect.to);
    format!(
        "<!doctype html>\n<html lang=\"it\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>Pagina spostata - {ente}</title>\n<meta name=\"robots\" content=\"noindex\">\n\
         <link rel=\"canonical\" href=\"{canonical}\">\n\
         <meta http-equiv=\"refresh\" content=\"0; url={to}\">\n</head>\n<body>\n<main>\n\
         <h1>Pagina spostata</h1>\n<p>Quello che cercavi ora è all'indirizzo <a href=\"{to}\">{shown}</a>.</p>\n\
         </main>\n</body>\n</html>\n",
        ente = text_content(&site.config.ente.nome),
        canonical = attribute(&absolute),
        shown = text_content(&absolute),
    )
}
