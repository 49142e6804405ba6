//! "Storia delle modifiche" of a project: which figure changed, when, why,
//! from what to what.

use super::ScrollTable;
use crate::model::pnrr::figures::FigureChanges;
use leptos::prelude::*;

#[component]
pub fn FigureHistory(changes: Vec<FigureChanges>) -> impl IntoView {
    if changes.is_empty() {
        return ().into_any();
    }
    let total = changes.len();
    let entries = changes
        .into_iter()
        .enumerate()
        .map(|(i, change)| {
            // Numbered from the first change: two changes on one day still
            // give their tables (regions) different names.
            let number = total - i;
            let details = (!change.cambi.is_empty()).then(|| {
                let caption_id = format!("modifica-{number}");
                let rows = change
                    .cambi
                    .iter()
                    .map(|c| {
                        view! {
                            <tr>
                                <th scope="row">{c.campo.clone()}</th>
                                <td>{c.prima.clone().unwrap_or_else(|| "—".into())}</td>
                                <td>{c.dopo.clone().unwrap_or_else(|| "— (rimosso)".into())}</td>
                            </tr>
                        }
                    })
                    .collect_view();
                view! {
                    <ScrollTable id=caption_id.clone() caption=format!("Modifica n. {number} del {}: dati cambiati", change.data.italian()) class="table-sm">
                            <thead><tr><th scope="col">"Dato"</th><th scope="col">"Prima"</th><th scope="col">"Dopo"</th></tr></thead>
                            <tbody>{rows}</tbody>
                        </ScrollTable>
                }
            });
            view! {
                <li class="change-entry">
                    <time datetime=change.data.iso()>{change.data.italian()}</time>
                    " – "{change.motivo}
                    {details}
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="change-history mt-5" aria-labelledby="storia-modifiche">
            <h2 id="storia-modifiche" class="h4">"Storia delle modifiche"</h2>
            <p class="small">"Ogni modifica dei dati pubblicati, dalla più recente, come risulta dall'archivio dei contenuti del sito."</p>
            <ol class="change-list">{entries}</ol>
        </section>
    }
    .into_any()
}
