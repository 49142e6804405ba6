//! Text written between tags of HTML or XML, escaped so that it stays text.

/// `&`, `<` and `>` as entities: enough for element content (not for
/// attribute values, which also need quotes escaped).
pub fn text_content(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

/// As [`text_content`], quotes too: for a value between double quotes.
pub fn attribute(text: &str) -> String {
    text_content(text).replace('"', "&quot;")
}
