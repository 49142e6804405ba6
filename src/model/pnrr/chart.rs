//! Geometry and text equivalent of the payments chart: one bar per payment,
//! as high as the total received up to that day, against the PNRR funding.
//! Pure numbers, so the drawing is tested on the host.

use super::totals::percent;
use super::Payment;
use crate::model::money::Amount;

pub const WIDTH: u32 = 640;
pub const HEIGHT: u32 = 240;
/// The bars stand on this line; labels go below it.
pub const BASELINE: u32 = 200;
/// Space kept above the highest bar or line.
const TOP: u32 = 20;
const GAP: u32 = 16;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bar {
    pub x: u32,
    pub y: u32,
    pub width: u32,
    pub height: u32,
    /// "03/2025", under the bar.
    pub label: String,
    pub cumulative: Amount,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PaymentChart {
    pub bars: Vec<Bar>,
    /// Height of the funding line.
    pub funding_y: u32,
}

/// Payments in date order with the running total received.
pub fn running_totals(payments: &[Payment]) -> Vec<(&Payment, Amount)> {
    let mut ordered: Vec<&Payment> = payments.iter().collect();
    ordered.sort_by_key(|p| p.data);
    let mut cents: i64 = 0;
    ordered
        .into_iter()
        .map(|p| {
            // Amounts of 15 digits are valid: a sum may pass i64, and the
            // drawing then tops out instead of wrapping round.
            cents = cents.saturating_add(p.importo.cents());
            (p, Amount::from_cents(cents))
        })
        .collect()
}

pub fn payment_chart(payments: &[Payment], funding: Amount) -> PaymentChart {
    let running = running_totals(payments);
    let received = running.last().map(|(_, total)| *total).unwrap_or_default();
    let scale = i128::from(funding.max(received).cents().max(1));
    let plot = BASELINE - TOP;
    // In i128: cents (up to 10^17) times the plot height overflow i64.
    let y_of = |amount: Amount| {
        let share = (i128::from(amount.cents().max(0)) * i128::from(plot) / scale).min(i128::from(plot));
        BASELINE - share as u32
    };
    let count = u32::try_from(running.len()).unwrap_or(u32::MAX).max(1);
    // With many payments the slots get narrow: a bar never gets wider than
    // its slot (more than WIDTH payments leave zero-width bars; the table
    // and the sentence below the chart still give every one).
    let slot = WIDTH / count;
    let width = slot.saturating_sub(GAP).clamp(8, 120).min(slot);
    let bars = running
        .iter()
        .enumerate()
        .map(|(i, (payment, cumulative))| {
            let y = y_of(*cumulative);
            Bar {
                x: i as u32 * slot + (slot - width) / 2,
                y,
                width,
                height: BASELINE - y,
                label: format!("{:02}/{}", payment.data.month(), payment.data.year()),
                cumulative: *cumulative,
            }
        })
        .collect();
    PaymentChart {
        bars,
        funding_y: y_of(funding),
    }
}

/// The chart said in one sentence, for screen readers and for print.
pub fn payment_summary(payments: &[Payment], funding: Amount) -> String {
    let running = running_totals(payments);
    let Some((last, received)) = running.last() else {
        return format!(
            "Nessun pagamento ricevuto finora sul finanziamento PNRR di {}.",
            funding.italian()
        );
    };
    let count = if running.len() == 1 {
        "1 pagamento".to_string()
    } else {
        format!("{} pagamenti", running.len())
    };
    format!(
        "Ricevuti {} su {} di finanziamento PNRR ({}), in {count}; l'ultimo {}.",
        received.italian(),
        funding.italian(),
        percent(*received, funding),
        last.data.after("il")
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::pnrr::Source;
    use crate::model::Date;

    fn payment(day: &str, cents: i64) -> Payment {
        Payment {
            data: Date::parse(day).unwrap(),
            descrizione: "Rata".into(),
            importo: Amount::from_cents(cents),
            fonte: Source {
                fonte: "ReGiS".into(),
                verificato_il: Date::parse("2026-11-18").unwrap(),
            },
        }
    }

    #[test]
    fn bars_grow_with_the_running_total_in_date_order() {
        // Written out of order: the chart sorts by date.
        let payments = [payment("2025-03-12", 30_000), payment("2024-01-10", 10_000)];
        let chart = payment_chart(&payments, Amount::from_cents(100_000));
        assert_eq!(chart.funding_y, TOP);
        let heights: Vec<u32> = chart.bars.iter().map(|b| b.height).collect();
        assert_eq!(heights, [18, 72], "10% and 40% of the 180 units of plot");
        assert_eq!(chart.bars[0].label, "01/2024");
        assert_eq!(chart.bars[1].cumulative, Amount::from_cents(40_000));
        assert!(chart
            .bars
            .iter()
            .all(|b| b.x + b.width <= WIDTH && b.y + b.height == BASELINE));
        assert!(
            chart.bars[0].x + chart.bars[0].width < chart.bars[1].x,
            "bars do not overlap"
        );
    }

    #[test]
    fn more_received_than_funded_still_fits_the_drawing() {
        let chart = payment_chart(&[payment("2025-01-01", 200)], Amount::from_cents(100));
        assert_eq!(chart.bars[0].y, TOP);
        assert_eq!(chart.funding_y, BASELINE - 90);
        let empty = payment_chart(&[], Amount::from_cents(100));
        assert!(empty.bars.is_empty());
    }

    #[test]
    fn many_payments_keep_every_bar_inside_its_slot() {
        for count in [80, 81, 160, 700] {
            let payments: Vec<Payment> = (0..count).map(|_| payment("2025-01-01", 100)).collect();
            let chart = payment_chart(&payments, Amount::from_cents(1_000_000));
            assert_eq!(chart.bars.len(), count);
            for pair in chart.bars.windows(2) {
                assert!(pair[0].x + pair[0].width <= pair[1].x, "{count} payments: bars overlap");
            }
            let last = chart.bars.last().unwrap();
            assert!(last.x + last.width <= WIDTH, "{count} payments: {last:?}");
        }
    }

    #[test]
    fn the_largest_accepted_amounts_do_not_overflow() {
        // 15 integer digits is what Amount::parse accepts.
        let largest = Amount::parse("999999999999999.99").unwrap();
        let payments: Vec<Payment> = (0..100).map(|_| payment("2025-01-01", largest.cents())).collect();
        let chart = payment_chart(&payments, largest);
        assert_eq!(
            chart.funding_y,
            BASELINE - 1,
            "the funding is a sliver of what was received"
        );
        assert!(chart.bars.iter().all(|b| b.y >= TOP && b.y <= BASELINE));
        assert_eq!(chart.bars.last().unwrap().y, TOP, "the total tops out at the plot");
        let single = payment_chart(&payments[..1], largest);
        assert_eq!((single.funding_y, single.bars[0].y), (TOP, TOP));
    }

    #[test]
    fn the_text_equivalent_gives_the_numbers() {
        let payments = [payment("2024-01-10", 9_317_120), payment("2025-03-12", 27_951_360)];
        assert_eq!(
            payment_summary(&payments, Amount::from_cents(93_171_200)),
            "Ricevuti 372.684,80 € su 931.712,00 € di finanziamento PNRR (40%), in 2 pagamenti; l'ultimo il 12 marzo 2025."
        );
        assert_eq!(
            payment_summary(&[], Amount::from_cents(100)),
            "Nessun pagamento ricevuto finora sul finanziamento PNRR di 1,00 €."
        );
    }
}
