//! Header of the Designers Italia model: slim bar with the parent body,
//! central bar with crest, name and search, then the navigation.

use super::icon::Icon;
use super::main_menu::MainMenu;
use super::search_form::SearchForm;
use super::social::SocialLinks;
use crate::app::use_site;
use leptos::prelude::*;

#[component]
pub fn SiteHeader() -> impl IntoView {
    let site = use_site();
    let ente = site.ente.clone();

    view! {
        <header class="it-header-wrapper">
            <div class="it-header-slim-wrapper">
                <div class="container">
                    <div class="row">
                        <div class="col-12">
                            <div class="it-header-slim-wrapper-content">
                                <a class="d-lg-block navbar-brand" href=ente.ente_superiore.url.clone() rel="noopener">
                                    {ente.ente_superiore.nome.clone()}
                                </a>
                                <div class="it-header-slim-right-zone">
                                    <a class="btn btn-primary btn-icon btn-full" href=site.servizi_online.sportello_online.clone() data-element="personal-area-login">
                                        <span class="rounded-icon" aria-hidden="true">
                                            <Icon name="it-user" class="icon icon-primary"/>
                                        </span>
                                        <span class="d-none d-lg-block">"Accedi all'area personale"</span>
                                        <span class="visually-hidden d-lg-none">"Accedi all'area personale"</span>
                                    </a>
                                </div>
                            </div>
                        </div>
                    </div>
                </div>
            </div>
            <div class="it-nav-wrapper">
                <div class="it-header-center-wrapper">
                    <div class="container">
                        <div class="row">
                            <div class="col-12">
                                <div class="it-header-center-content-wrapper">
                                    <div class="it-brand-wrapper">
                                        <a href="/">
                                            <img class="icon" src=ente.stemma.immagine.clone() alt="" width="82" height="82"/>
                                            <div class="it-brand-text">
                                                <div class="it-brand-title">{ente.nome.clone()}</div>
                                            </div>
                                        </a>
                                    </div>
                                    <div class="it-right-zone">
                                        {(!site.social.is_empty()).then(|| view! {
                                            <div class="it-socials d-none d-lg-flex">
                                                <span>"Seguici su"</span>
                                                <ul><SocialLinks/></ul>
                                            </div>
                                        })}
                                        <div class="it-search-wrapper">
                                            <SearchForm id="cerca-nel-sito" class="header-search d-none d-md-block"/>
                                            <a class="search-link rounded-icon d-md-none" href="/cerca" data-element="search-modal-button">
                                                <span class="visually-hidden">"Cerca nel sito"</span>
                                                <Icon name="it-search"/>
                                            </a>
                                        </div>
                                    </div>
                                </div>
                            </div>
                        </div>
                    </div>
                </div>
                <div class="it-header-navbar-wrapper">
                    <div class="container">
                        <div class="row">
                            <div class="col-12">
                                <MainMenu
                                    principal=site.menu.principale.clone()
                                    secondary=site.menu.secondario.clone()
                                    home_label=ente.nome.clone()
                                />
                            </div>
                        </div>
                    </div>
                </div>
            </div>
        </header>
    }
}
