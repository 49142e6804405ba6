//! The application: site frame, routes, and the configuration every
//! component reads.

use crate::components::footer::SiteFooter;
use crate::components::header::SiteHeader;
use crate::components::navigation::NavigationAnnouncer;
use crate::components::not_found::NotFound;
use crate::context::{provide_preloaded, provide_site};
use crate::model::preloaded::Preloaded;
use crate::model::SiteConfig;
use crate::routes::archives::ArchiveRoute;
use crate::routes::footer_pages::*;
use crate::routes::home::HomeRoute;
use crate::routes::novita::{NewsDetailRoute, NewsHubRoute, NewsListRoute};
use crate::routes::pnrr::{MeasureRoute, PnrrRoute, ProjectRoute};
use crate::routes::search::SearchRoute;
use crate::routes::sections::{EntryRoute, SectionRoute, TopicRoute};
use crate::routes::services::{ServiceEntryRoute, ServicesRoute};
use crate::routes::transparency::{TransparencyNodeRoute, TransparencyRoute};
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Title};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

#[component]
pub fn App(
    config: SiteConfig,
    /// Data the first page already holds (see `model::preloaded`).
    #[prop(optional)]
    preloaded: Option<Preloaded>,
) -> impl IntoView {
    provide_meta_context();
    provide_preloaded(preloaded.unwrap_or_else(Preloaded::none));
    let site_name = config.ente.nome.clone();
    provide_site(config);
    let formatter = move |page: String| {
        if page.is_empty() {
            site_name.clone()
        } else {
            format!("{page} – {site_name}")
        }
    };

    view! {
        <Title formatter=formatter/>
        <Router>
            <SkipLinks/>
            <SiteHeader/>
            <main id="contenuto" tabindex="-1">
                <Routes fallback=|| view! { <NotFound/> }>
                    <Route path=path!("/") view=HomeRoute/>
                    <Route path=path!("/amministrazione") view=|| view! { <SectionRoute path="/amministrazione"/> }/>
                    <Route path=path!("/amministrazione/:pagina") view=EntryRoute/>
                    <Route path=path!("/novita") view=NewsHubRoute/>
                    <Route path=path!("/novita/:tipo") view=NewsListRoute/>
                    <Route path=path!("/novita/:tipo/pagina/:numero") view=NewsListRoute/>
                    <Route path=path!("/novita/:tipo/:slug") view=NewsDetailRoute/>
                    <Route path=path!("/servizi") view=ServicesRoute/>
                    <Route path=path!("/servizi/:voce") view=ServiceEntryRoute/>
                    <Route path=path!("/vivere-la-provincia") view=|| view! { <SectionRoute path="/vivere-la-provincia"/> }/>
                    <Route path=path!("/vivere-la-provincia/:pagina") view=EntryRoute/>
                    <Route path=path!("/archivi") view=|| view! { <SectionRoute path="/archivi"/> }/>
                    <Route path=path!("/archivi/:archivio") view=ArchiveRoute/>
                    <Route path=path!("/pnrr") view=PnrrRoute/>
                    <Route path=path!("/pnrr/:misura") view=MeasureRoute/>
                    <Route path=path!("/pnrr/progetti/:cup") view=ProjectRoute/>
                    <Route path=path!("/amministrazione-trasparente") view=TransparencyRoute/>
                    <Route path=path!("/amministrazione-trasparente/*nodo") view=TransparencyNodeRoute/>
                    <Route path=path!("/argomenti") view=|| view! { <SectionRoute path="/argomenti"/> }/>
                    <Route path=path!("/argomenti/:argomento") view=TopicRoute/>
                    <Route path=path!("/argomenti/:argomento/pagina/:numero") view=TopicRoute/>
                    <Route path=path!("/cerca") view=SearchRoute/>
                    <Route path=path!("/contatti") view=ContactsRoute/>
                    <Route path=path!("/privacy") view=PrivacyRoute/>
                    <Route path=path!("/note-legali") view=LegalNotesRoute/>
                    <Route path=path!("/faq") view=FaqRoute/>
                    <Route path=path!("/segnala-disservizio") view=ReportRoute/>
                    <Route path=path!("/mappa-del-sito") view=SiteMapRoute/>
                </Routes>
            </main>
            <SiteFooter/>
            <NavigationAnnouncer/>
        </Router>
    }
}

/// Links to jump over the header. The router would treat a fragment link as
/// navigation, so the click moves the focus itself; without JavaScript the
/// plain fragment link does the same.
#[component]
fn SkipLinks() -> impl IntoView {
    let jump = |target: &'static str| {
        move |ev: leptos::ev::MouseEvent| {
            ev.prevent_default();
            if let Some(el) = document().get_element_by_id(target) {
                use wasm_bindgen::JsCast;
                if let Some(el) = el.dyn_ref::<web_sys::HtmlElement>() {
                    let _ = el.focus();
                }
            }
        }
    };
    view! {
        <div class="skiplinks">
            <a class="visually-hidden-focusable" href="#contenuto" on:click=jump("contenuto")>"Vai al contenuto"</a>
            <a class="visually-hidden-focusable" href="#footer" on:click=jump("footer")>"Vai al piè di pagina"</a>
        </div>
    }
}
