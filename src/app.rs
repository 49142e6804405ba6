//! The site as the pre-renderer draws each page (builder/): site frame, the
//! route table (one group per feature, in `routes`), and the configuration
//! every component reads. In the browser only the islands run (bundles/).

use crate::components::footer::SiteFooter;
use crate::components::header::SiteHeader;
use crate::components::navigation::NavigationAnnouncer;
use crate::components::not_found::NotFound;
use crate::context::{provide_preloaded, provide_site};
use crate::model::preloaded::Preloaded;
use crate::model::SiteConfig;
use crate::routes::footer_pages::FooterRoutes;
use crate::routes::home::HomeRoute;
use crate::routes::news::NewsRoutes;
use crate::routes::pnrr::PnrrRoutes;
use crate::routes::sections::SectionRoutes;
use crate::routes::services::ServiceRoutes;
use crate::routes::transparency::TransparencyRoutes;
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
                    <NewsRoutes/>
                    <ServiceRoutes/>
                    <SectionRoutes/>
                    <PnrrRoutes/>
                    <TransparencyRoutes/>
                    <FooterRoutes/>
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
