// Every page arrives complete in the first response: readable without
// JavaScript, answered with the right HTTP status, and taken over by the app
// without a second copy of anything or a request for data it already has.
import { test, expect, pageReady, axeViolations } from './fixtures.js';
import { ROUTES, MISSING, NEWS_PAGES, LIST_PAGE_2, PNRR_PROJECT } from './site.js';

test.describe('senza JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('home: titolo, novità e collegamenti che funzionano', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('main h1')).toHaveCount(1);
    const firstNews = page.locator('main .card-title a').first();
    const title = (await firstNews.innerText()).trim();
    await firstNews.click();
    await expect(page.locator('main h1')).toHaveText(title);
    await expect(page.locator('main .content-body p').first()).toBeVisible();
  });

  test('notizia: testo, data, argomenti e briciole di pane', async ({ page }) => {
    await page.goto(NEWS_PAGES[0]);
    await expect(page.locator('main h1')).toHaveCount(1);
    await expect(page.locator('main time').first()).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
    await expect(page.locator('main .content-body')).not.toBeEmpty();
    await page.locator('[data-element="breadcrumb"] a', { hasText: 'Novità' }).click();
    await expect(page).toHaveURL(/\/novita$/);
    await expect(page.locator('main h2').first()).toBeVisible();
  });

  test('avvisi, pagina 2: elenco numerato con la pagina corrente indicata', async ({ page }) => {
    test.skip(!LIST_PAGE_2, 'meno di due pagine di avvisi');
    await page.goto(LIST_PAGE_2);
    const pagination = page.getByRole('navigation', { name: /^Pagine: / });
    await expect(pagination.locator('[aria-current="page"]')).toContainText('2');
    await expect(page.locator('main .card-title a').first()).toBeVisible();
    await pagination.getByRole('link', { name: 'Pagina 1', exact: true }).click();
    await expect(page).toHaveURL(/\/novita\/avvisi$/);
    await expect(page.getByRole('navigation', { name: /^Pagine: / }).locator('[aria-current="page"]')).toContainText('1');
  });

  test('progetto PNRR: importi, CUP e fonte', async ({ page }) => {
    await page.goto(PNRR_PROJECT);
    await expect(page.locator('main h1')).toHaveCount(1);
    await expect(page.locator('main')).toContainText('Finanziato dall\'Unione europea – NextGenerationEU');
    await expect(page.locator('main dd code').first()).toHaveText(PNRR_PROJECT.split('/').pop());
    await expect(page.locator('main')).toContainText(/\d{1,3}(\.\d{3})*,\d{2} €/);
    await expect(page.locator('main')).toContainText('Fonte:');
    await page.locator('main dd a').first().click();
    await expect(page).toHaveURL(/\/pnrr\/[a-z0-9-]+$/);
  });

});

// axe itself runs as a script, so here the page keeps JavaScript but the app
// never starts (its loader answers empty): what is checked is the
// pre-rendered page exactly as a browser without JavaScript shows it.
for (const path of ROUTES) {
  test(`axe sulla pagina pre-renderizzata, senza l'app: ${path}`, async ({ page }) => {
    await page.route('**/boot.js', (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: '' }));
    await page.goto(path);
    await expect(page.locator('main h1')).toHaveCount(1);
    expect(await page.locator('html').getAttribute('data-app')).toBeNull();
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('stato HTTP: 200 per le pagine, 404 con la pagina del sito per gli indirizzi inesistenti', async ({ request }) => {
  for (const path of [...ROUTES, '/feed/notizie.xml', '/sitemap.xml', '/robots.txt', '/api/v1/home.json']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
  }
  for (const path of MISSING) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    expect(await response.text(), path).toContain('Pagina non trovata');
  }
});

test('il pre-rendering porta titolo, descrizione, canonico, Open Graph e JSON-LD', async ({ request }) => {
  const html = await (await request.get(NEWS_PAGES[0])).text();
  expect(html).toMatch(/<title>[^<]+ – [^<]+<\/title>/);
  expect(html).toMatch(/<meta name="description" content="[^"]{20,}">/);
  expect(html).toMatch(new RegExp(`<link href="https?://[^"]+${NEWS_PAGES[0]}" rel="canonical">`));
  expect(html).toContain('<meta property="og:type" content="article">');
  const jsonLd = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/g)].map((m) => JSON.parse(m[1])['@type']);
  expect(jsonLd).toEqual(['BreadcrumbList', 'NewsArticle']);
  const home = await (await request.get('/')).text();
  expect(home).toContain('"@type":"GovernmentOrganization"');
});

test('le isole si attivano sulla pagina pre-renderizzata senza sostituirla né richiedere dati', async ({ page }) => {
  const apiRequests = [];
  const fetched = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith('/api/')) apiRequests.push(path);
    // Besides the page bundle's own wasm, which its loader fetches.
    if (r.resourceType() === 'fetch' && !path.endsWith('.wasm')) fetched.push(path);
  });
  // Marks the pre-rendered root before any script runs: it must survive.
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => (document.getElementById('sito').dataset.preRenderizzato = ''));
  });
  await page.goto(NEWS_PAGES[0]);
  await pageReady(page);
  await expect(page.locator('#sito[data-pre-renderizzato]')).toHaveCount(1);
  // A reader reaching the menu wakes the page's islands, in place.
  await page.locator('header .navbar button:visible').first().focus();
  await expect(page.locator('leptos-island[data-idratata]').first()).toBeAttached();
  await expect(page.locator('#sito[data-pre-renderizzato]')).toHaveCount(1);
  await expect(page.locator('main h1')).toHaveCount(1);
  await expect(page.locator('header.it-header-wrapper, .it-header-wrapper')).toHaveCount(1);
  await expect(page.locator('footer')).toHaveCount(1);
  await expect(page.locator('#sito')).toHaveCount(1);
  await expect(page.locator('head meta[name="description"]')).toHaveCount(1);
  await expect(page.locator('head link[rel="canonical"]')).toHaveCount(1);
  expect(apiRequests, 'no request for data the page already holds').toEqual([]);

  await page.evaluate(() => (window.__samePage = true));
  await page.locator('[data-element="breadcrumb"] a', { hasText: 'Novità' }).click();
  await expect(page.locator('main h1')).toHaveText('Novità');
  await expect(page.locator('main h1')).toBeFocused();
  expect(await page.evaluate(() => window.__samePage), 'navigated without reloading').toBe(true);
  await expect(page.locator('head meta[name="description"]')).toHaveCount(1);
  await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute('href', /\/novita$/);
  // The next page is its pre-rendered HTML, not data to render again.
  expect(fetched).toEqual(['/novita']);
  expect(apiRequests).toEqual([]);
});
