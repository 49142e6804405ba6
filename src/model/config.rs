//! The site configuration: everything that makes the site belong to one ente.
//!
//! Keys are Italian because editors write them in `content/sito.toml`; the
//! same serde shape travels to the browser as JSON. This module depends on
//! serde only, so the build script can include it with `#[path]`.

use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SiteConfig {
    pub ente: Ente,
    pub contatti: Contacts,
    #[serde(default)]
    pub social: Vec<SocialLink>,
    pub menu: Menu,
    pub footer: FooterConfig,
    pub servizi_online: OnlineServices,
    /// The receiving service (ratings, disservice reports, booking requests).
    #[serde(default)]
    pub ricezione: ReceivingConfig,
    /// Remote search of each digitised archive, by archive file name.
    #[serde(default)]
    pub archivi: Vec<RemoteArchive>,
    #[serde(default)]
    pub prenotazione: BookingConfig,
    /// The Albo pretorio online; none while the ente has not set it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub albo_pretorio: Option<AlboConfig>,
}

/// `[albo_pretorio]` in sito.toml: the Albo pretorio online (see
/// `model::albo`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AlboConfig {
    /// The platform where publication has legal effect.
    pub url: String,
    /// The platform's export of the acts in publication (CSV, see
    /// `model::albo::EXPORT_COLUMNS`), relative to content/; empty: no copy on the site.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub esportazione: String,
}

/// Where booking requests go.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BookingConfig {
    /// The ente's external booking system, with `{ufficio}` and
    /// `{servizio}`; empty when it has none (the request becomes an e-mail
    /// to the office).
    #[serde(default)]
    pub sistema: String,
}

/// How the site reaches one remote archive. The placeholders of `ricerca`
/// (`{comune}`) are the names of the search fields in the archive's content
/// file; the build checks that they agree.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RemoteArchive {
    /// File name of the archive in content/archivi, without `.yaml`.
    pub archivio: String,
    /// Address of the remote search, with `{campo}` placeholders.
    pub ricerca: String,
    /// Optional address the browser asks, with a 3-second timeout, whether
    /// the remote archive answers. Its origin must be in the CSP's
    /// `connect-src` (deploy/nginx).
    #[serde(default)]
    pub verifica: String,
}

/// Where what citizens send goes (the receiving service, `ricezione/`), and
/// how long its free text is kept: the privacy page states this very value
/// and the service enforces it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReceivingConfig {
    /// Base address of the service (`/ricezione/v1`); empty: nothing is
    /// collected and the forms say so. A path of this site (behind the same
    /// proxy) works with the default Content-Security-Policy; another origin
    /// must be added to its `connect-src`.
    #[serde(default)]
    pub indirizzo: String,
    /// Days after which comments, descriptions and contacts are deleted.
    #[serde(default = "default_retention_days")]
    pub conservazione_giorni: u32,
}

fn default_retention_days() -> u32 {
    180
}

impl Default for ReceivingConfig {
    fn default() -> Self {
        ReceivingConfig {
            indirizzo: String::new(),
            conservazione_giorni: default_retention_days(),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Ente {
    /// Full name, as in page titles: "Provincia della Spezia".
    pub nome: String,
    /// One sentence used as the home page's meta description and hero text.
    pub descrizione: String,
    /// Public address of the site, used for canonical links.
    pub url_sito: String,
    /// The ente's code in IndicePA (`p_sp`): the publisher's identifier in
    /// the open data catalogues (DCAT-AP_IT).
    pub codice_ipa: String,
    pub stemma: Crest,
    pub ente_superiore: ParentBody,
    /// The patron saint's day of the seat: its offices are closed, and the
    /// booking form does not offer it (`model::calendar`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub festa_patronale: Option<YearDay>,
}

/// A day of the year that comes back every year (the patron saint's).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct YearDay {
    pub giorno: u8,
    pub mese: u8,
}

impl YearDay {
    /// Whether the day exists (29 February does, in leap years).
    pub fn is_valid(self) -> bool {
        const DAYS: [u8; 12] = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
        (1..=12).contains(&self.mese) && self.giorno >= 1 && self.giorno <= DAYS[usize::from(self.mese - 1)]
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Crest {
    /// Path of the image served by the site (never a third-party URL).
    pub immagine: String,
    /// Text alternative; the crest stands next to the ente's name, so the
    /// page uses it only where the name is not written beside it.
    pub testo_alternativo: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ParentBody {
    pub nome: String,
    pub url: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contacts {
    pub indirizzo: String,
    pub codice_fiscale: String,
    pub partita_iva: String,
    pub pec: String,
    pub email: String,
    pub telefono: String,
    pub orari: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SocialLink {
    pub nome: String,
    pub url: String,
    /// Name of a Bootstrap Italia icon, e.g. "it-facebook".
    pub icona: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Menu {
    /// Main navigation (Amministrazione, Novità, Servizi, Vivere la Provincia).
    pub principale: Vec<MenuItem>,
    /// Extra links beside the main navigation.
    pub secondario: Vec<MenuItem>,
}

/// The Amministrazione section, whose menu entry leads to the Albo pretorio.
pub const MANAGEMENT_PATH: &str = "/amministrazione";

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MenuItem {
    pub etichetta: String,
    pub percorso: String,
    /// Entries of a dropdown; when present the item opens a disclosure menu
    /// whose first entry leads to `percorso`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub voci: Vec<MenuItem>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FooterConfig {
    /// The accessibility statement published on form.agid.gov.it.
    pub dichiarazione_accessibilita: String,
    /// Optional external transparency platform: nodes of the
    /// Amministrazione trasparente tree with `piattaforma: /path` lead there.
    #[serde(default)]
    pub amministrazione_trasparente_esterna: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OnlineServices {
    /// Entry point of the remote digitised archive.
    pub archivio_remoto: String,
    /// Entry point of the online services platform (SPID/CIE login).
    pub sportello_online: String,
}

/// One problem found in the configuration: which field, and what was expected.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    /// Dotted path of the field, with array indices: `menu.principale[1].percorso`.
    pub field: String,
    pub expected: String,
}

impl SiteConfig {
    /// Checks what serde cannot: formats, known paths, non-empty texts.
    /// Returns every problem at once so an editor can fix them in one pass.
    pub fn validate(&self, known_paths: &[&str]) -> Vec<FieldError> {
        let mut errors = Vec::new();
        let mut check = |field: &str, ok: bool, expected: &str| {
            if !ok {
                errors.push(FieldError {
                    field: field.to_string(),
                    expected: expected.to_string(),
                });
            }
        };
        let text = "un testo non vuoto";
        let e = &self.ente;
        check("ente.nome", !e.nome.trim().is_empty(), text);
        check("ente.descrizione", !e.descrizione.trim().is_empty(), text);
        check("ente.url_sito", is_https_url(&e.url_sito), HTTPS_URL);
        check("ente.stemma.immagine", is_site_path(&e.stemma.immagine), SITE_PATH);
        check(
            "ente.stemma.testo_alternativo",
            !e.stemma.testo_alternativo.trim().is_empty(),
            text,
        );
        check(
            "ente.codice_ipa",
            is_ipa_code(&e.codice_ipa),
            "il codice IPA dell'ente (IndicePA): lettere minuscole, cifre e _, come p_sp",
        );
        check(
            "ente.festa_patronale",
            e.festa_patronale.is_none_or(YearDay::is_valid),
            "un giorno dell'anno, come { giorno = 19, mese = 3 }",
        );
        check(
            "ente.ente_superiore.nome",
            !e.ente_superiore.nome.trim().is_empty(),
            text,
        );
        check(
            "ente.ente_superiore.url",
            is_https_url(&e.ente_superiore.url),
            HTTPS_URL,
        );

        let c = &self.contatti;
        check(
            "contatti.indirizzo",
            super::address::PostalAddress::parse(&c.indirizzo).is_some(),
            super::address::ADDRESS_SHAPE,
        );
        check(
            "contatti.codice_fiscale",
            is_digits(&c.codice_fiscale, 11),
            "il codice fiscale di un ente: 11 cifre",
        );
        check(
            "contatti.partita_iva",
            is_valid_vat_number(&c.partita_iva),
            "una partita IVA di 11 cifre con cifra di controllo corretta",
        );
        check("contatti.pec", is_email(&c.pec), EMAIL);
        check("contatti.email", is_email(&c.email), EMAIL);
        check(
            "contatti.telefono",
            is_phone(&c.telefono),
            "un numero di telefono (cifre, spazi, + iniziale)",
        );
        check("contatti.orari", !c.orari.trim().is_empty(), text);

        for (i, s) in self.social.iter().enumerate() {
            check(&format!("social[{i}].nome"), !s.nome.trim().is_empty(), text);
            check(&format!("social[{i}].url"), is_https_url(&s.url), HTTPS_URL);
            check(
                &format!("social[{i}].icona"),
                s.icona.starts_with("it-"),
                "il nome di un'icona Bootstrap Italia (it-…)",
            );
        }

        check(
            "menu.principale",
            !self.menu.principale.is_empty(),
            "almeno una voce di menu",
        );
        let mut menu_errors = Vec::new();
        validate_menu("menu.principale", &self.menu.principale, known_paths, &mut menu_errors);
        validate_menu("menu.secondario", &self.menu.secondario, known_paths, &mut menu_errors);

        check(
            "footer.dichiarazione_accessibilita",
            is_agid_statement(&self.footer.dichiarazione_accessibilita),
            "l'indirizzo della dichiarazione pubblicata su AgID, nella forma https://form.agid.gov.it/view/ seguito dal suo codice (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)",
        );
        let external = &self.footer.amministrazione_trasparente_esterna;
        check(
            "footer.amministrazione_trasparente_esterna",
            external.is_empty() || is_https_url(external),
            HTTPS_URL,
        );
        check(
            "servizi_online.archivio_remoto",
            is_https_url(&self.servizi_online.archivio_remoto),
            HTTPS_URL,
        );
        check(
            "servizi_online.sportello_online",
            is_https_url(&self.servizi_online.sportello_online),
            HTTPS_URL,
        );
        let receiving = &self.ricezione.indirizzo;
        check(
            "ricezione.indirizzo",
            receiving.is_empty() || ((is_https_url(receiving) || is_site_path(receiving)) && !receiving.ends_with('/')),
            "vuoto, un percorso del sito che inizia con / oppure un indirizzo https://, senza / finale",
        );
        check(
            "ricezione.conservazione_giorni",
            (7..=3650).contains(&self.ricezione.conservazione_giorni),
            "un numero di giorni tra 7 e 3650",
        );
        let booking = &self.prenotazione.sistema;
        check(
            "prenotazione.sistema",
            booking.is_empty() || (is_https_url(booking) && booking_placeholders_ok(booking)),
            "vuoto, oppure un indirizzo https:// che può contenere {ufficio} e {servizio}",
        );
        for (i, archive) in self.archivi.iter().enumerate() {
            check(
                &format!("archivi[{i}].ricerca"),
                is_https_url(&archive.ricerca),
                HTTPS_URL,
            );
            check(
                &format!("archivi[{i}].verifica"),
                archive.verifica.is_empty() || is_https_url(&archive.verifica),
                "vuoto oppure un indirizzo che inizia con https://",
            );
        }
        if let Some(albo) = &self.albo_pretorio {
            check("albo_pretorio.url", is_https_url(&albo.url), HTTPS_URL);
            check(
                "albo_pretorio.esportazione",
                albo.esportazione.is_empty()
                    || (albo.esportazione.ends_with(".csv")
                        && !albo.esportazione.starts_with('/')
                        && !albo.esportazione.contains("..")),
                "vuoto, oppure il nome di un file .csv dentro content/ (per esempio albo-pretorio.csv)",
            );
        }
        errors.extend(menu_errors);
        errors
    }

    /// The permanent address of a site path (`/pnrr` → `https://…/pnrr`):
    /// canonical links, feeds, sitemap, JSON-LD, open data and calendars.
    pub fn absolute(&self, path: &str) -> String {
        format!("{}{path}", self.ente.url_sito.trim_end_matches('/'))
    }

    /// Title of a fixed page: its label in the menus, else `default`.
    pub fn page_title<'a>(&'a self, path: &str, default: &'a str) -> &'a str {
        self.menu_label(path).unwrap_or(default)
    }

    /// The label configured for a path in the menus, if any.
    pub fn menu_label(&self, path: &str) -> Option<&str> {
        fn find<'a>(items: &'a [MenuItem], path: &str) -> Option<&'a str> {
            items.iter().find_map(|item| {
                if item.percorso == path {
                    Some(item.etichetta.as_str())
                } else {
                    find(&item.voci, path)
                }
            })
        }
        find(&self.menu.principale, path).or_else(|| find(&self.menu.secondario, path))
    }
}

const HTTPS_URL: &str = "un indirizzo che inizia con https://";
const SITE_PATH: &str = "un percorso del sito che inizia con /";
const EMAIL: &str = "un indirizzo e-mail (nome@dominio.it)";

fn validate_menu(prefix: &str, items: &[MenuItem], known_paths: &[&str], errors: &mut Vec<FieldError>) {
    for (i, item) in items.iter().enumerate() {
        let here = format!("{prefix}[{i}]");
        if item.etichetta.trim().is_empty() {
            errors.push(FieldError {
                field: format!("{here}.etichetta"),
                expected: "un testo non vuoto".into(),
            });
        }
        if !known_paths.contains(&item.percorso.as_str()) {
            errors.push(FieldError {
                field: format!("{here}.percorso"),
                expected: format!("una pagina del sito, una di: {}", known_paths.join(", ")),
            });
        }
        validate_menu(&format!("{here}.voci"), &item.voci, known_paths, errors);
    }
}

pub fn is_https_url(value: &str) -> bool {
    match value.strip_prefix("https://") {
        Some(rest) => {
            let host = rest.split(['/', '?', '#']).next().unwrap_or("");
            host.contains('.') && !host.contains(' ') && !value.contains(char::is_whitespace)
        }
        None => false,
    }
}

/// The external booking address names only the placeholders the booking
/// page fills.
fn booking_placeholders_ok(template: &str) -> bool {
    super::url_template::template_placeholders(template)
        .is_ok_and(|names| names.iter().all(|n| BOOKING_PLACEHOLDERS.contains(&n.as_str())))
}

/// What an external booking address may ask for: the office and the
/// service chosen, by their identifiers.
pub const BOOKING_PLACEHOLDERS: [&str; 2] = ["ufficio", "servizio"];

/// The address of an accessibility statement as AgID publishes it, the
/// only shape the model's checker accepts since January 2026:
/// `https://form.agid.gov.it/view/` and the statement's UUID.
pub fn is_agid_statement(value: &str) -> bool {
    let Some(id) = value.strip_prefix("https://form.agid.gov.it/view/") else {
        return false;
    };
    let groups: Vec<&str> = id.split('-').collect();
    groups.iter().map(|g| g.len()).eq([8, 4, 4, 4, 12])
        && groups.iter().all(|g| g.chars().all(|c| c.is_ascii_hexdigit()))
}

fn is_site_path(value: &str) -> bool {
    value.starts_with('/') && !value.starts_with("//") && !value.contains(char::is_whitespace)
}

/// An e-mail address as the site writes it into `mailto:` links, the
/// editors' lists and the CSV: letters, digits and `._+-'` before the `@`, a
/// domain of labels with a top-level one of letters. Nothing that a mail
/// client would read as more than an address (`?bcc=`, `%0A`, spaces,
/// control characters) passes.
pub fn is_email(value: &str) -> bool {
    let Some((local, domain)) = value.split_once('@') else {
        return false;
    };
    let labels: Vec<&str> = domain.split('.').collect();
    let top = labels.last().copied().unwrap_or("");
    value.len() <= 254
        && !local.is_empty()
        && local.len() <= 64
        && local.chars().all(|c| c.is_ascii_alphanumeric() || "._+-'".contains(c))
        && labels.len() >= 2
        && labels.iter().all(|label| {
            !label.is_empty()
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        })
        && top.len() >= 2
        && top.chars().all(|c| c.is_ascii_alphabetic())
}

/// An IndicePA code: `p_sp`, `c_e463`, `regione_liguria`.
pub fn is_ipa_code(value: &str) -> bool {
    (2..=20).contains(&value.len())
        && value
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}

fn is_digits(value: &str, len: usize) -> bool {
    value.len() == len && value.bytes().all(|b| b.is_ascii_digit())
}

pub fn is_phone(value: &str) -> bool {
    let digits = value.bytes().filter(u8::is_ascii_digit).count();
    let allowed = value
        .char_indices()
        .all(|(i, c)| c.is_ascii_digit() || c == ' ' || (c == '+' && i == 0));
    allowed && (6..=15).contains(&digits)
}

/// Italian partita IVA: 11 digits, the last one a Luhn-style check digit.
pub fn is_valid_vat_number(value: &str) -> bool {
    if !is_digits(value, 11) {
        return false;
    }
    let digits: Vec<u32> = value.bytes().map(|b| u32::from(b - b'0')).collect();
    let mut sum = 0;
    for (i, d) in digits[..10].iter().enumerate() {
        if i % 2 == 0 {
            sum += d;
        } else {
            let doubled = d * 2;
            sum += if doubled > 9 { doubled - 9 } else { doubled };
        }
    }
    (10 - sum % 10) % 10 == digits[10]
}

#[cfg(test)]
mod agid_tests {
    use super::is_agid_statement;

    #[test]
    fn only_a_statement_address_with_its_uuid_is_accepted() {
        assert!(is_agid_statement(
            "https://form.agid.gov.it/view/3f2a9c1e-7b4d-4e8a-9c6f-2d1b0a5e8f37"
        ));
        assert!(is_agid_statement(
            "https://form.agid.gov.it/view/3F2A9C1E-7B4D-4E8A-9C6F-2D1B0A5E8F37"
        ));
        for wrong in [
            "https://form.agid.gov.it/view/provincia-della-spezia",
            "https://form.agid.gov.it/",
            "https://form.agid.gov.it/view/3f2a9c1e-7b4d-4e8a-9c6f-2d1b0a5e8f3",
            "https://form.agid.gov.it/view/3f2a9c1e-7b4d-4e8a-9c6f-2d1b0a5e8f37/",
            "https://form.agid.gov.it/view/3f2a9c1e-7b4d-4e8a-9c6f-2d1b0a5e8g37",
            "http://form.agid.gov.it/view/3f2a9c1e-7b4d-4e8a-9c6f-2d1b0a5e8f37",
            "https://example.org/view/3f2a9c1e-7b4d-4e8a-9c6f-2d1b0a5e8f37",
        ] {
            assert!(!is_agid_statement(wrong), "{wrong}");
        }
    }
}
