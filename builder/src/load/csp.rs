//! The browser asks two kinds of configured addresses for data: the rating
//! endpoint and each archive's health check. The Content-Security-Policy of
//! the deploy sample (deploy/nginx/provincia-sito.conf) lists in
//! `connect-src` the origins the page may talk to; an address elsewhere
//! would pass the build and then be blocked in every visitor's browser, so
//! the build refuses it and says which line of the policy to change.

use provincia_sito::model::config_toml::line_of_field;
use provincia_sito::model::SiteConfig;
use std::path::Path;

use crate::record::Report;

/// Where the policy lives, from the repository root.
pub const POLICY_FILE: &str = "deploy/nginx/provincia-sito.conf";

/// The sources of `connect-src` in the first Content-Security-Policy of an
/// nginx file (the public pages'; /admin has its own, later).
pub fn connect_sources(nginx: &str) -> Option<Vec<String>> {
    let line = nginx
        .lines()
        .map(str::trim)
        .find(|l| l.starts_with("add_header Content-Security-Policy"))?;
    let policy = line.split('"').nth(1)?;
    let directive = policy
        .split(';')
        .map(str::trim)
        .find(|d| d.starts_with("connect-src "))?;
    Some(directive.split_whitespace().skip(1).map(str::to_string).collect())
}

/// Whether the policy lets the page fetch `url`.
pub fn allowed(url: &str, sources: &[String]) -> bool {
    if url.starts_with('/') && !url.starts_with("//") {
        return sources.iter().any(|s| s == "'self'");
    }
    let Some((scheme, rest)) = url.split_once("://") else {
        return false;
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or("").to_ascii_lowercase();
    let origin = format!("{}://{host}", scheme.to_ascii_lowercase());
    let bare_host = host.split(':').next().unwrap_or("");
    sources.iter().any(|source| {
        let source = source.trim_end_matches('/').to_ascii_lowercase();
        source == origin
            || source == format!("{scheme}:")
            || source
                .strip_prefix(&format!("{scheme}://*."))
                .is_some_and(|suffix| bare_host.ends_with(&format!(".{suffix}")))
    })
}

/// Checks every address the browser fetches against the policy of the
/// deploy sample found next to `content/`; without the sample (a site
/// deployed with its own server configuration) there is nothing to check.
pub fn check(report: &Report, root: &Path, config: &SiteConfig, config_file: &str, config_source: &str) {
    let Ok(nginx) = std::fs::read_to_string(root.join(POLICY_FILE)) else {
        return;
    };
    let Some(sources) = connect_sources(&nginx) else {
        report.add(
            POLICY_FILE,
            0,
            "Content-Security-Policy",
            "manca la direttiva connect-src della Content-Security-Policy delle pagine pubbliche",
        );
        return;
    };
    let mut fetched = vec![("ricezione.indirizzo".to_string(), config.ricezione.indirizzo.as_str())];
    fetched.extend(
        config
            .archivi
            .iter()
            .enumerate()
            .map(|(i, archive)| (format!("archivi[{i}].verifica"), archive.verifica.as_str())),
    );
    for (field, url) in fetched {
        if url.is_empty() || allowed(url, &sources) {
            continue;
        }
        report.add(
            config_file,
            line_of_field(config_source, &field).unwrap_or(0),
            &field,
            format!(
                "il browser non può interrogare «{url}»: la sua origine non è tra quelle di connect-src nella Content-Security-Policy di {POLICY_FILE} ({}), quindi ogni richiesta sarebbe bloccata; aggiungi l'origine lì (e nella configurazione del server in uso) oppure usa un indirizzo di questo sito (/…)",
                sources.join(" ")
            ),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_public_policy_not_the_editors_one() {
        let nginx = "add_header X-Frame-Options DENY;\n  add_header Content-Security-Policy \"default-src 'self'; connect-src 'self' https://archivi.esempio.it; object-src 'none'\" always;\nlocation /admin/ {\n  add_header Content-Security-Policy \"connect-src 'self' https://git.esempio.it\" always;\n}\n";
        assert_eq!(
            connect_sources(nginx).unwrap(),
            ["'self'", "https://archivi.esempio.it"]
        );
    }

    #[test]
    fn same_origin_listed_origins_and_wildcards_pass() {
        let sources: Vec<String> = ["'self'", "https://archivi.esempio.it", "https://*.regione.it"]
            .map(String::from)
            .to_vec();
        assert!(allowed("/api/valutazioni", &sources));
        assert!(allowed("https://archivi.esempio.it/sismica/stato", &sources));
        assert!(allowed("https://dati.regione.it/x", &sources));
        assert!(!allowed("https://regione.it/x", &sources));
        assert!(!allowed("https://altro.esempio.it/stato", &sources));
        assert!(!allowed("http://archivi.esempio.it/stato", &sources));
        assert!(!allowed("//archivi.esempio.it/stato", &sources));
        assert!(!allowed("/api", &["https://x.it".to_string()]));
    }
}
