//! schema.org JSON-LD for search engines: the organisation on the home page,
//! NewsArticle on news, BreadcrumbList on every other page. Written into the
//! pre-rendered head only: crawlers read the first response.

use provincia_sito::model::content::NewsItem;
use provincia_sito::model::services::Service;
use provincia_sito::model::{site_map, SiteConfig};
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

/// Home, the fixed pages above `path`, then the page itself.
pub fn breadcrumbs(config: &SiteConfig, path: &str, title: &str) -> Value {
    let mut steps: Vec<(String, String)> = site_map::ancestors(path)
        .into_iter()
        .map(|page| {
            (
                config.page_title(page.path, page.title).to_string(),
                page.path.to_string(),
            )
        })
        .collect();
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
    format!(
        "<script type=\"application/ld+json\">{}</script>",
        value.to_string().replace('<', "\\u003c")
    )
}

/// schema.org GovernmentService for a service page: what it is, who gives
/// it, who it is for, and its online and in-person channels.
pub fn government_service(config: &SiteConfig, service: &Service) -> Value {
    let mut channels = Vec::new();
    if let Some(online) = &service.online {
        channels.push(json!({ "@type": "ServiceChannel", "name": "Accesso online", "serviceUrl": online.url }));
    }
    if let Some(desk) = &service.sportello {
        let mut place = json!({ "@type": "ServiceChannel", "name": format!("Sportello: {}", desk.ufficio.nome) });
        if let Some(address) = &desk.ufficio.indirizzo {
            place["serviceLocation"] = json!({ "@type": "Place", "address": address });
        }
        if let Some(phone) = &desk.ufficio.telefono {
            place["servicePhone"] = json!({ "@type": "ContactPoint", "telephone": phone });
        }
        channels.push(place);
    }
    json!({
        "@context": "https://schema.org",
        "@type": "GovernmentService",
        "name": service.titolo,
        "description": service.descrizione,
        "url": config.absolute(&service.path()),
        "serviceType": service.categoria.nome,
        "provider": { "@type": "GovernmentOrganization", "name": config.ente.nome, "url": config.absolute("/") },
        "areaServed": { "@type": "AdministrativeArea", "name": config.ente.nome },
        "audience": { "@type": "Audience", "audienceType": crate::markdown::plain_text(&service.destinatari_html) },
        "availableChannel": channels,
    })
}
