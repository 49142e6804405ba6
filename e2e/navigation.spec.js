// Single-page navigation as accessible as full page loads: focus and
// announcement on route change, scroll memory, deep links, search.
import { test, expect, pageReady, wasmRequests } from './fixtures.js';
import { ENTE, PNRR_PROJECT } from './site.js';

test('dopo la navigazione il focus va al titolo e il titolo viene annunciato', async ({ page }) => {
  await page.goto('/');
  await pageReady(page);
  await page.evaluate(() => (window.__samePage = true));
  await page.locator('[data-element="management"]').click();
  await expect(page).toHaveURL(/\/amministrazione$/);
  await expect(page.locator('main h1')).toHaveText('Amministrazione');
  await expect(page.locator('main h1')).toBeFocused();
  await expect(page).toHaveTitle(`Amministrazione – ${ENTE}`);
  await expect(page.locator('#annuncio-navigazione')).toHaveText(`Amministrazione – ${ENTE}`);
  await expect(page.locator('#annuncio-navigazione')).toHaveAttribute('aria-live', 'polite');
  expect(await page.evaluate(() => window.__samePage), 'navigated without reloading').toBe(true);
  await expect(page.locator('meta[name="description"]')).toHaveCount(1);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /Organi di governo/);
  await expect(page.locator('[data-element="management"]')).toHaveAttribute('aria-current', 'page');
});

test('da una sezione all\'altra la pagina cambia con il suo elenco, senza ricaricare', async ({ page }) => {
  await page.goto('/amministrazione');
  await pageReady(page);
  await page.evaluate(() => (window.__samePage = true));
  await page.locator('[data-element="live"]').click();
  await expect(page).toHaveURL(/\/vivere-la-provincia$/);
  await expect(page.locator('main h1')).toHaveText('Vivere la Provincia');
  await expect(page.locator('main a[href^="/vivere-la-provincia/"]').first()).toBeVisible();
  await expect(page.locator('main a[href^="/amministrazione/"]')).toHaveCount(0);
  expect(await page.evaluate(() => window.__samePage), 'navigated without reloading').toBe(true);
});

test('il focus va al titolo anche quando la pagina carica i dati', async ({ page }) => {
  await page.goto('/novita');
  await pageReady(page);
  const first = page.locator('main .card-title a').first();
  const title = (await first.innerText()).trim();
  await first.click();
  await expect(page.locator('main h1')).toHaveText(title);
  await expect(page.locator('main h1')).toBeFocused();
  await expect(page.locator('#annuncio-navigazione')).toHaveText(`${title} – ${ENTE}`);
});

test('la nuova pagina parte dall\'alto e «indietro» torna al punto lasciato', async ({ page }) => {
  await page.goto('/');
  await pageReady(page);
  await page.evaluate(() => window.scrollTo(0, 900));
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(900);
  const link = page.locator('main a[href^="/archivi/"]').first();
  // Clicking scrolls the link into view if it is not; the page is left where the click happened.
  await link.scrollIntoViewIfNeeded();
  const left = await page.evaluate(() => Math.round(window.scrollY));
  expect(left).toBeGreaterThan(0);
  await link.click();
  await expect(page).toHaveURL(/\/archivi\//);
  await pageReady(page);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
  await expect.poll(() => page.evaluate(() => Math.round(window.scrollY))).toBe(left);
});

test('ricaricare un indirizzo interno mostra la stessa pagina', async ({ page }) => {
  for (const path of ['/novita/avvisi', '/pnrr', '/mappa-del-sito']) {
    const response = await page.goto(path);
    expect(response.status()).toBe(200);
    await pageReady(page);
    const h1 = await page.locator('main h1').innerText();
    await page.reload();
    await pageReady(page);
    await expect(page.locator('main h1')).toHaveText(h1);
  }
});

test('la ricerca dall\'intestazione porta ai risultati', async ({ page }) => {
  await page.goto('/');
  await pageReady(page);
  await page.getByRole('searchbox', { name: 'Cerca nel sito' }).fill('sismica');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/cerca\?q=sismica$/);
  await expect(page.locator('.search-summary')).toHaveText(/\d+ risultat/);
  await expect(page.locator('.search-results a').first()).toContainText(/sismica/i);
  await expect(page.getByRole('searchbox', { name: 'Parole da cercare' })).toHaveValue('sismica');
});

test('una nuova ricerca dalla pagina dei risultati porta subito il focus al titolo', async ({ page }) => {
  await page.goto('/cerca?q=archivio');
  await expect(page.locator('.search-summary')).toBeVisible();
  await page.getByRole('searchbox', { name: 'Parole da cercare' }).fill('strade');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/cerca\?q=strade$/);
  await expect(page.locator('.search-summary')).toContainText('«strade»');
  // Same page, same h1: focus and announcement must not wait for a new heading.
  await expect(page.locator('main h1')).toBeFocused({ timeout: 1500 });
  // The title (announced) names the query, as the results page's tab does.
  await expect(page.locator('#annuncio-navigazione')).toHaveText(/Cerca nel sito – /, { timeout: 1500 });
});

test('una ricerca senza risultati lo dice', async ({ page }) => {
  await page.goto('/cerca?q=parolachenonesiste');
  await expect(page.locator('.search-summary')).toHaveText('Nessun risultato per «parolachenonesiste».');
});

// Issue 16: pages are pre-rendered HTML whose islands a page bundle brings
// to life in place; following a link swaps in the next page's HTML. The path
// of the issue: home → news item → notices list with a filter → PNRR project
// → back, each page with its own bundles only.
test('da pagina a pagina senza ricaricare, ogni pagina con il suo pacchetto', async ({ page }) => {
  const wasm = wasmRequests(page);
  await page.goto('/');
  await pageReady(page);
  await page.evaluate(() => (window.__samePage = true));

  // Home → a news item, scrolled down first to check "back" later.
  const item = page.locator('main .card-title a[href^="/novita/"]').first();
  await item.scrollIntoViewIfNeeded();
  const left = await page.evaluate(() => Math.round(window.scrollY));
  const title = (await item.innerText()).trim();
  await item.click();
  await expect(page.locator('main h1')).toHaveText(title);
  await expect(page.locator('main h1')).toBeFocused();
  await expect(page.locator('#annuncio-navigazione')).toHaveText(`${title} – ${ENTE}`);
  await expect(page).toHaveTitle(`${title} – ${ENTE}`);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
  await expect(page.locator('[data-element="feedback"]')).toBeVisible();
  // Content pages run no WebAssembly until a reader reaches a widget: the
  // menu's and the rating's code wait for one.
  expect(wasm, wasm.join(', ')).toHaveLength(0);

  // → the notices list through the menu: the press on "Novità"'s sub-menu
  // wakes the menu (with the rating, one bundle) and still opens it.
  await page.locator('[data-element="news"] ~ button').click();
  await expect(page.locator('[data-element="news"] ~ button')).toHaveAttribute('aria-expanded', 'true');
  expect(wasm, wasm.join(', ')).toHaveLength(1);
  expect(wasm[0]).toMatch(/^\/isole-valutazione-[0-9a-f]{16}_bg\.wasm$/);
  // → the notices list, filtered by a word: its own bundle, its filters in the address.
  await page.locator('.dropdown-menu a[href="/novita/avvisi"]').click();
  await expect(page.locator('main h1')).toHaveText('Avvisi');
  await expect(page.locator('main h1')).toBeFocused();
  await expect(page.locator('#annuncio-navigazione')).toHaveText(`Avvisi – ${ENTE}`);
  // The filters wake when the reader reaches them; what is typed meanwhile counts.
  await expect(page.locator('leptos-island[data-idratata] #filtro-testo')).toHaveCount(0);
  const first = await page.locator('main .news-results .card-title a').first().innerText();
  const word = first.split(' ').find((w) => w.length > 5);
  await page.locator('#filtro-testo').fill(word);
  await expect(page).toHaveURL(new RegExp(`/novita/avvisi\\?testo=${encodeURIComponent(word)}$`));
  // The announcer still speaks the unfiltered count while the catalogue
  // loads: wait for the filtered results themselves.
  await expect(page.locator('main .news-results')).toHaveAttribute('data-testo', word);
  await expect(page.locator('#conteggio-risultati')).toHaveText(/risultat/);
  expect(wasm, wasm.join(', ')).toHaveLength(2);
  expect(wasm[1]).toMatch(/^\/isole-novita-[0-9a-f]{16}_bg\.wasm$/);

  // → a PNRR project (a link added to the list: a notice need not link to one).
  await page.evaluate((path) => {
    const a = document.createElement('a');
    a.href = path;
    a.textContent = 'progetto';
    document.querySelector('main .news-results').append(a);
    a.click();
  }, PNRR_PROJECT);
  await expect(page).toHaveURL(new RegExp(`${PNRR_PROJECT}$`));
  await expect(page.locator('main h1')).toBeFocused();
  await expect(page.locator('main')).toContainText(PNRR_PROJECT.split('/').pop());
  // Its islands are in the bundles already running: nothing more is fetched.
  expect(wasm, wasm.join(', ')).toHaveLength(2);

  // Back: the filtered list (typing rewrote its entry), the news item, then
  // home where it was left.
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`testo=${encodeURIComponent(word)}$`));
  await expect(page.locator('#filtro-testo')).toHaveValue(word);
  await expect(page.locator('main .news-results')).toHaveAttribute('data-testo', word);
  await expect(page.locator('#conteggio-risultati')).toHaveText(/risultat/);
  await page.goBack();
  await expect(page.locator('main h1')).toHaveText(title);
  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
  await expect.poll(() => page.evaluate(() => Math.round(window.scrollY))).toBe(left);
  expect(await page.evaluate(() => window.__samePage), 'no document reload').toBe(true);
  expect(wasm, wasm.join(', ')).toHaveLength(2);
});

test('una pagina di archivio carica il pacchetto degli archivi; il modulo di ricerca arriva quando serve', async ({ page }) => {
  const wasm = wasmRequests(page);
  await page.goto('/archivi/archivio-sismica');
  await pageReady(page);
  // The availability check runs at once, with the archives' own bundle.
  await expect(page.locator('leptos-island[data-idratata] .remote-health')).toHaveCount(1);
  expect(wasm).toHaveLength(1);
  expect(wasm[0]).toMatch(/^\/isole-archivi-[0-9a-f]{16}_bg\.wasm$/);
  // The search form is pre-rendered, and comes to life when a reader reaches it (sections.spec.js tests it in full).
  await expect(page.locator('form.archive-search')).toBeVisible();
  await expect(page.locator('leptos-island[data-idratata] form.archive-search')).toHaveCount(0);
  await page.locator('#ricerca-archivio-sismica-numero').fill('12/B');
  await expect(page.locator('leptos-island[data-idratata] form.archive-search')).toHaveCount(1);
  await expect(page.locator('#ricerca-archivio-sismica-numero')).toHaveValue('12/B');
  expect(wasm).toHaveLength(2);
  expect(wasm[1]).toMatch(/^\/isole-archivi-ricerca-[0-9a-f]{16}_bg\.wasm$/);
  await page.evaluate(() => (window.__samePage = true));
  await page.locator('.it-header-center-wrapper a[href="/"]').first().click();
  await expect(page.getByRole('heading', { name: 'Ultime notizie' })).toBeVisible();
  await expect(page.locator('main h1')).toBeFocused();
  // The home page's islands are in the bundles already running: they wake at once.
  await expect(page.locator('leptos-island[data-idratata]').first()).toBeAttached();
  expect(wasm).toHaveLength(2);
  expect(await page.evaluate(() => window.__samePage)).toBe(true);
});
