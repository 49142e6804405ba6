//! Text written between tags of HTML or XML, escaped so that it stays text.

/// `&`, `<` and `>` as entities: enough for element content (not for
/// attribute values, which also need quotes escaped).
pub fn text_content(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}
