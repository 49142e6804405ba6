//! content/amministrazione-trasparente.yaml: the D.Lgs. 33/2013 tree. Each
//! node has exactly one of `testo` (Markdown published here), `pagina` (a
//! page of this site), `piattaforma` (a path on the external transparency
//! platform of sito.toml) or `url`; a node with subsections may have none.

use super::pages::markdown_field;
use super::{LinkUse, Loader};
use crate::record::Record;
use provincia_sito::model::config::is_https_url;
use provincia_sito::model::endpoint::API_VERSION;
use provincia_sito::model::slug;
use provincia_sito::model::transparency::{NodeContent, TransparencyNode, TransparencyTree, ROOT};

pub fn load(loader: &mut Loader) -> TransparencyTree {
    let path = loader.content.join("amministrazione-trasparente.yaml");
    let empty = TransparencyTree {
        versione: API_VERSION,
        sezioni: Vec::new(),
    };
    // Optional, like uffici.yaml: a test site or a new ente may not have it yet.
    if !path.exists() {
        return empty;
    }
    let Some((file, tree)) = loader.read_yaml(&path) else {
        return empty;
    };
    let Some(root) = Record::new(loader.report, &file, &tree, 0, "") else {
        return empty;
    };
    let sezioni = nodes(loader, &root, "sezioni", ROOT);
    root.finish(&["sezioni"]);
    if sezioni.is_empty() {
        loader.report.add(&file, 1, "sezioni", "attesa almeno una sezione");
    }
    TransparencyTree {
        versione: API_VERSION,
        sezioni,
    }
}

fn nodes(loader: &mut Loader, parent: &Record, key: &str, base: &str) -> Vec<TransparencyNode> {
    let mut out: Vec<TransparencyNode> = Vec::new();
    for record in parent.records(key) {
        let slug = record.text("slug");
        let titolo = record.text("titolo");
        let riferimento = record.opt_text("riferimento");
        let path = format!("{base}/{}", slug.clone().unwrap_or_default());
        let figli = nodes(loader, &record, "sottosezioni", &path);
        let contenuto = content(loader, &record, !figli.is_empty());
        record.finish(&[
            "slug",
            "titolo",
            "riferimento",
            "testo",
            "pagina",
            "piattaforma",
            "url",
            "sottosezioni",
        ]);
        let (Some(slug), Some(titolo), Some(contenuto)) = (slug, titolo, contenuto) else {
            continue;
        };
        if let Some(problem) = slug::problem(&slug) {
            record.error("slug", problem);
        } else if out.iter().any(|n| n.slug == slug) {
            record.error("slug", format!("«{slug}» ripetuto allo stesso livello"));
        }
        out.push(TransparencyNode {
            slug,
            titolo,
            riferimento,
            contenuto,
            figli,
        });
    }
    out
}

fn content(loader: &mut Loader, record: &Record, has_children: bool) -> Option<NodeContent> {
    let given: Vec<&str> = ["testo", "pagina", "piattaforma", "url"]
        .into_iter()
        .filter(|k| record.has(k))
        .collect();
    match given.as_slice() {
        [] if has_children => Some(NodeContent::Sottosezioni),
        [] => {
            record.error(
                "testo",
                "un nodo senza sottosezioni indica dove sono i contenuti: testo, pagina, piattaforma oppure url",
            );
            None
        }
        ["testo"] => Some(NodeContent::Testo {
            html: markdown_field(loader, record, "testo"),
        }),
        ["pagina"] => {
            let target = record.text("pagina")?;
            loader.links.push(LinkUse {
                file: record.file().to_string(),
                line: record.line_of("pagina"),
                field: record.field("pagina"),
                target: target.clone(),
            });
            Some(NodeContent::Pagina {
                percorso: target,
                titolo: String::new(),
            })
        }
        ["piattaforma"] => {
            let path = record.text("piattaforma")?;
            let base = loader.transparency_platform.trim_end_matches('/').to_string();
            if base.is_empty() {
                record.error(
                    "piattaforma",
                    "in sito.toml manca l'indirizzo della piattaforma ([footer] amministrazione_trasparente_esterna)",
                );
                return None;
            }
            if !path.starts_with('/') {
                record.error("piattaforma", "atteso un percorso che inizia con /");
            }
            Some(NodeContent::Esterno {
                url: format!("{base}{path}"),
            })
        }
        ["url"] => {
            let url = record.text("url")?;
            if !is_https_url(&url) {
                record.error("url", "atteso un indirizzo che inizia con https://");
            }
            Some(NodeContent::Esterno { url })
        }
        many => {
            record.error(many[1], format!("indica uno solo tra {}", many.join(", ")));
            None
        }
    }
}
