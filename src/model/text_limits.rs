//! How long a text field may be, by what it is. A title is copied into a
//! page's head, its card in every list, the feeds, the search index and the
//! calendars (about 27 files), so one pasted by mistake at 10 MB made a
//! 475 MB site; each kind of field gets a limit well above any real value,
//! and the build names the field and the limit.

/// What a text field holds, which sets its limit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextKind {
    /// Codes and identifiers: CUP, CIG, slugs, numbers, telephone.
    Code,
    /// Names of people, offices, places, organisations, roles.
    Name,
    /// Titles and objects of acts.
    Title,
    /// Web and e-mail addresses, file paths.
    Address,
    /// Summaries, descriptions, captions, reasons.
    Summary,
    /// Free text, Markdown included (a Markdown body has its own limit).
    FreeText,
}

impl TextKind {
    /// The longest value, in characters.
    pub fn max_chars(self) -> usize {
        match self {
            TextKind::Code => 100,
            TextKind::Name => 300,
            TextKind::Title => 500,
            TextKind::Address => 2_000,
            TextKind::Summary => 2_000,
            TextKind::FreeText => 20_000,
        }
    }

    /// "un titolo", as the message names it.
    pub fn label(self) -> &'static str {
        match self {
            TextKind::Code => "un codice",
            TextKind::Name => "un nome",
            TextKind::Title => "un titolo",
            TextKind::Address => "un indirizzo",
            TextKind::Summary => "un sommario o una descrizione",
            TextKind::FreeText => "un testo",
        }
    }

    /// The kind of a field, from its name in the content files (the last
    /// part of `gare[0].cig`). An unknown name is free text.
    pub fn of_field(field: &str) -> TextKind {
        let key = field.rsplit('.').next().unwrap_or(field);
        let key = key.split('[').next().unwrap_or(key);
        const CODES: &[&str] = &[
            "slug",
            "cup",
            "cig",
            "numero",
            "codice",
            "cf",
            "codice_fiscale",
            "partita_iva",
            "istat",
            "cap",
            "telefono",
            "fax",
            "codice_ipa",
            "codice_uni_uo",
            "codice_meccanografico",
            "sigla",
            "strada",
            "ora_inizio",
            "ora_fine",
            "classe_energetica",
            "dal_km",
            "al_km",
            "tipo",
            "stato",
            "lingua",
        ];
        const ADDRESSES: &[&str] = &[
            "url",
            "sito",
            "email",
            "pec",
            "file",
            "pagina",
            "collegamento",
            "link",
            "percorso",
            "inpa",
            "piattaforma",
            "indirizzo_web",
            "foto",
            "immagine",
            "verifica",
        ];
        const TITLES: &[&str] = &["titolo", "oggetto", "titolo_progetto", "oggetto_gara", "nome_breve"];
        const NAMES: &[&str] = &[
            "nome",
            "cognome",
            "denominazione",
            "aggiudicatario",
            "denominazione_aggiudicatario",
            "ruolo",
            "organizzatore",
            "luogo",
            "responsabile",
            "amministrazione_titolare",
            "soggetto_attuatore",
            "organo",
            "ufficio",
            "autore",
            "fonte",
            "comune",
            "comuni",
            "indirizzo",
            "qualifica",
            "incarico",
        ];
        const SUMMARIES: &[&str] = &[
            "sommario",
            "descrizione",
            "didascalia",
            "alt",
            "motivo",
            "motivo_stato",
            "messaggio_stato",
            "sintesi_progetto",
            "sintesi",
            "destinatari",
            "tempi",
            "condizioni",
            "cosa_si_ottiene",
            "percorso_alternativo",
            "accessibilita",
            "come_arrivare",
            "orari",
            "deleghe",
            "note",
            "lavori",
        ];
        if CODES.contains(&key) || key.starts_with("codice_") {
            TextKind::Code
        } else if ADDRESSES.contains(&key) || key.starts_with("url_") || key.ends_with("_url") {
            TextKind::Address
        } else if TITLES.contains(&key) || key.starts_with("titolo_") {
            TextKind::Title
        } else if NAMES.contains(&key) || key.starts_with("nome_") || key.starts_with("denominazione_") {
            TextKind::Name
        } else if SUMMARIES.contains(&key) || key.starts_with("descrizione_") || key.starts_with("motivo_") {
            TextKind::Summary
        } else {
            TextKind::FreeText
        }
    }
}

/// The message for a text over its field's limit, if it is.
pub fn length_problem(field: &str, text: &str) -> Option<String> {
    let kind = TextKind::of_field(field);
    // Bytes bound characters from above: count only when it may matter.
    if text.len() <= kind.max_chars() {
        return None;
    }
    let chars = text.chars().count();
    (chars > kind.max_chars()).then(|| {
        format!(
            "testo di {} caratteri, oltre il limite di {} per {}: accorcialo{}",
            crate::model::money::thousands(chars as u64),
            crate::model::money::thousands(kind.max_chars() as u64),
            kind.label(),
            match kind {
                TextKind::FreeText => " o pubblicalo come allegato",
                TextKind::Code | TextKind::Address => " (è incollato due volte o per intero?)",
                _ => " (il testo lungo va nel corpo della pagina)",
            }
        )
    })
}

/// Why a text field's value cannot be used, if it cannot: over its kind's
/// length, or holding a control character. The one rule for every text the
/// build reads (content records, Albo rows, geodata).
pub fn field_problem(field: &str, text: &str) -> Option<String> {
    length_problem(field, text)
        .or_else(|| crate::model::control_chars::control_character_problem(text).map(|found| found.message))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_field_has_the_limit_of_its_kind() {
        assert_eq!(TextKind::of_field("titolo"), TextKind::Title);
        assert_eq!(TextKind::of_field("gare[2].cig"), TextKind::Code);
        assert_eq!(TextKind::of_field("contatti.email"), TextKind::Address);
        assert_eq!(TextKind::of_field("sommario"), TextKind::Summary);
        assert_eq!(TextKind::of_field("responsabile"), TextKind::Name);
        assert_eq!(TextKind::of_field("come_fare"), TextKind::FreeText);
        assert_eq!(length_problem("titolo", &"à".repeat(500)), None);
        assert_eq!(
            length_problem("titolo", &"a".repeat(10_000_000)).unwrap(),
            "testo di 10.000.000 caratteri, oltre il limite di 500 per un titolo: accorcialo (il testo lungo va nel corpo della pagina)"
        );
        assert!(length_problem("cup", &"J".repeat(101))
            .unwrap()
            .contains("limite di 100 per un codice"));
        assert!(length_problem("biografia", &"x".repeat(20_001))
            .unwrap()
            .contains("per un testo"));
        assert!(field_problem("titolo", "a\u{0B}b").unwrap().contains("U+000B"));
        assert!(field_problem("titolo", &"a".repeat(501))
            .unwrap()
            .contains("limite di 500"));
        assert_eq!(field_problem("titolo", "Chiusura della SP 1"), None);
    }
}
