//! publiccode.yml at the repository root: the reuse catalogue's metadata
//! (standard publiccode.yml, docs/standard/schema.core.rst). No validator of
//! the standard installs from the registries we may use, so its mandatory
//! keys, value lists and lengths are checked here; every problem is named
//! with its line and key.

use crate::yaml::{parse, Node, Value};

const PLATFORMS: [&str; 6] = ["web", "windows", "mac", "linux", "ios", "android"];
const DEVELOPMENT_STATUS: [&str; 5] = ["concept", "development", "beta", "stable", "obsolete"];
const SOFTWARE_TYPES: [&str; 9] = [
    "standalone/mobile",
    "standalone/iot",
    "standalone/desktop",
    "standalone/web",
    "standalone/backend",
    "standalone/other",
    "addon",
    "library",
    "configurationFiles",
];
const MAINTENANCE: [&str; 4] = ["internal", "contract", "community", "none"];
/// The standard's categories list (docs/standard/categories-list.rst).
#[rustfmt::skip]
const CATEGORIES: &[&str] = &[
    "accounting", "agile-project-management", "applicant-tracking", "application-development",
    "appointment-scheduling", "backup", "billing-and-invoicing", "blog", "budgeting",
    "business-intelligence", "business-process-management", "cad", "call-center-management",
    "cloud-management", "collaboration", "communications", "compliance-management",
    "contact-management", "content-management", "crm", "customer-service-and-support",
    "data-analytics", "data-collection", "data-visualization", "design", "design-system",
    "digital-asset-management", "digital-citizenship", "document-management", "donor-management",
    "e-commerce", "e-signature", "educational-content", "email-management", "email-marketing",
    "employee-management", "enterprise-project-management", "enterprise-social-networking", "erp",
    "event-management", "facility-management", "feedback-and-reviews-management", "financial-reporting",
    "fleet-management", "fundraising", "gamification", "geographic-information-systems",
    "grant-management", "graphic-design", "help-desk", "hr", "ide", "identity-management",
    "instant-messaging", "integrated-library-system", "inventory-management", "it-asset-management",
    "it-development", "it-management", "it-security", "it-service-management", "knowledge-management",
    "learning-management-system", "marketing", "mind-mapping", "mobile-marketing", "mobile-payment",
    "network-management", "office", "online-booking", "online-community", "payment-gateway", "payroll",
    "predictive-analysis", "procurement", "productivity-suite", "project-collaboration",
    "project-management", "property-management", "real-estate-management",
    "regulations-and-directives", "remote-support", "resource-management", "sales-management", "seo",
    "service-desk", "social-media-management", "survey", "talent-management", "task-management",
    "taxes-management", "test-management", "time-management", "time-tracking", "translation",
    "video-conferencing", "video-editing", "visitor-management", "voip", "warehouse-management",
    "web-collaboration", "web-conferencing", "website-builder", "whistleblowing",
    "workflow-management", "other",
];

/// Every problem of `text`, as "line: `key`: what is wrong".
pub fn check(text: &str, license: &str) -> Vec<String> {
    let root = match parse(text) {
        Ok(root) => root,
        Err(err) => return vec![format!("{}: `{}`: {}", err.line, err.field, err.message)],
    };
    let mut problems = Vec::new();
    let mut problem = |line: usize, key: &str, message: String| problems.push(format!("{line}: `{key}`: {message}"));
    // "0" follows the standard's latest 0.x, as its parser wants now.
    if let Some((version, line)) = text_at(&root, "publiccodeYmlVersion", &mut problem) {
        if version != "0" {
            problem(
                line,
                "publiccodeYmlVersion",
                format!("«{version}»: scrivi \"0\" (l'ultima versione 0.x dello standard)"),
            );
        }
    }
    text_at(&root, "name", &mut problem);
    // The Italian extension: its key is the upper-case country code, and
    // the ente is `organisation/uri` (urn:x-italian-pa:{codice IPA}), which
    // replaced `riuso/codiceIPA`.
    if let Some(node) = get(&root, "it") {
        problem(
            node.line,
            "it",
            "la chiave dell'estensione italiana è «IT», in maiuscolo".into(),
        );
    }
    for country in ["IT", "it"] {
        if let Some(node) = get(&root, &format!("{country}/riuso/codiceIPA")) {
            problem(
                node.line,
                "IT/riuso/codiceIPA",
                "deprecato: il codice IPA va in organisation/uri (urn:x-italian-pa:…)".into(),
            );
        }
    }
    if let Some((uri, line)) = text_at(&root, "organisation/uri", &mut problem) {
        let code = uri.strip_prefix("urn:x-italian-pa:").unwrap_or("");
        if code.is_empty() || !code.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
            problem(
                line,
                "organisation/uri",
                format!("«{uri}»: atteso urn:x-italian-pa: seguito dal codice IPA dell'ente"),
            );
        }
    }
    if let Some((url, line)) = text_at(&root, "url", &mut problem) {
        if !url.starts_with("https://") {
            problem(line, "url", "atteso l'indirizzo https:// del repository".into());
        }
    }
    one_of_each(&root, "platforms", &PLATFORMS, false, &mut problem);
    one_of_each(&root, "categories", CATEGORIES, true, &mut problem);
    let mut maintenance = None;
    for (key, allowed) in [
        ("developmentStatus", &DEVELOPMENT_STATUS[..]),
        ("softwareType", &SOFTWARE_TYPES[..]),
        ("maintenance/type", &MAINTENANCE[..]),
    ] {
        if let Some((value, line)) = text_at(&root, key, &mut problem) {
            if !allowed.contains(&value) {
                problem(line, key, format!("«{value}» non ammesso: {}", allowed.join(", ")));
            }
            if key == "maintenance/type" {
                maintenance = Some(value);
            }
        }
    }
    match text_at(&root, "legal/license", &mut problem) {
        Some((value, line)) if value != license => problem(
            line,
            "legal/license",
            format!("«{value}» non è la licenza del progetto (Cargo.toml: {license})"),
        ),
        _ => {}
    }
    if matches!(maintenance, Some("internal" | "community")) {
        let contacts = list_at(&root, "maintenance/contacts");
        if contacts.is_empty() {
            problem(
                root.line,
                "maintenance/contacts",
                "obbligatorio con maintenance/type internal o community".into(),
            );
        }
        for (i, contact) in contacts.iter().enumerate() {
            text_at(contact, "name", &mut |line, _, message| {
                problem(line, &format!("maintenance/contacts[{i}]/name"), message)
            });
        }
    }
    descriptions(&root, &mut problem);
    match get(&root, "localisation/localisationReady").map(|n| (&n.value, n.line)) {
        Some((Value::Text(flag), _)) if flag == "true" || flag == "false" => {}
        Some((_, line)) => problem(line, "localisation/localisationReady", "atteso true o false".into()),
        None => problem(
            root.line,
            "localisation/localisationReady",
            "campo obbligatorio mancante".into(),
        ),
    }
    if list_at(&root, "localisation/availableLanguages").is_empty() {
        problem(
            root.line,
            "localisation/availableLanguages",
            "attesa almeno una lingua".into(),
        );
    }
    problems
}

/// `description/{lang}`: at least one language, each with a short
/// description of one line up to 150 characters, a long one of 150 to
/// 10,000 and its features.
fn descriptions(root: &Node, problem: &mut impl FnMut(usize, &str, String)) {
    let languages = match get(root, "description").map(|n| &n.value) {
        Some(Value::Map(entries)) if !entries.is_empty() => entries,
        _ => {
            problem(
                root.line,
                "description",
                "attesa la descrizione in almeno una lingua".into(),
            );
            return;
        }
    };
    for language in languages {
        let at = |key: &str| format!("description/{}/{key}", language.key);
        let node = &language.node;
        if let Some((short, line)) = text_at(node, "shortDescription", &mut |l, _, m| {
            problem(l, &at("shortDescription"), m)
        }) {
            let chars = short.trim().chars().count();
            if chars > 150 || short.trim().contains('\n') {
                problem(
                    line,
                    &at("shortDescription"),
                    format!("una riga fino a 150 caratteri (ne ha {chars})"),
                );
            }
        }
        if let Some((long, line)) = text_at(node, "longDescription", &mut |l, _, m| {
            problem(l, &at("longDescription"), m)
        }) {
            let chars = long.trim().chars().count();
            if !(150..=10_000).contains(&chars) {
                problem(
                    line,
                    &at("longDescription"),
                    format!("da 150 a 10.000 caratteri (ne ha {chars})"),
                );
            }
        }
        if list_at(node, "features").is_empty() {
            problem(node.line, &at("features"), "attesa almeno una funzionalità".into());
        }
    }
}

/// Each item of the list at `key` must be one of `allowed`; an absent list
/// is a problem unless `optional`.
fn one_of_each(
    root: &Node,
    key: &str,
    allowed: &[&str],
    optional: bool,
    problem: &mut impl FnMut(usize, &str, String),
) {
    let items = list_at(root, key);
    if items.is_empty() && !optional {
        problem(root.line, key, "atteso un elenco non vuoto".into());
    }
    for (i, item) in items.iter().enumerate() {
        match &item.value {
            Value::Text(value) if allowed.contains(&value.as_str()) => {}
            Value::Text(value) => problem(
                item.line,
                &format!("{key}[{i}]"),
                format!("«{value}» non è tra i valori dello standard"),
            ),
            _ => problem(item.line, &format!("{key}[{i}]"), "atteso un testo".into()),
        }
    }
}

fn get<'a>(node: &'a Node, path: &str) -> Option<&'a Node> {
    path.split('/').try_fold(node, |node, key| match &node.value {
        Value::Map(entries) => entries.iter().find(|e| e.key == key).map(|e| &e.node),
        _ => None,
    })
}

/// The text at `path`, or a problem saying it is missing or not a text.
fn text_at<'a>(node: &'a Node, path: &str, problem: &mut impl FnMut(usize, &str, String)) -> Option<(&'a str, usize)> {
    match get(node, path) {
        Some(Node {
            value: Value::Text(text),
            line,
        }) if !text.trim().is_empty() => Some((text.as_str(), *line)),
        Some(found) => {
            problem(found.line, path, format!("atteso un testo, trovato {}", found.kind()));
            None
        }
        None => {
            problem(node.line, path, "campo obbligatorio mancante".into());
            None
        }
    }
}

fn list_at<'a>(node: &'a Node, path: &str) -> &'a [Node] {
    match get(node, path).map(|n| &n.value) {
        Some(Value::List(items)) => items,
        _ => &[],
    }
}
