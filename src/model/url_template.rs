//! Address templates with `{name}` placeholders (a remote archive's search,
//! an external booking system), read one way for the build's check and the
//! browser's filling, and the percent-encoding of the values. Depends on
//! nothing, so the build script's configuration check includes it too.

/// Percent-encodes a query value (RFC 3986 unreserved characters stay).
pub fn encode_component(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for byte in value.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => out.push(byte as char),
            other => out.push_str(&format!("%{other:02X}")),
        }
    }
    out
}

/// A piece of a search template: text kept as is, or a `{name}` to fill.
#[derive(Debug, PartialEq)]
enum TemplatePart<'a> {
    Text(&'a str),
    Placeholder(&'a str),
}

/// The one reading of `{name}` templates, for the build's check and the
/// browser's filling alike.
fn template_parts(template: &str) -> Result<Vec<TemplatePart<'_>>, String> {
    let mut parts = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find(['{', '}']) {
        if rest.as_bytes()[open] == b'}' {
            return Err("«}» senza «{» corrispondente".into());
        }
        parts.push(TemplatePart::Text(&rest[..open]));
        let after = &rest[open + 1..];
        let close = after.find('}').ok_or("«{» senza «}» corrispondente")?;
        let name = &after[..close];
        if name.is_empty() || !name.bytes().all(|b| b.is_ascii_lowercase() || b == b'_') {
            return Err(format!("segnaposto «{{{name}}}» non valido: attese lettere minuscole"));
        }
        parts.push(TemplatePart::Placeholder(name));
        rest = &after[close + 1..];
    }
    parts.push(TemplatePart::Text(rest));
    Ok(parts)
}

/// Replaces each `{name}` with its percent-encoded value (empty when
/// absent). The build has refused malformed templates; one that is still
/// malformed stays as written.
pub fn fill_template(template: &str, values: &[(String, String)]) -> String {
    let Ok(parts) = template_parts(template) else {
        return template.to_string();
    };
    parts
        .into_iter()
        .map(|part| match part {
            TemplatePart::Text(text) => text.to_string(),
            TemplatePart::Placeholder(name) => {
                let value = values.iter().find(|(n, _)| n == name).map_or("", |(_, v)| v.as_str());
                encode_component(value)
            }
        })
        .collect()
}

/// The placeholder names of a template, or why it is malformed.
pub fn template_placeholders(template: &str) -> Result<Vec<String>, String> {
    Ok(template_parts(template)?
        .into_iter()
        .filter_map(|part| match part {
            TemplatePart::Placeholder(name) => Some(name.to_string()),
            TemplatePart::Text(_) => None,
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_placeholders_of_a_template() {
        assert_eq!(
            template_placeholders("https://a.it/r?c={comune}&a={anno}").unwrap(),
            ["comune", "anno"]
        );
        assert!(template_placeholders("https://a.it/r?c={comune").is_err());
        assert!(template_placeholders("https://a.it/r?c=}").is_err());
        assert!(template_placeholders("https://a.it/r?c={Comune}").is_err());
    }

    #[test]
    fn fills_and_encodes() {
        assert_eq!(
            fill_template(
                "https://a.it/r?c={comune}&a={anno}",
                &[("comune".into(), "Sarzana & Luni".into())]
            ),
            "https://a.it/r?c=Sarzana%20%26%20Luni&a="
        );
        assert_eq!(encode_component("è/ok-_.~"), "%C3%A8%2Fok-_.~");
    }
}
