//! What every check of the content and the configuration reports: one
//! problem, located by file, line and field, in words an editor can act on.

use std::fmt;

/// A problem in a content or configuration file, ready to print for an
/// editor, as `file:line: campo …: message`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContentProblem {
    pub file: String,
    /// 1-based line; 0 when the problem concerns the whole file.
    pub line: usize,
    pub field: String,
    pub message: String,
}

impl fmt::Display for ContentProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line > 0 {
            write!(
                f,
                "{}:{}: campo `{}`: {}",
                self.file, self.line, self.field, self.message
            )
        } else {
            write!(f, "{}: campo `{}`: {}", self.file, self.field, self.message)
        }
    }
}

/// A problem of one field of a form the browser checks (an archive search,
/// a booking request), for the message beside that field.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct FieldProblem {
    pub field: String,
    pub message: String,
}
