//! `/novita/{tipo}/{slug}`: one news item, press release or notice, laid out
//! as the Designers Italia news page.

use crate::components::attachments::Attachments;
use crate::components::change_history::ChangeHistory;
use crate::components::icon::Icon;
use crate::components::loaded::LoadedPage;
use crate::components::news_card::{NewsCards, Validity};
use crate::components::not_found::NotFound;
use crate::components::office::OfficeContacts;
use crate::components::page::{trail_to, Breadcrumb, PageMeta};
use crate::components::rating::Rating;
use crate::components::share::{FeedLink, ShareLinks};
use crate::components::topic_chips::TopicsSection;
use crate::model::content::{feed_path, NewsItem, NewsKind};
use crate::model::endpoint;
use crate::model::reading;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

#[component]
pub fn NewsDetailRoute() -> impl IntoView {
    let params = use_params_map();
    move || {
        let (kind, slug) = params.with(|p| (p.get("tipo"), p.get("slug").unwrap_or_default()));
        match kind.as_deref().and_then(NewsKind::from_segment) {
            None => view! { <NotFound/> }.into_any(),
            Some(kind) => view! {
                <LoadedPage source=endpoint::news_item(kind, &slug) view=|item: NewsItem| view! { <NewsDetail item=item/> }/>
            }
            .into_any(),
        }
    }
}

#[component]
pub fn NewsDetail(item: NewsItem) -> impl IntoView {
    let path = item.path();
    let expired = item.scadenza.filter(|_| item.scaduto).map(|end| {
        view! {
            <div class="callout warning notice-expired">
                <div class="callout-title">"Avviso scaduto"</div>
                <p>"Questo avviso è scaduto il " <time datetime=end.iso()>{end.italian()}</time> ". Resta pubblicato per consultazione."</p>
            </div>
        }
    });
    let validity = (item.tipo == NewsKind::Avviso && !item.scaduto).then(|| view! { <Validity item=item.summary()/> });
    let calendar = item.calendar_path().filter(|_| !item.scaduto).map(|href| {
        view! {
            <p class="mt-2">
                <a href=href download="">
                    <Icon name="it-calendar" class="icon icon-sm icon-primary me-1"/>
                    "Aggiungi la scadenza al tuo calendario (file iCalendar)"
                </a>
            </p>
        }
    });
    let updated = item.aggiornato.map(|date| {
        view! { <li>"Aggiornato il " <time datetime=date.iso()>{date.italian()}</time></li> }
    });
    let image = item.immagine.clone().map(|image| {
        view! {
            <figure class="figure news-image">
                <img src=image.src alt=image.alt class="figure-img img-fluid"/>
                {image.didascalia.map(|caption| view! { <figcaption class="figure-caption">{caption}</figcaption> })}
            </figure>
        }
    });
    let site = crate::context::use_site();
    // On paper the header is gone: say whose page this is and where it lives.
    let printed_from = format!("{} – {}", site.ente.nome, site.absolute(&path));
    let feed = feed_path::kind(item.tipo);
    let feed_title = crate::components::page::fixed_page_title(item.tipo.list_path());
    // Type-erased parts keep the view's type small enough to compile quickly.
    let aside = view! {
        <aside class="col-lg-4 news-aside" aria-label="Condividi e segui">
            <ShareLinks path=path.clone() title=item.titolo.clone()/>
            <section class="mt-4" aria-labelledby="segui-titolo">
                <h2 id="segui-titolo" class="h6">"Segui"</h2>
                <FeedLink href=feed title=feed_title/>
            </section>
        </aside>
    }
    .into_any();
    let restrictions = (!item.limitazioni.is_empty()).then(|| {
        view! {
            <section class="mt-4 news-restrictions" aria-labelledby="avviso-limitazioni">
                <h2 id="avviso-limitazioni" class="h5">"Limitazioni al traffico"</h2>
                <ul>
                    {item.limitazioni.iter().map(|l| view! { <li><a href=l.percorso.clone()>{l.titolo.clone()}</a></li> }).collect_view()}
                </ul>
            </section>
        }
    });
    let after_body = view! {
        {restrictions}
        <Attachments items=item.allegati.clone()/>
        {item.ufficio.clone().map(|office| view! { <OfficeContacts office=office/> })}
        <TopicsSection items=item.argomenti.clone()/>
        <ChangeHistory changes=item.modifiche.clone()/>
    }
    .into_any();
    let head = view! {
        <p class="print-only">{printed_from}</p>
        <p class="category-top"><span class="category">{item.tipo.label()}</span></p>
        <h1 tabindex="-1">{item.titolo.clone()}</h1>
        <p class="lead">{item.sommario.clone()}</p>
        <ul class="list-unstyled news-facts">
            <li>"Pubblicato il " <time datetime=item.data.iso()>{item.data.italian()}</time></li>
            {updated}
            <li>{reading::label(item.lettura_minuti)}</li>
        </ul>
        {validity}
        {calendar}
        {expired}
        {image}
    }
    .into_any();
    view! {
        <PageMeta title=item.titolo.clone() description=item.sommario.clone() article=true/>
        <div class="container px-4 my-4">
            <Breadcrumb trail=trail_to(&path) current=item.titolo.clone()/>
            <article class="row news-article">
                <div class="col-lg-8 py-lg-2">
                    {head}
                    <div class="content-body mt-4" inner_html=item.corpo_html.clone()></div>
                    {after_body}
                </div>
                {aside}
            </article>
            <Related items=item.correlati.clone()/>
            <Rating page=path/>
        </div>
    }
    .into_any()
}

#[component]
fn Related(items: Vec<crate::model::content::NewsSummary>) -> impl IntoView {
    (!items.is_empty()).then(|| {
        view! {
            <section class="mt-5 related-news" aria-labelledby="correlati-titolo">
                <h2 id="correlati-titolo" class="h4">"Potrebbero interessarti anche"</h2>
                <NewsCards items=items/>
            </section>
        }
    })
}
