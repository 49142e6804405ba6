//! The sections that list their pages (Amministrazione, Vivere la
//! Provincia, Archivi digitali, Argomenti), the text pages below them and the
//! topic pages. A section lists its pages from the site index; a text page
//! shows its running text. Services, archives, PNRR and transparency have
//! their own modules.

use crate::components::change_history::ChangeHistory;
use crate::components::loaded::{Loaded, LoadedPage};
use crate::components::news_browser::NewsBrowser;
use crate::components::news_filters::ListScope;
use crate::components::not_found::NotFound;
use crate::components::page::{Page, SitePage, TextColumn};
use crate::components::share::FeedLink;
use crate::components::teaser::{TeaserCard, TitleLevel};
use crate::model::content::{feed_path, IndexEntry, SiteIndex, TextPage, TopicPage};
use crate::model::{endpoint, paths, site_map};
use crate::routes::albo::AlboRoute;
use crate::routes::archives::ArchiveRoute;
use crate::routes::bodies::BodiesRoute;
use crate::routes::calls::{CallRoute, CallsRoute};
use crate::routes::documents::{DocumentRoute, DocumentsRoute};
use crate::routes::events::{EventKindRoute, EventRoute, EventsRoute};
use crate::routes::offices::{OfficeRoute, OfficesRoute};
use crate::routes::people::{OrganRoute, OrgansRoute, PeopleListRoute, PersonRoute};
use crate::routes::places::{PlaceRoute, PlacesRoute, SchoolsRoute};
use crate::routes::restrictions::{RestrictionRoute, RestrictionsRoute};
use crate::routes::territory::{ComuneRoute, ComuniRoute, RoadRoute, RoadsRoute};
use leptos::prelude::*;
use leptos_router::any_nested_route::{AnyNestedRoute, IntoAnyNestedRoute};
use leptos_router::components::Route;
use leptos_router::hooks::{use_location, use_params_map};
use leptos_router::path;

/// The sections that list their pages, the pages below them and the topics.
#[component(transparent)]
pub fn SectionRoutes() -> AnyNestedRoute {
    view! {
        <Route path=path!("/amministrazione") view=SectionRoute/>
        <Route path=path!("/amministrazione/enti-e-fondazioni") view=BodiesRoute/>
        <Route path=path!("/amministrazione/organi-di-governo") view=OrgansRoute/>
        <Route path=path!("/amministrazione/organi-di-governo/:organo") view=OrganRoute/>
        <Route path=path!("/amministrazione/politici") view=PeopleListRoute/>
        <Route path=path!("/amministrazione/personale-amministrativo") view=PeopleListRoute/>
        <Route path=path!("/amministrazione/politici/:persona") view=PersonRoute/>
        <Route path=path!("/amministrazione/personale-amministrativo/:persona") view=PersonRoute/>
        <Route path=path!("/amministrazione/aree-amministrative") view=OfficesRoute/>
        <Route path=path!("/amministrazione/aree-amministrative/:ufficio") view=OfficeRoute/>
        <Route path=path!("/amministrazione/uffici") view=OfficesRoute/>
        <Route path=path!("/amministrazione/uffici/:ufficio") view=OfficeRoute/>
        <Route path=path!("/amministrazione/albo-pretorio") view=AlboRoute/>
        <Route path=path!("/amministrazione/bandi") view=CallsRoute/>
        <Route path=path!("/amministrazione/bandi/:bando") view=CallRoute/>
        <Route path=path!("/amministrazione/documenti") view=DocumentsRoute/>
        <Route path=path!("/amministrazione/documenti/pagina/:numero") view=DocumentsRoute/>
        <Route path=path!("/amministrazione/documenti/:documento") view=DocumentRoute/>
        <Route path=path!("/amministrazione/:pagina") view=EntryRoute/>
        <Route path=path!("/vivere-la-provincia") view=SectionRoute/>
        <Route path=path!("/vivere-la-provincia/comuni") view=ComuniRoute/>
        <Route path=path!("/vivere-la-provincia/comuni/:comune") view=ComuneRoute/>
        <Route path=path!("/vivere-la-provincia/strade-provinciali") view=RoadsRoute/>
        <Route path=path!("/vivere-la-provincia/strade-provinciali/:strada") view=RoadRoute/>
        <Route path=path!("/vivere-la-provincia/eventi") view=EventsRoute/>
        <Route path=path!("/vivere-la-provincia/eventi/tipo/:tipo") view=EventKindRoute/>
        <Route path=path!("/vivere-la-provincia/eventi/:evento") view=EventRoute/>
        <Route path=path!("/vivere-la-provincia/luoghi") view=PlacesRoute/>
        <Route path=path!("/vivere-la-provincia/luoghi/:luogo") view=PlaceRoute/>
        <Route path=path!("/vivere-la-provincia/scuole-superiori") view=SchoolsRoute/>
        <Route path=path!("/vivere-la-provincia/limitazioni-al-traffico") view=RestrictionsRoute/>
        <Route path=path!("/vivere-la-provincia/limitazioni-al-traffico/:limitazione") view=RestrictionRoute/>
        <Route path=path!("/vivere-la-provincia/:pagina") view=EntryRoute/>
        <Route path=path!("/archivi") view=SectionRoute/>
        <Route path=path!("/archivi/:archivio") view=ArchiveRoute/>
        <Route path=path!("/argomenti") view=SectionRoute/>
        <Route path=path!("/argomenti/:argomento") view=TopicRoute/>
        <Route path=path!("/argomenti/:argomento/pagina/:numero") view=TopicRoute/>
    }
    .into_inner()
    .into_any_nested_route()
}

/// A fixed section page listing the pages below it; which section comes
/// from the address, a page of the site map.
#[component]
pub fn SectionRoute() -> impl IntoView {
    let address = use_location().pathname.get_untracked();
    let Some(page) = site_map::find(address.trim_end_matches('/')) else {
        return view! { <NotFound/> }.into_any();
    };
    let path = page.path;
    let list = move |index: SiteIndex| {
        let entries: Vec<IndexEntry> = index.children_of(path).into_iter().cloned().collect();
        view! { <EntryList entries=entries/> }
    };
    view! {
        <SitePage path=path>
            <Loaded source=endpoint::site_index() view=list/>
        </SitePage>
    }
    .into_any()
}

#[component]
pub fn EntryList(entries: Vec<IndexEntry>) -> impl IntoView {
    if entries.is_empty() {
        return view! { <p>"In questa sezione non ci sono ancora pagine pubblicate."</p> }.into_any();
    }
    view! {
        <ul class="row g-4 list-unstyled entry-list">
            {entries
                .into_iter()
                .map(|entry| {
                    let element = data_element(&entry.percorso);
                    view! { <TeaserCard href=entry.percorso title=entry.titolo text=entry.descrizione level=TitleLevel::H2 element=element/> }
                })
                .collect_view()}
        </ul>
    }
    .into_any()
}

/// Designers Italia checker names for links to second-level pages: the
/// model's categories of services and of Amministrazione, its two buttons
/// of the Vivere section, and topics.
fn data_element(path: &str) -> Option<&'static str> {
    match path {
        paths::LIVE_LOCATIONS => Some("live-button-locations"),
        paths::LIVE_EVENTS => Some("live-button-events"),
        _ if path.starts_with("/servizi/") => Some("service-category-link"),
        _ if path.starts_with("/amministrazione/") => Some("management-category-link"),
        _ if path.starts_with("/argomenti/") => Some("topic-element"),
        _ => None,
    }
}

/// A text page below a section, found by its path.
#[component]
pub fn EntryRoute() -> impl IntoView {
    let location = use_location();
    move || {
        let path = location.pathname.get();
        // While the router leaves this route the path may already be another
        // page's (e.g. "/"): nothing to load for it here.
        if path.trim_end_matches('/').matches('/').count() < 2 {
            return ().into_any();
        }
        view! {
            <LoadedPage source=endpoint::text_page(&path) view=|page: TextPage| view! { <TextPageView page=page/> }/>
        }
        .into_any()
    }
}

#[component]
pub fn TextPageView(page: TextPage) -> impl IntoView {
    let updated = page.aggiornato.map(|date| {
        view! { <p class="text-muted small">"Ultimo aggiornamento: " <time datetime=date.iso()>{date.italian()}</time></p> }
    });
    view! {
        <Page path=page.percorso.clone() title=page.titolo.clone() description=page.descrizione.clone() lead=page.descrizione.clone()>
            <TextColumn>
                <div class="content-body" inner_html=page.corpo_html></div>
                {updated}
                <ChangeHistory changes=page.modifiche/>
            </TextColumn>
        </Page>
    }
}

/// `/argomenti/{slug}`: everything published on one topic.
#[component]
pub fn TopicRoute() -> impl IntoView {
    let params = use_params_map();
    move || {
        let (slug, number) = params.with(|p| {
            let number = match p.get("numero") {
                None => Some(1),
                // Page 1 has one address only: the topic page itself.
                Some(text) => text.parse::<u32>().ok().filter(|&n| n >= 2),
            };
            (p.get("argomento").unwrap_or_default(), number)
        });
        match number {
            Some(number) => view! {
                <LoadedPage source=endpoint::topic(&slug) view=move |topic: TopicPage| view! { <TopicView topic=topic page=number/> }/>
            }
            .into_any(),
            None => view! { <NotFound/> }.into_any(),
        }
    }
}

#[component]
pub fn TopicView(
    topic: TopicPage,
    /// Page of the news from the address (`/argomenti/x/pagina/2`).
    #[prop(default = 1)]
    page: u32,
) -> impl IntoView {
    let path = paths::topic(&topic.slug);
    let feed = feed_path::topic(&topic.slug);
    let feed_title = format!("argomento {}", topic.nome);
    let news = (topic.novita > 0).then(|| {
        view! {
            <section class="py-3" aria-labelledby="argomento-novita">
                <h2 id="argomento-novita">"Novità"</h2>
                // The filters come to life when first used (data-al-bisogno): a
                // topic page is a content page and stays light until then.
                <div data-al-bisogno="">
                    <NewsBrowser scope=ListScope::Topic(topic.slug.clone()) number=page topics=Vec::new() label="Novità sull'argomento".to_string()/>
                </div>
            </section>
        }
    });
    let group = |id: &'static str, heading: &'static str, entries: Vec<IndexEntry>| {
        (!entries.is_empty()).then(|| {
            view! {
                <section class="py-3" aria-labelledby=id>
                    <h2 id=id>{heading}</h2>
                    <EntryList entries=entries/>
                </section>
            }
        })
    };
    let empty = topic
        .is_empty()
        .then(|| view! { <p>"Non ci sono ancora contenuti su questo argomento."</p> });
    // Services, archives, projects and pages lead the first page only; the
    // numbered pages continue the news.
    let groups = (page == 1).then(|| {
        view! {
            {group("argomento-servizi", "Servizi", topic.servizi)}
            {group("argomento-archivi", "Archivi digitali", topic.archivi)}
            {group("argomento-progetti", "Progetti PNRR", topic.progetti)}
            {group("argomento-documenti", "Documenti e bandi", topic.documenti)}
            {group("argomento-pagine", "Pagine", topic.pagine)}
        }
    });
    view! {
        <Page path=path title=topic.nome description=topic.descrizione.clone() lead=topic.descrizione>
            {groups}
            {news}
            {empty}
            <p class="mt-4"><FeedLink href=feed title=feed_title/></p>
        </Page>
    }
}
