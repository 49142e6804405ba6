// What the tests know about the site, read from the built site (dist/), so
// the tests follow the content and the configuration instead of repeating
// them, and never read the sources.
import { readFileSync } from 'node:fs';

const root = new URL('..', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');

/** A file of the site's JSON API, as built (dist/api/v1/). */
export const api = (path) => JSON.parse(read(`dist/api/v1/${path}`));

const built = api('sito.json');
/** Name of the ente, from the configuration the site was built with. */
export const ENTE = built.configurazione.ente.nome;

/** The site's fixed pages. */
const fixedPages = built.pagine_fisse.map((p) => p.percorso);

const hub = api('novita.json').elementi;
/** The voices of a controlled vocabulary the kit ships (builder/vocabolari/), lower-cased as the checker compares them. */
export const vocabulary = (file) => [...read(`builder/vocabolari/${file}`).matchAll(/^ {2}- "(.+)"$/gm)].map((m) => m[1].toLowerCase());

/** Every address the build pre-rendered, from dist/sitemap.xml. */
export const sitemapPaths = [...read('dist/sitemap.xml').matchAll(/<loc>https?:\/\/[^/]+([^<]*)<\/loc>/g)].map((m) => m[1] || '/');

const NEWS_SEGMENT = { notizia: 'notizie', comunicato: 'comunicati', avviso: 'avvisi' };
export const NEWS_PAGES = Object.keys(NEWS_SEGMENT).map((tipo) => {
  const item = hub.find((n) => n.tipo === tipo);
  return `/novita/${NEWS_SEGMENT[tipo]}/${item.slug}`;
});

// One page for every shape of address below a section (/servizi/x, /pnrr/progetti/x, /novita/avvisi/pagina/2, …).
const shapes = new Map();
for (const path of sitemapPaths) {
  if (fixedPages.includes(path) || path.startsWith('/novita/')) continue;
  const parts = path.split('/');
  // Deeper pages (a project, a transparency subsection) count once per depth.
  const shape = parts.length > 3 ? `${parts.slice(0, 2).join('/')}/${parts.length}` : parts[1];
  if (!shapes.has(shape)) shapes.set(shape, path);
}
export const LIST_PAGE_2 = sitemapPaths.find((p) => p === '/novita/avvisi/pagina/2');
export const PNRR_PROJECT = sitemapPaths.find((p) => p.startsWith('/pnrr/progetti/'));

// A service page and a category share the shape /servizi/x: both are covered.
const catalog = api('servizi.json').categorie;
export const SERVICE_CATEGORY = `/servizi/${catalog[0].slug}`;
export const SERVICE_PAGE = `/servizi/${catalog.find((c) => c.servizi.length).servizi[0].slug}`;
for (const path of [SERVICE_CATEGORY, SERVICE_PAGE]) shapes.set(path, path);

// Amministrazione (issue 18): the organs and the two lists of people, and
// one page of each, whose addresses share one shape with the text pages.
const PEOPLE_LISTS = { politico: '/amministrazione/politici', personale: '/amministrazione/personale-amministrativo' };
export const PEOPLE = api('persone.json').persone;
export const ORGANS = api('organi.json').organi;
export const personPath = (person) => `${PEOPLE_LISTS[person.tipo]}/${person.slug}`;
// The copy of the Albo pretorio, when the ente configured it.
export const ALBO = (() => {
  try {
    return api('albo-pretorio.json');
  } catch {
    return null;
  }
})();
// The organisation: a settore, a servizio and an ufficio each have a page.
export const OFFICES = api('uffici.json').uffici;
const LEVEL_LISTS = { settore: '/amministrazione/aree-amministrative', servizio: '/amministrazione/uffici', ufficio: '/amministrazione/uffici' };
export const officePath = (unit) => `${LEVEL_LISTS[unit.ufficio.livello]}/${unit.ufficio.slug}`;
// Documenti e dati: the list, its second page, a filtered list and a document of each shape.
export const DOCUMENTS = api('documenti/elenco.json').elementi;
export const documentPath = (doc) => `/amministrazione/documenti/${doc.slug}`;
const DOCUMENT_PAGES = [
  ...(DOCUMENTS.length > 12 ? ['/amministrazione/documenti/pagina/2'] : []),
  '/amministrazione/documenti?tipo=ordinanza&testo=ponte',
  ...['ordinanza', 'dataset'].flatMap((tipo) => DOCUMENTS.filter((d) => d.tipo === tipo).slice(0, 1).map(documentPath)),
];
// Calls for tender and competitions: the list, a tender and a competition.
export const CALLS = api('bandi.json').bandi;
export const callPath = (call) => `/amministrazione/bandi/${call.slug}`;
const CALL_PAGES = ['/amministrazione/bandi', ...['gara', 'concorso'].flatMap((tipo) => CALLS.filter((c) => c.tipo === tipo).slice(0, 1).map(callPath))];
// The territory: the Comuni, the roads and their restrictions, each list
// and one page of each (a road and a Comune with restrictions, if any).
export const TERRITORY = api('territorio.json');
export const RESTRICTIONS = TERRITORY.limitazioni;
export const EVENTS_LIST = api('eventi.json');
export const EVENTS = EVENTS_LIST.eventi;
export const RESTRICTIONS_LIST = '/vivere-la-provincia/limitazioni-al-traffico';
export const restrictionPath = (r) => `${RESTRICTIONS_LIST}/${r.slug}`;
/** The test's own reading of a restriction's period on the build day (model::territory::restrictions). */
export const periodOf = (r, today = TERRITORY.calcolato_il) => {
  if (r.fine < today) return 'concluse';
  if (r.inizio <= today) return 'oggi';
  return (Date.parse(r.inizio) - Date.parse(today)) / 86400000 <= 7 ? 'prossimi-7-giorni' : 'piu-avanti';
};
const roadWithRestrictions = TERRITORY.strade.find((road) => RESTRICTIONS.some((r) => r.strada.slug === road.slug)) ?? TERRITORY.strade[0];
const comuneWithRestrictions = TERRITORY.comuni.find((c) => RESTRICTIONS.some((r) => r.comuni.some((rc) => rc.slug === c.slug))) ?? TERRITORY.comuni[0];
const TERRITORY_PAGES = [
  '/vivere-la-provincia/comuni',
  '/vivere-la-provincia/strade-provinciali',
  ...[comuneWithRestrictions].filter(Boolean).map((c) => `/vivere-la-provincia/comuni/${c.slug}`),
  ...[roadWithRestrictions].filter(Boolean).map((r) => `/vivere-la-provincia/strade-provinciali/${r.slug}`),
  RESTRICTIONS_LIST,
  `${RESTRICTIONS_LIST}?quando=tutte`,
  '/vivere-la-provincia/luoghi',
  '/vivere-la-provincia/scuole-superiori',
  '/vivere-la-provincia/eventi',
  '/vivere-la-provincia/eventi/tipo/seduta',
  ...EVENTS.filter((e) => !e.pagina).slice(0, 1).map((e) => `/vivere-la-provincia/eventi/${e.slug}`),
  ...[TERRITORY.luoghi.find((p) => p.scuola), TERRITORY.luoghi.find((p) => !p.scuola)].filter(Boolean).map((p) => `/vivere-la-provincia/luoghi/${p.slug}`),
  ...['oggi', 'concluse'].flatMap((period) => RESTRICTIONS.filter((r) => periodOf(r) === period).slice(0, 1).map(restrictionPath)),
];
export const PEOPLE_PAGES = [
  '/amministrazione/enti-e-fondazioni',
  '/amministrazione/organi-di-governo',
  // An organ with sittings if there is one: its page has every section.
  ...[ORGANS.find((o) => o.sedute?.length) ?? ORGANS[0]].filter(Boolean).map((organ) => `/amministrazione/organi-di-governo/${organ.slug}`),
  ...Object.entries(PEOPLE_LISTS).flatMap(([kind, list]) => [list, ...PEOPLE.filter((p) => p.tipo === kind).slice(0, 1).map(personPath)]),
  '/amministrazione/aree-amministrative',
  '/amministrazione/uffici',
  '/amministrazione/documenti',
  ...DOCUMENT_PAGES,
  ...CALL_PAGES,
  ...TERRITORY_PAGES,
  ...(ALBO ? ['/amministrazione/albo-pretorio'] : []),
  ...Object.keys(LEVEL_LISTS).flatMap((level) => OFFICES.filter((u) => u.ufficio.livello === level).slice(0, 1).map(officePath)),
];

export const ROUTES = [...new Set([...fixedPages, ...PEOPLE_PAGES, ...NEWS_PAGES, ...shapes.values(), ...(LIST_PAGE_2 ? [LIST_PAGE_2] : []), '/novita/avvisi?argomento=rete-stradale&scaduti=si', '/cerca?q=archivio'])];
export const MISSING = ['/pagina-che-non-esiste', '/novita/notizie/notizia-che-non-esiste', '/servizi/servizio-inesistente'];

export const expectedTitle = (h1, path) => (path === '/' ? ENTE : `${h1} – ${ENTE}`);

/** One page of each type, for the size and Lighthouse benchmarks (scripts/bench-*.mjs). */
export const PAGE_TYPES = [
  ['home', '/'],
  ['notizia', NEWS_PAGES[0]],
  ['servizio', SERVICE_PAGE],
  ['pagina di testo', '/privacy'],
  ['trasparenza', sitemapPaths.find((p) => /^\/amministrazione-trasparente\/[^/]+$/.test(p))],
  ['progetto PNRR', PNRR_PROJECT],
  ['argomento', sitemapPaths.find((p) => /^\/argomenti\/[^/]+$/.test(p))],
  ['archivio', sitemapPaths.find((p) => /^\/archivi\/[^/]+$/.test(p))],
  ['elenco avvisi', '/novita/avvisi'],
  ['elenco documenti', '/amministrazione/documenti'],
  ['tabella PNRR', '/pnrr'],
  ['limitazioni al traffico', RESTRICTIONS_LIST],
  ['ricerca', '/cerca?q=archivio'],
].filter(([, path]) => path);

/** The editors' password of the receiving service's view (e2e/playwright.config.js). */
export const EDITORS_AUTH = { Authorization: `Basic ${Buffer.from('redazione:redazione').toString('base64')}` };

/** Fixed Italian public holidays (month, day), as model::calendar has them; Easter Monday aside. */
const HOLIDAYS = [[1, 1], [1, 6], [4, 25], [5, 1], [6, 2], [8, 15], [10, 4], [11, 1], [12, 8], [12, 25], [12, 26]];

/** A public holiday within the booking window (from tomorrow, 90 days) that falls on a weekday, as YYYY-MM-DD. */
export const nextHoliday = () => {
  const d = new Date();
  for (let i = 1; i <= 90; i++) {
    d.setDate(d.getDate() + 1);
    const weekday = d.getDay() >= 1 && d.getDay() <= 5;
    if (weekday && HOLIDAYS.some(([m, day]) => d.getMonth() + 1 === m && d.getDate() === day)) return isoDay(d);
  }
  return null;
};

const isoDay = (d) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/** The first day from the day after tomorrow on which `office` (of prenotazione.json) receives and no holiday falls. */
export const bookableDay = (office) => {
  const patron = api('prenotazione.json').festa_patronale;
  const d = new Date();
  d.setDate(d.getDate() + 2);
  for (;;) {
    const monday0 = (d.getDay() + 6) % 7;
    const holiday = HOLIDAYS.some(([m, day]) => d.getMonth() + 1 === m && d.getDate() === day)
      || (patron && patron.mese === d.getMonth() + 1 && patron.giorno === d.getDate());
    if (office.orario.giorni[monday0].length && !holiday) return isoDay(d);
    d.setDate(d.getDate() + 1);
  }
};

/** The office the booking tests use: one that takes e-mail and offers services (prenotazione.json). */
export const bookingOffice = () => api('prenotazione.json').uffici.find((o) => o.ufficio.email && o.servizi.length);
