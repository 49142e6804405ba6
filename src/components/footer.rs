//! Footer of the Designers Italia model: the ente's contacts and codes, the
//! social links and the links every public administration site must carry.

use super::social::SocialLinks;
use crate::context::use_site;
use crate::model::albo::ALBO_LABEL;
use crate::model::{paths, site_map};
use leptos::prelude::*;

#[component]
pub fn SiteFooter() -> impl IntoView {
    let site = use_site();
    let ente = site.ente.clone();
    let contacts = site.contatti.clone();
    // The site's own tree: its nodes lead on to the external platform.
    let transparency = "/amministrazione-trasparente".to_string();
    let section_links = site
        .menu
        .principale
        .iter()
        .chain(site.menu.secondario.iter())
        .map(|item| view! { <li><a href=item.percorso.clone()>{item.etichetta.clone()}</a></li> })
        .collect_view();
    let albo = site.albo_pretorio.clone();
    let phone_href = format!("tel:{}", contacts.telefono.replace(' ', ""));

    view! {
        <footer class="it-footer" id="footer">
            <div class="it-footer-main">
                <div class="container">
                    <div class="row">
                        <div class="col-12 footer-items-wrapper logo-wrapper">
                            <div class="it-brand-wrapper">
                                <a href="/">
                                    <img class="icon" src=ente.stemma.immagine.clone() alt="" width="82" height="82"/>
                                    <div class="it-brand-text">
                                        <p class="it-brand-title mb-0">{ente.nome.clone()}</p>
                                    </div>
                                </a>
                            </div>
                        </div>
                    </div>
                    <div class="row">
                        <div class="col-md-3 footer-items-wrapper">
                            <h2 class="h4 footer-heading-title">"Sezioni"</h2>
                            <div class="link-list-wrapper"><ul class="footer-list link-list">{section_links}</ul></div>
                        </div>
                        <div class="col-md-6 footer-items-wrapper">
                            <h2 class="h4 footer-heading-title">"Contatti"</h2>
                            <address class="footer-info">
                                {ente.nome.clone()}<br/>
                                {contacts.indirizzo.clone()}<br/>
                                "Codice fiscale " {contacts.codice_fiscale.clone()} " – Partita IVA " {contacts.partita_iva.clone()}<br/>
                                "PEC: " <a href=format!("mailto:{}", contacts.pec)>{contacts.pec.clone()}</a><br/>
                                "E-mail: " <a href=format!("mailto:{}", contacts.email)>{contacts.email.clone()}</a><br/>
                                "Telefono: " <a href=phone_href>{contacts.telefono.clone()}</a>
                            </address>
                            <div class="link-list-wrapper">
                                <ul class="footer-list link-list">
                                    <li><a href="/contatti" data-element="contacts">"Tutti i contatti e gli orari"</a></li>
                                    <li><a href="/faq" data-element="faq">"Leggi le domande frequenti"</a></li>
                                    <li><a href=site_map::BOOKING_PATH data-element="appointment-booking">"Prenotazione appuntamento"</a></li>
                                    <li><a href="/segnala-disservizio" data-element="report-inefficiency">"Segnalazione disservizio"</a></li>
                                    <li><a href=transparency>"Amministrazione trasparente"</a></li>
                                    {albo.map(|albo| view! { <li><a href=albo.url rel="noopener">{ALBO_LABEL}</a></li> })}
                                </ul>
                            </div>
                        </div>
                        {(!site.social.is_empty()).then(|| view! {
                            <div class="col-md-3 footer-items-wrapper">
                                <h2 class="h4 footer-heading-title">"Seguici su"</h2>
                                <ul class="list-inline text-start social"><SocialLinks item_class="list-inline-item" link_class="p-2 text-white"/></ul>
                            </div>
                        })}
                    </div>
                    <div class="row">
                        <div class="col-12 footer-items-wrapper">
                            <ul class="footer-bottom">
                                <li><a href="/privacy" data-element="privacy-policy-link">"Informativa privacy"</a></li>
                                <li><a href="/note-legali" data-element="legal-notes">"Note legali"</a></li>
                                <li>
                                    <a href=site.footer.dichiarazione_accessibilita.clone() data-element="accessibility-link" rel="noopener">
                                        "Dichiarazione di accessibilità"
                                    </a>
                                </li>
                                <li><a href=crate::model::site_map::SITE_MAP_PATH>"Mappa del sito"</a></li>
                            </ul>
                            <p class="footer-improvement">
                                "Prestazioni e accessibilità sono misurate a ogni rilascio: leggi il "
                                <a href=paths::improvement_plan()>"piano di miglioramento del sito"</a>"."
                            </p>
                        </div>
                    </div>
                </div>
            </div>
        </footer>
    }
}
