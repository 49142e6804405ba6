//! Which WebAssembly bundle each page loads. Trunk writes a tag for every
//! bundle into its index.html (Trunk.toml `pattern_script`); the pre-renderer
//! takes them out and gives each page only the one it needs:
//! - the light bundle (`bundles/isole`), which hydrates the page's islands in
//!   place, on every page whose interactive parts are all islands;
//! - the whole application (`src/main.rs`, with its router) on pages that
//!   show a widget not yet an island: such a widget carries the attribute
//!   [`NEEDS_FULL_APP`] in its markup.
//!
//! Trunk accepts one application per page, so the light bundle is built as a
//! trunk "worker" (index.html): compiled and optimised into dist, with no tag
//! and no hash in its names. [`Bundles::hash_islands`] names its files by
//! their content, as trunk does the rest, so browsers may cache them forever.

/// Attribute on the markup of a widget that only the whole application
/// drives; `public/boot.js` reads the same name on the script tag.
pub const NEEDS_FULL_APP: &str = "data-app-completa";

/// Crate names, which trunk puts at the start of the files it writes.
const FULL_APP: &str = "provincia-sito";
const ISLANDS: &str = "isole";

/// A bundle as trunk wrote it: the loader script and its two files.
#[derive(Clone, Debug, PartialEq)]
pub struct Bundle {
    loader: String,
    js: String,
    wasm: String,
}

impl Bundle {
    /// The preload hints and the loader tag of this bundle for one page.
    pub fn tags(&self, full_app: bool) -> String {
        let marker = if full_app {
            format!(" {NEEDS_FULL_APP}")
        } else {
            String::new()
        };
        format!(
            "<link rel=\"modulepreload\" href=\"{js}\"><link rel=\"preload\" href=\"{wasm}\" as=\"fetch\" type=\"application/wasm\" crossorigin><script type=\"module\" src=\"{loader}\" data-js=\"{js}\" data-wasm=\"{wasm}\"{marker}></script>",
            js = self.js,
            wasm = self.wasm,
            loader = self.loader
        )
    }

    fn is(&self, name: &str) -> bool {
        let file = self.js.rsplit('/').next().unwrap_or_default();
        file.strip_prefix(name).is_some_and(|rest| rest.starts_with(['-', '.']))
    }
}

/// The two bundles of the site, found in trunk's page.
#[derive(Clone, Debug, Default)]
pub struct Bundles {
    full_app: Option<Bundle>,
    islands: Option<Bundle>,
}

impl Bundles {
    /// Takes every bundle tag out of `head` and returns the bundles found.
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
            if bundle.is(FULL_APP) {
                found.full_app = Some(bundle);
            } else if bundle.is(ISLANDS) {
                found.islands = Some(bundle);
            } else {
                return Err(format!("pacchetto wasm sconosciuto in index.html: {}", bundle.js));
            }
            head.replace_range(start..end, "");
        }
        Ok(found)
    }

    /// Finds the light bundle in `dist`: trunk's `isole.js` and
    /// `isole_bg.wasm`, renamed here to `isole-{hash}.js` and
    /// `isole-{hash}_bg.wasm`, or the renamed pair of an earlier run.
    /// `loader` is the script that starts bundles (the full app's, or
    /// `/boot.js` when there is none).
    pub fn hash_islands(&mut self, dist: &std::path::Path) -> Result<(), String> {
        let problem = |e: std::io::Error| format!("{}: {e}", dist.display());
        let (js, wasm) = (
            dist.join(format!("{ISLANDS}.js")),
            dist.join(format!("{ISLANDS}_bg.wasm")),
        );
        let names = if js.exists() && wasm.exists() {
            let (js_bytes, wasm_bytes) = (
                std::fs::read(&js).map_err(problem)?,
                std::fs::read(&wasm).map_err(problem)?,
            );
            let hash = content_hash(&[&js_bytes, &wasm_bytes]);
            let names = (
                format!("{ISLANDS}-{hash:016x}.js"),
                format!("{ISLANDS}-{hash:016x}_bg.wasm"),
            );
            std::fs::rename(&js, dist.join(&names.0)).map_err(problem)?;
            std::fs::rename(&wasm, dist.join(&names.1)).map_err(problem)?;
            names
        } else {
            let mut found = std::fs::read_dir(dist)
                .map_err(problem)?
                .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
                .filter(|name| name.starts_with(&format!("{ISLANDS}-")) && name.ends_with("_bg.wasm"));
            let Some(wasm) = found.next() else { return Ok(()) };
            if let Some(other) = found.next() {
                return Err(format!("due pacchetti leggeri in {}: {wasm} e {other}", dist.display()));
            }
            (wasm.replace("_bg.wasm", ".js"), wasm)
        };
        let loader = self
            .full_app
            .as_ref()
            .map_or("/boot.js".to_string(), |app| app.loader.clone());
        let base = loader.rsplit_once('/').map_or("/", |(base, _)| base).to_string();
        self.islands = Some(Bundle {
            loader,
            js: format!("{base}/{}", names.0),
            wasm: format!("{base}/{}", names.1),
        });
        Ok(())
    }

    /// The tags for a page whose rendered body is `body`: the whole
    /// application if a widget there needs it, otherwise the light bundle
    /// (or whichever exists, in templates without both).
    pub fn tags_for(&self, body: &str) -> String {
        let needs_app = body.contains(NEEDS_FULL_APP);
        match (needs_app, &self.full_app, &self.islands) {
            (true, Some(app), _) | (false, Some(app), None) => app.tags(true),
            (_, _, Some(islands)) => islands.tags(false),
            (_, None, None) => String::new(),
        }
    }
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
mod tests {
    use super::*;

    const MINIFIED: &str = "<meta charset=utf-8><script data-js=/provincia-sito-94b6.js data-wasm=/provincia-sito-94b6_bg.wasm src=/boot.js type=module></script><link href=/site.css rel=stylesheet><script data-js=/isole-1a2b.js data-wasm=/isole-1a2b_bg.wasm src=/boot.js type=module></script><script type=\"application/ld+json\">{}</script>";

    #[test]
    fn both_bundles_leave_the_template_and_the_rest_stays() {
        let mut head = MINIFIED.to_string();
        let bundles = Bundles::take_from(&mut head).unwrap();
        assert_eq!(
            head,
            "<meta charset=utf-8><link href=/site.css rel=stylesheet><script type=\"application/ld+json\">{}</script>"
        );
        assert_eq!(bundles.full_app.unwrap().wasm, "/provincia-sito-94b6_bg.wasm");
        assert_eq!(bundles.islands.unwrap().js, "/isole-1a2b.js");
    }

    #[test]
    fn a_page_gets_the_whole_app_only_when_a_widget_asks_for_it() {
        let mut head = MINIFIED.to_string();
        let bundles = Bundles::take_from(&mut head).unwrap();
        let light = bundles.tags_for("<main><leptos-island data-component=\"MainMenu_1\"></leptos-island></main>");
        assert!(light.contains("data-js=\"/isole-1a2b.js\"") && !light.contains("provincia-sito"));
        assert!(!light.contains(NEEDS_FULL_APP));
        let app = bundles.tags_for("<form data-app-completa=\"\"></form>");
        assert!(app.contains("data-js=\"/provincia-sito-94b6.js\"") && !app.contains("isole"));
        assert!(app.contains(&format!(" {NEEDS_FULL_APP}>")));
        assert!(app.contains("rel=\"preload\" href=\"/provincia-sito-94b6_bg.wasm\""));
    }

    #[test]
    fn the_light_bundle_is_named_by_its_content_once() {
        let dist = std::env::temp_dir().join(format!("bundles-test-{}", std::process::id()));
        std::fs::create_dir_all(&dist).unwrap();
        std::fs::write(dist.join("isole.js"), "js").unwrap();
        std::fs::write(dist.join("isole_bg.wasm"), "wasm").unwrap();
        let mut head = MINIFIED.replace(
            "<script data-js=/isole-1a2b.js data-wasm=/isole-1a2b_bg.wasm src=/boot.js type=module></script>",
            "",
        );
        let mut bundles = Bundles::take_from(&mut head).unwrap();
        assert!(bundles.islands.is_none());
        bundles.hash_islands(&dist).unwrap();
        let first = bundles.islands.clone().unwrap();
        assert!(
            first.js.starts_with("/isole-") && first.js.ends_with(".js"),
            "{}",
            first.js
        );
        assert_eq!(first.wasm, first.js.replace(".js", "_bg.wasm"));
        assert!(dist.join(first.wasm.trim_start_matches('/')).exists() && !dist.join("isole.js").exists());
        // A second run (content rebuilt by hand) finds the renamed pair.
        bundles.hash_islands(&dist).unwrap();
        assert_eq!(bundles.islands.unwrap(), first);
        std::fs::remove_dir_all(&dist).unwrap();
    }

    #[test]
    fn quoted_attributes_and_unknown_bundles() {
        let mut head =
            "<script type=\"module\" src=\"/boot.js\" data-js=\"/altro-1.js\" data-wasm=\"/altro-1_bg.wasm\"></script>"
                .to_string();
        let problem = Bundles::take_from(&mut head).unwrap_err();
        assert!(problem.contains("/altro-1.js"), "{problem}");
        assert_eq!(
            attribute("<a data-js-x=1 data-js='/a.js'>", "data-js").as_deref(),
            Some("/a.js")
        );
    }
}
