//! Typed shapes of the JSON the site reads from `/api/v1/` (contract in
//! `docs/api-v1.md`; the file of each in `endpoint`), one module per subject.
//! The build step (builder/) writes them from `content/`; the browser and the
//! pre-renderer read them with these same types.

mod home;
mod news;
mod offices;
mod pages;
mod search_index;
mod topics;

pub use home::{HomeData, PnrrHighlight, RoadsToday, Shortcut};
pub use news::{
    feed_path, sort_newest_first, Attachment, Image, NewsCatalogFile, NewsHubData, NewsItem, NewsKind, NewsListPage,
    NewsSummary,
};
pub use offices::{LinkedPage, Office, OfficeLevel, OfficeList, OfficeRef, OfficeUnit, AREAS_PATH, OFFICES_PATH};
pub use pages::{IndexEntry, SiteFile, SiteIndex, TextPage};
pub use search_index::{SearchEntry, SearchIndex, SearchKind};
pub use topics::{TopicCount, TopicList, TopicPage, TopicRef};
