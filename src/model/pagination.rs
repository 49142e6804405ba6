//! Paging of lists, one rule for the JSON writer, the pre-renderer and the
//! browser: how a list splits into pages and each page's address
//! ([`Paginator`], after zola's), and which page numbers a pagination bar
//! shows (always the first and the last, the current one with two neighbours
//! each side, and gaps in between).

use super::paths;

/// Items per page of every list.
pub const PAGE_SIZE: usize = 12;

/// A list split into pages of [`PAGE_SIZE`], at `base` (the address of its
/// first page). An empty list still has its one page.
pub struct Paginator<'a, T> {
    items: &'a [T],
    base: &'a str,
}

/// One page of a [`Paginator`].
#[derive(Debug, PartialEq)]
pub struct Pager<'a, T> {
    /// From 1.
    pub number: u32,
    pub items: &'a [T],
    pub path: String,
}

impl<'a, T> Paginator<'a, T> {
    pub fn new(items: &'a [T], base: &'a str) -> Paginator<'a, T> {
        Paginator { items, base }
    }

    pub fn page_count(&self) -> u32 {
        page_count(self.items.len(), PAGE_SIZE)
    }

    pub fn total(&self) -> usize {
        self.items.len()
    }

    /// Address of page `number`.
    pub fn path(&self, number: u32) -> String {
        paths::list_page(self.base, number)
    }

    /// Page `number`, if the list has it.
    pub fn page(&self, number: u32) -> Option<Pager<'a, T>> {
        if number == 0 || number > self.page_count() {
            return None;
        }
        let start = (number as usize - 1) * PAGE_SIZE;
        let end = (start + PAGE_SIZE).min(self.items.len());
        Some(Pager {
            number,
            items: &self.items[start..end],
            path: self.path(number),
        })
    }

    /// Every page, first to last.
    pub fn pages(&self) -> impl Iterator<Item = Pager<'a, T>> + '_ {
        (1..=self.page_count()).filter_map(|n| self.page(n))
    }
}

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
    fn pages_hold_their_share_and_know_their_address() {
        let items: Vec<u32> = (1..=25).collect();
        let list = Paginator::new(&items, "/novita/notizie");
        assert_eq!(list.page_count(), 3);
        let pages: Vec<Pager<u32>> = list.pages().collect();
        assert_eq!(pages.iter().map(|p| p.items.len()).collect::<Vec<_>>(), [12, 12, 1]);
        assert_eq!(pages[0].path, "/novita/notizie");
        assert_eq!(pages[2].path, "/novita/notizie/pagina/3");
        assert_eq!(pages[2].items, [25]);
        assert!(list.page(0).is_none() && list.page(4).is_none());
        let empty: [u32; 0] = [];
        let none = Paginator::new(&empty, "/argomenti/x");
        assert_eq!(none.pages().map(|p| p.items.len()).collect::<Vec<_>>(), [0]);
    }

    #[test]
    fn counts_pages() {
        assert_eq!(page_count(0, 12), 1);
        assert_eq!(page_count(12, 12), 1);
        assert_eq!(page_count(13, 12), 2);
    }
}
