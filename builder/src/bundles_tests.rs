use super::*;

fn glue(islands: &[&str]) -> String {
    let mut js = String::from("let wasm;\nexport function initSync(module) {\n}\n");
    for name in islands {
        js.push_str(&format!("export function {name}(el) {{\n    wasm.{name}(el);\n}}\n"));
    }
    js
}

/// A dist folder with trunk's unhashed page bundles.
fn dist_with(bundles: &[(&str, &[&str], usize)]) -> std::path::PathBuf {
    static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    let dist = std::env::temp_dir().join(format!("bundles-test-{}-{n}", std::process::id()));
    std::fs::create_dir_all(&dist).unwrap();
    for (name, islands, wasm_bytes) in bundles {
        std::fs::write(dist.join(format!("{name}.js")), glue(islands)).unwrap();
        std::fs::write(dist.join(format!("{name}_bg.wasm")), vec![0u8; *wasm_bytes]).unwrap();
    }
    dist
}

fn page(islands: &[&str]) -> String {
    islands
        .iter()
        .map(|name| format!("<leptos-island data-component=\"{name}\" data-props=\"{{}}\"></leptos-island>"))
        .collect()
}

/// The common bundle, the rating's, the archives' (each holding the ones before).
fn three_bundles() -> (std::path::PathBuf, Bundles) {
    let dist = dist_with(&[
        ("isole", &["MainMenu_1"], 90),
        ("isole-valutazione", &["MainMenu_1", "RatingForm_2"], 100),
        (
            "isole-archivi",
            &["MainMenu_1", "RatingForm_2", "ArchiveSearchForm_3"],
            150,
        ),
    ]);
    let mut bundles = Bundles::default();
    bundles.find_page_bundles(&dist).unwrap();
    (dist, bundles)
}

#[test]
fn each_page_gets_the_smallest_bundle_holding_all_its_islands() {
    let (dist, bundles) = three_bundles();
    let common = bundles.tags_for(&page(&["MainMenu_1"])).unwrap();
    assert!(
        common.contains("data-js=\"/isole-") && !common.contains("archivi") && !common.contains("valutazione"),
        "{common}"
    );
    assert!(!common.contains("preload"), "a page bundle is not preloaded: {common}");
    let archive = bundles.tags_for(&page(&["MainMenu_1", "ArchiveSearchForm_3"])).unwrap();
    assert!(archive.contains("data-js=\"/isole-archivi-"), "{archive}");
    // An island no bundle exports would leave the page inert: the build stops.
    let problem = bundles.tags_for(&page(&["MainMenu_1", "Sconosciuta_9"])).unwrap_err();
    assert!(problem.contains("Sconosciuta_9"), "{problem}");
    std::fs::remove_dir_all(&dist).unwrap();
}

#[test]
fn islands_on_demand_get_a_second_marked_tag_unless_the_first_holds_them() {
    let (dist, bundles) = three_bundles();
    let rating = format!("<div data-al-bisogno=\"\"><div>{}</div></div>", page(&["RatingForm_2"]));
    // A content page: the light bundle at once, the rating's on demand.
    let text_page = bundles.tags_for(&format!("{}{rating}", page(&["MainMenu_1"]))).unwrap();
    let tags: Vec<&str> = text_page.split("</script>").filter(|t| !t.is_empty()).collect();
    assert_eq!(tags.len(), 2, "{text_page}");
    assert!(
        tags[0].contains("/isole-") && !tags[0].contains(ON_DEMAND),
        "{text_page}"
    );
    assert!(
        tags[1].contains("/isole-valutazione-") && tags[1].contains(ON_DEMAND),
        "{text_page}"
    );
    // The archive page's own bundle holds the rating too: one tag.
    let archive = bundles
        .tags_for(&format!("{}{rating}", page(&["MainMenu_1", "ArchiveSearchForm_3"])))
        .unwrap();
    assert_eq!(archive.matches("<script").count(), 1, "{archive}");
    // After the marked element ends, islands are needed at once again.
    let after = bundles
        .tags_for(&format!("{rating}<div>{}</div>", page(&["ArchiveSearchForm_3"])))
        .unwrap();
    assert!(
        after.contains("/isole-archivi-") && !after.contains(ON_DEMAND),
        "{after}"
    );
    std::fs::remove_dir_all(&dist).unwrap();
}

#[test]
fn the_common_bundle_tag_leaves_the_template_and_joins_the_page_bundles() {
    let mut head = "<meta charset=utf-8><script data-js=/isole-94b6.js data-wasm=/isole-94b6_bg.wasm src=/boot.js type=module></script><link href=/site.css rel=stylesheet>".to_string();
    let mut bundles = Bundles::take_from(&mut head).unwrap();
    assert_eq!(head, "<meta charset=utf-8><link href=/site.css rel=stylesheet>");
    let dist = dist_with(&[
        ("isole-94b6", &["MainMenu_1"], 90),
        ("isole-archivi", &["MainMenu_1", "ArchiveSearchForm_3"], 150),
    ]);
    bundles.find_page_bundles(&dist).unwrap();
    // Trunk's own names stay: the tag in the page already names them.
    assert!(dist.join("isole-94b6_bg.wasm").exists());
    let common = bundles.tags_for(&page(&["MainMenu_1"])).unwrap();
    assert!(
        common.contains("data-js=\"/isole-94b6.js\" data-wasm=\"/isole-94b6_bg.wasm\""),
        "{common}"
    );
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

#[test]
fn page_bundles_are_named_by_their_content_once() {
    let dist = dist_with(&[("isole", &["MainMenu_1"], 10)]);
    let mut bundles = Bundles::default();
    bundles.find_page_bundles(&dist).unwrap();
    let first = bundles.pages[0].bundle.clone();
    assert!(
        first.js.starts_with("/isole-") && content_hash_of(first.js.trim_end_matches(".js")).is_some(),
        "{}",
        first.js
    );
    assert_eq!(first.wasm, first.js.replace(".js", "_bg.wasm"));
    assert!(dist.join(first.wasm.trim_start_matches('/')).exists() && !dist.join("isole.js").exists());
    // A second run (content rebuilt by hand) finds the renamed pair as it is.
    bundles.find_page_bundles(&dist).unwrap();
    assert_eq!(bundles.pages[0].bundle, first);
    assert_eq!(bundles.pages[0].exports, ["initSync", "MainMenu_1"]);
    std::fs::remove_dir_all(&dist).unwrap();
}
