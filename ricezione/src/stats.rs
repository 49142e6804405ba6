//! The editors' reading of the ratings: per page, how many, the mean, the
//! distribution, the reasons chosen and the comments, worst pages first.

use crate::store::RatingRow;
use std::collections::BTreeMap;

#[derive(Clone, Debug, PartialEq)]
pub struct PageStats {
    pub page: String,
    pub count: usize,
    /// Ratings with 1 to 5 stars.
    pub distribution: [usize; 5],
    /// Each reason chosen and how often, most chosen first.
    pub reasons: Vec<(String, usize)>,
    /// (received, stars, text), newest first.
    pub comments: Vec<(i64, i64, String)>,
}

impl PageStats {
    pub fn mean(&self) -> f64 {
        let total: usize = self.distribution.iter().enumerate().map(|(i, n)| (i + 1) * n).sum();
        total as f64 / self.count.max(1) as f64
    }
}

/// The pages rated in `rows`, worst mean first; among equal means the most
/// rated first (more readers met the problem), then by address.
pub fn by_page(rows: &[RatingRow]) -> Vec<PageStats> {
    let mut pages: BTreeMap<&str, PageStats> = BTreeMap::new();
    for row in rows {
        let stats = pages.entry(&row.page).or_insert_with(|| PageStats {
            page: row.page.clone(),
            count: 0,
            distribution: [0; 5],
            reasons: Vec::new(),
            comments: Vec::new(),
        });
        let Ok(stars @ 1..=5) = usize::try_from(row.stars) else {
            continue;
        };
        stats.count += 1;
        stats.distribution[stars - 1] += 1;
        if let Some(reason) = &row.aspect {
            match stats.reasons.iter_mut().find(|(r, _)| r == reason) {
                Some((_, n)) => *n += 1,
                None => stats.reasons.push((reason.clone(), 1)),
            }
        }
        if let Some(text) = &row.details {
            stats.comments.push((row.received, row.stars, text.clone()));
        }
    }
    let mut list: Vec<PageStats> = pages.into_values().filter(|p| p.count > 0).collect();
    for stats in &mut list {
        stats.reasons.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        stats.comments.sort_by_key(|c| std::cmp::Reverse(c.0));
    }
    list.sort_by(|a, b| {
        a.mean()
            .total_cmp(&b.mean())
            .then_with(|| b.count.cmp(&a.count))
            .then_with(|| a.page.cmp(&b.page))
    });
    list
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(id: i64, page: &str, stars: i64, aspect: Option<&str>, details: Option<&str>) -> RatingRow {
        RatingRow {
            id,
            received: 1_000 + id,
            page: page.into(),
            stars,
            aspect: aspect.map(Into::into),
            details: details.map(Into::into),
        }
    }

    #[test]
    fn worst_pages_come_first_with_their_distribution_reasons_and_comments() {
        let rows = [
            row(1, "/servizi", 5, None, None),
            row(
                2,
                "/pnrr",
                1,
                Some("Ho avuto problemi tecnici"),
                Some("il CSV non si apre"),
            ),
            row(3, "/pnrr", 2, Some("Ho avuto problemi tecnici"), None),
            row(
                4,
                "/pnrr",
                3,
                Some("A volte le indicazioni non erano complete"),
                Some("<b>manca</b> il 2025"),
            ),
            row(5, "/novita", 2, None, None),
            row(6, "/novita", 2, None, None),
        ];
        let stats = by_page(&rows);
        let order: Vec<(&str, usize)> = stats.iter().map(|s| (s.page.as_str(), s.count)).collect();
        // /pnrr and /novita both average 2: the more rated first.
        assert_eq!(order, [("/pnrr", 3), ("/novita", 2), ("/servizi", 1)]);
        let pnrr = &stats[0];
        assert_eq!(pnrr.distribution, [1, 1, 1, 0, 0]);
        assert!((pnrr.mean() - 2.0).abs() < 1e-9);
        assert_eq!(pnrr.reasons[0], ("Ho avuto problemi tecnici".to_string(), 2));
        assert_eq!(pnrr.comments[0], (1_004, 3, "<b>manca</b> il 2025".to_string()));
        assert_eq!(pnrr.comments.len(), 2);
    }
}
