//! "Storia delle modifiche": every recorded change of a page, with its date,
//! the editor's reason and the lines removed and added. Journalists cite it.

use crate::model::history::Change;
use leptos::prelude::*;

#[component]
pub fn ChangeHistory(changes: Vec<Change>) -> impl IntoView {
    if changes.is_empty() {
        return ().into_any();
    }
    let entries = changes
        .into_iter()
        .map(|change| {
            let lines = (!change.righe.is_empty()).then(|| {
                let count = change.righe.len() + change.omesse as usize;
                let omitted = (change.omesse > 0)
                    .then(|| view! { <li class="diff-omitted">{format!("… e altre {} righe", change.omesse)}</li> });
                view! {
                    <details class="change-diff">
                        <summary>{format!("Righe modificate ({count})")}</summary>
                        <ul class="diff-lines">
                            {change.righe.into_iter().map(|line| if line.aggiunta {
                                view! { <li class="diff-added"><span class="visually-hidden">"Aggiunto: "</span><ins>{line.testo}</ins></li> }.into_any()
                            } else {
                                view! { <li class="diff-removed"><span class="visually-hidden">"Rimosso: "</span><del>{line.testo}</del></li> }.into_any()
                            }).collect_view()}
                            {omitted}
                        </ul>
                    </details>
                }
            });
            view! {
                <li class="change-entry">
                    <time datetime=change.data.iso()>{change.data.italian()}</time>
                    " – " {change.motivo}
                    {lines}
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="change-history mt-5" aria-labelledby="storia-modifiche">
            <h2 id="storia-modifiche" class="h5">"Storia delle modifiche"</h2>
            <p class="small">"Ogni modifica pubblicata, dalla più recente, come risulta dall'archivio dei contenuti del sito."</p>
            <ol class="change-list">{entries}</ol>
        </section>
    }
    .into_any()
}
