//! Building blocks shared by the pages: the site frame (header, menu, footer,
//! breadcrumbs), widgets (accordion) and the loading/error states.

pub mod accordion;
pub mod address_query;
pub mod archive_search;
pub mod attachments;
pub mod booking_form;
pub mod change_history;
pub mod documents;
pub mod focus;
pub mod footer;
pub mod form_fields;
pub mod form_memory;
pub mod header;
pub mod icon;
pub mod loaded;
pub mod main_menu;
pub mod navigation;
pub mod news_browser;
pub mod news_card;
pub mod news_filters;
pub mod news_results;
pub mod not_found;
pub mod office;
pub mod page;
pub mod pagination;
pub mod pnrr;
pub mod rating;
pub mod report_form;
pub mod restrictions;
pub mod search_form;
pub mod share;
pub mod social;
pub mod teaser;
pub mod text_section;
pub mod topic_chips;
