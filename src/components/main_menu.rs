//! The main navigation: on wide screens a bar, on narrow ones a side panel
//! that behaves as a modal dialog (focus trapped inside, Escape closes, focus
//! returns to the button that opened it). Entries with sub-pages follow the
//! WAI-ARIA "disclosure navigation menu with top-level links" pattern, so the
//! first-level entries stay links (as the Designers Italia checker expects).
//!
//! An island: the pre-rendered page carries its props, and the light bundle
//! (`src/bin/isole.rs`) hydrates it in place. It knows the page it is on from
//! its `current` prop, not from the router, which that bundle does not ship.

use super::icon::Icon;
use crate::model::config::MenuItem;
use leptos::ev::KeyboardEvent;
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// `data-element` names of the Designers Italia model for first-level entries.
fn data_element(path: &str) -> Option<&'static str> {
    match path {
        "/amministrazione" => Some("management"),
        "/novita" => Some("news"),
        "/servizi" => Some("all-services"),
        "/vivere-la-provincia" => Some("live"),
        "/argomenti" => Some("all-topics"),
        _ => None,
    }
}

/// `aria-current="page"` on the entry of this very page; the section's
/// entry is highlighted too, without claiming to be the current page.
pub fn is_in_section(current: &str, path: &str) -> bool {
    current == path || (path != "/" && current.starts_with(path) && current[path.len()..].starts_with('/'))
}

#[island]
pub fn MainMenu(
    principal: Vec<MenuItem>,
    secondary: Vec<MenuItem>,
    home_label: String,
    /// Path of the page shown. A new page draws a new menu (closed).
    current: String,
) -> impl IntoView {
    let (open, set_open) = signal(false);
    let toggler = NodeRef::<html::Button>::new();
    let close_button = NodeRef::<html::Button>::new();
    let panel = NodeRef::<html::Div>::new();

    let close_and_return = move || {
        set_open.set(false);
        if let Some(button) = toggler.get_untracked() {
            let _ = button.focus();
        }
    };
    let open_panel = move |_| {
        set_open.set(true);
        // The panel becomes visible on the next frame; focus can only move then.
        request_animation_frame(move || {
            if let Some(button) = close_button.get_untracked() {
                let _ = button.focus();
            }
        });
    };
    let on_keydown = move |ev: KeyboardEvent| {
        if !open.get_untracked() {
            return;
        }
        match ev.key().as_str() {
            "Escape" => {
                ev.prevent_default();
                close_and_return();
            }
            "Tab" => {
                if let Some(panel) = panel.get_untracked() {
                    trap_tab(&panel, &ev);
                }
            }
            _ => {}
        }
    };

    let entries = |items: Vec<MenuItem>, prefix: &'static str| {
        items
            .into_iter()
            .enumerate()
            .map(|(i, item)| {
                let current = current.clone();
                if item.voci.is_empty() {
                    view! { <MenuLink item=item current=current/> }.into_any()
                } else {
                    view! { <MenuDropdown item=item id=format!("{prefix}-{i}") current=current/> }.into_any()
                }
            })
            .collect_view()
    };

    view! {
        <nav class="navbar navbar-expand-lg has-megamenu" aria-label="Menu principale">
            <button
                node_ref=toggler
                class="custom-navbar-toggler"
                type="button"
                aria-controls="menu-principale"
                aria-expanded=move || open.get().to_string()
                on:click=open_panel
            >
                <span class="visually-hidden">"Apri il menu di navigazione"</span>
                <Icon name="it-burger"/>
            </button>
            <div
                node_ref=panel
                class="navbar-collapsable"
                class:expanded=open
                id="menu-principale"
                role=move || open.get().then_some("dialog")
                aria-modal=move || open.get().then_some("true")
                aria-label=move || open.get().then_some("Menu di navigazione")
                on:keydown=on_keydown
            >
                <div class="overlay" class:d-block=open on:click=move |_| close_and_return()></div>
                <div class="close-div">
                    <button node_ref=close_button class="btn close-menu" type="button" on:click=move |_| close_and_return()>
                        <span class="visually-hidden">"Chiudi il menu di navigazione"</span>
                        <Icon name="it-close-big"/>
                    </button>
                </div>
                <div class="menu-wrapper">
                    <a href="/" class="logo-hamburger d-lg-none">
                        <span class="it-brand-title">{home_label}</span>
                    </a>
                    <ul class="navbar-nav" data-element="main-navigation">{entries(principal, "sottomenu")}</ul>
                    <ul class="navbar-nav navbar-secondary">{entries(secondary, "sottomenu-extra")}</ul>
                </div>
            </div>
        </nav>
    }
}

/// Keeps Tab and Shift+Tab inside the open panel.
fn trap_tab(panel: &web_sys::HtmlDivElement, ev: &KeyboardEvent) {
    let Ok(nodes) = panel.query_selector_all("a[href], button:not([disabled]), input:not([disabled])") else {
        return;
    };
    let visible: Vec<web_sys::HtmlElement> = (0..nodes.length())
        .filter_map(|i| nodes.item(i))
        .filter_map(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
        // Hidden entries (closed dropdowns) have no offset parent.
        .filter(|el| el.offset_parent().is_some())
        .collect();
    let (Some(first), Some(last)) = (visible.first(), visible.last()) else {
        return;
    };
    let active = document().active_element();
    let is = |el: &web_sys::HtmlElement| {
        active
            .as_ref()
            .map(|a| a == el.unchecked_ref::<web_sys::Element>())
            .unwrap_or(false)
    };
    if ev.shift_key() && is(first) {
        ev.prevent_default();
        let _ = last.focus();
    } else if !ev.shift_key() && is(last) {
        ev.prevent_default();
        let _ = first.focus();
    }
}

#[component]
fn MenuLink(item: MenuItem, current: String) -> impl IntoView {
    let path = item.percorso.clone();
    let active = is_in_section(&current, &path);
    let current = (current == path).then_some("page");
    view! {
        <li class="nav-item">
            <a class="nav-link" class:active=active href=path.clone() aria-current=current data-element=data_element(&path)>
                <span>{item.etichetta}</span>
            </a>
        </li>
    }
}

#[component]
fn MenuDropdown(item: MenuItem, id: String, current: String) -> impl IntoView {
    let (open, set_open) = signal(false);
    let button = NodeRef::<html::Button>::new();
    let container = NodeRef::<html::Li>::new();

    let path = item.percorso.clone();
    let section_active = is_in_section(&current, &path);
    let page = current;
    let current = (page == path).then_some("page");
    let on_keydown = move |ev: KeyboardEvent| {
        if ev.key() == "Escape" && open.get_untracked() {
            ev.prevent_default();
            ev.stop_propagation();
            set_open.set(false);
            if let Some(b) = button.get_untracked() {
                let _ = b.focus();
            }
        }
    };
    // Focus leaving the entry (Tab past the last link, a click elsewhere) closes it.
    let on_focusout = move |ev: leptos::ev::FocusEvent| {
        let next = ev.related_target().and_then(|t| t.dyn_into::<web_sys::Node>().ok());
        let inside = match (container.get_untracked(), next) {
            (Some(li), Some(node)) => li.contains(Some(&node)),
            _ => false,
        };
        if !inside {
            set_open.set(false);
        }
    };
    let label = item.etichetta.clone();
    let children = item
        .voci
        .into_iter()
        .map(|child| {
            let child_current = (page == child.percorso).then_some("page");
            view! {
                <li>
                    <a class="dropdown-item list-item" href=child.percorso aria-current=child_current>
                        <span>{child.etichetta}</span>
                    </a>
                </li>
            }
        })
        .collect_view();

    view! {
        <li node_ref=container class="nav-item dropdown menu-disclosure" on:keydown=on_keydown on:focusout=on_focusout>
            <a class="nav-link" class:active=section_active href=path.clone() aria-current=current data-element=data_element(&path)>
                <span>{label.clone()}</span>
            </a>
            <button
                node_ref=button
                type="button"
                class="nav-link dropdown-toggle menu-disclosure-toggle"
                aria-expanded=move || open.get().to_string()
                aria-controls=id.clone()
                on:click=move |_| set_open.update(|o| *o = !*o)
            >
                <span class="visually-hidden">{format!("Sottomenu {label}")}</span>
                <Icon name="it-expand" class="icon icon-xs"/>
            </button>
            <div class="dropdown-menu" class:show=open id=id>
                <div class="link-list-wrapper">
                    <ul class="link-list">{children}</ul>
                </div>
            </div>
        </li>
    }
}
