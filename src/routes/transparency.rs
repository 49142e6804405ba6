//! `/amministrazione-trasparente` and its nodes: the whole D.Lgs. 33/2013
//! tree from one file; each node shows its text, or leads to the page of
//! this site or of the external platform that holds its content.

use crate::components::loaded::{Loaded, LoadedPage};
use crate::components::not_found::NotFound;
use crate::components::page::{Crumb, Page, SitePage, TextColumn};
use crate::model::endpoint;
use crate::model::transparency::{NodeContent, TransparencyNode, TransparencyTree, ROOT};
use leptos::prelude::*;
use leptos_router::any_nested_route::{AnyNestedRoute, IntoAnyNestedRoute};
use leptos_router::components::Route;
use leptos_router::hooks::use_location;
use leptos_router::path;

/// Amministrazione trasparente: the tree and each of its nodes.
#[component(transparent)]
pub fn TransparencyRoutes() -> AnyNestedRoute {
    view! {
        <Route path=path!("/amministrazione-trasparente") view=TransparencyRoute/>
        <Route path=path!("/amministrazione-trasparente/*nodo") view=TransparencyNodeRoute/>
    }
    .into_inner()
    .into_any_nested_route()
}

#[component]
pub fn TransparencyRoute() -> impl IntoView {
    view! {
        <SitePage path=ROOT lead="Le informazioni che l'ente pubblica per legge (D.Lgs. 33/2013), nelle sezioni previste dall'ANAC.">
            <Loaded source=endpoint::transparency() view=|tree: TransparencyTree| view! { <TreeView tree=tree/> }/>
        </SitePage>
    }
}

/// Sections and subsections as nested lists: the whole tree at a glance.
#[component]
fn TreeView(tree: TransparencyTree) -> impl IntoView {
    view! {
        <TextColumn>
            <ol class="transparency-tree">
                {tree.sezioni.into_iter().map(|section| {
                    let path = format!("{ROOT}/{}", section.slug);
                    let children = (!section.figli.is_empty()).then(|| view! { <NodeList base=path.clone() nodes=section.figli/> });
                    view! {
                        <li>
                            <a href=path.clone() class="fw-semibold">{section.titolo}</a>
                            {children}
                        </li>
                    }
                }).collect_view()}
            </ol>
        </TextColumn>
    }
}

#[component]
fn NodeList(base: String, nodes: Vec<TransparencyNode>) -> impl IntoView {
    view! {
        <ul>
            {nodes.into_iter().map(|node| {
                let path = format!("{base}/{}", node.slug);
                view! { <li><a href=path>{node.titolo}</a>{external_mark(&node.contenuto)}</li> }
            }).collect_view()}
        </ul>
    }
}

fn external_mark(content: &NodeContent) -> Option<impl IntoView> {
    matches!(content, NodeContent::Esterno { .. })
        .then(|| view! { <span class="text-muted small">" (piattaforma esterna)"</span> })
}

#[component]
pub fn TransparencyNodeRoute() -> impl IntoView {
    let location = use_location();
    move || {
        let path = location.pathname.get();
        // While the router leaves this route the path may be another page's.
        if !path.starts_with(&format!("{ROOT}/")) {
            return ().into_any();
        }
        view! {
            <LoadedPage source=endpoint::transparency() view=move |tree: TransparencyTree| {
                match tree.find(&path) {
                    Some(found) => {
                        let parents = found.parents.iter().map(|(p, n)| Crumb { label: n.titolo.clone(), path: p.clone() }).collect();
                        view! { <NodeView node=found.node.clone() path=found.path parents=parents/> }.into_any()
                    }
                    None => view! { <NotFound/> }.into_any(),
                }
            }/>
        }
        .into_any()
    }
}

#[component]
fn NodeView(node: TransparencyNode, path: String, parents: Vec<Crumb>) -> impl IntoView {
    let description = node
        .riferimento
        .clone()
        .unwrap_or_else(|| format!("Amministrazione trasparente: {}", node.titolo));
    let reference = node
        .riferimento
        .clone()
        .map(|r| view! { <p class="text-muted">"Riferimento normativo: " {r}</p> });
    let body = match node.contenuto.clone() {
        NodeContent::Testo { html } => view! { <div class="content-body" inner_html=html></div> }.into_any(),
        NodeContent::Pagina { percorso, titolo } => view! {
            <p>"Questi contenuti sono pubblicati in questo sito, nella pagina " <a href=percorso>{titolo}</a>"."</p>
        }
        .into_any(),
        NodeContent::Esterno { url } => view! {
            <p>"Questi contenuti sono pubblicati sulla piattaforma per la trasparenza dell'ente."</p>
            <p><a class="btn btn-primary" href=url rel="noopener">{format!("Apri «{}» sulla piattaforma", node.titolo)}</a></p>
        }
        .into_any(),
        NodeContent::Sottosezioni => ().into_any(),
    };
    let children = (!node.figli.is_empty()).then(|| {
        view! {
            <section aria-labelledby="sottosezioni-titolo" class="mt-4">
                <h2 id="sottosezioni-titolo" class="h4">"Sottosezioni"</h2>
                <NodeList base=path.clone() nodes=node.figli.clone()/>
            </section>
        }
    });
    view! {
        <Page path=path.clone() title=node.titolo.clone() description=description parents=parents>
            <TextColumn>
                {reference}
                {body}
                {children}
            </TextColumn>
        </Page>
    }
    .into_any()
}
