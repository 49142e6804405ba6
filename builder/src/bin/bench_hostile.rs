//! How fast the build refuses hostile content, and how long the worst text
//! it still accepts takes (scripts/bench-hostile). Before the limits, 80 KB of
//! nested list markers took 117 s to sanitise and 21,000 nested YAML levels
//! crashed the build.

use provincia_sito::model::text_limits::{length_problem, TextKind};
use site_builder::markdown::{self, MAX_NESTING, MAX_TEXT_BYTES};
use site_builder::yaml;
use std::cell::RefCell;
use std::time::Instant;

thread_local! {
    /// The slowest accepted input so far: (milliseconds, name).
    static SLOWEST: RefCell<(f64, String)> = const { RefCell::new((0.0, String::new())) };
}

/// Milliseconds of the best of three runs, and whether the input was refused.
fn time(run: impl Fn() -> bool) -> (f64, bool) {
    let mut best = f64::MAX;
    let mut refused = false;
    for _ in 0..3 {
        let started = Instant::now();
        refused = run();
        best = best.min(started.elapsed().as_secs_f64() * 1000.0);
    }
    (best, refused)
}

/// One line of the report: the input, its size, the verdict and the time.
fn case(name: &str, text: &str, refuses: impl Fn(&str) -> bool) {
    let (ms, refused) = time(|| refuses(text));
    let verdict = if refused { "rifiutato" } else { "accettato" };
    if !refused {
        SLOWEST.with(|slowest| {
            if ms > slowest.borrow().0 {
                *slowest.borrow_mut() = (ms, name.to_string());
            }
        });
    }
    println!("{name:<58} {:>5} KB {verdict:<9} {ms:>8.1} ms", text.len() / 1024);
}

fn markdown_case(name: &str, text: &str) {
    case(name, text, |text| !markdown::render(text).problems.is_empty());
}

/// Repeats `block` until the text is just under the size limit.
fn filled(block: &str) -> String {
    block.repeat((MAX_TEXT_BYTES - 1) / block.len())
}

fn main() {
    case(
        "YAML: 21.000 livelli di elenco",
        &format!("titolo: x\nallegati:\n  - {}x\n", "- ".repeat(21_000)),
        |text| yaml::parse(text).is_err(),
    );

    markdown_case(
        "Markdown: 40.000 elenchi annidati",
        &format!("Testo.\n\n{}x\n", "- ".repeat(40_000)),
    );
    markdown_case(
        "Markdown: 100.000 citazioni annidate",
        &format!("Testo.\n\n{}x\n", "> ".repeat(100_000)),
    );
    markdown_case("Markdown: 5.000 tag HTML annidati", &"<span>".repeat(5_000));
    // Before the check followed the parser, stray end tags hid the open
    // ones: this took the sanitiser 7–12 s.
    markdown_case("Markdown: '<b></x>' × 28.000", &"<b></x>".repeat(28_000));
    markdown_case(
        "Markdown: '<b><div></b>' × 16.000 (accavallati)",
        &"<b><div></b>".repeat(16_000),
    );
    markdown_case("Markdown: '*<div>*' × 28.000", &"*<div>*".repeat(28_000));
    markdown_case("Markdown: oltre il limite di dimensione", &"Parola ".repeat(50_000));

    // The worst accepted: every line nested right at the limit, for the
    // whole allowed size. A list level is two containers (list and item).
    let lists = format!("{}voce\n\n", "- ".repeat(MAX_NESTING / 2));
    markdown_case(
        &format!("accettato: elenchi a {MAX_NESTING} livelli fino al limite"),
        &filled(&lists),
    );
    let quotes = format!("{}citazione\n\n", "> ".repeat(MAX_NESTING - 1));
    markdown_case(
        &format!("accettato: citazioni a {MAX_NESTING} livelli fino al limite"),
        &filled(&quotes),
    );
    let tags = format!(
        "{}testo{}\n\n",
        "<span>".repeat(MAX_NESTING - 1),
        "</span>".repeat(MAX_NESTING - 1)
    );
    markdown_case(
        &format!("accettato: tag HTML a {MAX_NESTING} livelli fino al limite"),
        &filled(&tags),
    );
    let stray = format!(
        "{}testo{}</x></y>\n\n",
        "<b>".repeat(MAX_NESTING - 2),
        "</b>".repeat(MAX_NESTING - 2)
    );
    markdown_case(
        &format!(
            "accettato: formattazione a {} livelli con tag che non chiudono nulla",
            MAX_NESTING - 2
        ),
        &filled(&stray),
    );

    let (ms, name) = SLOWEST.with(|slowest| slowest.borrow().clone());
    println!("testo accettato più lento: {ms:.1} ms ({name}); obiettivo: sotto 1.000 ms");
    // The largest value each kind of field accepts, and that one more
    // character is refused.
    for (kind, field) in [
        (TextKind::Code, "cup"),
        (TextKind::Name, "nome"),
        (TextKind::Title, "titolo"),
        (TextKind::Summary, "sommario"),
        (TextKind::Address, "url"),
        (TextKind::FreeText, "competenze"),
    ] {
        let longest = "a".repeat(kind.max_chars());
        let accepted = length_problem(field, &longest).is_none();
        let refused = length_problem(field, &format!("{longest}a")).is_some();
        println!(
            "campo più grande accettato per {}: {} caratteri ({})",
            kind.label(),
            kind.max_chars(),
            if accepted && refused {
                "uno in più è rifiutato"
            } else {
                "ERRORE: il limite non tiene"
            }
        );
    }
    println!("testo Markdown più grande accettato: {} byte", MAX_TEXT_BYTES);
}
