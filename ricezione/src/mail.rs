//! The e-mail that tells an office of a booking request, through the
//! configured SMTP relay (plain SMTP on the ente's own network: a local
//! relay adds TLS towards the outside). Sent after the request is stored;
//! its outcome is written beside the request for the editors.

use crate::config::Mail;
use lettre::message::{header::ContentType, Mailbox};
use lettre::{Message, SmtpTransport, Transport};

/// What is written in the booking's `avviso`.
pub const NOT_CONFIGURED: &str = "posta non configurata";
pub const NO_ADDRESS: &str = "l'ufficio non ha un indirizzo e-mail";
pub const SENT: &str = "inviato all'ufficio";

/// Sends `body` to `to`; blocking (run it off the async threads).
pub fn send(mail: &Mail, to: &str, reply_to: Option<&str>, subject: &str, body: String) -> Result<(), String> {
    let sender: Mailbox = mail.sender.parse().map_err(|e| format!("mittente: {e}"))?;
    let recipient: Mailbox = to.parse().map_err(|e| format!("destinatario: {e}"))?;
    let mut message = Message::builder().from(sender).to(recipient).subject(subject);
    if let Some(reply) = reply_to.and_then(|r| r.parse::<Mailbox>().ok()) {
        message = message.reply_to(reply);
    }
    let message = message
        .header(ContentType::TEXT_PLAIN)
        .body(body)
        .map_err(|e| e.to_string())?;
    SmtpTransport::builder_dangerous(&mail.host)
        .port(mail.port)
        .timeout(Some(std::time::Duration::from_secs(10)))
        .build()
        .send(&message)
        .map(|_| ())
        .map_err(|e| e.to_string())
}
