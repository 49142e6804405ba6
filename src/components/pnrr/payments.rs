//! Payments received: a bar chart of the running total against the PNRR
//! funding, its text equivalent, and every number in a table.

use super::ScrollTable;
use crate::model::pnrr::chart::{payment_chart, payment_summary, running_totals, BASELINE, HEIGHT, WIDTH};
use crate::model::pnrr::Payment;
use crate::model::Amount;
use leptos::prelude::*;

#[component]
pub fn PaymentProgress(payments: Vec<Payment>, funding: Amount) -> impl IntoView {
    let summary = payment_summary(&payments, funding);
    if payments.is_empty() {
        return view! { <p>{summary}</p> }.into_any();
    }
    let chart = payment_chart(&payments, funding);
    let bars = chart
        .bars
        .iter()
        .map(|bar| {
            view! {
                <rect class="chart-bar" x=bar.x.to_string() y=bar.y.to_string() width=bar.width.to_string() height=bar.height.to_string()/>
                <text class="chart-label" x=(bar.x + bar.width / 2).to_string() y=(BASELINE + 20).to_string() text-anchor="middle">{bar.label.clone()}</text>
            }
        })
        .collect_view();
    let rows = running_totals(&payments)
        .into_iter()
        .map(|(p, cumulative)| {
            view! {
                <tr>
                    <th scope="row"><time datetime=p.data.iso()>{p.data.italian()}</time></th>
                    <td>{p.descrizione.clone()}</td>
                    <td class="text-end">{p.importo.italian()}</td>
                    <td class="text-end">{cumulative.italian()}</td>
                    <td class="small">{p.fonte.sentence()}</td>
                </tr>
            }
        })
        .collect_view();
    let view_box = format!("0 0 {WIDTH} {HEIGHT}");
    let funding_y = chart.funding_y.to_string();
    view! {
        <figure class="payment-chart">
            <svg viewBox=view_box role="img" aria-labelledby="grafico-pagamenti-titolo grafico-pagamenti-testo" class="w-100">
                <title id="grafico-pagamenti-titolo">"Pagamenti ricevuti rispetto al finanziamento PNRR"</title>
                <desc id="grafico-pagamenti-testo">{summary.clone()}</desc>
                <line class="chart-baseline" x1="0" x2=WIDTH.to_string() y1=BASELINE.to_string() y2=BASELINE.to_string()/>
                {bars}
                <line class="chart-funding" x1="0" x2=WIDTH.to_string() y1=funding_y.clone() y2=funding_y.clone()/>
                <text class="chart-label" x="4" y=(chart.funding_y.saturating_sub(6)).to_string()>{format!("Finanziamento PNRR {}", funding.italian())}</text>
            </svg>
            <figcaption>{summary}</figcaption>
        </figure>
        <ScrollTable id="tabella-pagamenti" caption="Pagamenti ricevuti, con il totale progressivo">
                <thead>
                    <tr>
                        <th scope="col">"Data"</th>
                        <th scope="col">"Descrizione"</th>
                        <th scope="col" class="text-end">"Importo"</th>
                        <th scope="col" class="text-end">"Totale ricevuto"</th>
                        <th scope="col">"Fonte"</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </ScrollTable>
    }
    .into_any()
}
