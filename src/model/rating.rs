//! The page rating of the Designers Italia model: "Quanto sono chiare le
//! informazioni su questa pagina?" from 1 to 5 stars, then a follow-up
//! question that depends on the answer, then optional details.

use serde::{Deserialize, Serialize};

pub const QUESTION: &str = "Quanto sono chiare le informazioni su questa pagina?";
pub const MAX_DETAILS_CHARS: usize = 200;

/// A follow-up question of the model and its answers, with the
/// `data-element` of its fieldset.
#[derive(Debug, PartialEq)]
pub struct FollowUp {
    pub element: &'static str,
    pub question: &'static str,
    pub answers: [&'static str; 5],
}

/// What worked, asked after 4 or 5 stars.
pub const POSITIVE: FollowUp = FollowUp {
    element: "feedback-rating-positive",
    question: "Quali sono stati gli aspetti che hai preferito?",
    answers: [
        "Le indicazioni erano chiare",
        "Le indicazioni erano complete",
        "Capivo sempre che stavo procedendo correttamente",
        "Non ho avuto problemi tecnici",
        "Altro",
    ],
};

/// Where the reader struggled, asked after 1 to 3 stars.
pub const NEGATIVE: FollowUp = FollowUp {
    element: "feedback-rating-negative",
    question: "Dove hai incontrato le maggiori difficoltà?",
    answers: [
        "A volte le indicazioni non erano chiare",
        "A volte le indicazioni non erano complete",
        "A volte non capivo se stavo procedendo correttamente",
        "Ho avuto problemi tecnici",
        "Altro",
    ],
};

/// The follow-up question for a rating (the model: positive above 3 stars).
pub fn follow_up(stars: u8) -> &'static FollowUp {
    if stars > 3 {
        &POSITIVE
    } else {
        &NEGATIVE
    }
}

/// What is sent (JSON, POST) to the receiving service, which checks it
/// again (`model::receiving`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RatingAnswer {
    pub pagina: String,
    pub valutazione: u8,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aspetto: Option<String>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub dettagli: String,
    /// The honeypot (`model::receiving::HONEYPOT`): empty from a person.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub sito_web: String,
}

impl RatingAnswer {
    /// `None` unless the stars are 1–5; details are trimmed and cut to the
    /// length the form allows.
    pub fn new(page: &str, stars: u8, aspect: Option<&str>, details: &str) -> Option<RatingAnswer> {
        if !(1..=5).contains(&stars) {
            return None;
        }
        let answers = follow_up(stars).answers;
        Some(RatingAnswer {
            pagina: page.to_string(),
            valutazione: stars,
            // Only an answer offered for that rating is kept.
            aspetto: aspect.filter(|a| answers.contains(a)).map(str::to_string),
            dettagli: details.trim().chars().take(MAX_DETAILS_CHARS).collect(),
            sito_web: String::new(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn follow_up_depends_on_the_rating() {
        assert_eq!(follow_up(5), &POSITIVE);
        assert_eq!(follow_up(4), &POSITIVE);
        assert_eq!(follow_up(3), &NEGATIVE);
        assert_eq!(follow_up(1), &NEGATIVE);
    }

    #[test]
    fn answer_is_checked_and_serialised() {
        assert_eq!(RatingAnswer::new("/novita", 0, None, ""), None);
        assert_eq!(RatingAnswer::new("/novita", 6, None, ""), None);
        let answer = RatingAnswer::new(
            "/novita/avvisi/x",
            2,
            Some("Ho avuto problemi tecnici"),
            "  il PDF non si apre  ",
        )
        .unwrap();
        assert_eq!(
            serde_json::to_string(&answer).unwrap(),
            r#"{"pagina":"/novita/avvisi/x","valutazione":2,"aspetto":"Ho avuto problemi tecnici","dettagli":"il PDF non si apre"}"#
        );
        // An answer of the other branch, or a made-up one, is dropped.
        let answer = RatingAnswer::new("/p", 5, Some("Ho avuto problemi tecnici"), &"x".repeat(500)).unwrap();
        assert_eq!(answer.aspetto, None);
        assert_eq!(answer.dettagli.chars().count(), MAX_DETAILS_CHARS);
        assert_eq!(
            serde_json::to_string(&RatingAnswer::new("/p", 4, None, " ").unwrap()).unwrap(),
            r#"{"pagina":"/p","valutazione":4}"#
        );
    }
}
