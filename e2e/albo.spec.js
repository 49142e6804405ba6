// The Albo pretorio (issue 18): the footer and the Documenti page lead to
// the legal platform; the copy of the acts in publication lists what the
// export holds for the build day, each act linked to the platform, says the
// platform's copy is the valid one, asks not to be indexed and stays out of
// the sitemap; its AlboPOP feed is announced. axe runs on the page in
// routes.spec.js.
import { test, expect, pageReady } from './fixtures.js';
import { ALBO, api } from './site.js';

test.skip(!ALBO, "l'ente non ha configurato l'Albo pretorio");

test("il piè di pagina e la pagina Documenti portano all'Albo pretorio online", async ({ page }) => {
  await page.goto('/amministrazione/documenti');
  await pageReady(page);
  await expect(page.locator(`footer a[href="${ALBO.piattaforma}"]`)).toHaveText('Albo pretorio online');
  const section = page.locator('section[aria-labelledby="albo-pretorio"]');
  await expect(section.locator(`a[href="${ALBO.piattaforma}"]`)).toHaveText('Albo pretorio online');
  if (ALBO.copia) {
    await section.locator('a[href="/amministrazione/albo-pretorio"]').click();
    await expect(page.locator('main h1')).toHaveText("Atti in pubblicazione all'Albo pretorio");
    await expect(page.locator('main h1')).toBeFocused();
  }
});

test("l'area Amministrazione del menu porta all'Albo pretorio online, da tastiera", async ({ page }) => {
  await page.goto('/');
  await pageReady(page);
  const toggle = page.getByRole('button', { name: 'Sottomenu Amministrazione' });
  for (let i = 0; i < 40 && !(await toggle.evaluate((b) => b === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(toggle).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const submenu = page.locator('#' + (await toggle.getAttribute('aria-controls')));
  // The section's pages come first, then the Albo: Tab along the submenu.
  const link = submenu.getByRole('link', { name: 'Albo pretorio online' });
  for (let i = 0; i < 15 && !(await link.evaluate((a) => a === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(link).toBeFocused();
  await expect(link).toHaveAttribute('href', ALBO.piattaforma);
  // The section's own link stays the menu entry the model's checker reads.
  await expect(page.locator('[data-element="management"]')).toHaveAttribute('href', '/amministrazione');
});

test.describe('senza JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('la copia elenca gli atti del giorno, ciascuno collegato alla piattaforma, e non si indicizza', async ({ page, request }) => {
    await page.goto('/amministrazione/albo-pretorio');
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
    await expect(page.locator('main')).toContainText('in caso di differenze vale la piattaforma');
    const rows = page.locator('.albo-table tbody tr');
    await expect(rows).toHaveCount(ALBO.atti.length);
    // Only acts in publication on the build day, newest first.
    const day = ALBO.aggiornato;
    for (const act of ALBO.atti) expect(act.dal <= day && day <= act.al).toBe(true);
    if (ALBO.atti.length) {
      await expect(rows.first().locator('th a')).toHaveAttribute('href', ALBO.atti[0].url);
      await expect(rows.first().locator('td').first()).toHaveText(ALBO.atti[0].registro);
    }
    await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute('href', '/feed/albo-pretorio.xml');
    const sitemap = await (await request.get('/sitemap.xml')).text();
    expect(sitemap).not.toContain('/amministrazione/albo-pretorio');
    const feed = await (await request.get('/feed/albo-pretorio.xml')).text();
    expect(feed).toContain('<xhtml:meta name="robots" content="noindex" />');
    expect(feed.match(/<item>/g)?.length ?? 0).toBe(Math.min(ALBO.atti.length, 25));
    // Not in the site's search either.
    expect(api('ricerca.json').voci.some((v) => v.p === '/amministrazione/albo-pretorio')).toBe(false);
  });
});
