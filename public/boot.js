// Brings the pre-rendered pages to life and keeps the site a single-page
// app without re-rendering them.
//
// It lives in its own file, not inline, so the Content-Security-Policy can
// forbid inline scripts. The pre-renderer writes on each page the tags of
// the bundles it needs (data-js, data-wasm; builder/src/bundles.rs): one for
// the islands needed at once and, marked data-al-bisogno, one for the
// islands that come to life on demand (the main menu, the page rating, a
// topic page's filters), fetched when a reader first reaches them. A page
// that only shows text runs no WebAssembly until then.
//
// Each `<leptos-island>` is hydrated in place by a bundle that exports its
// function, so the pre-rendered DOM is never replaced. Following an internal
// link fetches the next pre-rendered page, swaps #sito, and does what a page
// load would: title and head tags, focus on the new h1, the title announced,
// scroll at the top (or where "back" left it).

const ROOT_ID = 'sito';
const ANNOUNCER_ID = 'annuncio-navigazione';
/** The data a page was rendered from (model::preloaded), read by its islands. */
const EMBEDDED_DATA_ID = 'dati-pagina';
/** Head tags that describe one page; replaced on each navigation. */
const PAGE_HEAD_TAGS = 'meta[name="description"], link[rel="canonical"], link[rel="alternate"], meta[property^="og:"], script[type="application/ld+json"]';
/** Elements whose islands come to life on demand, and the tag of their bundle. */
const ON_DEMAND = 'data-al-bisogno';

const modules = new Map();

function bundleTags(doc) {
  return [...doc.querySelectorAll('script[data-wasm]')];
}

/** Loads and starts a bundle once; later pages reuse it. */
function load(tag) {
  const key = tag.dataset.js;
  if (!modules.has(key)) {
    modules.set(key, import(key).then(async (mod) => {
      await mod.default({ module_or_path: tag.dataset.wasm });
      return mod;
    }));
  }
  return modules.get(key);
}

/** The islands under `root` to hydrate: not yet hydrated, not inside another (its parent hydrates it). */
function islandsUnder(root) {
  return [...root.querySelectorAll('leptos-island')].filter(
    (island) => !island.parentElement.closest('leptos-island') && !('idratata' in island.dataset),
  );
}

const onDemand = (island) => island.closest(`[${ON_DEMAND}]`) !== null;

const yieldToMain = () => new Promise((resolve) => setTimeout(resolve));

/**
 * The bundles that hydrate `islands`: those already running when they
 * export them all (the archives' bundle holds the common islands too), else
 * the bundles `tags` name, loaded once.
 */
async function bundlesFor(islands, tags) {
  if (islands.length === 0) return [];
  return (await exportedByRunning(islands)) ? Promise.all(modules.values()) : Promise.all(tags.map(load));
}

/** Hydrates `islands`, each with the first of `mods` that exports its function. */
async function hydrate(islands, mods, hydrated = () => {}) {
  for (const island of islands) {
    // One task per island: a slow phone stays responsive between them.
    await yieldToMain();
    // Already hydrated, or gone: a link followed while the code was loading
    // took its page away (and the data it would read with it).
    if ('idratata' in island.dataset || !island.isConnected) continue;
    const mod = mods.find((m) => typeof m[island.dataset.component] === 'function');
    if (!mod) {
      console.warn(`Nessun pacchetto contiene l'isola ${island.dataset.component}`);
      continue;
    }
    island.dataset.idratata = '';
    await mod[island.dataset.component](island);
    hydrated(island);
  }
}

/** Wakes the on-demand parts of the page shown (each set once per page). */
let wakeOnDemand = async () => {};

/**
 * Brings the page under `root` to life: its islands needed at once now;
 * those on demand when a reader first reaches them (focus, touch, input), or at
 * once when the address carries a query their widget keeps (data-filters).
 */
async function activate(root, tags) {
  const later = tags.filter((tag) => tag.hasAttribute(ON_DEMAND));
  const now = tags.filter((tag) => !tag.hasAttribute(ON_DEMAND));
  const boxes = [...root.querySelectorAll(`[${ON_DEMAND}]`)];
  let woken = null;
  let awake = false;
  // What the reader types or chooses while the code loads, kept for the islands.
  const typed = new Map();
  const wake = () => (woken ??= hydrateKeepingInput(boxes, later.length > 0 ? later : now, typed).then(() => (awake = true)));
  wakeOnDemand = wake;
  const record = (event) => {
    const field = event.target;
    if (awake || !event.isTrusted || !field.matches?.('input, select, textarea')) return;
    // An island already given back its fields hears its fields itself.
    if (field.closest('leptos-island[data-restituita]')) return;
    const committed = event.type === 'change' || typed.get(field)?.committed === true;
    typed.set(field, { value: field.value, checked: field.checked, committed });
  };
  // Input and change too: a field can be changed without taking the focus (by a script, an assistive tool).
  for (const box of boxes) {
    for (const type of ['input', 'change']) box.addEventListener(type, record, { capture: true });
    for (const type of ['focusin', 'pointerdown', 'input', 'change']) box.addEventListener(type, wake, { once: true });
    box.addEventListener('click', (event) => replayWhenAwake(event, () => awake, wake));
  }
  const atOnce = islandsUnder(root).filter((island) => !onDemand(island));
  // Islands started at once can be typed in too before their code has
  // arrived (the search field a link put the focus in): what was typed is
  // given back as they hydrate, as for the islands on demand.
  const typedEarly = new Map();
  const recordEarly = (event) => {
    const field = event.target;
    if (!event.isTrusted || !field.matches?.('input, select, textarea')) return;
    typedEarly.set(field, { value: field.value, checked: field.checked, committed: event.type === 'change' });
  };
  for (const island of atOnce) for (const type of ['input', 'change']) island.addEventListener(type, recordEarly, { capture: true });
  await hydrate(atOnce, await bundlesFor(atOnce, now), (island) => {
    for (const type of ['input', 'change']) island.removeEventListener(type, recordEarly, { capture: true });
    for (const [field, entry] of typedEarly) {
      if (!island.contains(field)) continue;
      typedEarly.delete(field);
      giveBack(field, entry);
    }
  });
  if (location.search && boxes.some((box) => box.querySelector('[data-filters]'))) await wake();
  // A page reached by a link whose islands on demand are all in bundles
  // already running wakes them now: there is nothing left to download.
  else if (boxes.length > 0 && (await exportedByRunning(boxes.flatMap(islandsUnder)))) await wake();
}

/** Whether the bundles already running export the functions of all `islands`. */
async function exportedByRunning(islands) {
  const running = await Promise.all(modules.values());
  return running.length > 0 && islands.every((island) => running.some((m) => typeof m[island.dataset.component] === 'function'));
}

/**
 * Hydrates the islands of `boxes` and gives them back what the reader did
 * while their code was loading (`typed`, recorded as it happened; fields
 * the browser restored without an event are noted before). Hydration sets
 * each field from the island's state, so right after an island hydrates,
 * in the same task (no key can come in between), each of its fields is set
 * again and announced with the events the reader's own input fired: input;
 * change once the reader committed it, as a select or leaving a field does.
 */
async function hydrateKeepingInput(boxes, tags, typed) {
  const islands = boxes.flatMap(islandsUnder);
  const mods = await bundlesFor(islands, tags);
  const fields = boxes.flatMap((box) => [...box.querySelectorAll('input, select, textarea')]);
  for (const field of fields.filter(isChanged)) {
    if (!typed.has(field)) typed.set(field, { value: field.value, checked: field.checked, committed: true });
  }
  await hydrate(islands, mods, (island) => {
    island.dataset.restituita = '';
    for (const [field, entry] of typed) {
      if (!island.contains(field)) continue;
      typed.delete(field);
      giveBack(field, entry);
    }
  });
  typed.clear();
}

function giveBack(field, { value, checked, committed }) {
  const toggle = isToggle(field);
  if (toggle) field.checked = checked;
  else field.value = value;
  if (!toggle && field.tagName !== 'SELECT') field.dispatchEvent(new Event('input', { bubbles: true }));
  if (toggle || field.tagName === 'SELECT' || committed) field.dispatchEvent(new Event('change', { bubbles: true }));
  else changeOnLeaving(field);
}

/**
 * A field being typed in when its island woke: setting its value again made
 * the browser forget it was typed, so leaving the field would fire no
 * change; this fires it, unless the reader's own change came first.
 */
function changeOnLeaving(field) {
  let changed = false;
  field.addEventListener('change', () => (changed = true), { once: true });
  field.addEventListener('blur', () => changed || field.dispatchEvent(new Event('change', { bubbles: true })), { once: true });
}

/**
 * A button pressed while its box's code is still loading (the press woke
 * it) does nothing yet: it is pressed again once the box has come to life.
 * A submit button needs nothing here: the form's submit is held until the
 * island wakes (the submit listener below).
 */
function replayWhenAwake(event, isAwake, wake) {
  const button = event.target.closest('button[type="button"]');
  if (!button || isAwake() || !event.isTrusted) return;
  event.preventDefault();
  wake().then(() => button.click());
}

const isToggle = (field) => field.type === 'checkbox' || field.type === 'radio';

function isChanged(field) {
  if (isToggle(field)) return field.checked !== field.defaultChecked;
  if (field.tagName === 'SELECT' && field.multiple) return [...field.options].some((option) => option.selected !== option.defaultSelected);
  // A single choice without a `selected` option starts on the first one.
  if (field.tagName === 'SELECT') return field.selectedIndex !== Math.max(0, [...field.options].findIndex((option) => option.defaultSelected));
  return field.value !== field.defaultValue;
}

async function start() {
  // Opened at a form field's address (/cerca#cerca-pagina): the caret is there.
  if (fragmentTarget(location.hash)?.matches('input, select, textarea')) focusFragmentTarget();
  await activate(document.getElementById(ROOT_ID), bundleTags(document));
  document.documentElement.dataset.app = 'avviata';
}

// ---- Navigation between pre-rendered pages --------------------------------

/** The address to open in place, or null when the browser should handle it. */
function internalUrl(href) {
  const url = new URL(href, location.href);
  if (url.origin !== location.origin) return null;
  // Files (feeds, data, attachments), the API and the editors' tool are not pages.
  const last = url.pathname.split('/').pop();
  if (last.includes('.') || /^\/(api|admin|feed|dati|allegati)(\/|$)/.test(url.pathname)) return null;
  // A fragment of this very page: the browser scrolls to it.
  if (url.pathname === location.pathname && url.search === location.search && url.hash) return null;
  return url;
}

/** The element a `#fragment` names on the page shown, if any. */
function fragmentTarget(hash) {
  return hash ? document.getElementById(decodeURIComponent(hash.slice(1))) : null;
}

/** Focuses the current #fragment's element when it can take focus (the skip links' targets, a form field). */
function focusFragmentTarget() {
  const target = fragmentTarget(location.hash);
  if (target?.hasAttribute('tabindex') || target?.matches('input, select, textarea')) target.focus();
}

/** The page shown (path and query): a change of #fragment alone is not a new page. */
let shown = location.pathname + location.search;

document.addEventListener('click', (ev) => {
  if (ev.defaultPrevented || ev.button !== 0 || ev.metaKey || ev.ctrlKey || ev.shiftKey || ev.altKey) return;
  const link = ev.target.closest('a[href]');
  if (!link || link.hasAttribute('download') || (link.target && link.target !== '_self')) return;
  const url = internalUrl(link.href);
  if (!url) return;
  ev.preventDefault();
  if (widgetOwnsQuery(url)) {
    showQuery(url);
    return;
  }
  navigate(url, { push: true });
});

document.addEventListener('submit', (ev) => {
  const form = ev.target;
  // A form of an island still asleep (on demand): held until the island
  // wakes, then handed to it.
  const island = form.closest('leptos-island');
  if (island && !('idratata' in island.dataset) && form.closest(`[${ON_DEMAND}]`)) {
    ev.preventDefault();
    wakeOnDemand().then(() => {
      if ('idratata' in island.dataset) form.requestSubmit(ev.submitter);
    });
    return;
  }
  // A filter form applies each change itself (data-filters).
  if (ev.defaultPrevented || form.method.toLowerCase() !== 'get' || form.hasAttribute('data-filters')) return;
  const url = internalUrl(form.action);
  if (!url) return;
  ev.preventDefault();
  url.search = new URLSearchParams(new FormData(form, ev.submitter)).toString();
  if (widgetOwnsQuery(url)) {
    showQuery(url);
    return;
  }
  navigate(url, { push: true });
});

/**
 * The address is the page shown with another query, and a widget of the page
 * keeps its state in the query (`[data-filters]`: list filters, the
 * project table, the search): the widget shows it, the page stays.
 */
function widgetOwnsQuery(url) {
  return url.pathname === shown.split('?')[0] && document.querySelector(`#${ROOT_ID} [data-filters]`) !== null;
}

/**
 * Records `url` in the history and tells the widget, as "back" would
 * (components/address_query.rs); then, as for a new page, the view starts
 * at the top with the focus on the h1 and the title is announced.
 */
function showQuery(url) {
  history.replaceState({ y: window.scrollY }, '');
  history.pushState({ y: 0 }, '', url);
  shown = url.pathname + url.search;
  // A widget still asleep reads the address as it wakes.
  wakeOnDemand().then(() => window.dispatchEvent(new PopStateEvent('popstate', { state: history.state })));
  placeView(url, 0);
  announce(document.getElementById(ANNOUNCER_ID), document.title);
}

// Following a #fragment link of this page fires popstate too, as the
// browser moves there: the focus follows at once, before any next key.
window.addEventListener('popstate', (ev) => {
  if (location.pathname + location.search === shown) {
    focusFragmentTarget();
    return;
  }
  if (widgetOwnsQuery(location)) {
    // The widget listens to popstate too and shows the query it finds (or
    // reads it as it wakes).
    shown = location.pathname + location.search;
    wakeOnDemand();
    return;
  }
  navigate(new URL(location.href), { push: false, scrollTo: ev.state?.y ?? 0 });
});

if ('scrollRestoration' in history) history.scrollRestoration = 'manual';

let latest = 0;

async function navigate(url, { push, scrollTo = 0 }) {
  const ticket = ++latest;
  let doc;
  try {
    const response = await fetch(url, { headers: { Accept: 'text/html' } });
    if (response.status === 404) {
      // The server's own "page not found", as a page load shows it.
      location.assign(url);
      return;
    }
    if (!response.ok || !response.headers.get('content-type')?.includes('text/html')) {
      throw new Failure(`Il server ha risposto con un errore ${response.status}.`);
    }
    doc = new DOMParser().parseFromString(await response.text(), 'text/html');
  } catch (error) {
    if (ticket === latest) {
      showFailure(error instanceof Failure ? error.message : 'Controlla la connessione a internet.', () => navigate(url, { push, scrollTo }));
    }
    return;
  }
  if (ticket !== latest) return;
  const next = doc.getElementById(ROOT_ID);
  if (!next) {
    location.assign(url);
    return;
  }
  if (push) {
    history.replaceState({ y: window.scrollY }, '');
    history.pushState({ y: 0 }, '', url);
  }
  shown = url.pathname + url.search;
  swapHead(doc);
  const data = doc.getElementById(EMBEDDED_DATA_ID);
  if (data) document.getElementById(EMBEDDED_DATA_ID)?.replaceWith(document.adoptNode(data));
  const announcer = document.getElementById(ANNOUNCER_ID);
  next.querySelector(`#${ANNOUNCER_ID}`)?.replaceWith(announcer);
  document.getElementById(ROOT_ID).replaceWith(document.adoptNode(next));
  placeView(url, scrollTo);
  announce(announcer, document.title);
  await activate(next, bundleTags(doc));
}

class Failure extends Error {}

/** A page that could not be fetched: said in an alert in place of the content, with a way to retry. */
function showFailure(reason, retry) {
  const main = document.querySelector('main');
  if (!main) return;
  main.querySelector('.navigation-failure')?.remove();
  const box = document.createElement('div');
  box.className = 'navigation-failure alert alert-danger container my-4';
  box.setAttribute('role', 'alert');
  const title = document.createElement('p');
  title.className = 'fw-bold mb-1';
  title.textContent = 'Contenuti non disponibili';
  const text = document.createElement('p');
  text.textContent = `La pagina non si è potuta caricare. ${reason}`;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'btn btn-primary btn-sm';
  button.textContent = 'Riprova';
  button.addEventListener('click', () => {
    box.remove();
    retry();
  });
  box.append(title, text, button);
  main.prepend(box);
}

function swapHead(doc) {
  document.title = doc.title;
  for (const tag of document.head.querySelectorAll(PAGE_HEAD_TAGS)) tag.remove();
  for (const tag of doc.head.querySelectorAll(PAGE_HEAD_TAGS)) document.head.append(document.adoptNode(tag));
}

/**
 * The new page starts at the top (or at its #fragment, or where "back" left it) with the focus on its h1,
 * or in the field its #fragment names (the header's search button on a phone leads to the search field).
 */
function placeView(url, y) {
  const target = fragmentTarget(url.hash);
  window.scrollTo({ top: target ? target.getBoundingClientRect().top + window.scrollY : y, behavior: 'instant' });
  if (target?.matches('input, select, textarea')) {
    target.focus({ preventScroll: true });
    return;
  }
  const heading = document.querySelector('main h1');
  if (heading) {
    if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
    heading.focus({ preventScroll: true });
  }
}

/** Clears the live region first: the same text twice would not be spoken again. */
function announce(region, text) {
  if (!region) return;
  region.textContent = '';
  setTimeout(() => (region.textContent = text), 30);
}

/**
 * Runs `run` once the page has been painted: the bundles then never compete
 * with the CSS and fonts of the first paint (the pre-rendered page is already
 * readable; the widgets come a moment later). Without paint timing, or in a
 * tab in the background that paints nothing, a timer starts it anyway.
 */
function afterFirstPaint(run) {
  let started = false;
  const once = () => {
    if (started) return;
    started = true;
    setTimeout(run);
  };
  try {
    new PerformanceObserver((list, observer) => {
      if (list.getEntriesByName('first-contentful-paint').length === 0) return;
      observer.disconnect();
      once();
    }).observe({ type: 'paint', buffered: true });
  } catch {
    once();
  }
  setTimeout(once, 3000);
}

afterFirstPaint(start);
