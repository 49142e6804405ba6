//! "Amministrazione trasparente": the tree of sections and subsections of
//! D.Lgs. 33/2013 (Allegato 1 of ANAC's delibera 1310/2016). Each node holds
//! its own text, points to a page of this site, or links to the external
//! transparency platform where the ente publishes it.

use serde::{Deserialize, Serialize};

pub const ROOT: &str = "/amministrazione-trasparente";

/// Where a node's content is.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", tag = "tipo")]
pub enum NodeContent {
    /// Text published here (Markdown rendered at build time).
    Testo { html: String },
    /// A page of this site.
    Pagina { percorso: String, titolo: String },
    /// The external transparency platform.
    Esterno { url: String },
    /// A section whose content is its subsections.
    Sottosezioni,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TransparencyNode {
    pub slug: String,
    pub titolo: String,
    /// The rule that requires it: "Art. 12, c. 1, d.lgs. n. 33/2013".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub riferimento: Option<String>,
    pub contenuto: NodeContent,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub figli: Vec<TransparencyNode>,
}

/// `trasparenza.json`: the whole tree, small enough for one file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TransparencyTree {
    pub versione: u32,
    pub sezioni: Vec<TransparencyNode>,
}

/// A node found by its address, with the nodes above it.
pub struct Found<'a> {
    pub parents: Vec<(String, &'a TransparencyNode)>,
    pub node: &'a TransparencyNode,
    pub path: String,
}

impl TransparencyTree {
    /// The node at `/amministrazione-trasparente/a/b`.
    pub fn find(&self, path: &str) -> Option<Found<'_>> {
        let rest = path.trim_end_matches('/').strip_prefix(ROOT)?.strip_prefix('/')?;
        let mut parents = Vec::new();
        let mut level = &self.sezioni;
        let mut current = ROOT.to_string();
        let segments: Vec<&str> = rest.split('/').collect();
        for (i, segment) in segments.iter().enumerate() {
            let node = level.iter().find(|n| n.slug == *segment)?;
            current = format!("{current}/{segment}");
            if i + 1 == segments.len() {
                return Some(Found {
                    parents,
                    node,
                    path: current,
                });
            }
            parents.push((current.clone(), node));
            level = &node.figli;
        }
        None
    }

    /// Every node with its address, depth first: for the site index, the
    /// search and the pre-renderer.
    pub fn walk(&self) -> Vec<(String, &TransparencyNode)> {
        fn visit<'a>(base: &str, nodes: &'a [TransparencyNode], out: &mut Vec<(String, &'a TransparencyNode)>) {
            for node in nodes {
                let path = format!("{base}/{}", node.slug);
                out.push((path.clone(), node));
                visit(&path, &node.figli, out);
            }
        }
        let mut out = Vec::new();
        visit(ROOT, &self.sezioni, &mut out);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn node(slug: &str, figli: Vec<TransparencyNode>) -> TransparencyNode {
        TransparencyNode {
            slug: slug.into(),
            titolo: slug.to_uppercase(),
            riferimento: None,
            contenuto: if figli.is_empty() {
                NodeContent::Esterno {
                    url: format!("https://trasparenza.example.it/{slug}"),
                }
            } else {
                NodeContent::Sottosezioni
            },
            figli,
        }
    }

    #[test]
    fn finds_nodes_by_address_with_their_parents() {
        let tree = TransparencyTree {
            versione: 1,
            sezioni: vec![
                node("personale", vec![node("dotazione-organica", vec![])]),
                node("bandi-di-concorso", vec![]),
            ],
        };
        let found = tree
            .find("/amministrazione-trasparente/personale/dotazione-organica")
            .unwrap();
        assert_eq!(found.node.slug, "dotazione-organica");
        assert_eq!(found.path, "/amministrazione-trasparente/personale/dotazione-organica");
        assert_eq!(found.parents.len(), 1);
        assert_eq!(found.parents[0].0, "/amministrazione-trasparente/personale");
        assert!(tree.find("/amministrazione-trasparente/personale/").is_some());
        assert!(tree.find("/amministrazione-trasparente/dotazione-organica").is_none());
        assert!(tree.find("/amministrazione-trasparente").is_none());
        let paths: Vec<String> = tree.walk().into_iter().map(|(p, _)| p).collect();
        assert_eq!(
            paths,
            [
                "/amministrazione-trasparente/personale",
                "/amministrazione-trasparente/personale/dotazione-organica",
                "/amministrazione-trasparente/bandi-di-concorso"
            ]
        );
    }
}
