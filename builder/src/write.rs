//! Writing the built site into dist/: every output of the build step, from
//! a validated [`Site`].

use crate::api_files::{self, ApiFiles};
use crate::load::Site;
use crate::prerender::{self, Route, Template};
use crate::{feeds, ics, open_data, redirects};
use provincia_sito::model::endpoint;
use provincia_sito::model::receiving::{PageList, PageTitle};
use std::path::Path;
use std::sync::Arc;

pub fn write_file(dist: &Path, relative: &str, content: &str) -> Result<(), String> {
    let target = dist.join(relative);
    if let Some(parent) = target.parent() {
        std::fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
    }
    drop_compressed_copies(&target);
    std::fs::write(&target, content).map_err(|e| format!("{}: {e}", target.display()))
}

/// Removes the `.br` and `.gz` copies of a file about to change: nginx would
/// serve them in its place (scripts/precompress.mjs writes them anew after a
/// full build; until then nginx compresses the new file itself).
pub fn drop_compressed_copies(target: &Path) {
    for extension in ["br", "gz"] {
        let mut copy = target.as_os_str().to_owned();
        copy.push(format!(".{extension}"));
        // Absent is the usual case; any other failure shows when nginx serves it.
        let _ = std::fs::remove_file(copy);
    }
}

/// Writes the whole site into `dist`: API, feeds, calendars, open data,
/// robots.txt, sitemap and, with `prerender`, every page around the
/// `template` (trunk's index.html; by default the one in `dist`). Returns
/// how many pages were pre-rendered.
pub fn write_site(site: &Site, dist: &Path, template: Option<&Path>, prerender: bool) -> Result<usize, String> {
    let files: Arc<ApiFiles> = Arc::new(api_files::build(site));
    let api_dir = dist.join("api/v1");
    if api_dir.exists() {
        std::fs::remove_dir_all(&api_dir).map_err(|e| format!("{}: {e}", api_dir.display()))?;
    }
    for (path, json) in files.iter() {
        write_file(&api_dir, path, json)?;
    }
    for (path, xml) in feeds::build(site).files {
        write_file(dist, &path, &xml)?;
    }
    for (path, text) in ics::build(site) {
        write_file(dist, &path, &text)?;
    }
    let data_dir = dist.join("dati");
    if data_dir.exists() {
        std::fs::remove_dir_all(&data_dir).map_err(|e| format!("{}: {e}", data_dir.display()))?;
    }
    for (path, text) in open_data::files(site) {
        write_file(dist, &path, &text)?;
    }
    write_file(dist, "robots.txt", &feeds::robots(site))?;
    for redirect in &site.redirects {
        let file = prerender::file_for(&redirect.from);
        write_file(dist, &file.to_string_lossy(), &redirects::page(site, redirect))?;
    }
    write_file(dist, redirects::NGINX_RULES, &redirects::nginx_rules(&site.redirects))?;

    let routes = prerender::routes(site);
    let changed = |route: &Route| {
        site.news
            .iter()
            .find(|n| n.path() == route.path)
            .map(|n| n.aggiornato.unwrap_or(n.data))
    };
    // The copy of the Albo pretorio asks not to be indexed: not listed either.
    let listed: Vec<(String, Option<provincia_sito::model::Date>)> = routes
        .iter()
        .filter(|r| r.path != provincia_sito::model::albo::ALBO_PATH)
        .map(|r| (r.path.clone(), changed(r)))
        .collect();
    write_file(dist, "sitemap.xml", &feeds::sitemap(site, &listed))?;
    let pages_json = serde_json::to_string(&page_list(&routes)).expect("the page list serialises");
    write_file(&api_dir, endpoint::pages().path(), &pages_json)?;
    if !prerender {
        return Ok(0);
    }

    let template_path = template.map_or_else(|| dist.join("index.html"), Path::to_path_buf);
    let template_html = std::fs::read_to_string(&template_path).map_err(|e| {
        format!(
            "{}: {e} (serve l'index.html prodotto da trunk)",
            template_path.display()
        )
    })?;
    if template_html.contains(provincia_sito::model::preloaded::EMBEDDED_DATA_ID) {
        return Err(format!(
            "{} è già una pagina pre-renderizzata: rifai la build con `trunk build`, che esegue anche questo passo",
            template_path.display()
        ));
    }
    let mut template = Template::parse(&template_html)?;
    template.find_page_bundles(dist)?;
    let mut all = routes;
    all.push(prerender::not_found_route());
    render_all(site, &files, &template, &all, dist)?;
    Ok(all.len())
}

/// Renders on every core; a page that still shows "loading" was rendered
/// without its data, which is a bug in the builder, not in content.
fn render_all(
    site: &Site,
    files: &Arc<ApiFiles>,
    template: &Template,
    routes: &[Route],
    dist: &Path,
) -> Result<(), String> {
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get()).min(8);
    let chunk = routes.len().div_ceil(workers).max(1);
    // The pages' header: the configured menus, with Amministrazione leading
    // to every page of its section.
    let config = &crate::load::with_management_menu(site.config.clone(), &site.pages);
    std::thread::scope(|scope| {
        let handles: Vec<_> = routes
            .chunks(chunk)
            .map(|part| {
                scope.spawn(move || -> Result<(), String> {
                    for route in part {
                        let rendered = prerender::render(config, files, template, route);
                        if let Some(problem) = rendered.problem {
                            return Err(format!("{}: {problem}", route.path));
                        }
                        if rendered.html.contains("loading-status") {
                            return Err(format!("{}: pagina pre-renderizzata senza i suoi dati", route.path));
                        }
                        let is_404_page = route.file == Path::new("404.html");
                        if !is_404_page && prerender::is_not_found_view(&rendered.html) {
                            return Err(format!(
                                "{}: la pagina esiste nei contenuti ma l'app mostra «Pagina non trovata» (manca la route in src/app.rs?)",
                                route.path
                            ));
                        }
                        prerender::write(dist, route, &rendered.html).map_err(|e| format!("{}: {e}", route.path))?;
                    }
                    Ok(())
                })
            })
            .collect();
        handles.into_iter().try_for_each(|h| {
            h.join()
                .map_err(|_| "un thread di pre-rendering si è interrotto".to_string())?
        })
    })
}

/// `pagine.json`: every page of the build with its title, written from the
/// routes (so after the other files of the API).
pub fn page_list(routes: &[Route]) -> PageList {
    PageList {
        versione: endpoint::API_VERSION,
        pagine: routes
            .iter()
            .map(|r| PageTitle {
                percorso: r.path.clone(),
                titolo: r.title.clone(),
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::write_file;

    #[test]
    fn a_rewritten_file_loses_its_compressed_copies() {
        let dist = std::env::temp_dir().join(format!("copie-compresse-{}", std::process::id()));
        std::fs::create_dir_all(dist.join("novita")).unwrap();
        for name in ["index.html", "index.html.br", "index.html.gz", "altro.html.br"] {
            std::fs::write(dist.join("novita").join(name), "vecchio").unwrap();
        }
        write_file(&dist, "novita/index.html", "nuovo").unwrap();
        let left: Vec<bool> = ["index.html.br", "index.html.gz", "altro.html.br"]
            .iter()
            .map(|name| dist.join("novita").join(name).exists())
            .collect();
        assert_eq!(left, [false, false, true], "only the rewritten file's copies go");
        assert_eq!(
            std::fs::read_to_string(dist.join("novita/index.html")).unwrap(),
            "nuovo"
        );
        std::fs::remove_dir_all(&dist).unwrap();
    }
}
