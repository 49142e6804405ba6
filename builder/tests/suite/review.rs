//! Editorial review on whole files: warnings keep file, line and field;
//! heavy or missing files are errors; a notice without an end date and a
//! scanned PDF are warnings. The fixture is written in a temporary folder
//! because one of its files must weigh more than the upload limit.

use crate::common::assert_exactly_reported;
use provincia_sito::model::Date;
use site_builder::load::load_site_reviewed;
use site_builder::record::Report;
use site_builder::review::MAX_FILE_BYTES;
use std::fs;
use std::path::{Path, PathBuf};

const TEXT_PDF: &[u8] = b"%PDF-1.4\n1 0 obj << /Type /Page /Resources << /Font << /F1 2 0 R >> >> >> endobj\n%%EOF\n";
const SCANNED_PDF: &[u8] =
    b"%PDF-1.4\n1 0 obj << /Type /Page /Resources << /XObject << /Im1 2 0 R >> >> >> endobj\n%%EOF\n";

fn write(root: &Path, relative: &str, content: &[u8]) {
    let path = root.join(relative);
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(path, content).unwrap();
}

fn copy_tree(from: &Path, to: &Path) {
    for entry in fs::read_dir(from).unwrap().flatten() {
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            if entry.file_name() != "novita" {
                copy_tree(&entry.path(), &target);
            }
        } else {
            fs::create_dir_all(to).unwrap();
            fs::copy(entry.path(), target).unwrap();
        }
    }
}

fn fixture() -> PathBuf {
    let root = std::env::temp_dir().join(format!("revisione-{}", std::process::id()));
    let _ = fs::remove_dir_all(&root);
    // The sample site without its news: only the fixture's items are judged.
    let real = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
    copy_tree(&real, &root.join("content"));
    copy_tree(&real.join("../public"), &root.join("public"));
    write(&root, "public/allegati/testo.pdf", TEXT_PDF);
    write(&root, "public/allegati/scansione.pdf", SCANNED_PDF);
    write(
        &root,
        "public/img/pesante.jpg",
        &vec![0u8; MAX_FILE_BYTES as usize + 300_000],
    );
    write(&root, "public/img/ponte.jpg", b"jpeg");
    write(
        &root,
        "content/novita/notizie/chiara.md",
        "---\ntitolo: \"Strada riaperta\"\nsommario: \"Si passa di nuovo.\"\ndata: 2026-11-20\nargomenti: [rete-stradale]\nallegati:\n  - titolo: \"Ordinanza\"\n    file: /allegati/testo.pdf\n---\n# Cosa cambia\n\nLa strada è di nuovo aperta. Si passa in due sensi.\n\n![Il ponte riaperto](/img/ponte.jpg)\n\nGli [orari del cantiere](/contatti) sono sul sito.\n".as_bytes(),
    );
    write(
        &root,
        "content/novita/notizie/da-rivedere.md",
        "---\ntitolo: \"Avviso ai tecnici\"\nsommario: \"Cambia il deposito.\"\ndata: 2026-11-20\n---\nIntroduzione breve.\n\n### Cosa serve\n\nIl modulo è [qui](/contatti). IL DEPOSITO CARTACEO termina.\n\nI dati sono su www.provincia.sp.it/dati oggi.\n".as_bytes(),
    );
    write(
        &root,
        "content/novita/notizie/file-sbagliati.md",
        "---\ntitolo: \"Foto\"\nsommario: \"Foto del cantiere.\"\ndata: 2026-11-20\nimmagine:\n  file: /img/pesante.jpg\n  alt: \"Il cantiere\"\n---\nTesto.\n\n![Il cantiere](/img/non-esiste.jpg)\n".as_bytes(),
    );
    write(
        &root,
        "content/novita/avvisi/senza-scadenza.md",
        "---\ntitolo: \"Nuovo orario\"\nsommario: \"Gli uffici cambiano orario.\"\ndata: 2026-11-20\nallegati:\n  - titolo: \"Orario firmato\"\n    file: /allegati/scansione.pdf\n---\nDa lunedì gli uffici aprono alle 9.\n".as_bytes(),
    );
    root
}

#[test]
fn errors_and_warnings_of_whole_files() {
    let root = fixture();
    let (report, warnings) = (Report::default(), Report::default());
    let today = Date::parse("2026-11-22").unwrap();
    let content = root.join("content");
    load_site_reviewed(
        &content,
        &content.join("sito.toml"),
        &root.join("public"),
        today,
        &report,
        &warnings,
    );
    let shown = |r: Report| r.into_problems().iter().map(ToString::to_string).collect::<Vec<_>>();
    let errors = shown(report);
    // The sample site's own texts have warnings too; only the fixture's count.
    let warnings: Vec<String> = shown(warnings)
        .into_iter()
        .filter(|w| w.starts_with("content/novita/"))
        .collect();
    let _ = fs::remove_dir_all(&root);

    assert_exactly_reported(
        &errors,
        &[
            "content/novita/notizie/file-sbagliati.md:6: campo `immagine.file`: il file «/img/pesante.jpg» pesa 5,3 MB, oltre il limite di 5 MB".into(),
            "content/novita/notizie/file-sbagliati.md:11: campo `testo`: immagine: file «/img/non-esiste.jpg» non trovato".into(),
        ],
    );
    assert_exactly_reported(
        &warnings,
        &[
            "content/novita/avvisi/senza-scadenza.md:1: campo `scadenza`: avviso senza data di scadenza".into(),
            "content/novita/avvisi/senza-scadenza.md:7: campo `allegati[0].file`: «/allegati/scansione.pdf» sembra una scansione".into(),
            "content/novita/notizie/da-rivedere.md:8: campo `testo`: il titolo «Cosa serve» salta un livello".into(),
            "content/novita/notizie/da-rivedere.md:10: campo `testo`: il testo del collegamento «qui» non dice dove porta".into(),
            "content/novita/notizie/da-rivedere.md:10: campo `testo`: testo in maiuscolo «IL DEPOSITO CARTACEO»".into(),
            "content/novita/notizie/da-rivedere.md:12: campo `testo`: indirizzo scritto per esteso «www.provincia.sp.it/dati»".into(),
        ],
    );
}
