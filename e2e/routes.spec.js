// Every route of the site map: its h1, its title, zero axe violations at a
// desktop width and at 320 px, and no horizontal scrolling at 320 px.
import { test, expect, pageReady, axeViolations } from './fixtures.js';
import { ROUTES, MISSING, ENTE, expectedTitle, sitemapPaths } from './site.js';

// Every pre-rendered address, as a browser without JavaScript gets it: its
// own page with status 200, never the not-found view (a soft 404).
test('ogni indirizzo della sitemap risponde 200 con la sua pagina', async ({ request }) => {
  expect(sitemapPaths.length).toBeGreaterThan(100);
  const wrong = [];
  for (const path of sitemapPaths) {
    const response = await request.get(path);
    const html = await response.text();
    const h1s = html.match(/<h1[\s>]/g)?.length ?? 0;
    if (response.status() !== 200 || html.includes('data-stato="pagina-non-trovata"') || h1s !== 1) {
      wrong.push(`${path}: ${response.status()}, ${h1s} h1`);
    }
  }
  expect(wrong).toEqual([]);
});

for (const path of ROUTES) {
  test(`pagina ${path}`, async ({ page }) => {
    await page.goto(path);
    await pageReady(page);
    await expect(page.locator('main h1')).toHaveCount(1);
    const h1 = (await page.locator('main h1').innerText()).trim();
    expect(h1.length).toBeGreaterThan(0);
    // A results page names its query first (issue 39).
    const query = new URL(path, 'http://x').searchParams.get('q');
    const title = expectedTitle(h1, new URL(path, 'http://x').pathname);
    await expect(page).toHaveTitle(query ? `«${query}» – ${title}` : title);
    const description = await page.locator('meta[name="description"]').last().getAttribute('content');
    expect(description?.length ?? 0, 'meta description').toBeGreaterThan(20);
    if (path !== '/') await expect(page.locator('[data-element="breadcrumb"]')).toBeVisible();

    expect(await axeViolations(page), 'axe at 1280 px').toEqual([]);

    // Keyboard path: skip link, then into the content, with a visible focus ring.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Vai al contenuto' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('main#contenuto')).toBeFocused();
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement;
      const style = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      return {
        inMain: !!el.closest('main'),
        visible: box.width > 0 && box.height > 0,
        ring: style.outlineStyle !== 'none' || style.boxShadow !== 'none',
      };
    });
    expect(focused, 'first stop after the skip link').toEqual({ inMain: true, visible: true, ring: true });

    await page.setViewportSize({ width: 320, height: 640 });
    await pageReady(page);
    expect(await axeViolations(page), 'axe at 320 px').toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, 'horizontal scrolling at 320 px').toBeLessThanOrEqual(0);
  });
}

test.describe('indirizzi inesistenti', () => {
  // The answer itself is a 404 (the browser logs it), and so is the data the app asks for.
  test.use({ expectedConsoleError: /status of 404/ });
  for (const path of MISSING) {
    test(`indirizzo inesistente ${path}`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('main h1')).toHaveText('Pagina non trovata');
      await expect(page).toHaveTitle(`Pagina non trovata – ${ENTE}`);
      await expect(page.getByRole('link', { name: 'la mappa del sito' })).toBeVisible();
      await pageReady(page);
      await expect(page.locator('main h1')).toHaveText('Pagina non trovata');
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});

test('la home ha il marchio e le voci del modello Designers Italia', async ({ page }) => {
  await page.goto('/');
  await pageReady(page);
  for (const element of ['main-navigation', 'management', 'news', 'all-services', 'live', 'all-topics', 'faq', 'report-inefficiency', 'accessibility-link', 'privacy-policy-link', 'legal-notes']) {
    await expect(page.locator(`[data-element="${element}"]`).first(), element).toBeAttached();
  }
  await expect(page.locator('footer [data-element="accessibility-link"]')).toHaveAttribute('href', /^https:\/\/form\.agid\.gov\.it\//);
  const bootstrapItalia = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--bootstrap-italia-version'));
  expect(bootstrapItalia.trim()).toMatch(/^"?2\./);
  const headingFont = await page.locator('main h1').evaluate((el) => getComputedStyle(el).fontFamily);
  expect(headingFont).toContain('Titillium Web');
  expect(await page.evaluate(() => document.fonts.check('16px "Titillium Web"'))).toBe(true);
});
