//! The pages every public administration site must have, linked from the
//! footer. Their texts name the ente through the configuration, so they serve
//! any Provincia unchanged.

use crate::components::accordion::{Accordion, AccordionEntry};
use crate::components::loaded::Loaded;
use crate::components::office::OfficeLines;
use crate::components::page::{SitePage, TextColumn};
use crate::components::report_form::ReportForm;
use crate::context::use_site;
use crate::model::content::{Office, OfficeList, SiteIndex};
use crate::model::endpoint;
use crate::model::paths;
use crate::model::receiving::Kind;
use crate::model::services::ServiceCatalog;
use crate::model::site_map;
use crate::model::url_template::encode_component;
use leptos::prelude::*;
use leptos_router::any_nested_route::{AnyNestedRoute, IntoAnyNestedRoute};
use leptos_router::components::Route;
use leptos_router::path;

/// The pages linked from the footer and the search page.
#[component(transparent)]
pub fn FooterRoutes() -> AnyNestedRoute {
    view! {
        <Route path=path!("/cerca") view=crate::routes::search::SearchRoute/>
        <Route path=path!("/contatti") view=ContactsRoute/>
        <Route path=path!("/privacy") view=PrivacyRoute/>
        <Route path=path!("/note-legali") view=LegalNotesRoute/>
        <Route path=path!("/faq") view=FaqRoute/>
        <Route path=path!("/segnala-disservizio") view=ReportRoute/>
        <Route path=path!("/prenota-appuntamento") view=crate::routes::booking::BookingRoute/>
        <Route path=path!("/mappa-del-sito") view=SiteMapRoute/>
    }
    .into_inner()
    .into_any_nested_route()
}

#[component]
pub fn ContactsRoute() -> impl IntoView {
    let site = use_site();
    let c = site.contatti.clone();
    let phone_href = format!("tel:{}", c.telefono.replace(' ', ""));
    let map_href = format!(
        "https://www.openstreetmap.org/search?query={}",
        encode_component(&c.indirizzo)
    );
    view! {
        <SitePage path="/contatti" lead=format!("Come raggiungere e contattare {}.", site.ente.nome)>
            <TextColumn>
                    <h2>"Sede"</h2>
                    <address>{site.ente.nome.clone()}<br/>{c.indirizzo.clone()}</address>
                    <h2>"Recapiti"</h2>
                    <dl class="contact-list">
                        <dt>"Posta elettronica certificata (PEC)"</dt>
                        <dd><a href=format!("mailto:{}", c.pec)>{c.pec.clone()}</a></dd>
                        <dt>"Posta elettronica"</dt>
                        <dd><a href=format!("mailto:{}", c.email)>{c.email.clone()}</a></dd>
                        <dt>"Telefono (centralino)"</dt>
                        <dd><a href=phone_href>{c.telefono.clone()}</a></dd>
                        <dt>"Orari di apertura al pubblico"</dt>
                        <dd>{c.orari.clone()}</dd>
                        <dt>"Codice fiscale"</dt>
                        <dd>{c.codice_fiscale.clone()}</dd>
                        <dt>"Partita IVA"</dt>
                        <dd>{c.partita_iva.clone()}</dd>
                    </dl>
                    <p>
                        "La PEC ha valore di raccomandata con ricevuta di ritorno: usala per istanze e comunicazioni "
                        "ufficiali. Per domande semplici scrivi alla posta elettronica ordinaria."
                    </p>
                    <p>
                        <a href=map_href rel="noopener">"Vedi la sede sulla mappa di OpenStreetMap"</a>
                        " (sito esterno: la mappa non è incorporata in questa pagina, così nessun altro server riceve la tua visita finché non scegli di aprirla)."
                    </p>
                    <h2>"Uffici"</h2>
                    <Loaded source=endpoint::offices() view=|list: OfficeList| view! { <OfficeDirectory offices=list.uffici.into_iter().map(|u| u.ufficio).collect()/> }/>
            </TextColumn>
        </SitePage>
    }
}

#[component]
fn OfficeDirectory(offices: Vec<Office>) -> impl IntoView {
    view! {
        <ul class="list-unstyled office-directory">
            {offices.into_iter().map(|office| view! {
                <li class="mb-3">
                    <h3 class="h6 mb-1"><a href=office.path()>{office.nome.clone()}</a></h3>
                    <OfficeLines office=office/>
                </li>
            }).collect_view()}
        </ul>
    }
}

#[component]
pub fn PrivacyRoute() -> impl IntoView {
    let site = use_site();
    let ente = site.ente.nome.clone();
    let c = site.contatti.clone();
    view! {
        <SitePage path="/privacy" lead="Questo sito non usa cookie di profilazione né strumenti di tracciamento.">
            <TextColumn>
                    <h2>"Titolare del trattamento"</h2>
                    <p>
                        {format!("Il titolare del trattamento dei dati personali è {ente}, con sede in {}. ", c.indirizzo)}
                        "Il Responsabile della protezione dei dati (RPD) si contatta all'indirizzo PEC "
                        <a href=format!("mailto:{}", c.pec)>{c.pec.clone()}</a>"."
                    </p>
                    <h2>"Cookie e tracciamento"</h2>
                    <p>
                        "Il sito non installa cookie, né tecnici né di profilazione, e non usa sistemi di analisi "
                        "delle visite di terze parti. Caratteri, icone e fogli di stile sono serviti dal sito "
                        "stesso: visitando le pagine non si contatta nessun altro server. Per questo non viene "
                        "mostrato alcun banner sui cookie."
                    </p>
                    <h2>"Dati di navigazione"</h2>
                    <p>
                        "Come ogni server web, quello che ospita il sito registra per ragioni di sicurezza "
                        "l'indirizzo IP, la data e l'ora della richiesta e la pagina richiesta. Questi dati non "
                        "servono a identificare chi visita il sito, sono conservati per il tempo strettamente "
                        "necessario alla sicurezza del servizio e possono essere usati solo per accertare "
                        "responsabilità in caso di reati informatici."
                    </p>
                    <h2>"Dati forniti volontariamente"</h2>
                    <p>
                        "Chi scrive agli indirizzi indicati nel sito comunica i propri dati di contatto, usati "
                        "solo per rispondere e per gestire la richiesta secondo i compiti istituzionali dell'ente "
                        "(art. 6, par. 1, lett. e del Regolamento UE 2016/679)."
                    </p>
                    <ReceivingPrivacy/>
                    <h2>"Diritti degli interessati"</h2>
                    <p>
                        "Puoi chiedere in ogni momento l'accesso ai tuoi dati, la rettifica, la cancellazione o la "
                        "limitazione del trattamento, e opporti al trattamento (articoli 15-22 del Regolamento UE "
                        "2016/679), scrivendo alla PEC dell'ente. Se ritieni che il trattamento violi il "
                        "Regolamento puoi proporre reclamo al Garante per la protezione dei dati personali."
                    </p>
            </TextColumn>
        </SitePage>
    }
}

/// What the receiving service does with what citizens send: the processing
/// `ricezione/` carries out, with the retention it applies (the same value
/// of `sito.toml`).
#[component]
fn ReceivingPrivacy() -> impl IntoView {
    let receiving = use_site().ricezione.clone();
    if receiving.indirizzo.is_empty() {
        return view! {
            <h2>"Valutazioni, segnalazioni e richieste di appuntamento"</h2>
            <p>"Su questo sito la raccolta delle valutazioni, delle segnalazioni e delle richieste di appuntamento non è attiva: i moduli non inviano nulla."</p>
        }
        .into_any();
    }
    let days = receiving.conservazione_giorni;
    view! {
        <h2>"Valutazioni, segnalazioni e richieste di appuntamento"</h2>
        <p>
            "Il modulo «Quanto sono chiare le informazioni su questa pagina?», il modulo di segnalazione di un "
            "disservizio e la richiesta di appuntamento inviano i dati scritti a un servizio dell'ente, che li "
            "conserva nella propria banca dati. Servono a migliorare le pagine, a risolvere i disservizi e a fissare "
            "gli appuntamenti, cioè a svolgere i compiti istituzionali dell'ente (base giuridica: art. 6, par. 1, "
            "lett. e del Regolamento UE 2016/679)."
        </p>
        <ul>
            <li>"Una valutazione è anonima: si registrano la pagina, le stelle, la risposta scelta, il commento facoltativo e la data."</li>
            <li>"Una segnalazione registra il tipo di problema, la pagina o il servizio, la descrizione e, se lo scrivi, il tuo indirizzo e-mail per la risposta."</li>
            <li>"Una richiesta di appuntamento registra ufficio, servizio, giorno e fascia preferiti, motivo, nome, cognome, e-mail e telefono, e viene inoltrata per e-mail all'ufficio scelto."</li>
        </ul>
        <p>
            "Il servizio non usa cookie e non registra l'indirizzo IP. Per impedire invii ripetuti in massa ne "
            "calcola un'impronta cifrata con una chiave che cambia ogni giorno e che viene poi cancellata, così "
            "l'impronta non si può ricondurre a chi ha inviato; l'impronta resta solo nella memoria del servizio, "
            "per quel giorno. Non ci sono CAPTCHA né altri servizi di terze parti."
        </p>
        <p>
            {format!("Commenti, descrizioni, nomi e recapiti sono cancellati dopo {days} giorni dall'invio; ")}
            "restano, senza dati personali, il numero di stelle e la risposta scelta di ogni valutazione, il tipo e "
            "lo stato di ogni segnalazione e richiesta, per le statistiche del sito. I dati sono letti solo dal "
            "personale della redazione e degli uffici competenti e non sono comunicati ad altri."
        </p>
    }
    .into_any()
}

#[component]
pub fn LegalNotesRoute() -> impl IntoView {
    let ente = use_site().ente.nome.clone();
    let exclusions = format!(
        "Sono esclusi dalla licenza lo stemma e i loghi di {ente}, e le immagini e i documenti di terzi indicati come tali, che restano dei rispettivi titolari."
    );
    view! {
        <SitePage path="/note-legali" lead="Condizioni d'uso del sito e licenza dei contenuti.">
            <TextColumn>
                    // The model's heading and wording, which its checker compares (C.SI.3.4).
                    <h2 data-element="legal-notes-section">"Licenza dei contenuti"</h2>
                    <p data-element="legal-notes-body">
                        "In applicazione del principio open by default ai sensi dell'articolo 52 del decreto "
                        "legislativo 7 marzo 2005, n. 82 (CAD) e salvo dove diversamente specificato (compresi i "
                        "contenuti incorporati di terzi), i dati, i documenti e le informazioni pubblicati sul sito "
                        "sono rilasciati con "
                        <a href="https://creativecommons.org/licenses/by/4.0/legalcode.it" rel="license">"licenza CC-BY 4.0"</a>
                        ". Gli utenti sono quindi liberi di condividere (riprodurre, distribuire, comunicare al "
                        "pubblico, esporre in pubblico), rappresentare, eseguire e recitare questo materiale con "
                        "qualsiasi mezzo e formato e modificare (trasformare il materiale e utilizzarlo per opere "
                        "derivate) per qualsiasi fine, anche commerciale con il solo onere di attribuzione, senza "
                        "apporre restrizioni aggiuntive."
                    </p>
                    <p>{exclusions}</p>
                    <h2>"Dati aperti"</h2>
                    <p>
                        "Gli elenchi pubblicati dal sito (notizie, avvisi, progetti PNRR) sono scaricabili in "
                        "formato aperto alle stesse condizioni, ai sensi del D.Lgs. 36/2006 e del Codice "
                        "dell'amministrazione digitale."
                    </p>
                    <h2 id="condizioni-servizi">"Condizioni di utilizzo dei servizi online"</h2>
                    <p>
                        "I servizi online dell'ente si usano con un'identità digitale (SPID, CIE o CNS). Chi li usa "
                        "dichiara dati veri, risponde di quanto presenta e conserva le ricevute. Ogni scheda di "
                        "servizio indica le condizioni proprie di quel servizio; i dati forniti sono trattati come "
                        "descritto nell'" <a href="/privacy">"informativa privacy"</a>"."
                    </p>
                    <h2 id=paths::IMPROVEMENT_PLAN_ID>"Piano di miglioramento del sito"</h2>
                    <p>
                        "A ogni rilascio il sito è misurato sulle stesse pagine: peso di ciascun tipo di pagina, "
                        "prestazioni con Lighthouse nelle condizioni di un telefono su rete lenta, accessibilità "
                        "con axe (WCAG 2.1 e 2.2, livelli A e AA) su schermi larghi e da 320 pixel, uso da tastiera "
                        "e senza JavaScript. Una modifica che peggiora questi risultati non viene pubblicata finché "
                        "non è corretta."
                    </p>
                    <p>
                        "Gli obiettivi: ogni pagina leggibile appena arriva, anche senza JavaScript; nessun "
                        "contenuto caricato da terze parti; punteggio Lighthouse per dispositivi mobili di almeno 90 "
                        "su ogni tipo di pagina; nessun errore di accessibilità rilevato automaticamente. Gli "
                        "ostacoli che i controlli automatici non vedono si segnalano dalla "
                        <a href="/segnala-disservizio">"pagina di segnalazione"</a>" o con la dichiarazione di accessibilità."
                    </p>
                    <h2>"Collegamenti ad altri siti"</h2>
                    <p>
                        "I collegamenti verso siti esterni sono forniti come servizio a chi legge. L'ente non è "
                        "responsabile dei contenuti di siti che non gestisce."
                    </p>
                    <h2>"Validità delle informazioni"</h2>
                    <p>
                        "Le informazioni del sito sono curate con attenzione ma non sostituiscono gli atti "
                        "ufficiali: fanno fede gli atti pubblicati all'Albo pretorio e nella sezione "
                        <a href="/amministrazione-trasparente">"Amministrazione trasparente"</a>"."
                    </p>
                    <p>"Per il trattamento dei dati personali leggi l'" <a href="/privacy">"informativa privacy"</a>"."</p>
            </TextColumn>
        </SitePage>
    }
}

#[component]
pub fn FaqRoute() -> impl IntoView {
    let site = use_site();
    let c = &site.contatti;
    let entries = vec![
        AccordionEntry {
            title: "Quali sono gli orari di apertura degli uffici?".into(),
            body: format!("Gli uffici ricevono il pubblico con questi orari: {}. Per alcuni servizi è consigliato prendere appuntamento.", c.orari),
        },
        AccordionEntry {
            title: "Come invio una comunicazione ufficiale all'ente?".into(),
            body: format!("Usa la posta elettronica certificata {}: ha lo stesso valore di una raccomandata con ricevuta di ritorno.", c.pec),
        },
        AccordionEntry {
            title: "Posso consultare gli archivi tecnici senza venire in ufficio?".into(),
            body: "Sì. Gli archivi digitalizzati (archivio sismica, archivio storico, Piani di Bacino) si consultano a distanza: la sezione Archivi digitali spiega che cosa contiene ciascun archivio, chi può accedere e come.".into(),
        },
        AccordionEntry {
            title: "Come segnalo un problema su una strada provinciale?".into(),
            body: "Per le emergenze chiama il 112. Per buche, segnaletica danneggiata o altri problemi non urgenti usa la pagina Segnala disservizio indicando strada, chilometro o località.".into(),
        },
        AccordionEntry {
            title: "Dove trovo gli atti e i bandi dell'ente?".into(),
            body: "Gli atti ufficiali sono pubblicati all'Albo pretorio online e nella sezione Amministrazione trasparente; bandi e avvisi sono anche nella sezione Novità, elenco Avvisi.".into(),
        },
        AccordionEntry {
            title: "Come chiedo l'autorizzazione per un trasporto eccezionale?".into(),
            body: "Online, dallo sportello dei servizi con SPID, CIE o CNS: la scheda del servizio nella categoria Strade e trasporti elenca i documenti e i tempi (15 giorni per le autorizzazioni singole).".into(),
        },
        AccordionEntry {
            title: "Chi si occupa delle scuole superiori e delle loro palestre?".into(),
            body: "La Provincia cura gli edifici degli istituti superiori e concede le palestre alle associazioni sportive fuori dall'orario scolastico; per le scuole dell'infanzia, primarie e medie è competente il Comune.".into(),
        },
        AccordionEntry {
            title: "Il mio Comune può affidare le gare d'appalto alla Provincia?".into(),
            body: "Sì, aderendo con una convenzione alla Stazione unica appaltante: la Provincia svolge la gara fino all'aggiudicazione e il Comune firma il contratto.".into(),
        },
        AccordionEntry {
            title: "Come trovo un progetto PNRR se conosco il CUP o il CIG?".into(),
            body: "Scrivi il codice nel campo di ricerca in alto: la pagina del progetto compare per prima. Dalla pagina Attuazione misure PNRR puoi anche filtrare la tabella dei progetti per CUP o CIG.".into(),
        },
        AccordionEntry {
            title: "Che cos'è l'accesso civico e come si chiede?".into(),
            body: "È il diritto di chiunque di chiedere documenti e dati dell'ente senza motivare la richiesta. Si chiede alla PEC dell'ente; le istruzioni sono nella sezione Amministrazione trasparente, Altri contenuti, Accesso civico.".into(),
        },
        AccordionEntry {
            title: "Come vengono spesi i fondi del PNRR?".into(),
            body: "La sezione Attuazione misure PNRR pubblica per ogni misura e progetto gli importi, il codice CUP, gli atti e lo stato di avanzamento.".into(),
        },
    ];
    view! {
        <SitePage path="/faq" lead="Le risposte alle domande che ci vengono rivolte più spesso.">
            <TextColumn>
                    <Accordion id="faq" entries=entries/>
            </TextColumn>
        </SitePage>
    }
}

#[component]
pub fn ReportRoute() -> impl IntoView {
    view! {
        <SitePage path="/segnala-disservizio" lead="Se un servizio o questo sito non funziona come dovrebbe, faccelo sapere.">
            <Loaded source=endpoint::services() view=|catalog: ServiceCatalog| view! { <ReportPage catalog=catalog/> }/>
        </SitePage>
    }
}

/// The report form when the receiving service is configured, and always the
/// e-mail route: for readers without JavaScript, and when the service is down.
#[component]
pub fn ReportPage(catalog: ServiceCatalog) -> impl IntoView {
    let site = use_site();
    let c = site.contatti.clone();
    let address = site.ricezione.address(Kind::Report);
    // The site's sections, then every service: offered in "Dove".
    let mut pages: Vec<(String, String)> = crate::model::site_map::PAGES
        .iter()
        .map(|p| (p.path.to_string(), site.page_title(p.path, p.title).to_string()))
        .collect();
    pages.extend(
        catalog
            .categorie
            .iter()
            .flat_map(|category| category.servizi.iter())
            .map(|service| (service.path(), service.titolo.clone())),
    );
    let site_url = site.ente.url_sito.clone();
    let form = address.map(|address| {
        view! {
            <section class="mb-5" aria-label="Modulo di segnalazione">
                <ReportForm address=address pages=pages site_url=site_url/>
                <p class="without-js">"Il modulo ha bisogno di JavaScript: puoi segnalare per e-mail come spiegato qui sotto."</p>
            </section>
        }
    });
    view! {
        <TextColumn>
                {form}
                <h2>"Segnalare per e-mail"</h2>
                <p>
                    "Puoi anche scrivere a " <a href=format!("mailto:{}?subject=Segnalazione%20disservizio", c.email)>{c.email.clone()}</a>
                    " con oggetto «Segnalazione disservizio». Se la segnalazione ha valore ufficiale usa la PEC "
                    <a href=format!("mailto:{}", c.pec)>{c.pec.clone()}</a>"."
                </p>
                <h2>"Che cosa indicare"</h2>
                <ul>
                    <li>"quale servizio o quale pagina del sito non funziona;"</li>
                    <li>"dove (per le strade: numero della strada provinciale, chilometro o località);"</li>
                    <li>"quando hai notato il problema;"</li>
                    <li>"un recapito per essere ricontattato, se lo desideri."</li>
                </ul>
                <p>"Per i pericoli immediati sulle strade chiama il numero unico di emergenza 112."</p>
                <h2>"Accessibilità del sito"</h2>
                <p>
                    "Se incontri un ostacolo di accessibilità, puoi segnalarlo con lo stesso modulo o indirizzo oppure "
                    "attraverso il meccanismo di feedback della "
                    <a href=site.footer.dichiarazione_accessibilita.clone() rel="noopener">"dichiarazione di accessibilità"</a>"."
                </p>
                <p>"Come trattiamo i dati che invii è scritto nell'" <a href="/privacy">"informativa privacy"</a>"."</p>
        </TextColumn>
    }
}

#[component]
pub fn SiteMapRoute() -> impl IntoView {
    view! {
        <SitePage path=crate::model::site_map::SITE_MAP_PATH lead="Tutte le sezioni e le pagine del sito.">
            <Loaded source=endpoint::site_index() view=|index: SiteIndex| view! { <SiteMapTree index=index/> }/>
        </SitePage>
    }
}

/// The fixed pages, each followed by the pages below it (services,
/// archives, transparency nodes, topics, measures…) at their depth.
#[component]
fn SiteMapTree(index: SiteIndex) -> impl IntoView {
    let site = use_site();
    let mut entries: Vec<(String, String, String)> = Vec::new();
    for page in site_map::PAGES {
        entries.push((
            page.path.to_string(),
            site.page_title(page.path, page.title).to_string(),
            page.description.to_string(),
        ));
        if page.path != "/" {
            let prefix = format!("{}/", page.path);
            let below = index
                .voci
                .iter()
                .filter(|e| {
                    e.percorso.starts_with(&prefix)
                        && site_map::ancestors(&e.percorso)
                            .last()
                            .is_some_and(|a| a.path == page.path)
                })
                .map(|e| (e.percorso.clone(), e.titolo.clone(), e.descrizione.clone()));
            // The index lists each section's pages in order (a transparency
            // section before its subsections).
            entries.extend(below);
        }
    }
    let items = entries
        .into_iter()
        .map(|(path, title, description)| {
            let depth = path.matches('/').count().saturating_sub(1).min(3);
            view! {
                <li class=format!("site-map-depth-{depth}")>
                    <a href=path>{title}</a>" – "{description}
                </li>
            }
        })
        .collect_view();
    view! { <ul class="site-map">{items}</ul> }
}
