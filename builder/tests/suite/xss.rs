//! Whatever an editor (or an attacker with an editor's account) writes, the
//! rendered HTML holds only allowed tags and attributes and only safe URLs.

use site_builder::markdown::render;

const CORPUS: &[&str] = &[
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//x.example/x.js></SCRIPT>",
    "<img src=x onerror=alert(1)>",
    "<img src=\"javascript:alert(1)\" alt=\"x\">",
    "<a href=\"javascript:alert(1)\">x</a>",
    "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
    "<a href=\"&#106;avascript:alert(1)\">x</a>",
    "<a href=\"&#x6A;&#x61;vascript&#58;alert(1)\">x</a>",
    "<a href=\"java\tscript:alert(1)\">x</a>",
    "<a href=\" javascript:alert(1)\">x</a>",
    "[link](javascript:alert(1))",
    "[link](JAVASCRIPT:alert(1))",
    "[link](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
    "<a href=\"vbscript:msgbox(1)\">x</a>",
    "<div onclick=\"alert(1)\">click</div>",
    "<p style=\"background:url(javascript:alert(1))\">x</p>",
    "<svg onload=alert(1)><circle r=1></svg>",
    "<svg><script>alert(1)</script></svg>",
    "<svg><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>",
    "<math href=\"javascript:alert(1)\">x</math>",
    "<iframe src=\"https://evil.example\"></iframe>",
    "<object data=\"x.swf\"></object><embed src=x.swf>",
    "<form action=\"https://evil.example\"><input name=a><button>go</button></form>",
    "<style>body{display:none}</style>",
    "<link rel=stylesheet href=//evil.example/x.css>",
    "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
    "<base href=\"https://evil.example/\">",
    "<img src=x onerror=alert(1)//",
    "<<script>alert(1)//<</script>",
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
    "<!--<img src=x onerror=alert(1)>-->",
    "<![CDATA[<script>alert(1)</script>]]>",
    "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
    "<template><script>alert(1)</script></template>",
    "<details open ontoggle=alert(1)>",
    "<h1 onmouseover=alert(1)>Titolo</h1>",
    "<a href=\"/ok\" target=\"_blank\" onfocus=\"alert(1)\" autofocus>x</a>",
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "<img src=\"/img/a.png\" alt=\"a\" srcset=\"javascript:alert(1) 1x\">",
    "[x](/ok \"title\" onclick=alert(1))",
    "<table><tr><td background=\"javascript:alert(1)\">x</td></tr></table>",
    "<a href=\"http://x.example\" formaction=\"javascript:alert(1)\">x</a>",
    "<isindex type=image src=1 onerror=alert(1)>",
    // Attributes ammonia keeps by default on any tag or on some tags.
    "<blockquote cite=\"javascript:alert(1)\">x</blockquote>",
    "<q cite=\"javascript:alert(1)\">x</q>",
    "<p lang=\"x\" title=\"t\" align=\"center\" dir=\"rtl\">x</p>",
    "<ins cite=\"javascript:alert(1)\">x</ins><del cite=\"javascript:alert(1)\">y</del>",
    "<img src=\"/img/a.png\" alt=\"a\" align=\"left\" longdesc=\"javascript:alert(1)\">",
    "<td abbr=\"x\" headers=\"h\" valign=\"top\">x</td>",
    "<ol type=\"a\" reversed start=\"3\"><li value=\"2\">x</li></ol>",
    "<abbr title=\"ok\" lang=\"en\">UE</abbr>",
];

/// Each allowed tag with the only attributes it may keep.
const ALLOWED: &[(&str, &[&str])] = &[
    ("p", &[]),
    ("br", &[]),
    ("hr", &[]),
    ("h2", &[]),
    ("h3", &[]),
    ("h4", &[]),
    ("h5", &[]),
    ("h6", &[]),
    ("strong", &[]),
    ("em", &[]),
    ("del", &[]),
    ("sup", &[]),
    ("sub", &[]),
    ("abbr", &["title"]),
    ("a", &["href", "title", "hreflang"]),
    ("ul", &[]),
    ("ol", &["start"]),
    ("li", &[]),
    ("blockquote", &[]),
    ("code", &[]),
    ("pre", &[]),
    ("table", &[]),
    ("caption", &[]),
    ("thead", &[]),
    ("tbody", &[]),
    ("tr", &[]),
    ("th", &["scope", "colspan", "rowspan"]),
    ("td", &["colspan", "rowspan"]),
    ("img", &["src", "alt", "title", "width", "height"]),
];

fn allowed_attributes(tag: &str) -> Option<&'static [&'static str]> {
    ALLOWED
        .iter()
        .find(|(t, _)| *t == tag)
        .map(|(_, attributes)| *attributes)
}

/// Tags and attributes of serialised HTML: after sanitising, every `<` in the
/// output opens a tag and attribute values are double-quoted.
fn tags(html: &str) -> Vec<(String, Vec<(String, String)>)> {
    let mut found = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        let after = &rest[start + 1..];
        let end = after.find('>').expect("every tag is closed");
        let inside = after[..end].trim_start_matches('/').trim_end_matches('/');
        let name_end = inside.find(|c: char| c.is_whitespace()).unwrap_or(inside.len());
        let name = inside[..name_end].to_ascii_lowercase();
        let mut attributes = Vec::new();
        let mut attrs = inside[name_end..].trim();
        while !attrs.is_empty() {
            let eq = attrs.find('=').unwrap_or(attrs.len());
            let attr = attrs[..eq].trim().to_ascii_lowercase();
            let value_start = attrs[eq..].find('"').map(|i| eq + i + 1).unwrap_or(attrs.len());
            let value_end = attrs[value_start..]
                .find('"')
                .map(|i| value_start + i)
                .unwrap_or(attrs.len());
            attributes.push((attr, attrs[value_start..value_end].to_string()));
            attrs = attrs[(value_end + 1).min(attrs.len())..].trim();
        }
        found.push((name, attributes));
        rest = &after[end + 1..];
    }
    found
}

fn safe_url(url: &str) -> bool {
    let url = url.replace("&amp;", "&");
    url.starts_with('/') && !url.starts_with("//")
        || url.starts_with('#')
        || url.starts_with("https://")
        || url.starts_with("http://")
        || url.starts_with("mailto:")
        || url.starts_with("tel:")
        || !url.contains(':')
}

#[test]
fn no_payload_comes_out_executable() {
    for payload in CORPUS {
        let html = render(payload).html;
        for (tag, attributes) in tags(&html) {
            let Some(allowed) = allowed_attributes(&tag) else {
                panic!("{payload:?} → tag <{tag}> in {html}");
            };
            for (name, value) in attributes {
                assert!(
                    allowed.contains(&name.as_str()),
                    "{payload:?} → attribute {name} on <{tag}> in {html}"
                );
                if name == "href" || name == "src" {
                    assert!(safe_url(&value), "{payload:?} → {name}=\"{value}\" in {html}");
                }
            }
        }
        let lower = html.to_ascii_lowercase();
        assert!(
            !lower.contains("<script") && !lower.contains("<svg") && !lower.contains("<math"),
            "{payload:?} → {html}"
        );
    }
}

#[test]
fn the_checker_itself_catches_a_dangerous_output() {
    // Guards the test: unsanitised HTML must fail the same checks.
    for raw in [
        "<p><a href=\"javascript:alert(1)\" onclick=\"x\">x</a></p>",
        "<blockquote cite=\"https://x.example\">x</blockquote>",
        "<p lang=\"it\">x</p>",
    ] {
        let bad = tags(raw).into_iter().any(|(tag, attributes)| {
            attributes.iter().any(|(name, value)| {
                !allowed_attributes(&tag).unwrap_or(&[]).contains(&name.as_str()) || !safe_url(value)
            })
        });
        assert!(bad, "{raw}");
    }
}

#[test]
fn content_headings_never_become_h1() {
    for source in ["# Titolo", "<h1>Titolo</h1>", "Titolo\n======"] {
        let html = render(source).html;
        assert!(!html.contains("<h1"), "{source:?} → {html}");
        assert!(html.contains("Titolo"), "the text stays: {html}");
    }
}
