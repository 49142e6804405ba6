//! Which page numbers a pagination bar shows: always the first and the last,
//! the current one with two neighbours each side, and gaps in between.

/// `Some(n)` is a link to page n; `None` is a gap ("…").
pub fn page_window(current: u32, total: u32) -> Vec<Option<u32>> {
    let mut shown: Vec<u32> = (1..=total)
        .filter(|&n| n == 1 || n == total || n.abs_diff(current) <= 2)
        .collect();
    shown.dedup();
    let mut window = Vec::with_capacity(shown.len() + 2);
    for (i, &n) in shown.iter().enumerate() {
        if i > 0 && n > shown[i - 1] + 1 {
            window.push(None);
        }
        window.push(Some(n));
    }
    window
}

/// Number of pages for `items` items, at least one (an empty list still has
/// its page).
pub fn page_count(items: usize, page_size: usize) -> u32 {
    items.div_ceil(page_size).max(1) as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(current: u32, total: u32) -> String {
        page_window(current, total)
            .into_iter()
            .map(|p| p.map_or("…".to_string(), |n| n.to_string()))
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn shows_ends_neighbours_and_gaps() {
        assert_eq!(shown(1, 1), "1");
        assert_eq!(shown(1, 4), "1 2 3 4");
        assert_eq!(shown(1, 10), "1 2 3 … 10");
        assert_eq!(shown(6, 10), "1 … 4 5 6 7 8 … 10");
        assert_eq!(shown(10, 10), "1 … 8 9 10");
        assert_eq!(shown(4, 10), "1 2 3 4 5 6 … 10");
    }

    #[test]
    fn counts_pages() {
        assert_eq!(page_count(0, 12), 1);
        assert_eq!(page_count(12, 12), 1);
        assert_eq!(page_count(13, 12), 2);
    }
}
