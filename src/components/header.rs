//! Header of the Designers Italia model: slim bar with the parent body,
//! central bar with crest, name and search, then the navigation.

use super::icon::Icon;
use super::main_menu::MainMenu;
use super::search_form::{SearchForm, SEARCH_FIELD_ID, SEARCH_PATH};
use super::social::SocialLinks;
use crate::context::use_site;
use crate::model::site_map;
use leptos::prelude::*;
use leptos_router::hooks::use_location;

#[component]
pub fn SiteHeader() -> impl IntoView {
    let site = use_site();
    let location = use_location();
    // Owned pieces: each FullWidth frame takes its own copy of what it shows.
    let parent = site.ente.ente_superiore.clone();
    let login_url = site.servizi_online.sportello_online.clone();
    let crest = site.ente.stemma.immagine.clone();
    let name = site.ente.nome.clone();
    let home_label = name.clone();
    let has_social = !site.social.is_empty();
    let (principal, secondary) = (crate::model::albo::header_menu(&site), site.menu.secondario.clone());
    view! {
        <header class="it-header-wrapper">
            <div class="it-header-slim-wrapper">
                <FullWidth>
                    <div class="it-header-slim-wrapper-content">
                        <a class="d-lg-block navbar-brand" href=parent.url rel="noopener">
                            {parent.nome}
                        </a>
                        <div class="it-header-slim-right-zone">
                            <a
                                class="btn btn-primary btn-icon btn-full"
                                href=login_url
                                data-element="personal-area-login"
                            >
                                <span class="rounded-icon" aria-hidden="true">
                                    <Icon name="it-user" class="icon icon-primary"/>
                                </span>
                                <span class="d-none d-lg-block">"Accedi all'area personale"</span>
                                <span class="visually-hidden d-lg-none">"Accedi all'area personale"</span>
                            </a>
                        </div>
                    </div>
                </FullWidth>
            </div>
            <div class="it-nav-wrapper">
                <div class="it-header-center-wrapper">
                    <FullWidth>
                        <div class="it-header-center-content-wrapper">
                            <div class="it-brand-wrapper">
                                <a href="/">
                                    <img class="icon" src=crest alt="" width="82" height="82"/>
                                    <div class="it-brand-text">
                                        <div class="it-brand-title">{name}</div>
                                    </div>
                                </a>
                            </div>
                            <div class="it-right-zone">
                                {has_social
                                    .then(|| {
                                        view! {
                                            <div class="it-socials d-none d-lg-flex">
                                                <span>"Seguici su"</span>
                                                <ul>
                                                    <SocialLinks/>
                                                </ul>
                                            </div>
                                        }
                                    })}
                                <div class="it-search-wrapper">
                                    <SearchForm id="cerca-nel-sito" class="header-search d-none d-md-block"/>
                                    <a class="search-link rounded-icon d-md-none" href=format!("{SEARCH_PATH}#{SEARCH_FIELD_ID}") data-element="search-modal-button">
                                        <span class="visually-hidden">"Cerca nel sito"</span>
                                        <Icon name="it-search"/>
                                    </a>
                                </div>
                            </div>
                        </div>
                    </FullWidth>
                </div>
                <div class="it-header-navbar-wrapper">
                    <FullWidth>
                        // Drawn again for each page: an island's props are fixed.
                        // Its code comes when a reader first reaches it
                        // (data-al-bisogno: a touch, a click or the focus, whose
                        // press boot.js repeats once it has woken), so reading a
                        // page runs no WebAssembly at all.
                        <div data-al-bisogno="">
                            // Without scripts the menu button cannot open its
                            // panel: this link to the site map takes its place
                            // (style/site.css, `scripting: none`).
                            <a class="custom-navbar-toggler menu-without-js" href=site_map::SITE_MAP_PATH>
                                <span class="visually-hidden">"Menu: vai alla mappa del sito"</span>
                                <Icon name="it-burger"/>
                            </a>
                            {move || view! {
                                <MainMenu
                                    principal=principal.clone()
                                    secondary=secondary.clone()
                                    home_label=home_label.clone()
                                    current=location.pathname.get()
                                />
                            }}
                        </div>
                    </FullWidth>
                </div>
            </div>
        </header>
    }
}

/// Bootstrap's full-width frame: container, row, one column.
#[component]
pub fn FullWidth(children: Children) -> impl IntoView {
    view! {
        <div class="container">
            <div class="row">
                <div class="col-12">{children()}</div>
            </div>
        </div>
    }
}
