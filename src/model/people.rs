//! Who governs and who runs the offices: the people of the ente (politici and
//! personale amministrativo, content/persone/) and its organs of government
//! (content/organi.yaml: after L. 56/2014 the Presidente, the Consiglio
//! provinciale and the Assemblea dei sindaci). The shapes of `persone.json`,
//! `persone/{slug}.json` and `organi.json`; who sits in an organ is read from
//! the people's roles, written once.

use super::content::{Attachment, Image, Office, OfficeRef, TopicRef};
use super::history::Change;
use super::Date;
use serde::{Deserialize, Serialize};

/// The model's two lists of people under Amministrazione.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PersonKind {
    Politico,
    Personale,
}

impl PersonKind {
    pub const ALL: [PersonKind; 2] = [PersonKind::Politico, PersonKind::Personale];

    /// The value of `tipo` in a content file.
    pub fn key(self) -> &'static str {
        match self {
            PersonKind::Politico => "politico",
            PersonKind::Personale => "personale",
        }
    }

    pub fn from_key(key: &str) -> Option<PersonKind> {
        PersonKind::ALL.into_iter().find(|k| k.key() == key)
    }

    /// "politico, personale", for messages.
    pub fn keys() -> String {
        PersonKind::ALL.map(PersonKind::key).join(", ")
    }

    /// The page listing them, whose address each person's page continues.
    pub fn list_path(self) -> &'static str {
        match self {
            PersonKind::Politico => "/amministrazione/politici",
            PersonKind::Personale => "/amministrazione/personale-amministrativo",
        }
    }

    /// Which of the two a list address is.
    pub fn from_list_path(path: &str) -> Option<PersonKind> {
        PersonKind::ALL.into_iter().find(|k| k.list_path() == path)
    }
}

/// An organ as a role names it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OrganRef {
    pub slug: String,
    pub nome: String,
}

/// A role held over a period: in an organ (politici) or an office (personale).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Role {
    /// "Presidente della Provincia", "Consigliere provinciale", "Dirigente".
    pub ruolo: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organo: Option<OrganRef>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ufficio: Option<OfficeRef>,
    /// Start of the mandate or appointment.
    pub dal: Date,
    /// Its end; none while it lasts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub al: Option<Date>,
}

impl Role {
    /// Held on `today`: started, and not ended before it.
    pub fn is_current(&self, today: Date) -> bool {
        self.dal <= today && self.al.is_none_or(|end| end >= today)
    }

    pub fn period(&self) -> String {
        period(self.dal, self.al)
    }

    /// "Consigliere provinciale, Consiglio provinciale": the role and where.
    pub fn title_and_place(&self) -> String {
        match (&self.organo, &self.ufficio) {
            (Some(organ), _) if organ.nome != self.ruolo => format!("{}, {}", self.ruolo, organ.nome),
            (_, Some(office)) => format!("{}, {}", self.ruolo, office.nome),
            _ => self.ruolo.clone(),
        }
    }
}

/// `persone/{slug}.json`: a person's page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Person {
    pub versione: u32,
    pub slug: String,
    pub tipo: PersonKind,
    pub nome: String,
    /// Newest first.
    pub ruoli: Vec<Role>,
    #[serde(default)]
    pub deleghe: Vec<String>,
    /// The office a citizen writes to: the ente's contacts, never private ones.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contatti: Option<Office>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub foto: Option<Image>,
    /// Sanitised HTML of the biography or curriculum in brief; may be empty.
    #[serde(default)]
    pub biografia_html: String,
    /// The D.Lgs. 33/2013 art. 14 documents: act of appointment, curriculum,
    /// compensation, declarations.
    #[serde(default)]
    pub documenti: Vec<Attachment>,
    #[serde(default)]
    pub argomenti: Vec<TopicRef>,
    /// Whether a role lasts on the build date (the nightly build keeps it true).
    pub in_carica: bool,
    #[serde(default)]
    pub modifiche: Vec<Change>,
}

impl Person {
    pub fn path(&self) -> String {
        super::paths::person(self.tipo, &self.slug)
    }

    /// The role that describes the person now: the newest current one,
    /// else the newest.
    pub fn main_role(&self, today: Date) -> Option<&Role> {
        self.ruoli
            .iter()
            .find(|r| r.is_current(today))
            .or_else(|| self.ruoli.first())
    }

    /// "Consigliere provinciale, Consiglio provinciale": what lists and
    /// search say of the person.
    pub fn role_line(&self, today: Date) -> String {
        self.main_role(today).map(Role::title_and_place).unwrap_or_default()
    }

    pub fn summary(&self, today: Date) -> PersonSummary {
        PersonSummary {
            slug: self.slug.clone(),
            tipo: self.tipo,
            nome: self.nome.clone(),
            ruolo: self.role_line(today),
            in_carica: self.in_carica,
        }
    }
}

/// A person as the lists show them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PersonSummary {
    pub slug: String,
    pub tipo: PersonKind,
    pub nome: String,
    pub ruolo: String,
    pub in_carica: bool,
}

impl PersonSummary {
    pub fn path(&self) -> String {
        super::paths::person(self.tipo, &self.slug)
    }
}

/// `persone.json`: everyone, in the order of the content (by name).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PeopleList {
    pub versione: u32,
    pub persone: Vec<PersonSummary>,
}

impl PeopleList {
    /// One list page's people: those in office first, then those whose
    /// mandate ended (their art. 14 data stay published).
    /// Each group in the order of roles (the President, the vice, the
    /// councillors; the secretary general, the directors, the heads of
    /// service), then by surname.
    pub fn of_kind(&self, kind: PersonKind) -> (Vec<PersonSummary>, Vec<PersonSummary>) {
        let mut people: Vec<PersonSummary> = self.persone.iter().filter(|p| p.tipo == kind).cloned().collect();
        people.sort_by_cached_key(|p| (role_rank(&p.ruolo), surname_key(&p.nome)));
        people.into_iter().partition(|p| p.in_carica)
    }
}

/// A member of an organ, from one of the person's roles.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Member {
    pub persona: PersonSummary,
    pub ruolo: String,
    pub dal: Date,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub al: Option<Date>,
    pub in_carica: bool,
}

/// An organ of government and who sits in it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Organ {
    pub slug: String,
    pub nome: String,
    pub descrizione: String,
    /// What it does, as sanitised HTML.
    pub corpo_html: String,
    /// Members in office first (in the order of their roles), then former ones.
    pub membri: Vec<Member>,
    /// Its sittings, as content/organi.yaml lists them.
    #[serde(default)]
    pub sedute: Vec<super::sittings::Sitting>,
}

impl Member {
    pub fn period(&self) -> String {
        period(self.dal, self.al)
    }
}

impl Organ {
    pub fn path(&self) -> String {
        super::paths::organ(&self.slug)
    }

    pub fn current_members(&self) -> impl Iterator<Item = &Member> {
        self.membri.iter().filter(|m| m.in_carica)
    }

    pub fn former_members(&self) -> impl Iterator<Item = &Member> {
        self.membri.iter().filter(|m| !m.in_carica)
    }

    /// What the list of organs says of one: who sits in it now, in order
    /// of role ("3 componenti in carica: Pierluigi Peracchini (Presidente
    /// del Consiglio provinciale), Marta Bertoni, Luca Ferrari").
    pub fn members_line(&self) -> String {
        let names: Vec<String> = self
            .current_members()
            .map(|m| {
                if role_rank(&m.ruolo) < COUNCILLOR_RANK {
                    format!("{} ({})", m.persona.nome, m.ruolo)
                } else {
                    m.persona.nome.clone()
                }
            })
            .collect();
        match names.len() {
            0 => "Nessun componente in carica".to_string(),
            1 => format!("1 componente in carica: {}", names[0]),
            n => format!("{n} componenti in carica: {}", names.join(", ")),
        }
    }
}

/// Rank of a councillor ("Consigliere provinciale") or of a head of
/// service: roles ranked before it are named in lists.
const COUNCILLOR_RANK: u8 = 2;

/// Where a role comes in lists, first 0: the President, then the vice,
/// the councillors; the secretary general, the directors, the heads of
/// service and officers; any other role last.
pub fn role_rank(role: &str) -> u8 {
    let role = super::search::fold(role);
    let starts = |prefixes: &[&str]| prefixes.iter().any(|p| role.starts_with(p));
    if starts(&["vicepresidente", "vice presidente", "vicesegretari", "vice segretari"]) {
        1
    } else if starts(&["presidente", "segretari", "direttore generale"]) {
        0
    } else if starts(&["dirigente"]) {
        1
    } else if starts(&["consiglier", "responsabile", "funzionari"]) {
        COUNCILLOR_RANK
    } else {
        3
    }
}

/// Sorts a name by surname: "Anna De Luca" → "de luca anna". The surname
/// is the last word with the particles before it (de, di, del, della, da,
/// dal, la, lo, d').
pub fn surname_key(name: &str) -> String {
    const PARTICLES: &[&str] = &[
        "de", "di", "del", "della", "dei", "da", "dal", "dalla", "la", "lo", "li", "d'", "van", "von",
    ];
    let words: Vec<String> = name.split_whitespace().map(super::search::fold).collect();
    let mut start = words.len().saturating_sub(1);
    while start > 1 && PARTICLES.contains(&words[start - 1].as_str()) {
        start -= 1;
    }
    let mut key = words[start..].join(" ");
    for given in &words[..start] {
        key.push(' ');
        key.push_str(given);
    }
    key
}

/// `organi.json`: the organs in the order of content/organi.yaml.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OrganList {
    pub versione: u32,
    pub organi: Vec<Organ>,
}

impl OrganList {
    pub fn find(&self, slug: &str) -> Option<&Organ> {
        self.organi.iter().find(|o| o.slug == slug)
    }
}

/// The members of each organ, from everyone's roles: in office first, each
/// group in the order of roles, then by surname.
pub fn members_of(organ: &str, people: &[Person], today: Date) -> Vec<Member> {
    let mut members: Vec<Member> = people
        .iter()
        .flat_map(|person| {
            person
                .ruoli
                .iter()
                .filter(|role| role.organo.as_ref().is_some_and(|o| o.slug == organ))
                .map(|role| Member {
                    persona: person.summary(today),
                    ruolo: role.ruolo.clone(),
                    dal: role.dal,
                    al: role.al,
                    in_carica: role.is_current(today),
                })
        })
        .collect();
    members.sort_by_cached_key(|m| (!m.in_carica, role_rank(&m.ruolo), surname_key(&m.persona.nome)));
    members
}

/// "dal 10 gennaio 2022" or "dal 10 gennaio 2022 al 9 gennaio 2026".
pub fn period(dal: Date, al: Option<Date>) -> String {
    match al {
        Some(end) => format!("{} {}", dal.after("dal"), end.after("al")),
        None => dal.after("dal"),
    }
}

/// What is wrong with a role's dates, if anything: a mandate cannot end
/// before it starts.
pub fn period_problem(dal: Date, al: Option<Date>) -> Option<String> {
    al.filter(|end| *end < dal).map(|end| {
        format!(
            "il mandato finisce ({}) prima di cominciare ({})",
            end.italian(),
            dal.italian()
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    fn role(organ: &str, dal: &str, al: Option<&str>) -> Role {
        Role {
            ruolo: "Consigliere provinciale".into(),
            organo: Some(OrganRef {
                slug: organ.into(),
                nome: "Consiglio provinciale".into(),
            }),
            ufficio: None,
            dal: date(dal),
            al: al.map(date),
        }
    }

    fn person(slug: &str, ruoli: Vec<Role>, today: Date) -> Person {
        let in_carica = ruoli.iter().any(|r| r.is_current(today));
        Person {
            versione: 1,
            slug: slug.into(),
            tipo: PersonKind::Politico,
            nome: slug.into(),
            ruoli,
            deleghe: vec![],
            contatti: None,
            foto: None,
            biografia_html: String::new(),
            documenti: vec![],
            argomenti: vec![],
            in_carica,
            modifiche: vec![],
        }
    }

    #[test]
    fn a_role_is_current_from_its_first_to_its_last_day() {
        let r = role("consiglio", "2022-01-10", Some("2026-01-09"));
        assert!(!r.is_current(date("2022-01-09")));
        assert!(r.is_current(date("2022-01-10")));
        assert!(r.is_current(date("2026-01-09")));
        assert!(!r.is_current(date("2026-01-10")));
        assert!(role("consiglio", "2022-01-10", None).is_current(date("2030-01-01")));
    }

    #[test]
    fn periods_read_as_italian_dates() {
        assert_eq!(role("c", "2022-01-10", None).period(), "dal 10 gennaio 2022");
        assert_eq!(
            role("c", "2022-01-10", Some("2026-01-09")).period(),
            "dal 10 gennaio 2022 al 9 gennaio 2026"
        );
    }

    #[test]
    fn a_mandate_ending_before_it_starts_is_a_problem() {
        assert_eq!(period_problem(date("2022-01-10"), None), None);
        assert_eq!(period_problem(date("2022-01-10"), Some(date("2022-01-10"))), None);
        assert_eq!(
            period_problem(date("2022-01-10"), Some(date("2021-12-31"))).as_deref(),
            Some("il mandato finisce (31 dicembre 2021) prima di cominciare (10 gennaio 2022)")
        );
    }

    #[test]
    fn members_in_office_come_first_and_other_organs_stay_out() {
        let today = date("2026-12-04");
        let people = vec![
            person(
                "uscente",
                vec![role("consiglio", "2018-01-01", Some("2021-12-31"))],
                today,
            ),
            person("altrove", vec![role("assemblea", "2022-01-10", None)], today),
            person("in-carica", vec![role("consiglio", "2022-01-10", None)], today),
        ];
        let members = members_of("consiglio", &people, today);
        let names: Vec<_> = members.iter().map(|m| (m.persona.slug.as_str(), m.in_carica)).collect();
        assert_eq!(names, [("in-carica", true), ("uscente", false)]);
    }

    #[test]
    fn lists_split_people_in_office_from_former_ones() {
        let today = date("2026-12-04");
        let list = PeopleList {
            versione: 1,
            persone: vec![
                person("a", vec![role("c", "2018-01-01", Some("2021-12-31"))], today).summary(today),
                person("b", vec![role("c", "2022-01-10", None)], today).summary(today),
            ],
        };
        let (current, former) = list.of_kind(PersonKind::Politico);
        assert_eq!(current.iter().map(|p| p.slug.as_str()).collect::<Vec<_>>(), ["b"]);
        assert_eq!(former.iter().map(|p| p.slug.as_str()).collect::<Vec<_>>(), ["a"]);
        assert!(list.of_kind(PersonKind::Personale).0.is_empty());
    }

    #[test]
    fn list_addresses_and_kinds_answer_each_other() {
        for kind in PersonKind::ALL {
            assert_eq!(PersonKind::from_list_path(kind.list_path()), Some(kind));
            assert_eq!(PersonKind::from_key(kind.key()), Some(kind));
        }
        assert_eq!(PersonKind::from_key("assessore"), None);
    }

    #[test]
    fn the_president_leads_and_names_sort_by_surname() {
        let today = date("2026-12-04");
        let with_role = |name: &str, ruolo: &str| {
            let mut p = person(name, vec![role("consiglio", "2024-10-07", None)], today);
            p.nome = name.into();
            p.ruoli[0].ruolo = ruolo.into();
            p
        };
        let people = vec![
            with_role("Andrea Lombardi", "Consigliere provinciale"),
            with_role("Anna De Luca", "Consigliera provinciale"),
            with_role("Zeno Abate", "Vicepresidente della Provincia"),
            with_role("Pierluigi Peracchini", "Presidente della Provincia"),
            with_role("Chiara Bianchi", "Consigliera provinciale"),
        ];
        let list = PeopleList {
            versione: 1,
            persone: people.iter().map(|p| p.summary(today)).collect(),
        };
        let (current, _) = list.of_kind(PersonKind::Politico);
        let names: Vec<&str> = current.iter().map(|p| p.nome.as_str()).collect();
        assert_eq!(
            names,
            [
                "Pierluigi Peracchini",
                "Zeno Abate",
                "Chiara Bianchi",
                "Anna De Luca",
                "Andrea Lombardi"
            ]
        );
        let members = members_of("consiglio", &people, today);
        assert_eq!(members[0].persona.nome, "Pierluigi Peracchini");
        let organ = Organ {
            slug: "consiglio".into(),
            nome: "Consiglio provinciale".into(),
            descrizione: String::new(),
            corpo_html: String::new(),
            membri: members,
            sedute: vec![],
        };
        assert_eq!(
            organ.members_line(),
            "5 componenti in carica: Pierluigi Peracchini (Presidente della Provincia), \
             Zeno Abate (Vicepresidente della Provincia), Chiara Bianchi, Anna De Luca, Andrea Lombardi"
        );
    }

    #[test]
    fn staff_rank_from_the_secretary_to_the_heads_of_service() {
        assert!(role_rank("Segretaria generale") < role_rank("Dirigente del Settore Tecnico"));
        assert!(role_rank("Dirigente del Settore Tecnico") < role_rank("Responsabile dell'Ufficio Sismica"));
        assert!(role_rank("Responsabile dell'Ufficio Sismica") < role_rank("Autista"));
        assert_eq!(surname_key("Anna De Luca"), "de luca anna");
        assert_eq!(surname_key("Pierluigi Peracchini"), "peracchini pierluigi");
        assert_eq!(surname_key("Cher"), "cher");
    }
}
