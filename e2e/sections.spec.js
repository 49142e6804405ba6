// Services, digitised archives, Amministrazione trasparente, topics and site
// search: a service found by keyboard from home, an archive search that builds
// the remote address (intercepted: nothing leaves 127.0.0.1), the remote
// archive reported down after 3 s without blocking the page, the transparency
// tree browsed to the PNRR section, a project found by its CUP, and hostile
// search input shown as text. axe runs on every new page shape (routes.spec.js)
// and on the states reached here.
import { readFileSync } from 'node:fs';
import { test, expect, pageReady, axeViolations, REMOTE_ARCHIVE as REMOTE } from './fixtures.js';

const api = (path) => JSON.parse(readFileSync(new URL(`../dist/api/v1/${path}`, import.meta.url), 'utf8'));

/** Presses Tab until the focused element matches, up to `limit` times. */
async function tabTo(page, predicate, arg = null, limit = 120) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(predicate, arg)) return;
  }
  throw new Error('elemento non raggiunto con Tab');
}

test('un servizio si raggiunge da tastiera dalla home in due passaggi', async ({ page }) => {
  const catalog = api('servizi.json');
  const category = catalog.categorie.find((c) => c.servizi.length > 1);
  const service = category.servizi[0];
  await page.goto('/');
  await pageReady(page);
  await tabTo(page, () => document.activeElement?.matches('a[data-element="all-services"], nav a[href="/servizi"]'));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/servizi$/);
  await expect(page.locator('main h1')).toHaveText('Servizi');
  await expect(page.locator('main [data-element="service-link"]')).toHaveCount(catalog.categorie.reduce((n, c) => n + c.servizi.length, 0));
  await tabTo(page, (href) => document.activeElement?.getAttribute('href') === href && !!document.activeElement.closest('main'), `/servizi/${service.slug}`);
  await page.keyboard.press('Enter');
  await expect(page.locator('main h1')).toHaveText(service.titolo);
  await expect(page.locator('[data-element="service-title"]')).toHaveText(service.titolo);
  // The model's page index, in its order, and the category in the breadcrumb.
  await expect(page.locator('[data-element="page-index"] a')).toHaveText([
    'A chi è rivolto', 'Come fare', 'Cosa serve', 'Cosa si ottiene', 'Tempi e scadenze', 'Accedi al servizio', 'Condizioni di servizio', 'Contatti',
  ]);
  await expect(page.locator('[data-element="breadcrumb"]')).toContainText(category.nome);
  for (const element of ['service-status', 'service-description', 'service-addressed', 'service-how-to', 'service-needed', 'service-achieved', 'service-calendar-text', 'service-area']) {
    await expect(page.locator(`[data-element="${element}"]`).first(), element).toBeVisible();
  }
  await expect(page.locator('.rating-widget, [data-element="feedback"]').first()).toBeVisible();
  // The JSON-LD of the pre-rendered page describes the service.
  await page.goto(`/servizi/${service.slug}`);
  const jsonLd = await page.evaluate(() => [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent)));
  expect(jsonLd.find((j) => j['@type'] === 'GovernmentService')?.name).toBe(service.titolo);
  expect(await axeViolations(page)).toEqual([]);
});

test('ricerca nell\'archivio: campi rifiutati accanto al campo, poi l\'indirizzo remoto con i valori codificati', async ({ page }) => {
  const requested = [];
  await page.route(`${REMOTE}/**`, async (route) => {
    requested.push(route.request().url());
    await route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Archivio remoto</title><h1>Archivio remoto</h1>' });
  });
  await page.goto('/archivi/archivio-sismica');
  await pageReady(page);
  await expect(page.locator('.remote-health')).toContainText('raggiungibile');

  // Nothing chosen: refused, the message next to the field, focus on it.
  await page.getByRole('button', { name: 'Cerca nell\'archivio remoto' }).click();
  const comune = page.locator('#ricerca-archivio-sismica-comune');
  await expect(comune).toBeFocused();
  await expect(comune).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#ricerca-archivio-sismica-comune-errore')).toContainText('obbligatorio');
  expect(await axeViolations(page), 'axe with the errors shown').toEqual([]);

  // A bad year: refused too, the typed text kept.
  await comune.selectOption('Riccò del Golfo di Spezia');
  const year = page.locator('#ricerca-archivio-sismica-anno');
  await year.fill('98"><b>');
  await page.keyboard.press('Enter');
  await expect(year).toBeFocused();
  await expect(year).toHaveValue('98"><b>');
  await expect(page.locator('#ricerca-archivio-sismica-anno-errore')).toContainText('quattro cifre');
  expect(requested.filter((u) => u.includes('/ricerca'))).toEqual([]);

  await year.fill('1998');
  await page.locator('#ricerca-archivio-sismica-numero').fill('12/B');
  await page.keyboard.press('Enter');
  await expect(page.locator('h1')).toHaveText('Archivio remoto');
  const expected = `${REMOTE}/sismica/ricerca?comune=Ricc%C3%B2%20del%20Golfo%20di%20Spezia&anno=1998&pratica=12%2FB`;
  expect(requested).toContain(expected);
  expect(page.url()).toBe(expected);
});

test.describe('archivio remoto che non risponde', () => {
  // The aborted check is logged by the browser as a failed request.
  test.use({ expectedConsoleError: /ERR_|aborted|Failed to load/i });
  test('è segnalato dopo 3 secondi senza bloccare la pagina', async ({ page }) => {
    await page.route(`${REMOTE}/**`, () => { /* never answers */ });
    const started = Date.now();
    await page.goto('/archivi/archivio-sismica');
    await pageReady(page);
    // The page and the form are there at once.
    await expect(page.locator('#ricerca-archivio-sismica-comune')).toBeEnabled();
    await expect(page.locator('.remote-health')).toContainText('in corso');
    await expect(page.locator('.remote-health')).toContainText('non ha risposto entro 3 secondi', { timeout: 8000 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(3000);
    await expect(page.getByRole('button', { name: 'Verifica di nuovo' })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
});

test('Amministrazione trasparente: l\'albero completo, fino alla sezione PNRR', async ({ page }) => {
  const tree = api('trasparenza.json');
  await page.goto('/');
  await pageReady(page);
  await page.locator('footer a[href="/amministrazione-trasparente"]').first().click();
  await expect(page.locator('main h1')).toHaveText('Amministrazione trasparente');
  await expect(page.locator('.transparency-tree > li')).toHaveCount(tree.sezioni.length);
  // The 23 first-level sections of Allegato 1 to ANAC's delibera 1310/2016.
  expect(tree.sezioni.length).toBe(23);
  await page.locator('.transparency-tree > li > a', { hasText: 'Altri contenuti' }).click();
  await expect(page.locator('main h1')).toHaveText('Altri contenuti');
  await page.locator('main').getByRole('link', { name: 'Attuazione misure PNRR' }).click();
  await expect(page.locator('main h1')).toHaveText('Attuazione misure PNRR');
  await expect(page).toHaveURL(/\/amministrazione-trasparente\/altri-contenuti\/attuazione-misure-pnrr$/);
  await expect(page.locator('[data-element="breadcrumb"]')).toContainText('Altri contenuti');
  await page.locator('main').getByRole('link', { name: 'Attuazione misure PNRR' }).click();
  await expect(page).toHaveURL(/\/pnrr$/);
  // A node on the external platform links there.
  await page.goto('/amministrazione-trasparente/personale/dotazione-organica');
  await expect(page.locator('main a[href^="https://trasparenza."]')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('cerca un CUP dal campo in alto e arriva al progetto', async ({ page }) => {
  const project = api('pnrr.json').progetti.find((p) => p.cig?.length);
  await page.goto('/');
  await pageReady(page);
  await page.locator('#cerca-nel-sito').fill(project.cup.toLowerCase());
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/cerca\\?q=${project.cup.toLowerCase()}`));
  await expect(page.locator('.search-summary')).toHaveAttribute('role', 'status');
  const first = page.locator('.search-results .search-result').first();
  await expect(first.locator('.search-kind')).toHaveText('Progetto PNRR');
  await expect(first.locator('mark').first()).toHaveText(project.cup);
  expect(await axeViolations(page)).toEqual([]);
  await first.locator('h2 a').click();
  await expect(page).toHaveURL(new RegExp(`/pnrr/progetti/${project.cup}$`));
  await expect(page.locator('main h1')).toHaveText(project.titolo_progetto);

  // A CIG finds the same project first.
  await page.goto(`/cerca?q=${project.cig[0]}`);
  await expect(page.locator('.search-results .search-result h2 a').first()).toHaveAttribute('href', `/pnrr/progetti/${project.cup}`);
});

test('ricerca: accenti, plurali, filtro per tipo nell\'indirizzo, risultati annunciati', async ({ page }) => {
  await page.goto('/cerca?q=archivi%20sismiche');
  await pageReady(page);
  const summary = page.locator('.search-summary');
  await expect(summary).toContainText(/\d+ risultat/);
  await expect(page.locator('.search-results a[href="/archivi/archivio-sismica"]')).toBeVisible();
  // The type filter narrows to services, in the address.
  await page.locator('.search-kinds a', { hasText: 'Servizi' }).click();
  await expect(page).toHaveURL(/tipo=servizio/);
  await expect(summary).toContainText('tra servizi');
  const kinds = await page.locator('.search-results .search-kind').allInnerTexts();
  expect(kinds.length).toBeGreaterThan(0);
  expect(new Set(kinds)).toEqual(new Set(['Servizio']));
  // "mobilita" without the accent finds the Mobilità e trasporti category.
  await page.goto('/cerca?q=MOBILITA');
  await expect(page.locator('.search-results a[href="/servizi/mobilita-e-trasporti"]')).toBeVisible();
});

test('ricerca: testo ostile o lunghissimo mostrato come testo, la pagina regge', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (d) => { dialogs += 1; d.dismiss(); });
  const hostile = `<img src=x onerror=alert(1)>"'😀 ${'x'.repeat(10000)}`;
  await page.goto('/cerca');
  await pageReady(page);
  await page.locator('#cerca-pagina').fill(hostile);
  await page.keyboard.press('Enter');
  const summary = page.locator('.search-summary');
  await expect(summary).toContainText('Nessun risultato per «<img src=x onerror=alert(1)>"\'😀');
  await expect(page.locator('main img[src="x"]')).toHaveCount(0);
  await expect(page.getByText('La ricerca usa i primi 200 caratteri')).toBeVisible();
  expect(dialogs).toBe(0);
  expect(await axeViolations(page)).toEqual([]);
});

test('un argomento raccoglie servizi, archivi, progetti e novità', async ({ page }) => {
  await page.goto('/argomenti/archivio');
  await pageReady(page);
  for (const heading of ['Servizi', 'Archivi digitali', 'Novità']) {
    await expect(page.locator('main h2', { hasText: heading }).first()).toBeVisible();
  }
  await expect(page.locator('main a[href="/archivi/archivio-sismica"]')).toBeVisible();
  await expect(page.locator('main a[href="/servizi/consultazione-archivio-sismica"]')).toBeVisible();
});

test('pagine del piè di pagina: uffici, dieci domande, segnalazione senza JavaScript, mappa completa', async ({ page }) => {
  await page.goto('/contatti');
  await pageReady(page);
  await expect(page.locator('.office-directory > li')).toHaveCount(api('uffici.json').uffici.length);
  await expect(page.locator('main a[href^="https://www.openstreetmap.org/"]')).toBeVisible();
  await expect(page.locator('main iframe')).toHaveCount(0);
  await page.goto('/faq');
  expect(await page.locator('main .accordion-item').count()).toBeGreaterThanOrEqual(10);
  await page.goto('/mappa-del-sito');
  await expect(page.locator('.site-map a[href="/servizi/trasporti-eccezionali"]')).toBeVisible();
  await expect(page.locator('.site-map a[href="/amministrazione-trasparente/altri-contenuti/accesso-civico"]')).toBeVisible();
});

test.describe('senza JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('segnalazione, scheda servizio e ricerca spiegano che cosa fare', async ({ page }) => {
    await page.goto('/segnala-disservizio');
    await expect(page.locator('main a[href^="mailto:"]').first()).toBeVisible();
    await page.goto('/servizi/trasporti-eccezionali');
    await expect(page.locator('[data-element="service-how-to"]')).toBeVisible();
    await page.goto('/cerca?q=archivio');
    await expect(page.locator('main').getByText('Senza JavaScript')).toBeVisible();
    await expect(page.locator('main a[href="/mappa-del-sito"]')).toBeVisible();
    await page.goto('/archivi/archivio-sismica');
    await expect(page.locator('main').getByRole('link', { name: 'la ricerca dell\'archivio remoto' })).toBeVisible();
  });
});
