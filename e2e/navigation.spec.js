// Single-page navigation as accessible as full page loads: focus and
// announcement on route change, scroll memory, deep links, search.
import { test, expect, pageReady } from './fixtures.js';
import { ENTE } from './site.js';

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
  await expect(page.getByLabel('Parole da cercare')).toHaveValue('sismica');
});

test('una nuova ricerca dalla pagina dei risultati porta subito il focus al titolo', async ({ page }) => {
  await page.goto('/cerca?q=archivio');
  await expect(page.locator('.search-summary')).toBeVisible();
  await page.getByLabel('Parole da cercare').fill('strade');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/cerca\?q=strade$/);
  await expect(page.locator('.search-summary')).toContainText('«strade»');
  // Same page, same h1: focus and announcement must not wait for a new heading.
  await expect(page.locator('main h1')).toBeFocused({ timeout: 1500 });
  await expect(page.locator('#annuncio-navigazione')).toHaveText(`Cerca nel sito – ${ENTE}`, { timeout: 1500 });
});

test('una ricerca senza risultati lo dice', async ({ page }) => {
  await page.goto('/cerca?q=parolachenonesiste');
  await expect(page.locator('.search-summary')).toHaveText('Nessun risultato per «parolachenonesiste».');
});
