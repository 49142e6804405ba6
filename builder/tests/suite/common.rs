//! What the validation tests share: loading a fixture folder as the build
//! would, and checking that exactly the expected problems are reported.

use provincia_sito::model::Date;
use site_builder::load::load_site;
use site_builder::record::Report;
use std::path::Path;

/// Every problem the build reports for `content` (relative to builder/),
/// as printed, on the tests' fixed day.
pub fn problems_of(content: &str) -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let report = Report::default();
    let today = Date::parse("2026-11-22").unwrap();
    load_site(&root.join(content), &root.join("../public"), today, &report);
    report.into_problems().iter().map(ToString::to_string).collect()
}

/// Copies a folder tree, passing each file's bytes through `rewrite`.
pub fn copy_tree(from: &Path, to: &Path, rewrite: &dyn Fn(Vec<u8>) -> Vec<u8>) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        let target = to.join(path.file_name().unwrap());
        if path.is_dir() {
            copy_tree(&path, &target, rewrite);
        } else {
            std::fs::write(&target, rewrite(std::fs::read(&path).unwrap())).unwrap();
        }
    }
}

/// Each expected problem is reported (its message may go on), and nothing else.
pub fn assert_exactly_reported(problems: &[String], expected: &[String]) {
    for wanted in expected {
        assert!(
            problems.iter().any(|p| p.starts_with(wanted.as_str())),
            "missing: {wanted}\nreported:\n{}",
            problems.join("\n")
        );
    }
    assert_eq!(problems.len(), expected.len(), "reported:\n{}", problems.join("\n"));
}
