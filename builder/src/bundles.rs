//! Which WebAssembly bundle each page loads. A page gets exactly one:
//! - a page bundle (`bundles/isole*`), which hydrates the page's islands in
//!   place: the smallest one that exports every island on the page (the
//!   common `isole` on most pages, `isole-archivi` on the archive pages…);
//! - the whole application (`src/main.rs`, with its router) on pages that
//!   show a widget not yet an island: such a widget carries the attribute
//!   [`NEEDS_FULL_APP`] in its markup.
//!
//! Trunk writes a tag for the whole application into its index.html
//! (Trunk.toml `pattern_script`), which the pre-renderer takes out. Trunk
//! accepts one application per page, so the page bundles are built as trunk
//! "workers" (index.html): compiled and optimised into dist, with no tag and
//! no hash in their names. [`Bundles::find_page_bundles`] names their files
//! by their content, as trunk does the rest, so browsers may cache them for
//! good, and reads which islands each one exports.

use std::path::Path;

/// Attribute on the markup of a widget that only the whole application
/// drives; `public/boot.js` reads the same name on the script tag.
pub const NEEDS_FULL_APP: &str = "data-app-completa";

/// Crate names, which trunk puts at the start of the files it writes.
const FULL_APP: &str = "provincia-sito";
const PAGE_BUNDLES: &str = "isole";

/// Where the island's name is in its pre-rendered wrapper.
const ISLAND_NAME: &str = "<leptos-island data-component=\"";

/// A bundle as the browser loads it: the loader script and its two files.
#[derive(Clone, Debug, PartialEq)]
pub struct Bundle {
    loader: String,
    js: String,
    wasm: String,
}

impl Bundle {
    /// The loader tag of this bundle for one page. The whole application
    /// redraws the page, so its files are preloaded; a page bundle is not:
    /// its page is already drawn, and fetching it early competed with the
    /// CSS and fonts (Lighthouse LCP 2.55 → 1.95 s on a text page without).
    pub fn tags(&self, full_app: bool) -> String {
        let (js, wasm, loader) = (&self.js, &self.wasm, &self.loader);
        let script = |marker: &str| {
            format!("<script type=\"module\" src=\"{loader}\" data-js=\"{js}\" data-wasm=\"{wasm}\"{marker}></script>")
        };
        if full_app {
            format!(
                "<link rel=\"modulepreload\" href=\"{js}\"><link rel=\"preload\" href=\"{wasm}\" as=\"fetch\" type=\"application/wasm\" crossorigin>{}",
                script(&format!(" {NEEDS_FULL_APP}"))
            )
        } else {
            script("")
        }
    }
}

/// A page bundle and the islands it can hydrate.
#[derive(Clone, Debug)]
struct PageBundle {
    bundle: Bundle,
    exports: Vec<String>,
    bytes: u64,
}

/// The site's bundles: the whole application from trunk's page, the page
/// bundles from dist.
#[derive(Clone, Debug, Default)]
pub struct Bundles {
    full_app: Option<Bundle>,
    pages: Vec<PageBundle>,
}

impl Bundles {
    /// Takes every bundle tag out of `head` and returns the whole application's.
    pub fn take_from(head: &mut String) -> Result<Bundles, String> {
        let mut found = Bundles::default();
        while let Some((start, end)) = next_bundle_tag(head) {
            let tag = &head[start..end];
            let attr = |name| attribute(tag, name).ok_or(format!("tag del pacchetto wasm senza {name}: {tag}"));
            let bundle = Bundle {
                loader: attr("src")?,
                js: attr("data-js")?,
                wasm: attr("data-wasm")?,
            };
            if file_name(&bundle.js)
                .strip_prefix(FULL_APP)
                .is_some_and(|rest| rest.starts_with('-'))
            {
                found.full_app = Some(bundle);
            } else {
                return Err(format!("pacchetto wasm sconosciuto in index.html: {}", bundle.js));
            }
            head.replace_range(start..end, "");
        }
        Ok(found)
    }

    /// Finds the page bundles in `dist`: trunk's `isole….js` and
    /// `isole…_bg.wasm`, renamed here to `isole…-{hash}.js` and
    /// `isole…-{hash}_bg.wasm`, or the renamed pairs of an earlier run.
    pub fn find_page_bundles(&mut self, dist: &Path) -> Result<(), String> {
        let problem = |e: std::io::Error| format!("{}: {e}", dist.display());
        let loader = self
            .full_app
            .as_ref()
            .map_or("/boot.js".to_string(), |app| app.loader.clone());
        let base = loader.rsplit_once('/').map_or("", |(base, _)| base).to_string();
        let mut names: Vec<String> = std::fs::read_dir(dist)
            .map_err(problem)?
            .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
            .filter(|name| name.starts_with(PAGE_BUNDLES) && name.ends_with(".js"))
            .collect();
        names.sort();
        self.pages.clear();
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
                    loader: loader.clone(),
                    js: format!("{base}/{stem}.js"),
                    wasm: format!("{base}/{stem}_bg.wasm"),
                },
                exports: exported_functions(&String::from_utf8_lossy(&js_bytes)),
                bytes,
            });
        }
        Ok(())
    }

    /// The tags for a page whose rendered body is `body`: the whole
    /// application if a widget there needs it, otherwise the smallest page
    /// bundle that hydrates all its islands. An island no bundle exports is
    /// a build error (a page that would stay inert). Templates with no page
    /// bundle at all (tests) give every page the whole application.
    pub fn tags_for(&self, body: &str) -> Result<String, String> {
        if body.contains(NEEDS_FULL_APP) || self.pages.is_empty() {
            return Ok(self.full_app.as_ref().map(|app| app.tags(true)).unwrap_or_default());
        }
        let islands = island_names(body);
        self.pages
            .iter()
            .filter(|page| islands.iter().all(|name| page.exports.iter().any(|e| e == name)))
            .min_by_key(|page| page.bytes)
            .map(|page| page.bundle.tags(false))
            .ok_or_else(|| {
                format!(
                    "nessun pacchetto di pagina contiene tutte le isole: {}",
                    islands.join(", ")
                )
            })
    }
}

/// The islands pre-rendered in `body`, each once.
fn island_names(body: &str) -> Vec<String> {
    let mut names: Vec<String> = body
        .split(ISLAND_NAME)
        .skip(1)
        .filter_map(|rest| rest.split('"').next().map(str::to_string))
        .collect();
    names.sort();
    names.dedup();
    names
}

/// `export function NAME(` lines of wasm-bindgen's JS glue.
fn exported_functions(glue: &str) -> Vec<String> {
    glue.lines()
        .filter_map(|line| line.trim_start().strip_prefix("export function "))
        .filter_map(|rest| rest.split('(').next().map(|name| name.trim().to_string()))
        .collect()
}

fn file_name(path: &str) -> &str {
    path.rsplit('/').next().unwrap_or_default()
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
