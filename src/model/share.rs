//! Share links that need no third-party script: plain addresses each
//! network documents for sharing a page, opened only if the reader follows them.

use super::url_template::encode_component;

pub struct ShareLink {
    pub network: &'static str,
    pub icon: &'static str,
    pub href: String,
}

pub fn links(url: &str, title: &str) -> Vec<ShareLink> {
    let u = encode_component(url);
    let t = encode_component(title);
    vec![
        ShareLink {
            network: "Facebook",
            icon: "it-facebook",
            href: format!("https://www.facebook.com/sharer/sharer.php?u={u}"),
        },
        ShareLink {
            network: "X",
            icon: "it-twitter",
            href: format!("https://twitter.com/intent/tweet?url={u}&text={t}"),
        },
        ShareLink {
            network: "LinkedIn",
            icon: "it-linkedin",
            href: format!("https://www.linkedin.com/sharing/share-offsite/?url={u}"),
        },
        ShareLink {
            network: "WhatsApp",
            icon: "it-whatsapp",
            href: format!("https://api.whatsapp.com/send?text={t}%20{u}"),
        },
        ShareLink {
            network: "Telegram",
            icon: "it-telegram",
            href: format!("https://t.me/share/url?url={u}&text={t}"),
        },
        ShareLink {
            network: "e-mail",
            icon: "it-mail",
            href: format!("mailto:?subject={t}&body={u}"),
        },
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_carry_the_encoded_page() {
        let all = links("https://www.provincia.sp.it/novita/notizie/a?b=1", "Strade & ponti");
        assert_eq!(all.len(), 6);
        let encoded = "https%3A%2F%2Fwww.provincia.sp.it%2Fnovita%2Fnotizie%2Fa%3Fb%3D1";
        for link in &all {
            assert!(link.href.contains(encoded), "{}", link.href);
            assert!(link.href.starts_with("https://") || link.href.starts_with("mailto:"));
        }
        assert!(all[1].href.ends_with("text=Strade%20%26%20ponti"));
        assert_eq!(
            all[5].href,
            format!("mailto:?subject=Strade%20%26%20ponti&body={encoded}")
        );
    }
}
