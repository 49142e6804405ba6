//! Which WebAssembly bundles each page loads. Every page is pre-rendered
//! HTML; its interactive parts are islands, hydrated in place by a page
//! bundle (`bundles/isole*`), the smallest one that exports them all (the
//! common `isole` on most pages, `isole-archivi` on the archive pages…).
//!
//! An island inside an element marked [`ON_DEMAND`] (the page rating; the
//! filters of a topic page) is not needed to read the page: it gets a
//! second tag, marked too, and public/boot.js fetches that bundle only when
//! a reader first reaches the island, unless the page's own bundle holds it
//! already.
//!
//! Trunk accepts one "main" application per page: the common bundle, whose
//! tag the pre-renderer takes out of trunk's page (Trunk.toml
//! `pattern_script`). The other page bundles are trunk "workers"
//! (index.html): compiled and optimised into dist, with no tag and no hash
//! in their names. [`Bundles::find_page_bundles`] names their files by
//! their content, as trunk does the rest, so browsers may cache them for
//! good, and reads which islands each one exports.

use std::path::Path;

/// Attribute of an element whose islands come to life on demand; boot.js
/// reads the same name on the elements and on the bundle's tag.
pub const ON_DEMAND: &str = "data-al-bisogno";

/// Crate names of the page bundles, which trunk puts at the start of their files.
const PAGE_BUNDLES: &str = "isole";

/// The script that loads the bundles (public/boot.js, copied by trunk).
const LOADER: &str = "/boot.js";

/// Where the island's name is in its pre-rendered wrapper.
const ISLAND_NAME: &str = "<leptos-island data-component=\"";

/// A bundle as the browser loads it: its two files.
#[derive(Clone, Debug, PartialEq)]
pub struct Bundle {
    js: String,
    wasm: String,
}

impl Bundle {
    /// The loader tag of this bundle. Not preloaded: its page is already
    /// drawn, and fetching it early competed with the CSS and fonts
    /// (Lighthouse LCP 2.55 → 1.95 s on a text page without).
    fn tag(&self, on_demand: bool) -> String {
        let marker = if on_demand {
            format!(" {ON_DEMAND}")
        } else {
            String::new()
        };
        format!(
            "<script type=\"module\" src=\"{LOADER}\" data-js=\"{}\" data-wasm=\"{}\"{marker}></script>",
            self.js, self.wasm
        )
    }
}

/// A page bundle and the islands it can hydrate.
#[derive(Clone, Debug)]
struct PageBundle {
    bundle: Bundle,
    exports: Vec<String>,
    bytes: u64,
}

/// The site's page bundles, from dist.
#[derive(Clone, Debug, Default)]
pub struct Bundles {
    /// The common bundle, which trunk builds and names itself.
    common: Option<Bundle>,
    pages: Vec<PageBundle>,
}

impl Bundles {
    /// Takes trunk's tag of the common bundle (its one "main" application,
    /// `bundles/isole`) out of `head`: each page gets its own tags here.
    pub fn take_from(head: &mut String) -> Result<Bundles, String> {
        let mut found = Bundles::default();
        while let Some((start, end)) = next_bundle_tag(head) {
            let tag = &head[start..end];
            let attr = |name| attribute(tag, name).ok_or(format!("tag del pacchetto wasm senza {name}: {tag}"));
            let bundle = Bundle {
                js: attr("data-js")?,
                wasm: attr("data-wasm")?,
            };
            if found.common.is_some() || !file_name(&bundle.js).starts_with(PAGE_BUNDLES) {
                return Err(format!("pacchetto wasm inatteso in index.html: {}", bundle.js));
            }
            found.common = Some(bundle);
            head.replace_range(start..end, "");
        }
        Ok(found)
    }

    /// Finds the page bundles in `dist`: the common one under trunk's
    /// names, and the workers' `isole….js` and `isole…_bg.wasm`, renamed
    /// here to `isole…-{hash}.js` and `isole…-{hash}_bg.wasm` (or the
    /// renamed pairs of an earlier run).
    pub fn find_page_bundles(&mut self, dist: &Path) -> Result<(), String> {
        let problem = |e: std::io::Error| format!("{}: {e}", dist.display());
        let common_js = self.common.as_ref().map(|c| file_name(&c.js).to_string());
        let mut names: Vec<String> = std::fs::read_dir(dist)
            .map_err(problem)?
            .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
            .filter(|name| name.starts_with(PAGE_BUNDLES) && name.ends_with(".js"))
            .filter(|name| Some(name) != common_js.as_ref())
            .collect();
        names.sort();
        self.pages.clear();
        if let Some(common) = &self.common {
            let read = |path: &str| std::fs::read(dist.join(file_name(path))).map_err(problem);
            self.pages.push(PageBundle {
                exports: exported_functions(&String::from_utf8_lossy(&read(&common.js)?)),
                bytes: read(&common.wasm)?.len() as u64,
                bundle: common.clone(),
            });
        }
        for name in names {
            let stem = name.trim_end_matches(".js");
            let wasm_path = dist.join(format!("{stem}_bg.wasm"));
            if !wasm_path.exists() {
                continue;
            }
            let js_bytes = std::fs::read(dist.join(&name)).map_err(problem)?;
            let stem = if content_hash_of(stem).is_some() {
                stem.to_string()
            } else {
                let wasm_bytes = std::fs::read(&wasm_path).map_err(problem)?;
                let hashed = format!("{stem}-{:016x}", content_hash(&[&js_bytes, &wasm_bytes]));
                std::fs::rename(dist.join(&name), dist.join(format!("{hashed}.js"))).map_err(problem)?;
                std::fs::rename(&wasm_path, dist.join(format!("{hashed}_bg.wasm"))).map_err(problem)?;
                hashed
            };
            let bytes = std::fs::metadata(dist.join(format!("{stem}_bg.wasm")))
                .map_err(problem)?
                .len();
            self.pages.push(PageBundle {
                bundle: Bundle {
                    js: format!("/{stem}.js"),
                    wasm: format!("/{stem}_bg.wasm"),
                },
                exports: exported_functions(&String::from_utf8_lossy(&js_bytes)),
                bytes,
            });
        }
        Ok(())
    }

    /// The tags for a page whose rendered body is `body`: the smallest page
    /// bundle that hydrates the islands needed at once, and, for islands on
    /// demand that it does not hold, the smallest bundle that does. An
    /// island no bundle exports is a build error (a page that would stay
    /// inert). Without page bundles (tests' templates) a page gets no tag.
    pub fn tags_for(&self, body: &str) -> Result<String, String> {
        if self.pages.is_empty() {
            return Ok(String::new());
        }
        let (at_once, on_demand) = islands_by_loading(body);
        let mut tags = String::new();
        let first = self.smallest_with(&at_once)?;
        if let Some(first) = first {
            tags.push_str(&first.bundle.tag(false));
        }
        if !on_demand.is_empty() && !first.is_some_and(|b| exports_all(b, &on_demand)) {
            if let Some(second) = self.smallest_with(&on_demand)? {
                tags.push_str(&second.bundle.tag(true));
            }
        }
        Ok(tags)
    }

    fn smallest_with(&self, islands: &[String]) -> Result<Option<&PageBundle>, String> {
        if islands.is_empty() {
            return Ok(None);
        }
        self.pages
            .iter()
            .filter(|page| exports_all(page, islands))
            .min_by_key(|page| page.bytes)
            .map(Some)
            .ok_or_else(|| {
                format!(
                    "nessun pacchetto di pagina contiene tutte le isole: {}",
                    islands.join(", ")
                )
            })
    }
}

fn exports_all(page: &PageBundle, islands: &[String]) -> bool {
    islands.iter().all(|name| page.exports.iter().any(|e| e == name))
}

/// The islands of `body` needed at once and those on demand (inside an
/// element marked [`ON_DEMAND`]), each once.
fn islands_by_loading(body: &str) -> (Vec<String>, Vec<String>) {
    let deferred = on_demand_ranges(body);
    let (mut at_once, mut on_demand) = (Vec::new(), Vec::new());
    let mut from = 0;
    while let Some(at) = body[from..].find(ISLAND_NAME) {
        let start = from + at;
        let rest = &body[start + ISLAND_NAME.len()..];
        let name = rest.split('"').next().unwrap_or_default().to_string();
        let list = if deferred.iter().any(|r| r.contains(&start)) {
            &mut on_demand
        } else {
            &mut at_once
        };
        if !list.contains(&name) {
            list.push(name);
        }
        from = start + ISLAND_NAME.len();
    }
    at_once.sort();
    on_demand.sort();
    (at_once, on_demand)
}

/// Byte ranges of the elements marked [`ON_DEMAND`] in `body`: from the
/// marked tag to its matching end tag, nested elements of the same name
/// counted.
fn on_demand_ranges(body: &str) -> Vec<std::ops::Range<usize>> {
    let mut ranges = Vec::new();
    let mut from = 0;
    while let Some(at) = body[from..].find(ON_DEMAND) {
        let marker = from + at;
        from = marker + ON_DEMAND.len();
        let Some(start) = body[..marker].rfind('<') else {
            continue;
        };
        let name: String = body[start + 1..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
            .collect();
        if name.is_empty() {
            continue;
        }
        let (open, close) = (format!("<{name}"), format!("</{name}>"));
        let mut depth = 0usize;
        let mut at = start;
        let end = loop {
            let next_open = body[at + 1..].find(&open).map(|i| at + 1 + i);
            let Some(next_close) = body[at + 1..].find(&close).map(|i| at + 1 + i) else {
                break body.len();
            };
            match next_open {
                Some(o) if o < next_close => {
                    depth += 1;
                    at = o;
                }
                _ if depth == 0 => break next_close + close.len(),
                _ => {
                    depth -= 1;
                    at = next_close;
                }
            }
        };
        ranges.push(start..end);
    }
    ranges
}

/// `export function NAME(` lines of wasm-bindgen's JS glue.
fn exported_functions(glue: &str) -> Vec<String> {
    glue.lines()
        .filter_map(|line| line.trim_start().strip_prefix("export function "))
        .filter_map(|rest| rest.split('(').next().map(|name| name.trim().to_string()))
        .collect()
}

/// The hash at the end of `isole-archivi-0123456789abcdef`, if there is one.
fn content_hash_of(stem: &str) -> Option<&str> {
    let (_, hash) = stem.rsplit_once('-')?;
    (hash.len() == 16 && hash.bytes().all(|b| b.is_ascii_hexdigit())).then_some(hash)
}

/// FNV-1a, 64 bits: a stable name for a file's content (not a security hash).
fn content_hash(parts: &[&[u8]]) -> u64 {
    parts
        .iter()
        .flat_map(|part| part.iter())
        .fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
            (hash ^ u64::from(*byte)).wrapping_mul(0x0000_0100_0000_01b3)
        })
}

/// Byte range of the next `<script …data-wasm…></script>` in `html`.
fn next_bundle_tag(html: &str) -> Option<(usize, usize)> {
    let mut from = 0;
    while let Some(at) = html[from..].find("<script") {
        let start = from + at;
        let close = start + html[start..].find("</script>")? + "</script>".len();
        let open_end = start + html[start..].find('>')?;
        if html[start..open_end].contains("data-wasm") {
            return Some((start, close));
        }
        from = close;
    }
    None
}

fn file_name(path: &str) -> &str {
    path.rsplit('/').next().unwrap_or_default()
}

/// Value of attribute `name` in an opening tag, quoted or not (trunk
/// minifies the page in release builds).
fn attribute(tag: &str, name: &str) -> Option<String> {
    let mut rest = tag;
    loop {
        let at = rest.find(name)?;
        let before = rest[..at].chars().last();
        let after = &rest[at + name.len()..];
        rest = after;
        if !matches!(before, Some(c) if c.is_whitespace()) || !after.starts_with('=') {
            continue;
        }
        let value = &after[1..];
        return Some(match value.chars().next()? {
            quote @ ('"' | '\'') => value[1..].split(quote).next()?.to_string(),
            _ => value.split(|c: char| c.is_whitespace() || c == '>').next()?.to_string(),
        });
    }
}

#[cfg(test)]
#[path = "bundles_tests.rs"]
mod tests;
