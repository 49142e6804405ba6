//! File sizes as Italian readers expect them next to a download: "1,2 MB".

/// Decimal units (1 kB = 1000 byte), as operating systems show them to most
/// users; one decimal from the megabyte up.
pub fn label(bytes: u64) -> String {
    const KB: u64 = 1_000;
    const MB: u64 = 1_000_000;
    const GB: u64 = 1_000_000_000;
    let one_decimal = |value: u64, unit: u64, name: &str| {
        // Rounded to the nearest tenth without floating point.
        let tenths = (value * 10 + unit / 2) / unit;
        let (whole, tenth) = (tenths / 10, tenths % 10);
        if tenth == 0 {
            format!("{whole} {name}")
        } else {
            format!("{whole},{tenth} {name}")
        }
    };
    match bytes {
        0..KB => format!("{bytes} byte"),
        KB..MB => format!("{} kB", (bytes + KB / 2) / KB),
        MB..GB => one_decimal(bytes, MB, "MB"),
        _ => one_decimal(bytes, GB, "GB"),
    }
}

#[cfg(test)]
mod tests {
    use super::label;

    #[test]
    fn sizes_read_as_italian_users_expect() {
        assert_eq!(label(0), "0 byte");
        assert_eq!(label(999), "999 byte");
        assert_eq!(label(1_000), "1 kB");
        assert_eq!(label(1_499), "1 kB");
        assert_eq!(label(1_500), "2 kB");
        assert_eq!(label(254_300), "254 kB");
        assert_eq!(label(999_499), "999 kB");
        assert_eq!(label(1_000_000), "1 MB");
        assert_eq!(label(1_234_567), "1,2 MB");
        assert_eq!(label(1_250_000), "1,3 MB");
        assert_eq!(label(15_960_000), "16 MB");
        assert_eq!(label(2_340_000_000), "2,3 GB");
    }
}
