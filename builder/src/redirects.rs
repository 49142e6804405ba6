//! Pages left at the old address of a renamed topic or category. A static
//! site cannot answer 301 on every host, so the page says where the content
//! went, names the new address as canonical and moves there at once
//! (`refresh` with no delay, which WCAG allows: technique H76), also
//! without JavaScript. For nginx the build also writes the same moves as
//! `301` rules (`NGINX_RULES`), which feed readers, link checkers and search
//! engines follow as a move.

use crate::escape::{attribute, text_content};
use crate::load::{Redirect, Site};

pub fn page(site: &Site, redirect: &Redirect) -> String {
    let to = attribute(&redirect.to);
    let absolute = site.config.absolute(&redirect.to);
    format!(
        "<!doctype html>\n<html lang=\"it\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>Pagina spostata - {ente}</title>\n<meta name=\"robots\" content=\"noindex\">\n\
         <link rel=\"canonical\" href=\"{canonical}\">\n\
         <meta http-equiv=\"refresh\" content=\"0; url={to}\">\n</head>\n<body>\n<main>\n\
         <h1>Pagina spostata</h1>\n<p>Quello che cercavi ora è all'indirizzo <a href=\"{to}\">{shown}</a>.</p>\n\
         </main>\n</body>\n</html>\n",
        ente = text_content(&site.config.ente.nome),
        canonical = attribute(&absolute),
        shown = text_content(&absolute),
    )
}

/// The file of dist/ with the nginx rules, included by
/// deploy/nginx/provincia-sito.conf once copied beside it.
pub const NGINX_RULES: &str = "rinvii.nginx.conf";

/// One exact `location` per moved address, answering `301` to the new one.
/// Addresses are slugs and fixed paths (no quote, space or `;`), so they
/// are written as they are, quoted.
pub fn nginx_rules(redirects: &[Redirect]) -> String {
    let mut rules = String::from("# Written by the build (builder/src/redirects.rs): the addresses that moved.\n");
    for redirect in redirects {
        for from in [
            redirect.from.clone(),
            format!("{}/", redirect.from.trim_end_matches('/')),
        ] {
            rules.push_str(&format!(
                "location = \"{}\" {{ return 301 \"{}\"; }}\n",
                nginx_quoted(&from),
                nginx_quoted(&redirect.to)
            ));
        }
    }
    rules
}

/// A path inside nginx's double quotes: only characters of an address.
fn nginx_quoted(path: &str) -> String {
    path.chars()
        .filter(|c| c.is_ascii_alphanumeric() || "/-_.~%".contains(*c))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_move_is_a_301_at_the_old_address_with_and_without_slash() {
        let rules = nginx_rules(&[Redirect {
            from: "/argomenti/strade".into(),
            to: "/argomenti/rete-stradale".into(),
        }]);
        assert!(rules.contains("location = \"/argomenti/strade\" { return 301 \"/argomenti/rete-stradale\"; }\n"));
        assert!(rules.contains("location = \"/argomenti/strade/\" { return 301 \"/argomenti/rete-stradale\"; }\n"));
        let hostile = nginx_rules(&[Redirect {
            from: "/x\"; } location / { return 200 \"".into(),
            to: "/y".into(),
        }]);
        assert_eq!(hostile.matches('{').count(), 2, "{hostile}");
    }
}
