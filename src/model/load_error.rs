//! Why data could not be loaded, in words a visitor understands.

use std::fmt;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    /// No answer: offline, server unreachable, request blocked.
    Network,
    /// The server answered with an HTTP error status.
    Status(u16),
    /// The answer arrived but is not the data we expect.
    Malformed(String),
}

impl LoadError {
    /// The sentence shown to the visitor.
    pub fn message(&self) -> String {
        match self {
            LoadError::Network => {
                "Non è stato possibile contattare il sito. Controlla la connessione e riprova.".to_string()
            }
            LoadError::Status(404) => "I contenuti richiesti non sono stati trovati (errore 404).".to_string(),
            LoadError::Status(code) => {
                format!("Il sito non ha risposto correttamente (errore {code}). Riprova tra qualche istante.")
            }
            LoadError::Malformed(_) => {
                "I dati ricevuti non sono leggibili. Riprova; se il problema continua, segnalalo.".to_string()
            }
        }
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_failure_has_its_own_plain_message() {
        assert!(LoadError::Network.message().contains("connessione"));
        assert!(LoadError::Status(404).message().contains("404"));
        assert!(LoadError::Status(503).message().contains("503"));
        assert!(LoadError::Malformed("eof".into())
            .message()
            .contains("non sono leggibili"));
    }
}
