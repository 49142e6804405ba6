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
        "worksFor": ente(config),
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
        "parentOrganization": ente(config),
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
        "publisher": ente(config),
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
    let ente = ente(config);
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

/// The ente, as the organiser, funder's recipient or hiring body.
fn ente(config: &SiteConfig) -> Value {
    json!({ "@type": "GovernmentOrganization", "name": config.ente.nome, "url": config.absolute("/") })
}

/// A postal address schema.org reads, from the site's one-line form.
fn postal_address(text: &str) -> Value {
    match PostalAddress::parse(text) {
        Some(address) => json!({
            "@type": "PostalAddress",
            "streetAddress": address.street,
            "postalCode": address.postal_code,
            "addressLocality": address.locality,
            "addressCountry": "IT",
        }),
        None => json!({ "@type": "PostalAddress", "streetAddress": text, "addressCountry": "IT" }),
    }
}

fn geo([lon, lat]: [f64; 2]) -> Value {
    json!({ "@type": "GeoCoordinates", "latitude": lat, "longitude": lon })
}

/// `2026-12-17T15:00:00+01:00`: a date and an hour of Italian local time
/// with its offset that day (EU summer time: last Sunday of March to last
/// Sunday of October), or the date alone.
fn date_time(date: provincia_sito::model::Date, time: Option<&str>) -> String {
    let Some(time) = time else { return date.iso() };
    let last_sunday = |month: u32| {
        let last = (24..=31)
            .rev()
            .filter_map(|day| provincia_sito::model::Date::parse(&format!("{}-{month:02}-{day:02}", date.year())).ok())
            .find(|d| d.weekday() == 6)
            .expect("a month has a last Sunday");
        last
    };
    let summer = date >= last_sunday(3) && date < last_sunday(10);
    format!("{}T{time}:00{}", date.iso(), if summer { "+02:00" } else { "+01:00" })
}

/// A place of the site: a `School` for a school building (with its
/// institutes), a `CivicStructure` for the ente's seats, rooms and depots.
pub fn place(config: &SiteConfig, place: &provincia_sito::model::territory::places::Place) -> Value {
    let mut value = json!({
        "@context": "https://schema.org",
        "@type": if place.scuola.is_some() { "School" } else { "CivicStructure" },
        "name": place.nome,
        "description": place.descrizione,
        "url": config.absolute(&place.path()),
        "address": postal_address(&place.full_address()),
        "geo": geo(place.punto),
        "containedInPlace": { "@type": "AdministrativeArea", "name": place.comune.nome },
    });
    if !place.orari.is_empty() {
        value["openingHours"] = json!(place.orari);
    }
    if let Some(phone) = &place.telefono {
        value["telephone"] = json!(phone);
    }
    if let Some(school) = &place.scuola {
        value["department"] = json!(school
            .istituti
            .iter()
            .map(|institute| json!({ "@type": "EducationalOrganization", "name": institute.nome, "identifier": institute.codice }))
            .collect::<Vec<_>>());
    }
    value
}

/// An event of the site, with its first date and the others as
/// sub-events; where it is, and who organises it.
pub fn event(config: &SiteConfig, site: &crate::load::Site, event: &provincia_sito::model::events::Event) -> Value {
    let location = match (&event.luogo, &event.indirizzo) {
        (Some(reference), _) => match site.territory.place(&reference.slug) {
            Some(place) => {
                json!({ "@type": "Place", "name": place.nome, "address": postal_address(&place.full_address()), "geo": geo(place.punto) })
            }
            None => json!({ "@type": "Place", "name": reference.nome }),
        },
        (None, Some(address)) => json!({ "@type": "Place", "name": address, "address": postal_address(address) }),
        (None, None) => {
            json!({ "@type": "Place", "name": config.ente.nome, "address": postal_address(&config.contatti.indirizzo) })
        }
    };
    let when = |date: &provincia_sito::model::events::EventDate| {
        let mut times = json!({ "startDate": date_time(date.data, date.ora.as_deref()) });
        if let Some(end) = &date.ora_fine {
            times["endDate"] = json!(date_time(date.data, Some(end)));
        }
        times
    };
    let first = event.date.first().expect("the build refuses an event without dates");
    let mut value = json!({
        "@context": "https://schema.org",
        "@type": "Event",
        "name": event.titolo,
        "description": event.descrizione,
        "url": config.absolute(&event.path()),
        "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
        "eventStatus": "https://schema.org/EventScheduled",
        "location": location,
        "organizer": { "@type": "Organization", "name": event.organizzatore },
        "inLanguage": "it",
    });
    merge(&mut value, when(first));
    if event.date.len() > 1 {
        value["subEvent"] = json!(event
            .date
            .iter()
            .map(|date| {
                let mut sub = json!({ "@type": "Event", "name": event.titolo, "location": value["location"].clone() });
                merge(&mut sub, when(date));
                sub
            })
            .collect::<Vec<_>>());
    }
    value
}

fn merge(value: &mut Value, more: Value) {
    if let (Some(into), Value::Object(more)) = (value.as_object_mut(), more) {
        into.extend(more);
    }
}

/// A closure or restriction on a provincial road: an `Event` (schema.org's
/// `SpecialAnnouncement` is for emergencies) at the stretch, from its first
/// to its last day, announced by the ente.
pub fn restriction(config: &SiteConfig, item: &provincia_sito::model::territory::restrictions::Restriction) -> Value {
    json!({
        "@context": "https://schema.org",
        "@type": "Event",
        "name": item.title(),
        "description": item.motivo,
        "url": config.absolute(&item.path()),
        "startDate": date_time(item.inizio, item.ora_inizio.as_deref()),
        "endDate": date_time(item.fine, item.ora_fine.as_deref()),
        "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
        "eventStatus": "https://schema.org/EventScheduled",
        "location": {
            "@type": "Place",
            "name": format!("{}, {}", item.strada.full_name(), item.stretch()),
            "geo": geo(item.geometria.anchor()),
            "containedInPlace": { "@type": "AdministrativeArea", "name": item.comuni_names() },
        },
        "organizer": ente(config),
        "inLanguage": "it",
    })
}

/// A call: a competition is a `JobPosting` (the posts, the deadline, the
/// ente hiring); a tender a `Demand`, the public announcement that the ente
/// seeks works, goods or services, with its CIG and amount.
pub fn call(config: &SiteConfig, call: &provincia_sito::model::calls::Call) -> Value {
    use provincia_sito::model::calls::CallKind;
    let summary = &call.scheda;
    let url = config.absolute(&summary.path());
    match summary.tipo {
        CallKind::Concorso => {
            let mut value = json!({
                "@context": "https://schema.org",
                "@type": "JobPosting",
                "title": summary.titolo,
                "description": call.oggetto,
                "url": url,
                "datePosted": summary.pubblicato_il.iso(),
                "validThrough": format!("{}T23:59:59+01:00", summary.scadenza.iso()),
                "hiringOrganization": ente(config),
                "jobLocation": { "@type": "Place", "address": postal_address(&config.contatti.indirizzo) },
                "employmentType": "FULL_TIME",
            });
            if let Some(posts) = summary.posti {
                value["totalJobOpenings"] = json!(posts);
            }
            value
        }
        CallKind::Gara => {
            let mut value = json!({
                "@context": "https://schema.org",
                "@type": "Demand",
                "name": summary.titolo,
                "description": call.oggetto,
                "url": url,
                "availabilityStarts": summary.pubblicato_il.iso(),
                "availabilityEnds": summary.scadenza.iso(),
                "seller": ente(config),
                "areaServed": { "@type": "AdministrativeArea", "name": config.ente.nome },
            });
            if let Some(cig) = &summary.cig {
                value["identifier"] = json!({ "@type": "PropertyValue", "propertyID": "CIG", "value": cig });
            }
            if let Some(amount) = summary.importo {
                value["priceSpecification"] =
                    json!({ "@type": "PriceSpecification", "price": amount.plain(), "priceCurrency": "EUR" });
            }
            value
        }
    }
}

/// A PNRR project: a schema.org `Project`, identified by its CUP, funded by
/// the European Union (NextGenerationEU) with its PNRR amount, carried out
/// by the ente, where it is located.
pub fn project(config: &SiteConfig, project: &provincia_sito::model::pnrr::Project) -> Value {
    let mut value = json!({
        "@context": "https://schema.org",
        "@type": "Project",
        "name": project.titolo_progetto,
        "description": project.sintesi_progetto,
        "url": config.absolute(&project.path()),
        "identifier": { "@type": "PropertyValue", "propertyID": "CUP", "value": project.cup },
        "funder": { "@type": "GovernmentOrganization", "name": "Unione europea – NextGenerationEU" },
        "funding": {
            "@type": "MonetaryGrant",
            "name": format!("PNRR, {}", project.misura),
            "amount": { "@type": "MonetaryAmount", "value": project.finanziamento_pnrr.plain(), "currency": "EUR" },
            "funder": { "@type": "GovernmentOrganization", "name": "Unione europea – NextGenerationEU" },
        },
        "parentOrganization": ente(config),
        "startDate": project.data_inizio_effettiva.unwrap_or(project.data_inizio_prevista).iso(),
        "endDate": project.data_fine_effettiva.unwrap_or(project.data_fine_prevista).iso(),
    });
    let places: Vec<Value> = project
        .localizzazioni
        .iter()
        .map(|location| {
            let mut place = json!({ "@type": "Place", "name": location.comune });
            if let Some(address) = &location.indirizzo {
                place["address"] = postal_address(address);
            }
            if let Some(point) = location.punto {
                place["geo"] = geo(point);
            }
            place
        })
        .collect();
    if !places.is_empty() {
        value["location"] = json!(places);
    }
    value
}
