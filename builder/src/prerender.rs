//! Every route rendered natively with the app's own components (feature
//! `ssr`), written to `dist/**/index.html` around trunk's `index.html`: the
//! page's title, description, canonical address and Open Graph tags (from the
//! components), JSON-LD, feed links, and the data the page was rendered from,
//! embedded so the app starts without fetching it.

use crate::api_files::ApiFiles;
use crate::bundles::Bundles;
use crate::jsonld;
use crate::load::Site;
use futures::StreamExt;
use leptos::prelude::*;
use leptos_meta::ServerMetaContext;
use leptos_router::location::RequestUrl;
use provincia_sito::app::App;
use provincia_sito::model::preloaded::{embed, Preloaded, EMBEDDED_DATA_ID};
use provincia_sito::model::site_map::{NOT_FOUND_PATH, NOT_FOUND_STATE};
use provincia_sito::model::SiteConfig;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, Once};

/// One page to pre-render.
pub struct Route {
    pub path: String,
    /// For the breadcrumb JSON-LD; empty on the home page.
    pub title: String,
    /// The page's own JSON-LD, as a finished `<script>` tag.
    pub json_ld: Option<String>,
    /// The pages above it, (title, path) from home down, for the
    /// breadcrumb JSON-LD: fixed pages and any other pre-rendered page
    /// whose address the path continues (a list of people, of offices).
    pub trail: Vec<(String, String)>,
    /// Where to write it below dist/.
    pub file: PathBuf,
}

impl Route {
    pub fn page(path: String, title: String) -> Route {
        Route {
            file: file_for(&path),
            path,
            title,
            json_ld: None,
            trail: Vec::new(),
        }
    }
}

/// Where the page at site `path` is written below dist/, so the server
/// finds it as `{path}/index.html`.
pub fn file_for(path: &str) -> PathBuf {
    if path == "/" {
        PathBuf::from("index.html")
    } else {
        PathBuf::from(path.trim_start_matches('/')).join("index.html")
    }
}

/// trunk's index.html split where the page goes, without its bundle tag
/// (each page gets its own, `bundles`).
pub struct Template {
    head_end: String,
    before_body: String,
    after_body: String,
    bundles: Bundles,
}

impl Template {
    pub fn parse(html: &str) -> Result<Template, String> {
        let head_at = html.find("</head>").ok_or("index.html senza </head>")?;
        let body_open = html.find("<body").ok_or("index.html senza <body>")?;
        let body_start = body_open + html[body_open..].find('>').ok_or("tag <body> non chiuso")? + 1;
        let body_end = html.rfind("</body>").ok_or("index.html senza </body>")?;
        let mut head_end = without_icon_integrity(&html[..head_at]);
        let bundles = Bundles::take_from(&mut head_end)?;
        Ok(Template {
            head_end,
            bundles,
            before_body: html[head_at..body_start].to_string(),
            after_body: html[body_end..].to_string(),
        })
    }

    /// The page bundles trunk wrote into `dist` (see `bundles`).
    pub fn find_page_bundles(&mut self, dist: &Path) -> Result<(), String> {
        self.bundles.find_page_bundles(dist)
    }
}

fn init_executor() {
    static INIT: Once = Once::new();
    INIT.call_once(|| {
        let _ = any_spawner::Executor::init_futures_executor();
    });
}

pub struct Rendered {
    pub html: String,
    /// Why the page could not be given a bundle (see `bundles`).
    pub problem: Option<String>,
    /// API files the page used (embedded into it).
    pub used: Vec<String>,
}

/// Renders one route to a complete HTML document.
pub fn render(config: &SiteConfig, api: &Arc<ApiFiles>, template: &Template, route: &Route) -> Rendered {
    init_executor();
    let used = Arc::new(Mutex::new(Vec::<String>::new()));
    let preloaded = {
        let api = Arc::clone(api);
        let used = Arc::clone(&used);
        Preloaded::from_fn(move |path| {
            let found = api.get(path).cloned();
            if found.is_some() {
                let mut used = used.lock().expect("not poisoned");
                if !used.iter().any(|p| p == path) {
                    used.push(path.to_string());
                }
            }
            found
        })
    };
    let owner = Owner::new();
    let (body, meta) = owner.with(|| {
        provide_context(RequestUrl::new(&route.path));
        let (meta_context, meta_output) = ServerMetaContext::new();
        provide_context(meta_context);
        let config = config.clone();
        let body = view! { <App config=config preloaded=preloaded/> }.to_html();
        (body, meta_output)
    });
    let used: Vec<String> = used.lock().expect("not poisoned").clone();
    let embedded: Vec<(String, Arc<str>)> = used
        .iter()
        .filter_map(|p| Some((p.clone(), api.get(p)?.clone())))
        .collect();

    let (mut head_extra, problem) = match template.bundles.tags_for(&body) {
        Ok(tags) => (tags, None),
        Err(problem) => (String::new(), Some(problem)),
    };
    if route.path == "/" {
        head_extra.push_str(&jsonld::script(&jsonld::organization(config)));
    } else {
        head_extra.push_str(&jsonld::script(&jsonld::breadcrumbs(
            config,
            &route.trail,
            &route.path,
            &route.title,
        )));
    }
    if let Some(extra) = &route.json_ld {
        head_extra.push_str(extra);
    }
    let head_tags = futures::executor::block_on(head_tags(meta));
    let body = valid_markers(&body);
    let html = format!(
        "{}{head_extra}{head_tags}{}<div id=\"sito\">{body}</div><script type=\"application/json\" id=\"{EMBEDDED_DATA_ID}\">{}</script>{}",
        template.head_end,
        template.before_body,
        embed(&embedded),
        template.after_body
    );
    owner.unset();
    Rendered { html, problem, used }
}

/// Leptos marks the places of dynamic text with `<!>`, which browsers read
/// as an empty comment but HTML calls a parse error; `<!---->` is the same
/// empty comment, valid, so hydration finds the nodes it expects. (A `<`
/// inside text or attributes is escaped, so every `<!>` is a marker.)
fn valid_markers(body: &str) -> String {
    body.replace("<!>", "<!---->")
}

/// trunk gives the icon `<link>` an `integrity` attribute, which HTML allows
/// only on stylesheets and preloads: the template loses it.
fn without_icon_integrity(head: &str) -> String {
    let mut out = String::with_capacity(head.len());
    let mut rest = head;
    while let Some(start) = rest.find("<link") {
        let end = rest[start..].find('>').map_or(rest.len(), |e| start + e + 1);
        let tag = &rest[start..end];
        out.push_str(&rest[..start]);
        let is_icon = tag.contains("rel=icon") || tag.contains("rel=\"icon\"");
        match tag.find(" integrity=").filter(|_| is_icon) {
            Some(at) => {
                let value_end = tag[at + 1..].find([' ', '>']).map_or(tag.len(), |e| at + 1 + e);
                out.push_str(&tag[..at]);
                out.push_str(&tag[value_end..]);
            }
            None => out.push_str(tag),
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// The `<meta>`/`<link>` tags and the `<title>` the components declared.
/// leptos_meta escapes attribute values but writes the title text as it is,
/// so a title holding `</title><meta http-equiv="refresh" …>` would become
/// markup; here the title is escaped. (In the browser the same text goes to
/// `document.title`, which needs no escaping: doing it in the component
/// would show `&amp;` there.) leptos_meta inserts its tags right after the
/// `<!--HEAD-->` marker, the title last; attribute values have `<` escaped,
/// so the first `<title>` is where the title starts.
async fn head_tags(meta: leptos_meta::ServerMetaContextOutput) -> String {
    const MARKER: &str = "<!--HEAD-->";
    let stub = format!("{MARKER}</head>");
    let injected = meta
        .inject_meta_context(futures::stream::iter([stub]))
        .await
        .collect::<Vec<String>>()
        .await
        .concat();
    let tags = injected
        .strip_prefix(MARKER)
        .and_then(|rest| rest.strip_suffix("</head>"))
        .expect("leptos_meta writes its tags after the marker");
    match tags.split_once("<title>") {
        Some((elements, title)) => {
            let text = title.strip_suffix("</title>").expect("the title is the last tag");
            format!("{elements}<title>{}</title>", crate::escape::text_content(text))
        }
        None => tags.to_string(),
    }
}

pub fn write(dist: &Path, route: &Route, html: &str) -> std::io::Result<()> {
    let target = dist.join(&route.file);
    if let Some(parent) = target.parent() {
        std::fs::create_dir_all(parent)?;
    }
    crate::write::drop_compressed_copies(&target);
    std::fs::write(target, html)
}

/// Every route of the site, with its title for the breadcrumbs.
pub fn routes(site: &Site) -> Vec<Route> {
    use crate::lists;
    use provincia_sito::model::albo::{ALBO_PATH, ALBO_TITLE};
    use provincia_sito::model::pagination::Paginator;
    use provincia_sito::model::paths;
    use provincia_sito::model::site_map::PAGES;
    let config = &site.config;
    let mut routes: Vec<Route> = PAGES
        .iter()
        .map(|p| Route::page(p.path.to_string(), config.page_title(p.path, p.title).to_string()))
        .collect();
    let summaries = lists::summaries(site);
    for list in lists::news_lists(site, &summaries) {
        let paginator = Paginator::new(&list.current, &list.path);
        routes.extend(
            paginator
                .pages()
                .skip(1)
                .map(|page| Route::page(page.path, format!("{}, pagina {}", list.title, page.number))),
        );
    }
    for item in &site.news {
        let mut route = Route::page(item.path(), item.titolo.clone());
        route.json_ld = Some(jsonld::script(&jsonld::news_article(config, item)));
        routes.push(route);
    }
    routes.extend(
        site.pages
            .iter()
            .map(|p| Route::page(p.percorso.clone(), p.titolo.clone())),
    );
    routes.extend(
        site.topics
            .iter()
            .map(|t| Route::page(paths::topic(&t.slug), t.nome.clone())),
    );
    routes.extend(
        site.service_categories
            .iter()
            .map(|c| Route::page(paths::service_category(&c.slug), c.nome.clone())),
    );
    for service in &site.services {
        let mut route = Route::page(service.path(), service.titolo.clone());
        route.json_ld = Some(jsonld::script_with_element(
            &jsonld::government_service(config, service),
            "metatag",
        ));
        routes.push(route);
    }
    routes.extend(site.archives.iter().map(|a| Route::page(a.path(), a.titolo.clone())));
    routes.extend(site.organs.iter().map(|o| Route::page(o.path(), o.nome.clone())));
    if site.albo.is_some() {
        routes.push(Route::page(ALBO_PATH.to_string(), ALBO_TITLE.to_string()));
    }
    for unit in &site.offices {
        let mut route = Route::page(unit.path(), unit.ufficio.nome.clone());
        route.json_ld = Some(jsonld::script(&jsonld::office(config, unit)));
        routes.push(route);
    }
    let documents = crate::api_files::documents::summaries(site);
    let paginator = Paginator::new(&documents, provincia_sito::model::documents::DOCUMENTS_PATH);
    let list_title = config.page_title(provincia_sito::model::documents::DOCUMENTS_PATH, "Documenti e dati");
    routes.extend(
        paginator
            .pages()
            .skip(1)
            .map(|page| Route::page(page.path, format!("{list_title}, pagina {}", page.number))),
    );
    for document in &site.documents {
        let mut route = Route::page(document.scheda.path(), document.scheda.titolo.clone());
        route.json_ld = Some(jsonld::script(&jsonld::document(config, document)));
        routes.push(route);
    }
    routes.extend(
        site.territory
            .comuni
            .iter()
            .map(|c| Route::page(c.path(), c.nome.clone())),
    );
    routes.extend(
        site.territory
            .strade
            .iter()
            .map(|r| Route::page(r.path(), r.full_name())),
    );
    for event in site.events.iter().filter(|e| e.pagina.is_none()) {
        let mut route = Route::page(event.path(), event.titolo.clone());
        route.json_ld = Some(jsonld::script(&jsonld::event(config, site, event)));
        routes.push(route);
    }
    routes.extend(
        provincia_sito::model::events::EventKind::ALL
            .iter()
            .map(|k| Route::page(k.list_path(), format!("Eventi: {}", k.plural().to_lowercase()))),
    );
    for place in &site.territory.luoghi {
        let mut route = Route::page(place.path(), place.nome.clone());
        route.json_ld = Some(jsonld::script(&jsonld::place(config, place)));
        routes.push(route);
    }
    for restriction in &site.territory.limitazioni {
        let mut route = Route::page(restriction.path(), restriction.title());
        route.json_ld = Some(jsonld::script(&jsonld::restriction(config, restriction)));
        routes.push(route);
    }
    routes.push(Route::page(
        provincia_sito::model::calls::CALLS_PATH.to_string(),
        provincia_sito::model::calls::CALLS_TITLE.to_string(),
    ));
    for call in &site.calls {
        let mut route = Route::page(call.scheda.path(), call.scheda.titolo.clone());
        route.json_ld = Some(jsonld::script(&jsonld::call(config, call)));
        routes.push(route);
    }
    for person in &site.people {
        let mut route = Route::page(person.path(), person.nome.clone());
        route.json_ld = Some(jsonld::script(&jsonld::person(config, site.today, person)));
        routes.push(route);
    }
    routes.extend(
        site.transparency
            .walk()
            .into_iter()
            .map(|(path, node)| Route::page(path, node.titolo.clone())),
    );
    routes.extend(site.measures.iter().map(|m| Route::page(m.path(), m.titolo.clone())));
    for project in &site.projects {
        let mut route = Route::page(project.path(), project.titolo_progetto.clone());
        route.json_ld = Some(jsonld::script(&jsonld::project(config, project)));
        routes.push(route);
    }
    let titles: std::collections::HashMap<String, String> =
        routes.iter().map(|r| (r.path.clone(), r.title.clone())).collect();
    for route in &mut routes {
        route.trail = trail(config, &route.path, &titles);
    }
    routes
}

/// The pages above `path`, (title, path) from home down: each prefix of
/// the address that is a page, titled as the menus or its route title it.
fn trail(
    config: &provincia_sito::model::SiteConfig,
    path: &str,
    titles: &std::collections::HashMap<String, String>,
) -> Vec<(String, String)> {
    provincia_sito::model::site_map::prefixes(path)
        .into_iter()
        .filter_map(|prefix| {
            let title = match provincia_sito::model::site_map::find(prefix) {
                Some(page) => config.page_title(page.path, page.title).to_string(),
                None => titles.get(prefix)?.clone(),
            };
            Some((title, prefix.to_string()))
        })
        .collect()
}

/// Whether a rendered page is the not-found view: a pre-rendered address
/// showing it would answer 200 with "Pagina non trovata", a soft 404.
pub fn is_not_found_view(html: &str) -> bool {
    html.contains(&format!("data-stato=\"{NOT_FOUND_STATE}\""))
}

/// The not-found page, served with status 404 for unknown addresses.
pub fn not_found_route() -> Route {
    Route {
        path: NOT_FOUND_PATH.into(),
        title: "Pagina non trovata".into(),
        json_ld: None,
        trail: Vec::new(),
        file: PathBuf::from("404.html"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_icon_loses_its_integrity_and_stylesheets_keep_theirs() {
        let head = "<link href=/a.css integrity=sha384-A rel=stylesheet><link href=/s.svg integrity=sha384-B rel=icon><link rel=\"icon\" integrity=\"sha384-C\" href=/t.svg>";
        assert_eq!(
            without_icon_integrity(head),
            "<link href=/a.css integrity=sha384-A rel=stylesheet><link href=/s.svg rel=icon><link rel=\"icon\" href=/t.svg>"
        );
    }

    #[test]
    fn dynamic_text_markers_become_valid_empty_comments() {
        assert_eq!(valid_markers("<a>Vai<!></a><!>x"), "<a>Vai<!----></a><!---->x");
    }
}
