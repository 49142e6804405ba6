//! `/servizi`, `/servizi/{categoria}` and `/servizi/{slug}`: the catalogue,
//! a category, and a service page in the Designers Italia order. Categories
//! and services share the address space; the build keeps their names apart.

use crate::components::change_history::ChangeHistory;
use crate::components::loaded::{Loaded, LoadedPage};
use crate::components::office::OfficeLines;
use crate::components::page::{Crumb, Page, SitePage};
use crate::components::topic_chips::TopicChips;
use crate::model::services::{Service, ServiceCatalog, ServiceCategory, ServiceSummary, SECTIONS};
use crate::model::{endpoint, paths, site_map};
use leptos::prelude::*;
use leptos_router::any_nested_route::{AnyNestedRoute, IntoAnyNestedRoute};
use leptos_router::components::Route;
use leptos_router::hooks::use_params_map;
use leptos_router::path;

/// The service catalogue, its categories and its services.
#[component(transparent)]
pub fn ServiceRoutes() -> AnyNestedRoute {
    view! {
        <Route path=path!("/servizi") view=ServicesRoute/>
        <Route path=path!("/servizi/:voce") view=ServiceEntryRoute/>
    }
    .into_inner()
    .into_any_nested_route()
}

#[component]
pub fn ServicesRoute() -> impl IntoView {
    view! {
        <SitePage path="/servizi" lead="Che cosa puoi fare con la Provincia, online o allo sportello: scegli una categoria o un servizio.">
            <Loaded source=endpoint::services() view=|catalog: ServiceCatalog| view! { <CatalogView catalog=catalog/> }/>
        </SitePage>
    }
}

#[component]
fn CatalogView(catalog: ServiceCatalog) -> impl IntoView {
    let count = catalog.service_count();
    view! {
        <p class="text-muted">{format!("{count} servizi in {} categorie.", catalog.categorie.len())}</p>
        <p>
            "Per parlare con un ufficio: "
            <a href=site_map::BOOKING_PATH data-element="appointment-booking">"prenota un appuntamento"</a>"."
        </p>
        <div class="service-catalog">
            {catalog.categorie.into_iter().map(|category| {
                let heading = format!("categoria-{}", category.slug);
                let labelled = heading.clone();
                let href = category.path();
                view! {
                    <section class="mb-5" aria-labelledby=labelled>
                        <h2 id=heading class="h4">
                            <a href=href data-element="service-category-link">{category.nome.clone()}</a>
                        </h2>
                        <p>{category.descrizione.clone()}</p>
                        <ServiceCards services=category.servizi/>
                    </section>
                }
            }).collect_view()}
        </div>
    }
}

#[component]
fn ServiceCards(services: Vec<ServiceSummary>) -> impl IntoView {
    view! {
        <ul class="row g-3 list-unstyled service-cards">
            {services.into_iter().map(|s| {
                let badges = view! {
                    {(!s.attivo).then(|| view! { <span class="badge bg-secondary me-1">"Non attivo"</span> })}
                    {(s.online && s.attivo).then(|| view! { <span class="badge bg-primary">"Anche online"</span> })}
                };
                let href = s.path();
                view! {
                    <li class="col-12 col-md-6 col-lg-4">
                        <div class="card card-teaser shadow-sm rounded h-100">
                            <div class="card-body">
                                <h3 class="card-title h5"><a href=href data-element="service-link">{s.titolo}</a></h3>
                                <p class="card-text">{s.descrizione}</p>
                                <p class="mb-0">{badges}</p>
                            </div>
                        </div>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}

/// `/servizi/{voce}`: a category when the catalogue has one by that name,
/// else a service.
#[component]
pub fn ServiceEntryRoute() -> impl IntoView {
    let params = use_params_map();
    move || {
        let slug = params.with(|p| p.get("voce").unwrap_or_default());
        view! {
            <LoadedPage source=endpoint::services() view=move |catalog: ServiceCatalog| {
                match catalog.category(&slug).cloned() {
                    Some(category) => view! { <CategoryView category=category/> }.into_any(),
                    None => view! {
                        <LoadedPage source=endpoint::service(&slug) view=|service: Service| view! { <ServiceView service=service/> }/>
                    }
                    .into_any(),
                }
            }/>
        }
    }
}

#[component]
fn CategoryView(category: ServiceCategory) -> impl IntoView {
    let count = match category.servizi.len() {
        1 => "1 servizio in questa categoria.".to_string(),
        n => format!("{n} servizi in questa categoria."),
    };
    view! {
        <Page path=category.path() title=category.nome.clone() description=category.descrizione.clone() lead=category.descrizione>
            // The cards' h3 titles need an h2 above them (heading order).
            <h2 class="h6 fw-normal text-muted">{count}</h2>
            <ServiceCards services=category.servizi/>
        </Page>
    }
}

#[component]
pub fn ServiceView(service: Service) -> impl IntoView {
    let path = service.path();
    let category = Crumb {
        label: service.categoria.nome.clone(),
        path: service.categoria.path(),
    };
    let status = if service.attivo {
        view! { <p class="service-status" data-element="service-status"><span class="badge bg-success">"Servizio attivo"</span></p> }.into_any()
    } else {
        view! {
            <div class="callout warning service-status" data-element="service-status">
                <div class="callout-title">"Servizio non attivo"</div>
                <p>{service.motivo_stato.clone().unwrap_or_default()}</p>
            </div>
        }
        .into_any()
    };
    let index = view! {
        <nav class="col-lg-3 service-index" aria-labelledby="indice-titolo">
            <h2 id="indice-titolo" class="h6 text-uppercase">"Indice della pagina"</h2>
            <ul class="link-list" data-element="page-index">
                {SECTIONS.iter().map(|(id, label)| view! { <li><a href=format!("#{id}")>{*label}</a></li> }).collect_view()}
            </ul>
        </nav>
    }
    .into_any();
    let sections = service_sections(&service);
    let updated = service.aggiornato.map(|date| {
        view! { <p class="text-muted small">"Ultimo aggiornamento: " <time datetime=date.iso()>{date.italian()}</time></p> }
    });
    let topics = service.argomenti.clone();
    view! {
        <Page path=path.clone() title=service.titolo.clone() description=service.descrizione.clone() parents=vec![category] title_element="service-title">
            <div class="row service-page">
                <div class="col-lg-8">
                    {status}
                    <p class="lead" data-element="service-description">{service.descrizione.clone()}</p>
                </div>
            </div>
            <div class="row mt-3">
                {index}
                <div class="col-lg-8 offset-lg-1 service-sections">
                    {sections}
                    <section class="mt-4" aria-labelledby="argomenti-servizio">
                        <h2 id="argomenti-servizio" class="h6">"Argomenti"</h2>
                        <TopicChips items=topics element="service-topic"/>
                    </section>
                    {updated}
                    <ChangeHistory changes=service.modifiche.clone()/>
                </div>
            </div>
        </Page>
    }
    .into_any()
}

/// The eight sections, each under its heading from [`SECTIONS`].
fn service_sections(service: &Service) -> impl IntoView {
    let text = |html: &str, element: &'static str| {
        view! { <div class="content-body" data-element=element inner_html=html.to_string()></div> }.into_any()
    };
    let bodies: [AnyView; 8] = [
        text(&service.destinatari_html, "service-addressed"),
        text(&service.come_fare_html, "service-how-to"),
        text(&service.cosa_serve_html, "service-needed"),
        text(&service.cosa_si_ottiene_html, "service-achieved"),
        text(&service.tempi_html, "service-calendar-text"),
        access(service),
        view! {
            <div class="content-body" inner_html=service.condizioni_html.clone()></div>
            <p><a href="/note-legali#condizioni-servizi" data-element="service-file">"Termini e condizioni di servizio"</a></p>
        }
        .into_any(),
        view! {
            <div data-element="service-area">
                <p class="mb-1"><strong><a href=service.ufficio.path()>{service.ufficio.nome.clone()}</a></strong></p>
                <OfficeLines office=service.ufficio.clone()/>
            </div>
        }
        .into_any(),
    ];
    SECTIONS
        .iter()
        .zip(bodies)
        .map(|((id, label), body)| {
            view! {
                <section class="it-page-section mb-4" aria-labelledby=*id>
                    <h2 id=*id class="h4">{*label}</h2>
                    {body}
                </section>
            }
        })
        .collect_view()
}

fn access(service: &Service) -> AnyView {
    let online = service.online.clone().map(|channel| {
        let login = channel.login_sentence();
        let disabled = !service.attivo;
        view! {
            <div class="mb-3 service-online">
                <h3 class="h5">"Online"</h3>
                {login.map(|l| view! { <p>{l}</p> })}
                {if disabled {
                    view! { <p>"Il servizio online non è attivo in questo momento (vedi sopra)."</p> }.into_any()
                } else {
                    view! { <a class="btn btn-primary" href=channel.url rel="noopener" data-element="service-online-access">"Accedi al servizio online"</a> }.into_any()
                }}
            </div>
        }
    });
    let desk = service.sportello.clone().map(|desk| {
        let booking = desk.prenotazione.clone().map(|href| {
            view! {
                <a class="btn btn-outline-secondary mt-2" href=href>"Scrivi o telefona allo sportello"</a>
            }
        });
        view! {
            <div class="mb-3 service-desk" data-element="service-generic-access">
                <h3 class="h5">"Allo sportello"</h3>
                <p class="mb-1"><strong><a href=desk.ufficio.path()>{desk.ufficio.nome.clone()}</a></strong></p>
                <OfficeLines office=desk.ufficio/>
                {booking}
            </div>
        }
    });
    // The model's booking: the site's own booking page, with this service chosen.
    let booking = view! {
        <div class="mb-3 service-booking" data-element="service-booking-access">
            <h3 class="h5">"Su appuntamento"</h3>
            <a class="btn btn-outline-primary" href=paths::booking_for(&service.slug) data-element="appointment-booking">"Prenota appuntamento"</a>
        </div>
    };
    view! { {online} {desk} {booking} }.into_any()
}
