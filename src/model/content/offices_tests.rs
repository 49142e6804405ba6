use super::*;

fn unit(slug: &str, livello: OfficeLevel, parent: Option<&str>) -> OfficeUnit {
    OfficeUnit {
        ufficio: Office {
            slug: slug.into(),
            livello,
            nome: format!("Unità {slug}"),
            email: None,
            telefono: None,
            indirizzo: None,
            orari: None,
        },
        dipende_da: parent.map(Into::into),
        descrizione: String::new(),
        competenze_html: String::new(),
        responsabile: None,
        persone: Vec::new(),
        servizi: Vec::new(),
        notizie: Vec::new(),
        bandi: Vec::new(),
        sedi: Vec::new(),
    }
}

fn tree() -> OfficeList {
    OfficeList {
        versione: 1,
        uffici: vec![
            unit("tecnico", OfficeLevel::Settore, None),
            unit("viabilita", OfficeLevel::Servizio, Some("tecnico")),
            unit("concessioni", OfficeLevel::Ufficio, Some("viabilita")),
            unit("ambiente", OfficeLevel::Servizio, Some("tecnico")),
            unit("stampa", OfficeLevel::Ufficio, None),
        ],
    }
}

#[test]
fn levels_nest_downwards_only() {
    assert!(OfficeLevel::Servizio.fits_under(OfficeLevel::Settore));
    assert!(OfficeLevel::Ufficio.fits_under(OfficeLevel::Settore));
    assert!(OfficeLevel::Ufficio.fits_under(OfficeLevel::Servizio));
    assert!(!OfficeLevel::Settore.fits_under(OfficeLevel::Servizio));
    assert!(!OfficeLevel::Servizio.fits_under(OfficeLevel::Servizio));
    assert!(!OfficeLevel::Servizio.fits_under(OfficeLevel::Ufficio));
}

#[test]
fn settori_live_under_the_areas_and_the_rest_under_the_offices() {
    let list = tree();
    assert_eq!(
        list.find("tecnico").unwrap().path(),
        "/amministrazione/aree-amministrative/tecnico"
    );
    assert_eq!(
        list.find("concessioni").unwrap().path(),
        "/amministrazione/uffici/concessioni"
    );
    let areas: Vec<&str> = list.listed_at(AREAS_PATH).iter().map(|u| u.slug()).collect();
    assert_eq!(areas, ["tecnico"]);
    let offices: Vec<&str> = list.listed_at(OFFICES_PATH).iter().map(|u| u.slug()).collect();
    assert_eq!(offices, ["viabilita", "concessioni", "ambiente", "stampa"]);
}

#[test]
fn the_tree_reads_both_ways() {
    let list = tree();
    let children: Vec<&str> = list.children("tecnico").map(|u| u.slug()).collect();
    assert_eq!(children, ["viabilita", "ambiente"]);
    let top: Vec<&str> = list.top_level().map(|u| u.slug()).collect();
    assert_eq!(top, ["tecnico", "stampa"]);
    let chain: Vec<&str> = list.ancestors("concessioni").iter().map(|u| u.slug()).collect();
    assert_eq!(chain, ["tecnico", "viabilita"]);
    assert!(list.ancestors("tecnico").is_empty());
}

#[test]
fn a_cycle_written_by_hand_does_not_loop() {
    let mut list = tree();
    list.uffici[0].dipende_da = Some("concessioni".into());
    assert!(list.ancestors("concessioni").len() <= OfficeLevel::ALL.len());
}
