//! schema.org JSON-LD for search engines: the organisation on the home page,
//! NewsArticle on news, BreadcrumbList on every other page. Written into the
//! pre-rendered head only: crawlers read the first response.

use provincia_sito::model::address::PostalAddress;
use provincia_sito::model::content::{NewsItem, OfficeUnit};
use provincia_sito::model::documents::{Document, DocumentKind};
use provincia_sito::model::people::Person;
use provincia_sito::model::services::Service;
use provincia_sito::model::SiteConfig;
use serde_json::{json, Value};

pub fn organization(config: &SiteConfig) -> Value {
    json!({
        "@context": "https://schema.org",
        "@type": "GovernmentOrganization",
        "name": config.ente.nome,
        "description": config.ente.descrizione,
        "url": config.absolute("/"),
        "logo": config.absolute(&config.ente.stemma.immagine),
        "address": config.contatti.indirizzo,
        "telephone": config.contatti.telefono,
        "email": config.contatti.email,
        "taxID": config.contatti.codice_fiscale,
        "vatID": config.contatti.partita_iva,
        "parentOrganization": { "@type": "GovernmentOrganization", "name": config.ente.ente_superiore.nome, "url": config.ente.ente_superiore.url },
    })
}

pub fn news_article(config: &SiteConfig, item: &NewsItem) -> Value {
    let publisher = json!({
        "@type": "GovernmentOrganization",
        "name": config.ente.nome,
        "logo": { "@type": "ImageObject", "url": config.absolute(&config.ente.stemma.immagine) },
    });
    let mut article = json!({
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": item.titolo,
        "description": item.sommario,
        "datePublished": item.data.iso(),
        "dateModified": item.aggiornato.unwrap_or(item.data).iso(),
        "inLanguage": "it",
        "mainEntityOfPage": config.absolute(&item.path()),
        "author": publisher.clone(),
        "publisher": publisher,
    });
    if let Some(image) = &item.immagine {
        article["image"] = json!(config.absolute(&image.src));
    }
    article
}

/// A person of the ente: name, the role held now, who they work for, and the
/// photo when there is one; never a private contact.
pub fn person(config: &SiteConfig, today: provincia_sito::model::Date, person: &Person) -> Value {
    let mut value = json!({
        "@context": "https://schema.org",
        "@type": "Person",
        "name": person.nome,
        "url": config.absolute(&person.path()),
        "worksFor": { "@type": "GovernmentOrganization", "name": config.ente.nome, "url": config.absolute("/") },
    });
    if let Some(role) = person.main_role(today) {
        value["jobTitle"] = json!(role.ruolo);
    }
    if let Some(photo) = &person.foto {
        value["image"] = json!(config.absolute(&photo.src));
    }
    value
}

/// A unit of the organisation: a GovernmentOrganization inside the ente,
/// with the office's contacts and head.
pub fn office(config: &SiteConfig, unit: &OfficeUnit) -> Value {
    let office = &unit.ufficio;
    let mut value = json!({
        "@context": "https://schema.org",
        "@type": "GovernmentOrganization",
        "name": office.nome,
        "description": unit.descrizione,
        "url": config.absolute(&unit.path()),
        "parentOrganization": { "@type": "GovernmentOrganization", "name": config.ente.nome, "url": config.absolute("/") },
    });
    let contacts = [
        ("email", &office.email),
        ("telephone", &office.telefono),
        ("address", &office.indirizzo),
    ];
    for (key, text) in contacts {
        if let Some(text) = text {
            value[key] = json!(text);
        }
    }
    if let Some(head) = &unit.responsabile {
        value["employee"] = json!({ "@type": "Person", "name": head.nome, "url": config.absolute(&head.path()) });
    }
    value
}

/// A document of Documenti e dati: a `Legislation` for acts with legal
/// force, a `Dataset` for data, a `DigitalDocument` for forms and the rest.
pub fn document(config: &SiteConfig, document: &Document) -> Value {
    let summary = &document.scheda;
    let kind = match summary.tipo {
        DocumentKind::Dataset => "Dataset",
        DocumentKind::Modulistica => "DigitalDocument",
        _ => "Legislation",
    };
    let mut value = json!({
        "@context": "https://schema.org",
        "@type": kind,
        "name": summary.titolo,
        "description": summary.oggetto,
        "url": config.absolute(&summary.path()),
        "datePublished": summary.data.iso(),
        "inLanguage": "it",
        "author": { "@type": "GovernmentOrganization", "name": summary.emanato_da.nome, "url": config.absolute(&summary.emanato_da.percorso) },
        "publisher": { "@type": "GovernmentOrganization", "name": config.ente.nome, "url": config.absolute("/") },
    });
    if kind == "Legislation" {
        value["legislationType"] = json!(summary.tipo.label());
        if let Some(number) = &summary.numero {
            value["legislationIdentifier"] = json!(format!("{}/{}", number, summary.year()));
        }
        if let Some(from) = summary.in_vigore_dal {
            value["legislationDateVersion"] = json!(from.iso());
        }
    }
    let files: Vec<Value> = document
        .allegati
        .iter()
        .map(|a| json!({ "@type": "MediaObject", "name": a.titolo, "contentUrl": config.absolute(&a.percorso), "encodingFormat": a.formato, "contentSize": a.byte.to_string() }))
        .collect();
    value[if kind == "Dataset" {
        "distribution"
    } else {
        "associatedMedia"
    }] = json!(files);
    value
}

/// The pages of `trail` (title, path: home, then those above the page),
/// then the page itself.
pub fn breadcrumbs(config: &SiteConfig, trail: &[(String, String)], path: &str, title: &str) -> Value {
    let mut steps: Vec<(String, String)> = trail.to_vec();
    steps.push((title.to_string(), path.to_string()));
    json!({
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": steps.iter().enumerate().map(|(i, (name, path))| json!({
            "@type": "ListItem",
            "position": i + 1,
            "name": name,
            "item": config.absolute(path),
        })).collect::<Vec<_>>(),
    })
}

/// A `<script type="application/ld+json">` that no `</script>` in the data can end.
pub fn script(value: &Value) -> String {
    tagged_script(value, "")
}

/// [`script`] with the model's `data-element` name, for the checker.
pub fn script_with_element(value: &Value, element: &str) -> String {
    tagged_script(value, &format!(" data-element=\"{element}\""))
}

fn tagged_script(value: &Value, attributes: &str) -> String {
    format!(
        "<script type=\"application/ld+json\"{attributes}>{}</script>",
        value.to_string().replace('<', "\\u003c")
    )
}

/// schema.org GovernmentService for a service page, in the shape the
/// Designers Italia model's checker validates (R.SI.1.1): what it is, who
/// gives it, where, for whom, and one channel with its address online and
/// the place it is delivered (the desk's office, else the responsible
/// office, else the ente's seat; their addresses are checked at load).
pub fn government_service(config: &SiteConfig, service: &Service) -> Value {
    let page = config.absolute(&service.path());
    let ente = json!({ "@type": "GovernmentOrganization", "name": config.ente.nome, "url": config.absolute("/") });
    let office = service
        .sportello
        .as_ref()
        .map(|desk| &desk.ufficio)
        .filter(|office| office.indirizzo.is_some())
        .unwrap_or(&service.ufficio);
    let (place, address) = match office.indirizzo.as_deref().and_then(PostalAddress::parse) {
        Some(address) => (office.nome.clone(), address),
        None => (
            config.ente.nome.clone(),
            PostalAddress::parse(&config.contatti.indirizzo)
                .expect("the configuration check parses the seat's address"),
        ),
    };
    let mut location = json!({
        "@type": "Place",
        "name": place,
        "address": {
            "@type": "PostalAddress",
            "streetAddress": address.street,
            "postalCode": address.postal_code,
            "addressLocality": address.locality,
            "addressCountry": "IT",
        },
    });
    if let Some(phone) = office.telefono.as_ref().or(service.ufficio.telefono.as_ref()) {
        location["telephone"] = json!(phone);
    }
    json!({
        "@context": "https://schema.org",
        "@type": "GovernmentService",
        "name": service.titolo,
        "description": service.descrizione,
        "url": page,
        "serviceType": service.categoria.nome,
        // schema.org's name and the model's name for the same body.
        "serviceOperator": ente,
        "provider": ente,
        "areaServed": { "@type": "AdministrativeArea", "name": config.ente.nome },
        "audience": { "@type": "Audience", "audienceType": crate::markdown::plain_text(&service.destinatari_html) },
        "availableChannel": {
            "@type": "ServiceChannel",
            "name": if service.online.is_some() { "Accesso online e sportello" } else { "Sportello" },
            "serviceUrl": service.online.as_ref().map_or(page.clone(), |online| online.url.clone()),
            "serviceLocation": location,
        },
    })
}
