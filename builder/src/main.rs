//! `site-builder`: content/ → dist/. Run by trunk's post-build hook (see
//! Trunk.toml) through scripts/build-content; `--check` only validates.
//!
//! Options: `--content DIR` (default content), `--config FILE` (default:
//! `SITE_CONFIG`, else sito.toml in the content folder), `--public DIR` (public),
//! `--dist DIR` (dist), `--today AAAA-MM-GG` (default: today, or SITE_TODAY),
//! `--template FILE` (default: index.html in the dist folder), `--check`,
//! `--no-prerender`, `--review [FILE…]` (editorial review: errors and
//! warnings of the given files, or of every file; writes nothing).

use provincia_sito::model::config_toml::site_config_file;
use provincia_sito::model::Date;
use site_builder::load::load_site_reviewed;
use site_builder::record::Report;
use site_builder::review;
use site_builder::write::write_site;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

struct Options {
    content: PathBuf,
    /// The site configuration; `None`: the same file the app was built with.
    config: Option<PathBuf>,
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
        config: None,
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
            "--config" => options.config = Some(PathBuf::from(value()?)),
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
    let config_file = options
        .config
        .clone()
        .unwrap_or_else(|| site_config_file(&options.content));
    let site = load_site_reviewed(
        &options.content,
        &config_file,
        &options.public,
        options.today,
        &report,
        &warnings,
    );
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
        "contenuti validi: {} novità, {} documenti e {} bandi ({} programmati per una data futura), {} pagine, {} organi e {} persone, {} unità organizzative, {} servizi, {} archivi, {} nodi di Amministrazione trasparente, {} Comuni, {} strade provinciali e {} limitazioni al traffico, {} luoghi ({} edifici scolastici), {} eventi, {} argomenti, {} misure e {} progetti PNRR ({} ms)",
        site.news.len(),
        site.documents.len(),
        site.calls.len(),
        site.scheduled,
        site.pages.len(),
        site.organs.len(),
        site.people.len(),
        site.offices.len(),
        site.services.len(),
        site.archives.len(),
        site.transparency.walk().len(),
        site.territory.comuni.len(),
        site.territory.strade.len(),
        site.territory.limitazioni.len(),
        site.territory.luoghi.len(),
        site.territory.schools().len(),
        site.events.len(),
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
    if let Err(message) = same_configuration_as_the_app(&site.config, &config_file) {
        eprintln!("errore: {message}");
        return ExitCode::FAILURE;
    }
    match write_site(&site, &options.dist, options.template.as_deref(), options.prerender) {
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
    problems: Vec<provincia_sito::model::problem::ContentProblem>,
    warnings: Vec<provincia_sito::model::problem::ContentProblem>,
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

/// The pages must be drawn with the configuration this program was compiled
/// with (`SITE_CONFIG`, build.rs): the one read here must be the same. (The
/// page bundles carry no configuration: their islands receive what they
/// show from the page.)
fn same_configuration_as_the_app(
    config: &provincia_sito::model::SiteConfig,
    file: &std::path::Path,
) -> Result<(), String> {
    let json = serde_json::to_string(config).expect("a configuration serialises");
    let rebuild = "ricostruisci con `SITE_CONFIG=… trunk build --release`, che compila l'app e scrive le pagine con lo stesso file";
    if json != provincia_sito::EMBEDDED_CONFIG {
        return Err(format!(
            "{} non è la configurazione con cui è stato compilato questo programma: {rebuild}",
            file.display()
        ));
    }
    Ok(())
}
