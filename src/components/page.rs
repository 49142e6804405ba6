//! The frame of every page but home: title and description for the head,
//! breadcrumbs, the one h1 (focus target after navigation), an optional lead
//! and, at the end, the page rating.

use super::rating::Rating;
use crate::context::use_site;
use crate::model::site_map;
use leptos::prelude::*;
use leptos_meta::{Link, Meta, Title};
use leptos_router::hooks::use_location;

/// One step of the breadcrumb trail above the current page.
#[derive(Clone, Debug, PartialEq)]
pub struct Crumb {
    pub label: String,
    pub path: String,
}

/// The trail of fixed pages above `path`, labelled as the menus label them.
pub fn trail_to(path: &str) -> Vec<Crumb> {
    let site = use_site();
    site_map::ancestors(path)
        .into_iter()
        .map(|page| Crumb {
            label: site.page_title(page.path, page.title).to_string(),
            path: page.path.to_string(),
        })
        .collect()
}

/// Sets the document title ("Pagina – Ente", see the formatter in `app`),
/// the meta description, the canonical address and the Open Graph tags
/// that link previews read.
#[component]
pub fn PageMeta(
    #[prop(into)] title: String,
    #[prop(into)] description: String,
    /// The page is an article (news), not a website section.
    #[prop(optional)]
    article: bool,
) -> impl IntoView {
    let site = use_site();
    let path = use_location().pathname.get_untracked();
    let canonical = site.absolute(&path);
    let og_title = if title.is_empty() {
        site.ente.nome.clone()
    } else {
        title.clone()
    };
    view! {
        <Title text=title/>
        <Meta name="description" content=description.clone()/>
        <Link rel="canonical" href=canonical.clone()/>
        <Meta property="og:type" content=if article { "article" } else { "website" }/>
        <Meta property="og:site_name" content=site.ente.nome.clone()/>
        <Meta property="og:locale" content="it_IT"/>
        <Meta property="og:title" content=og_title/>
        <Meta property="og:description" content=description/>
        <Meta property="og:url" content=canonical/>
    }
}

#[component]
pub fn Breadcrumb(trail: Vec<Crumb>, #[prop(into)] current: String) -> impl IntoView {
    let steps = trail
        .into_iter()
        .map(|crumb| {
            view! {
                <li class="breadcrumb-item">
                    <a href=crumb.path>{crumb.label}</a>
                    <span class="separator" aria-hidden="true">"/"</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="breadcrumb-container" aria-label="Percorso di navigazione">
            <ol class="breadcrumb p-0" data-element="breadcrumb">
                {steps}
                <li class="breadcrumb-item active" aria-current="page">{current}</li>
            </ol>
        </nav>
    }
}

/// A page whose title is known before any data arrives.
#[component]
pub fn Page(
    /// Path of this page, for the breadcrumb trail.
    #[prop(into)]
    path: String,
    #[prop(into)] title: String,
    #[prop(into)] description: String,
    /// Introductory sentence under the title.
    #[prop(optional, into)]
    lead: MaybeProp<String>,
    /// Pages between the fixed trail and this one (a service's category).
    #[prop(optional)]
    parents: Vec<Crumb>,
    /// Designers Italia name of the title (`service-title` on services).
    #[prop(optional)]
    title_element: Option<&'static str>,
    /// No page rating: the model asks for it on every page of information,
    /// not on search results or the "not found" page.
    #[prop(optional)]
    without_rating: bool,
    children: Children,
) -> impl IntoView {
    let rating = (!without_rating).then(|| view! { <Rating page=path.clone()/> });
    let mut trail = trail_to(&path);
    trail.extend(parents);
    view! {
        <PageMeta title=title.clone() description=description/>
        <div class="container px-4 my-4">
            <Breadcrumb trail=trail current=title.clone()/>
            <div class="row">
                <div class="col-lg-8 py-lg-2">
                    <h1 tabindex="-1" class="page-title" data-element=title_element>{title}</h1>
                    {move || lead.get().map(|text| view! { <p class="lead">{text}</p> })}
                </div>
            </div>
            {children()}
            {rating}
        </div>
    }
}

/// A fixed page of the site map, titled as the menus label it.
#[component]
pub fn SitePage(
    path: &'static str,
    #[prop(optional, into)] lead: MaybeProp<String>,
    /// See [`Page`].
    #[prop(optional)]
    without_rating: bool,
    children: Children,
) -> impl IntoView {
    let page = site_map::find(path);
    let title = fixed_page_title(path);
    let description = page.map(|p| p.description).unwrap_or_default();
    view! { <Page path=path title=title description=description lead=lead without_rating=without_rating>{children()}</Page> }
}

/// Title of a fixed page of the site map, as the menus label it.
pub fn fixed_page_title(path: &str) -> String {
    let default = site_map::find(path).map(|p| p.title).unwrap_or_default();
    use_site().page_title(path, default).to_string()
}

/// The column of running text: a comfortable line length on wide screens.
#[component]
pub fn TextColumn(children: Children) -> impl IntoView {
    view! {
        <div class="row">
            <div class="col-lg-8">{children()}</div>
        </div>
    }
}
