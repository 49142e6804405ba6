//! `/novita/{tipo}` and `/novita/{tipo}/pagina/{n}`: a kind's list with its
//! filters (components/news_browser.rs).

use crate::components::loaded::Loaded;
use crate::components::news_browser::NewsBrowser;
use crate::components::news_filters::ListScope;
use crate::components::not_found::NotFound;
use crate::components::page::{fixed_page_title, SitePage};
use crate::components::share::FeedLink;
use crate::model::content::{feed_path, NewsKind, TopicList};
use crate::model::endpoint;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

#[component]
pub fn NewsListRoute() -> impl IntoView {
    let params = use_params_map();
    move || {
        let (kind, number) = params.with(|p| {
            let kind = p.get("tipo").as_deref().and_then(NewsKind::from_segment);
            let number = match p.get("numero") {
                None => Some(1),
                // Page 1 has one address only: the list itself.
                Some(text) => text.parse::<u32>().ok().filter(|&n| n >= 2),
            };
            (kind, number)
        });
        match (kind, number) {
            (Some(kind), Some(number)) => {
                let label = fixed_page_title(kind.list_path());
                let view = move |topics: TopicList| {
                    let label = label.clone();
                    // The list is pre-rendered and readable; its filters come to
                    // life when first used (data-al-bisogno), or at once when the
                    // address carries a filter (public/boot.js).
                    view! {
                        <div data-al-bisogno="">
                            <NewsBrowser scope=ListScope::Kind(kind) number=number topics=topics.argomenti label=label.clone()/>
                        </div>
                        <p class="mt-4"><FeedLink href=feed_path::kind(kind) title=label/></p>
                    }
                };
                view! {
                    <SitePage path=kind.list_path()>
                        <Loaded source=endpoint::topics() view=view/>
                    </SitePage>
                }
                .into_any()
            }
            _ => view! { <NotFound/> }.into_any(),
        }
    }
}
