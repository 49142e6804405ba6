// Amministrazione, the organisation (issue 18): from the tree of the offices
// to an ufficio by keyboard, up to the servizio it belongs to, and to a
// service it provides; the tree and the unit pages read without JavaScript.
// axe runs on each of these page shapes in routes.spec.js.
import { test, expect, pageReady, axeViolations } from './fixtures.js';
import { OFFICES, officePath } from './site.js';

const byslug = (slug) => OFFICES.find((u) => u.ufficio.slug === slug);
// An ufficio inside a servizio: the deepest branch of the tree.
const deepest = OFFICES.find((u) => u.ufficio.livello === 'ufficio' && byslug(u.dipende_da)?.ufficio.livello === 'servizio');

test("dall'organigramma a un ufficio da tastiera, poi al servizio di cui fa parte", async ({ page }) => {
  test.skip(!deepest, 'nessun ufficio dentro un servizio nei contenuti');
  const parent = byslug(deepest.dipende_da);
  await page.goto('/amministrazione/uffici');
  await pageReady(page);
  const link = page.locator(`.office-tree a[href="${officePath(deepest)}"]`);
  for (let i = 0; i < 120 && !(await link.evaluate((a) => a === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(link).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main h1')).toHaveText(deepest.ufficio.nome);
  await expect(page.locator('main h1')).toBeFocused();
  await expect(page.locator('[data-element="breadcrumb"]')).toContainText(parent.ufficio.nome);
  await expect(page.locator('main .office-contacts')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  await page.locator(`main p a[href="${officePath(parent)}"]`).click();
  await expect(page.locator('main h1')).toHaveText(parent.ufficio.nome);
  await expect(page.locator(`section[aria-labelledby="unita-articolazione"] a[href="${officePath(deepest)}"]`)).toHaveCount(1);
});

test('un servizio offerto porta alla sua scheda, che rimanda all\'ufficio', async ({ page }) => {
  const unit = OFFICES.find((u) => u.servizi.length);
  test.skip(!unit, 'nessuna unità con servizi nei contenuti');
  await page.goto(officePath(unit));
  await page.locator(`section[aria-labelledby="unita-servizi"] a[href="${unit.servizi[0].percorso}"]`).click();
  await expect(page.locator('main h1')).toHaveText(unit.servizi[0].titolo);
  await expect(page.locator('main')).toContainText(unit.ufficio.nome);
});

test.describe('senza JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test("l'organigramma, i settori e le schede si leggono interi", async ({ page }) => {
    await page.goto('/amministrazione/uffici');
    // Every unit once: a settore as a heading, the rest nested below it.
    await expect(page.locator('.office-tree a')).toHaveCount(OFFICES.length);
    await page.goto('/amministrazione/aree-amministrative');
    await expect(page.locator('main .card-title a')).toHaveCount(OFFICES.filter((u) => u.ufficio.livello === 'settore').length);
    const head = OFFICES.find((u) => u.responsabile);
    await page.goto(officePath(head));
    await expect(page.locator('section[aria-labelledby="unita-responsabile"]')).toContainText(head.responsabile.nome);
    await expect(page.locator('main')).not.toContainText('in preparazione');
  });
});
