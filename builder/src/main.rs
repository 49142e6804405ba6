//! `site-builder`: content/ → dist/. Run by trunk's post-build hook (see
//! Trunk.toml) and by scripts/build; `--check` only validates.
//!
//! Options: `--content DIR` (default content), `--public DIR` (public),
//! `--dist DIR` (dist), `--today AAAA-MM-GG` (default: today, or SITE_TODAY),
//! `--template FILE` (default: index.html in the dist folder), `--check`,
//! `--no-prerender`, `--review [FILE…]` (editorial review: errors and
//! warnings of the given files, or of every file; writes nothing).

use provincia_sito::model::Date;
use site_builder::api::{self, ApiFiles};
use site_builder::load::{load_site_reviewed, Site};
use site_builder::prerender::{self, Route, Template};
use site_builder::record::Report;
use site_builder::review;
use site_builder::{feeds, ics, open_data};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Instant;

struct Options {
    content: PathBuf,
    public: PathBuf,
    dist: PathBuf,
    today: Date,
    check_only: bool,
    prerender: bool,
    /// trunk's index.html; by default the one in `dist`.
    template: Option<PathBuf>,
    /// `--review`: the files to review (empty: every file).
    review: Option<Vec<String>>,
}

fn today_from_clock() -> Date {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    // Publication days follow Italian time (UTC+1, +2 in summer): an item
    // dated tomorrow must not appear at 23:30 UTC of today. UTC+1 all year
    // keeps it simple and errs on the late side in summer by one hour.
    Date::from_unix_days(((seconds + 3600) / 86_400) as i64)
}

fn parse_options() -> Result<Options, String> {
    let mut options = Options {
        content: PathBuf::from("content"),
        public: PathBuf::from("public"),
        dist: PathBuf::from("dist"),
        today: today_from_clock(),
        check_only: false,
        prerender: true,
        template: None,
        review: None,
    };
    if let Ok(text) = std::env::var("SITE_TODAY") {
        options.today = Date::parse(&text).map_err(|e| format!("SITE_TODAY: {e}"))?;
    }
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = || args.next().ok_or(format!("{arg} vuole un valore"));
        match arg.as_str() {
            "--content" => options.content = PathBuf::from(value()?),
            "--public" => options.public = PathBuf::from(value()?),
            "--dist" => options.dist = PathBuf::from(value()?),
            "--today" => options.today = Date::parse(&value()?).map_err(|e| format!("--today: {e}"))?,
            "--check" => options.check_only = true,
            "--no-prerender" => options.prerender = false,
            "--template" => options.template = Some(PathBuf::from(value()?)),
            "--review" => {
                // Every following argument is a file to review.
                options.review = Some(args.by_ref().collect());
            }
            other => return Err(format!("opzione sconosciuta «{other}»")),
        }
    }
    Ok(options)
}

fn main() -> ExitCode {
    let options = match parse_options() {
        Ok(options) => options,
        Err(message) => {
            eprintln!("errore: {message}");
            return ExitCode::from(2);
        }
    };
    let started = Instant::now();
    let report = Report::default();
    let warnings = Report::default();
    let site = load_site_reviewed(&options.content, &options.public, options.today, &report, &warnings);
    let problems = report.into_problems();
    let warnings = warnings.into_problems();
    if let Some(files) = &options.review {
        return review(problems, warnings, files);
    }
    let Some(site) = site.filter(|_| problems.is_empty()) else {
        eprintln!(
            "errore: i contenuti hanno {} problemi; nulla è stato pubblicato.",
            problems.len()
        );
        for problem in &problems {
            eprintln!("  {problem}");
        }
        return ExitCode::FAILURE;
    };
    println!(
        "contenuti validi: {} novità ({} programmate per una data futura), {} pagine, {} servizi, {} archivi, {} nodi di Amministrazione trasparente, {} argomenti, {} misure e {} progetti PNRR ({} ms)",
        site.news.len(),
        site.scheduled,
        site.pages.len(),
        site.services.len(),
        site.archives.len(),
        site.transparency.walk().len(),
        site.topics.len(),
        site.measures.len(),
        site.projects.len(),
        started.elapsed().as_millis()
    );
    if !warnings.is_empty() {
        println!(
            "avvisi redazionali: {} (non bloccano; l'elenco con scripts/revisione --tutti)",
            warnings.len()
        );
    }
    if options.check_only {
        return ExitCode::SUCCESS;
    }
    match write_site(&site, &options) {
        Ok(pages) => {
            println!(
                "scritti in {}: API, feed, sitemap e {pages} pagine ({} ms)",
                options.dist.display(),
                started.elapsed().as_millis()
            );
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("errore: {message}");
            ExitCode::FAILURE
        }
    }
}

/// Prints the editorial review of `files` (all when empty); fails when
/// any file, reviewed or not, has an error, since the build would fail.
fn review(
    problems: Vec<provincia_sito::model::config_toml::ConfigProblem>,
    warnings: Vec<provincia_sito::model::config_toml::ConfigProblem>,
    files: &[String],
) -> ExitCode {
    let total_errors = problems.len();
    let only: Option<std::collections::BTreeSet<String>> =
        (!files.is_empty()).then(|| files.iter().map(|f| f.trim_start_matches("./").to_string()).collect());
    let scope = match &only {
        None => "tutti i file".to_string(),
        Some(set) if set.len() == 1 => "1 file modificato".to_string(),
        Some(set) => format!("{} file modificati", set.len()),
    };
    let errors = review::of_files(problems, only.as_ref());
    let warnings = review::of_files(warnings, only.as_ref());
    print!("{}", review::report(&errors, &warnings, &scope));
    let elsewhere = total_errors - errors.len();
    if elsewhere > 0 {
        println!("\nAltri {elsewhere} errori in file non modificati bloccano comunque la build: li elenca scripts/revisione --tutti.");
    }
    if total_errors > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn write_file(dist: &Path, relative: &str, content: &str) -> Result<(), String> {
    let target = dist.join(relative);
    if let Some(parent) = target.parent() {
        std::fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
    }
    std::fs::write(&target, content).map_err(|e| format!("{}: {e}", target.display()))
}

fn write_site(site: &Site, options: &Options) -> Result<usize, String> {
    let dist = &options.dist;
    let files: Arc<ApiFiles> = Arc::new(api::build(site));
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

    let routes = prerender::routes(site);
    let changed = |route: &Route| {
        site.news
            .iter()
            .find(|n| n.path() == route.path)
            .map(|n| n.aggiornato.unwrap_or(n.data))
    };
    let listed: Vec<(String, Option<provincia_sito::model::Date>)> =
        routes.iter().map(|r| (r.path.clone(), changed(r))).collect();
    write_file(dist, "sitemap.xml", &feeds::sitemap(site, &listed))?;
    if !options.prerender {
        return Ok(0);
    }

    let template_path = options.template.clone().unwrap_or_else(|| dist.join("index.html"));
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
    let template = Template::parse(&template_html)?;
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
    std::thread::scope(|scope| {
        let handles: Vec<_> = routes
            .chunks(chunk)
            .map(|part| {
                scope.spawn(move || -> Result<(), String> {
                    for route in part {
                        let rendered = prerender::render(&site.config, files, template, route);
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
