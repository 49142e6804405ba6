//! Whether a PDF has text a screen reader can read. A scan is pictures of
//! pages: it has no fonts. Fonts may hide in compressed object streams, so
//! compressed streams are opened too.

use flate2::read::ZlibDecoder;
use std::io::Read;

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// True when no font is declared anywhere in the file.
pub fn has_no_text(pdf: &[u8]) -> bool {
    if contains(pdf, b"/Font") {
        return false;
    }
    let mut rest = pdf;
    while let Some(start) = rest.windows(6).position(|w| w == b"stream") {
        let mut body = &rest[start + 6..];
        // The data starts after the end of the `stream` line.
        while let [b'\r' | b'\n', tail @ ..] = body {
            body = tail;
        }
        let end = body.windows(9).position(|w| w == b"endstream").unwrap_or(body.len());
        let mut inflated = Vec::new();
        if ZlibDecoder::new(&body[..end])
            .take(16 << 20)
            .read_to_end(&mut inflated)
            .is_ok()
            && contains(&inflated, b"/Font")
        {
            return false;
        }
        rest = &body[end..];
        if rest.len() >= 9 {
            rest = &rest[9..];
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use flate2::write::ZlibEncoder;
    use std::io::Write;

    #[test]
    fn text_pdf_scan_and_compressed_fonts() {
        let text = b"%PDF-1.4\n1 0 obj << /Type /Page /Resources << /Font << /F1 2 0 R >> >> >> endobj\n";
        assert!(!has_no_text(text));
        let scan = b"%PDF-1.4\n1 0 obj << /Type /Page /Resources << /XObject << /Im1 2 0 R >> >> >> endobj\n2 0 obj << /Subtype /Image /Length 3 >>\nstream\nxyz\nendstream endobj\n";
        assert!(has_no_text(scan));
        let mut encoder = ZlibEncoder::new(Vec::new(), flate2::Compression::default());
        encoder
            .write_all(b"<< /Type /Page /Resources << /Font << /F1 4 0 R >> >> >>")
            .unwrap();
        let mut packed = b"%PDF-1.5\n3 0 obj << /Type /ObjStm /Filter /FlateDecode >>\nstream\r\n".to_vec();
        packed.extend(encoder.finish().unwrap());
        packed.extend(b"\nendstream\nendobj\n");
        assert!(!has_no_text(&packed));
    }
}
