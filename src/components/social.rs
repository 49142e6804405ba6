use super::icon::Icon;
use crate::context::use_site;
use leptos::prelude::*;

/// The ente's social channels as list items (the caller supplies the `<ul>`).
#[component]
pub fn SocialLinks(
    #[prop(optional)] item_class: &'static str,
    #[prop(optional)] link_class: &'static str,
) -> impl IntoView {
    use_site()
        .social
        .iter()
        .map(|s| {
            view! {
                <li class=item_class>
                    <a class=link_class href=s.url.clone() rel="noopener">
                        <Icon name=s.icona.clone() class="icon icon-sm icon-white align-top"/>
                        <span class="visually-hidden">{s.nome.clone()}</span>
                    </a>
                </li>
            }
        })
        .collect_view()
}
