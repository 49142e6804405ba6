// The server sends the security headers of the nginx sample and the site
// runs under its Content-Security-Policy (violations would be console errors,
// which fail every test). The same sample also serves the site over HTTPS and
// the editors' own origin (e2e/serve-dist.sh).
import { readdirSync } from 'node:fs';
import { request as requests } from '@playwright/test';
import { test, expect, pageReady } from './fixtures.js';
import { TLS_PORT, REDAZIONE_PORT } from './playwright.config.js';

const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Every header a location with its own add_header must repeat. */
const SECURITY_HEADERS = [
  'content-security-policy',
  'x-content-type-options',
  'referrer-policy',
  'permissions-policy',
  'x-frame-options',
  'cross-origin-opener-policy',
  'strict-transport-security',
];

async function tlsContext(port) {
  return requests.newContext({ baseURL: `https://127.0.0.1:${port}`, ignoreHTTPSErrors: true });
}

test('intestazioni di sicurezza e cache', async ({ page, request }) => {
  const response = await page.goto('/servizi');
  const headers = response.headers();
  expect(headers['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(headers['content-security-policy']).not.toContain('unsafe-inline');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['cache-control']).toBe('no-cache');
  // HSTS only over TLS.
  expect(headers['strict-transport-security']).toBeUndefined();
  await pageReady(page);

  const wasm = await page.evaluate(() => document.querySelector('script[data-wasm]').dataset.wasm);
  const asset = await request.get(wasm, { headers: { 'Accept-Encoding': 'gzip' } });
  expect(asset.headers()['content-type']).toBe('application/wasm');
  expect(asset.headers()['content-encoding']).toBe('gzip');
  expect(asset.headers()['cache-control']).toBe(IMMUTABLE);
  expect(asset.headers()['content-security-policy']).toBeTruthy();
  const font = await page.evaluate(() =>
    performance.getEntriesByType('resource').map((r) => r.name).find((n) => n.includes('/fonts/')),
  );
  if (font) expect((await request.get(font)).headers()['cache-control']).toBe(IMMUTABLE);
});

test('su HTTPS /admin/ ripete ogni intestazione di sicurezza del sito, HSTS compreso', async () => {
  const tls = await tlsContext(TLS_PORT);
  const site = (await tls.get('/servizi')).headers();
  const admin = (await tls.get('/admin/')).headers();
  for (const name of SECURITY_HEADERS) {
    expect(site[name], `${name} sul sito`).toBeTruthy();
    expect(admin[name], `${name} su /admin/`).toBeTruthy();
    if (name !== 'content-security-policy') expect(admin[name], name).toBe(site[name]);
  }
  expect(site['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
  expect(admin['x-robots-tag']).toBe('noindex, nofollow');
  // The production policy of the CMS names no server on this computer; only
  // the local and test servers add decap-server (serve-dist.sh).
  expect(admin['content-security-policy']).toContain('http://127.0.0.1:8081');
  await tls.dispose();
});

test('/admin senza barra porta a /admin/', async ({ request }) => {
  const response = await request.get('/admin', { maxRedirects: 0 });
  expect(response.status()).toBe(301);
  expect(response.headers()['location']).toBe('/admin/');
});

test('la redazione su un\'origine propria serve solo il CMS e ciò che serve all\'anteprima', async () => {
  const editors = await tlsContext(REDAZIONE_PORT);
  const home = await editors.get('/', { maxRedirects: 0 });
  expect(home.status()).toBe(302);
  expect(home.headers()['location']).toBe('/admin/');
  const admin = await editors.get('/admin/');
  expect(admin.status()).toBe(200);
  expect(admin.headers()['content-security-policy']).toContain("connect-src 'self' blob:");
  expect(admin.headers()['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
  const stylesheet = (await admin.text()).match(/<meta name="site-style" content="([^"]+)"/)[1];
  expect((await editors.get(stylesheet)).status()).toBe(200);
  for (const publicPage of ['/novita', '/index.html', '/api/v1/sito.json', '/boot.js']) {
    expect((await editors.get(publicPage)).status(), publicPage).toBe(404);
  }
  await editors.dispose();
});

test('tipi dei dati scaricabili e compressione di sitemap, feed e CSV', async ({ request }) => {
  const gz = { headers: { 'Accept-Encoding': 'gzip' } };
  const csv = await request.get('/dati/pnrr/progetti.csv', gz);
  expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
  expect(csv.headers()['content-encoding']).toBe('gzip');
  const catalog = await request.get('/dati/pnrr/catalogo.jsonld');
  expect(catalog.headers()['content-type']).toBe('application/ld+json; charset=utf-8');
  for (const path of ['/sitemap.xml', '/feed/notizie.xml']) {
    const response = await request.get(path, gz);
    expect(response.headers()['content-encoding'], path).toBe('gzip');
  }
  const calendar = readdirSync(new URL('../dist/calendario/', import.meta.url)).find((f) => f.endsWith('.ics'));
  const ics = await request.get(`/calendario/${calendar}`);
  expect(ics.headers()['content-type']).toBe('text/calendar; charset=utf-8');
  expect(await ics.text()).toContain('BEGIN:VCALENDAR');
});

test('nessuno script o stile in linea nella pagina', async ({ page }) => {
  await page.goto('/');
  await pageReady(page);
  // Data blocks (the page's embedded data, JSON-LD) are never executed.
  const inline = page.locator('script:not([src]):not([type="application/json"]):not([type="application/ld+json"])');
  expect(await inline.count()).toBe(0);
  expect(await page.locator('script[type="application/json"], script[type="application/ld+json"]').count()).toBeGreaterThan(0);
  expect(await page.locator('[style]').count()).toBe(0);
  expect(await page.locator('style').count()).toBe(0);
});
