//! What the service knows of the site, read from the build's dist/ folder
//! through the typed API: its pages (a rating for any other is refused),
//! the offices and services that take bookings, the retention of free text
//! and the stylesheets of the editors' view. Read again when a new build
//! replaces the files, so a daily rebuild needs no restart.

use provincia_sito::model::booking::BookingData;
use provincia_sito::model::content::SiteFile;
use provincia_sito::model::endpoint::{self, Endpoint};
use provincia_sito::model::receiving::PageList;
use serde::de::DeserializeOwned;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime};

#[derive(Debug)]
pub struct SiteData {
    /// Page address → title.
    pub pages: HashMap<String, String>,
    pub booking: BookingData,
    pub retention_days: u32,
    /// `<link rel="stylesheet">` addresses of the site's pages.
    pub stylesheets: Vec<String>,
}

impl SiteData {
    pub fn is_page(&self, path: &str) -> bool {
        self.pages.contains_key(path)
    }

    pub fn title(&self, path: &str) -> String {
        match self.pages.get(path) {
            Some(title) if !title.is_empty() => title.clone(),
            Some(_) if path == "/" => "Pagina iniziale".into(),
            _ => path.to_string(),
        }
    }
}

fn read<T: DeserializeOwned>(dist: &Path, endpoint: Endpoint<T>) -> Result<T, String> {
    let file = dist.join("api/v1").join(endpoint.path());
    let text = std::fs::read_to_string(&file).map_err(|e| format!("{}: {e}", file.display()))?;
    serde_json::from_str(&text).map_err(|e| format!("{}: {e}", file.display()))
}

pub fn load(dist: &Path) -> Result<SiteData, String> {
    let pages = read(dist, endpoint::pages())?;
    let PageList { pagine, .. } = pages;
    let site: SiteFile = read(dist, endpoint::site())?;
    let template = std::fs::read_to_string(dist.join("404.html")).unwrap_or_default();
    Ok(SiteData {
        pages: pagine.into_iter().map(|p| (p.percorso, p.titolo)).collect(),
        booking: read(dist, endpoint::booking())?,
        retention_days: site.configurazione.ricezione.conservazione_giorni,
        stylesheets: stylesheets(&template),
    })
}

/// The stylesheet addresses of a page (trunk hashes their names; the
/// build's minified HTML may leave attribute values unquoted).
fn stylesheets(html: &str) -> Vec<String> {
    html.split("<link ")
        .skip(1)
        .filter_map(|tag| {
            let tag = &tag[..tag.find('>')?];
            (attribute(tag, "rel")? == "stylesheet").then(|| attribute(tag, "href"))?
        })
        .collect()
}

/// The value of `name="…"`, `name='…'` or `name=…` in a tag's text.
fn attribute(tag: &str, name: &str) -> Option<String> {
    let start = tag
        .split_whitespace()
        .find_map(|part| part.strip_prefix(&format!("{name}=")))?;
    let value = match start.chars().next()? {
        quote @ ('"' | '\'') => start[1..].split(quote).next()?,
        _ => start.trim_end_matches('/'),
    };
    Some(value.to_string())
}

/// The site data, read again when `api/v1/pagine.json` changes (checked at
/// most every few seconds). A broken new build keeps the last good data.
pub struct Site {
    dist: PathBuf,
    state: Mutex<(Arc<SiteData>, Option<SystemTime>, Instant)>,
}

const CHECK_EVERY: Duration = Duration::from_secs(5);

impl Site {
    pub fn open(dist: &Path) -> Result<Site, String> {
        let data = load(dist)?;
        Ok(Site {
            dist: dist.to_path_buf(),
            state: Mutex::new((Arc::new(data), modified(dist), Instant::now())),
        })
    }

    pub fn current(&self) -> Arc<SiteData> {
        let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        if state.2.elapsed() >= CHECK_EVERY {
            state.2 = Instant::now();
            let now = modified(&self.dist);
            if now != state.1 {
                match load(&self.dist) {
                    Ok(data) => {
                        tracing::info!(pagine = data.pages.len(), "nuova build del sito letta");
                        *state = (Arc::new(data), now, Instant::now());
                    }
                    Err(error) => tracing::warn!(%error, "nuova build del sito illeggibile: restano i dati precedenti"),
                }
            }
        }
        state.0.clone()
    }
}

fn modified(dist: &Path) -> Option<SystemTime> {
    std::fs::metadata(dist.join("api/v1").join(endpoint::pages().path()))
        .and_then(|m| m.modified())
        .ok()
}

#[cfg(test)]
mod tests {
    #[test]
    fn stylesheets_are_read_from_the_page_head() {
        let head = r#"<link rel="preload" href="/a.woff2"><link rel="stylesheet" href="/bootstrap-italia-1a2b.css"><link href=/site-3c4d.css integrity=sha384-x rel=stylesheet>"#;
        assert_eq!(
            super::stylesheets(head),
            ["/bootstrap-italia-1a2b.css", "/site-3c4d.css"]
        );
    }
}
