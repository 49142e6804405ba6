//! Who governs and who runs the offices: the lists of politici and of the
//! personale amministrativo, a page per person, the organs of government
//! and a page per organ. The list pages keep their introduction in
//! content/pagine (editors write it); the people and organs below it come
//! from content/persone and content/organi.yaml.

use crate::components::attachments::{AttachmentList, Attachments};
use crate::components::change_history::ChangeHistory;
use crate::components::icon::Icon;
use crate::components::loaded::{Loaded, LoadedPage};
use crate::components::not_found::NotFound;
use crate::components::office::OfficeContacts;
use crate::components::page::{Crumb, Page, TextColumn};
use crate::components::teaser::{TeaserCard, TitleLevel};
use crate::components::text_section::TextSection;
use crate::components::topic_chips::TopicChips;
use crate::model::content::TextPage;
use crate::model::endpoint;
use crate::model::paths;
use crate::model::people::{Member, Organ, OrganList, PeopleList, Person, PersonKind, PersonSummary};
use crate::model::sittings::{split, Sitting};
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_params_map};

/// The transparency node where the art. 14 data of the politici are listed.
const POLITICAL_OFFICES_NODE: &str = "/amministrazione-trasparente/organizzazione/titolari-incarichi-politici";

/// `/amministrazione/politici` and `/amministrazione/personale-amministrativo`.
#[component]
pub fn PeopleListRoute() -> impl IntoView {
    let path = use_location().pathname.get_untracked();
    let path = path.trim_end_matches('/').to_string();
    let Some(kind) = PersonKind::from_list_path(&path) else {
        return view! { <NotFound/> }.into_any();
    };
    view! {
        <LoadedPage source=endpoint::text_page(&path) view=move |intro: TextPage| {
            view! {
                <IntroPage intro=intro>
                    <Loaded source=endpoint::people() view=move |list: PeopleList| view! { <PeopleLists list=list kind=kind/> }/>
                </IntroPage>
            }
        }/>
    }
    .into_any()
}

/// A list page: the editors' introduction, then what is listed (people,
/// organs, bodies).
#[component]
pub fn IntroPage(intro: TextPage, children: Children) -> impl IntoView {
    view! {
        <Page path=intro.percorso.clone() title=intro.titolo.clone() description=intro.descrizione.clone() lead=intro.descrizione.clone()>
            <TextColumn>
                <div class="content-body" inner_html=intro.corpo_html></div>
            </TextColumn>
            {children()}
            <ChangeHistory changes=intro.modifiche/>
        </Page>
    }
}

#[component]
pub fn PeopleLists(list: PeopleList, kind: PersonKind) -> impl IntoView {
    let (current, former) = list.of_kind(kind);
    let heading = match kind {
        PersonKind::Politico => "In carica",
        PersonKind::Personale => "In servizio",
    };
    let empty = current
        .is_empty()
        .then(|| view! { <p>"Non ci sono ancora schede pubblicate."</p> });
    let former = (!former.is_empty()).then(|| {
        view! {
            <section class="py-3" aria-labelledby="persone-cessate">
                <h2 id="persone-cessate">"Incarichi conclusi"</h2>
                <p>"Le loro schede restano pubblicate, con i documenti previsti dal D.Lgs. 33/2013."</p>
                <PeopleCards people=former/>
            </section>
        }
    });
    view! {
        <section class="py-3" aria-labelledby="persone-in-carica">
            <h2 id="persone-in-carica">{heading}</h2>
            {empty}
            <PeopleCards people=current/>
        </section>
        {former}
    }
}

#[component]
fn PeopleCards(people: Vec<PersonSummary>) -> impl IntoView {
    view! {
        <ul class="row g-4 list-unstyled entry-list">
            {people
                .into_iter()
                .map(|person| view! { <TeaserCard href=person.path() title=person.nome text=person.ruolo level=TitleLevel::H3/> })
                .collect_view()}
        </ul>
    }
}

/// `/amministrazione/politici/{slug}` and `/amministrazione/personale-amministrativo/{slug}`.
#[component]
pub fn PersonRoute() -> impl IntoView {
    let params = use_params_map();
    move || {
        let slug = params.with(|p| p.get("persona").unwrap_or_default());
        view! { <LoadedPage source=endpoint::person(&slug) view=|person: Person| view! { <PersonView person=person/> }/> }
    }
}

#[component]
pub fn PersonView(person: Person) -> impl IntoView {
    let list = person.tipo.list_path();
    // The address says which list the person is in: one page each.
    if use_location().pathname.get_untracked().trim_end_matches('/') != person.path() {
        return view! { <NotFound/> }.into_any();
    }
    let parents = vec![Crumb {
        label: list_label(person.tipo).to_string(),
        path: list.to_string(),
    }];
    let lead = person.ruoli.first().map(|r| r.title_and_place()).unwrap_or_default();
    let photo = person.foto.clone().map(|photo| {
        view! {
            <figure class="person-photo">
                <img src=photo.src alt=photo.alt width="240" class="img-fluid rounded"/>
                {photo.didascalia.map(|c| view! { <figcaption class="small">{c}</figcaption> })}
            </figure>
        }
    });
    let roles = person
        .ruoli
        .iter()
        .map(|role| {
            let place = match (&role.organo, &role.ufficio) {
                (Some(organ), _) => view! { <a href=paths::organ(&organ.slug)>{organ.nome.clone()}</a> }.into_any(),
                (None, Some(office)) => view! { <a href=office.path()>{office.nome.clone()}</a> }.into_any(),
                (None, None) => ().into_any(),
            };
            view! {
                <li class="mb-2">
                    <strong>{role.ruolo.clone()}</strong>
                    <br/>
                    {place}
                    <span class="text-muted">" · " {role.period()}</span>
                </li>
            }
        })
        .collect_view();
    let delegations = (!person.deleghe.is_empty()).then(|| {
        view! {
            <section class="mt-4" aria-labelledby="persona-deleghe">
                <h2 id="persona-deleghe" class="h5">"Deleghe"</h2>
                <ul>{person.deleghe.iter().map(|d| view! { <li>{d.clone()}</li> }).collect_view()}</ul>
            </section>
        }
    });
    let transparency = (person.tipo == PersonKind::Politico).then(|| {
        view! {
            <p class="mt-4">
                "Gli stessi dati, con quelli degli altri titolari di incarichi politici, sono in "
                <a href=POLITICAL_OFFICES_NODE>"Amministrazione trasparente, Titolari di incarichi politici"</a>"."
            </p>
        }
    });
    let status = (!person.in_carica).then(|| view! { <p class="callout-warning">"Incarico concluso."</p> });
    let topics = (!person.argomenti.is_empty())
        .then(|| view! { <TopicChips items=person.argomenti.clone() element="topic-element"/> });
    view! {
        <Page path=person.path() title=person.nome.clone() description=lead.clone() lead=lead parents=parents>
            <TextColumn>
                {status}
                {photo}
                <section aria-labelledby="persona-ruoli">
                    <h2 id="persona-ruoli" class="h5">"Ruoli"</h2>
                    <ul class="list-unstyled">{roles}</ul>
                </section>
                {delegations}
                {person.contatti.clone().map(|office| view! { <OfficeContacts office=office/> })}
                <TextSection id="persona-biografia" heading="Biografia" html=person.biografia_html.clone()/>
                <Attachments items=person.documenti.clone() heading="Documenti (art. 14 D.Lgs. 33/2013)"/>
                {transparency}
                {topics}
                <ChangeHistory changes=person.modifiche.clone()/>
            </TextColumn>
        </Page>
    }
    .into_any()
}

/// The list's own title, as the section's cards name it.
fn list_label(kind: PersonKind) -> &'static str {
    match kind {
        PersonKind::Politico => "Politici",
        PersonKind::Personale => "Personale amministrativo",
    }
}

/// `/amministrazione/organi-di-governo`: the introduction, then each organ
/// with who sits in it now.
#[component]
pub fn OrgansRoute() -> impl IntoView {
    view! {
        <LoadedPage source=endpoint::text_page(paths::ORGANS) view=move |intro: TextPage| {
            view! {
                <IntroPage intro=intro>
                    <Loaded source=endpoint::organs() view=|list: OrganList| view! { <OrganCards organs=list.organi/> }/>
                </IntroPage>
            }
        }/>
    }
}

#[component]
pub fn OrganCards(organs: Vec<Organ>) -> impl IntoView {
    view! {
        <ul class="row g-4 list-unstyled entry-list">
            {organs
                .into_iter()
                .map(|organ| {
                    let members = organ.members_line();
                    view! { <TeaserCard href=organ.path() title=organ.nome text=organ.descrizione level=TitleLevel::H2 note=Some(members)/> }
                })
                .collect_view()}
        </ul>
    }
}

/// `/amministrazione/organi-di-governo/{slug}`.
#[component]
pub fn OrganRoute() -> impl IntoView {
    let params = use_params_map();
    move || {
        let slug = params.with(|p| p.get("organo").unwrap_or_default());
        view! {
            <LoadedPage source=endpoint::organs() view=move |list: OrganList| {
                match list.find(&slug).cloned() {
                    Some(organ) => view! { <OrganView organ=organ/> }.into_any(),
                    None => view! { <NotFound/> }.into_any(),
                }
            }/>
        }
    }
}

#[component]
pub fn OrganView(organ: Organ) -> impl IntoView {
    let parents = vec![Crumb {
        label: "Organi di governo".to_string(),
        path: paths::ORGANS.to_string(),
    }];
    let current: Vec<Member> = organ.current_members().cloned().collect();
    let former: Vec<Member> = organ.former_members().cloned().collect();
    let former = (!former.is_empty()).then(|| {
        view! {
            <section class="py-3" aria-labelledby="organo-cessati">
                <h2 id="organo-cessati">"Componenti cessati"</h2>
                <MemberList members=former/>
            </section>
        }
    });
    let empty = current
        .is_empty()
        .then(|| view! { <p>"Nessun componente in carica è ancora pubblicato."</p> });
    view! {
        <Page path=organ.path() title=organ.nome.clone() description=organ.descrizione.clone() lead=organ.descrizione parents=parents>
            <TextColumn>
                <section aria-labelledby="organo-competenze">
                    <h2 id="organo-competenze">"Competenze"</h2>
                    <div class="content-body" inner_html=organ.corpo_html></div>
                </section>
                <section class="py-3" aria-labelledby="organo-componenti">
                    <h2 id="organo-componenti">"Componenti"</h2>
                    {empty}
                    <MemberList members=current/>
                </section>
                {former}
                <Sittings sittings=organ.sedute organ=organ.slug.clone()/>
            </TextColumn>
        </Page>
    }
}

/// The sittings to come, then those held, each with its agenda and papers.
#[component]
fn Sittings(sittings: Vec<Sitting>, organ: String) -> impl IntoView {
    let (coming, held) = split(&sittings);
    let group = |id: &'static str, heading: &'static str, list: Vec<Sitting>| {
        (!list.is_empty()).then(|| {
            view! {
                <section class="py-3" aria-labelledby=id>
                    <h2 id=id>{heading}</h2>
                    {list.into_iter().map(|sitting| view! { <SittingEntry sitting=sitting organ=organ.clone()/> }).collect_view()}
                </section>
            }
        })
    };
    view! {
        {group("sedute-prossime", "Prossime sedute", coming)}
        {group("sedute-svolte", "Sedute svolte", held)}
    }
}

#[component]
fn SittingEntry(sitting: Sitting, organ: String) -> impl IntoView {
    let id = sitting.anchor();
    let calendar = (!sitting.svolta).then(|| {
        view! {
            <p class="mb-1">
                <a href=sitting.calendar_path(&organ) download="">
                    <Icon name="it-calendar" class="icon icon-sm icon-primary me-1"/>
                    "Aggiungi la seduta al tuo calendario (file iCalendar)"
                </a>
            </p>
        }
    });
    let heading_id = format!("{id}-titolo");
    let labelled_by = heading_id.clone();
    view! {
        <article id=id class="sitting mb-4" aria-labelledby=labelled_by>
            <h3 id=heading_id class="h5">{sitting.when()}</h3>
            <p class="mb-1">{sitting.luogo.clone()}</p>
            {calendar}
            <h4 class="h6 mt-2">"Ordine del giorno"</h4>
            <ol>{sitting.ordine_del_giorno.iter().map(|item| view! { <li>{item.clone()}</li> }).collect_view()}</ol>
            {(!sitting.documenti.is_empty()).then(|| view! {
                <h4 class="h6 mt-2">"Documenti della seduta"</h4>
                <AttachmentList items=sitting.documenti.clone()/>
            })}
        </article>
    }
}

#[component]
fn MemberList(members: Vec<Member>) -> impl IntoView {
    view! {
        <ul class="list-unstyled member-list">
            {members
                .into_iter()
                .map(|member| {
                    let period = member.period();
                    let href = member.persona.path();
                    view! {
                        <li class="mb-2">
                            <a href=href>{member.persona.nome}</a>
                            ", "{member.ruolo}
                            <span class="text-muted">" · "{period}</span>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
