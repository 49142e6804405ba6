//! Addresses of the site's pages, one function each: the app's links, the
//! JSON writer, the pre-renderer, the feeds and the open data all call these,
//! so a page and the links to it cannot disagree. Fixed pages are in
//! `site_map`; files of the JSON API in `endpoint`.

use super::content::NewsKind;

/// `/novita/avvisi/chiusura-sp-1`.
pub fn news_item(kind: NewsKind, slug: &str) -> String {
    format!("{}/{slug}", kind.list_path())
}

/// `/argomenti/scuole`.
pub fn topic(slug: &str) -> String {
    format!("/argomenti/{slug}")
}

/// `/servizi/edilizia`. Categories and services share the addresses below
/// `/servizi` (the build refuses a service named like a category).
pub fn service_category(slug: &str) -> String {
    format!("/servizi/{slug}")
}

/// `/servizi/autorizzazione-trasporti-eccezionali`.
pub fn service(slug: &str) -> String {
    format!("/servizi/{slug}")
}

/// `/amministrazione/politici/mario-rossi` or
/// `/amministrazione/personale-amministrativo/anna-bianchi`: below the list
/// of their kind, as the model's pages are.
pub fn person(kind: super::people::PersonKind, slug: &str) -> String {
    format!("{}/{slug}", kind.list_path())
}

/// The list of the organs of government, which each organ's page continues.
pub const ORGANS: &str = "/amministrazione/organi-di-governo";

/// `/amministrazione/organi-di-governo/consiglio-provinciale`.
pub fn organ(slug: &str) -> String {
    format!("{ORGANS}/{slug}")
}

/// `/amministrazione/uffici/viabilita` for a servizio or an ufficio,
/// `/amministrazione/aree-amministrative/settore-tecnico` for a settore.
pub fn office(level: super::content::OfficeLevel, slug: &str) -> String {
    format!("{}/{slug}", level.list_path())
}

/// `/amministrazione/documenti/regolamento-contratti`.
pub fn document(slug: &str) -> String {
    format!("{}/{slug}", super::documents::DOCUMENTS_PATH)
}

/// `/amministrazione/bandi/manutenzione-sp-1-2027`.
pub fn call(slug: &str) -> String {
    format!("{}/{slug}", super::calls::CALLS_PATH)
}

/// `/archivi/sismica`.
pub fn archive(slug: &str) -> String {
    format!("/archivi/{slug}")
}

/// `/pnrr/m1c1-investimento-1-2`.
pub fn pnrr_measure(slug: &str) -> String {
    format!("/pnrr/{slug}")
}

/// `/pnrr/progetti/J41C22000390006`.
pub fn pnrr_project(cup: &str) -> String {
    format!("/pnrr/progetti/{cup}")
}

/// Segment between a list and its page number.
const PAGE_SEGMENT: &str = "/pagina/";

/// Page `number` of the list at `list`: page 1 is the list itself, then
/// `{list}/pagina/2`, `{list}/pagina/3`…
pub fn list_page(list: &str, number: u32) -> String {
    if number <= 1 {
        list.to_string()
    } else {
        format!("{list}{PAGE_SEGMENT}{number}")
    }
}

/// The list and the number of a numbered page from 2 on:
/// `/novita/notizie/pagina/3` → (`/novita/notizie`, 3).
pub fn split_list_page(path: &str) -> Option<(&str, u32)> {
    let (list, number) = path.rsplit_once(PAGE_SEGMENT)?;
    let number: u32 = number.parse().ok()?;
    (number >= 2 && !list.is_empty()).then_some((list, number))
}

/// The section of the legal notes holding the site's improvement plan
/// (the model wants a footer link to it).
pub const IMPROVEMENT_PLAN_ID: &str = "piano-di-miglioramento";

/// `/note-legali#piano-di-miglioramento`.
pub fn improvement_plan() -> String {
    format!("/note-legali#{IMPROVEMENT_PLAN_ID}")
}

/// The two pages the model's Vivere section leads to by its own buttons.
pub const LIVE_LOCATIONS: &str = "/vivere-la-provincia/luoghi";
pub const LIVE_EVENTS: &str = "/vivere-la-provincia/eventi";

/// The booking page with a service already chosen: `/prenota-appuntamento?servizio=…`.
pub fn booking_for(service: &str) -> String {
    format!(
        "{}?servizio={}",
        super::site_map::BOOKING_PATH,
        super::url_template::encode_component(service)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_one_is_the_list_itself() {
        assert_eq!(list_page("/argomenti/scuole", 1), "/argomenti/scuole");
        assert_eq!(list_page("/argomenti/scuole", 0), "/argomenti/scuole");
        assert_eq!(list_page("/novita/avvisi", 3), "/novita/avvisi/pagina/3");
    }

    #[test]
    fn numbered_pages_split_back() {
        assert_eq!(
            split_list_page(&list_page("/novita/notizie", 12)),
            Some(("/novita/notizie", 12))
        );
        assert_eq!(split_list_page("/novita/notizie/pagina/1"), None);
        assert_eq!(split_list_page("/novita/notizie/pagina/x"), None);
        assert_eq!(split_list_page("/novita/notizie"), None);
    }

    #[test]
    fn news_items_live_below_their_list() {
        assert_eq!(
            news_item(NewsKind::Avviso, "chiusura-sp-1"),
            "/novita/avvisi/chiusura-sp-1"
        );
    }
}
