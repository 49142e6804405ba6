// Amministrazione, who governs and who runs the offices (issue 18): from the
// list of politici to a person's page by keyboard, the organ that person
// sits in and back to them, and the lists and pages read without
// JavaScript, the participated bodies among them. axe runs on each of these
// page shapes in routes.spec.js.
import { readFileSync } from 'node:fs';
import { test, expect, pageReady, axeViolations } from './fixtures.js';
import { PEOPLE, ORGANS, personPath } from './site.js';

const inOffice = PEOPLE.find((p) => p.tipo === 'politico' && p.in_carica);
const former = PEOPLE.find((p) => !p.in_carica);

test('dai politici a una scheda da tastiera, poi al suo organo e di nuovo alla persona', async ({ page }) => {
  await page.goto('/amministrazione/politici');
  await pageReady(page);
  await expect(page.getByRole('heading', { name: 'In carica', level: 2 })).toBeVisible();
  const link = page.locator(`main a[href="${personPath(inOffice)}"]`);
  for (let i = 0; i < 80 && !(await link.evaluate((a) => a === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(link).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main h1')).toHaveText(inOffice.nome);
  await expect(page.locator('main h1')).toBeFocused();
  await expect(page.locator('[data-element="breadcrumb"]')).toContainText('Politici');
  // Documents of art. 14 with their format and size; contacts are an office's.
  await expect(page.locator('main .attachment a').first()).toContainText(/\(PDF, [\d,]+ (byte|kB|MB)\)/);
  await expect(page.locator('main .office-contacts a[href^="mailto:"]')).toHaveCount(1);
  expect(await axeViolations(page)).toEqual([]);

  const organ = page.locator('main a[href^="/amministrazione/organi-di-governo/"]').first();
  const organName = (await organ.innerText()).trim();
  await organ.click();
  await expect(page.locator('main h1')).toHaveText(organName);
  await expect(page.locator('.member-list').first().locator(`a[href="${personPath(inOffice)}"]`)).toHaveCount(1);
});

test('un incarico concluso resta pubblicato, tra i cessati', async ({ page }) => {
  test.skip(!former, 'nessuna persona con un incarico concluso nei contenuti');
  await page.goto(personPath(former));
  await expect(page.locator('main')).toContainText('Incarico concluso.');
  await page.goto(former.tipo === 'politico' ? '/amministrazione/politici' : '/amministrazione/personale-amministrativo');
  await expect(page.locator('section[aria-labelledby="persone-cessate"]').locator(`a[href="${personPath(former)}"]`)).toHaveCount(1);
});

test('le sedute di un organo: prossime prima, poi quelle svolte con i loro documenti', async ({ page }) => {
  const organ = ORGANS.find((o) => o.sedute?.length);
  test.skip(!organ, 'nessun organo con sedute nei contenuti');
  await page.goto(`/amministrazione/organi-di-governo/${organ.slug}`);
  await pageReady(page);
  const held = organ.sedute.filter((s) => s.svolta);
  const coming = organ.sedute.filter((s) => !s.svolta);
  await expect(page.locator('section[aria-labelledby="sedute-svolte"] .sitting')).toHaveCount(held.length);
  await expect(page.locator('section[aria-labelledby="sedute-prossime"] .sitting')).toHaveCount(coming.length);
  const withPapers = organ.sedute.find((s) => s.documenti.length);
  if (withPapers) {
    const id = `seduta-${withPapers.data}-${withPapers.ora.replace(':', '')}`;
    await expect(page.locator(`#${id} .attachment a`).first()).toContainText(/\(PDF, [\d,]+ (byte|kB|MB)\)/);
    await expect(page.locator(`#${id} ol li`)).toHaveCount(withPapers.ordine_del_giorno.length);
  }
  // A sitting to come goes into a calendar; a held one does not.
  await expect(page.locator('section[aria-labelledby="sedute-svolte"] a[href$=".ics"]')).toHaveCount(0);
  if (coming.length) {
    const link = page.locator('section[aria-labelledby="sedute-prossime"] a[href$=".ics"]').first();
    await expect(link).toContainText('Aggiungi la seduta al tuo calendario');
    const ics = await page.request.get(await link.getAttribute('href'));
    expect(ics.headers()['content-type']).toContain('text/calendar');
    expect(await ics.text()).toContain(`DTSTART;TZID=Europe/Rome:${coming[0].data.replaceAll('-', '')}T${coming[0].ora.replace(':', '')}00`);
  }
  expect(await axeViolations(page)).toEqual([]);
});

test.describe('senza JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('gli organi, gli elenchi e le schede si leggono interi', async ({ page }) => {
    await page.goto('/amministrazione/organi-di-governo');
    await expect(page.locator('main .card-title a')).toHaveCount(ORGANS.length);
    await page.goto('/amministrazione/personale-amministrativo');
    const staff = PEOPLE.filter((p) => p.tipo === 'personale');
    await expect(page.locator('main .card-title a')).toHaveCount(staff.length);
    // Every body with the data of art. 22, amounts written as people read them.
    await page.goto('/amministrazione/enti-e-fondazioni');
    const bodies = JSON.parse(readFileSync(new URL('../dist/api/v1/enti.json', import.meta.url), 'utf8')).enti;
    // Grouped in the order of art. 22, c. 1: lett. a), b), c).
    const order = ['ente-pubblico-vigilato', 'societa', 'ente-diritto-privato'];
    await expect(page.locator('main .body-card h3')).toHaveText(order.flatMap((kind) => bodies.filter((b) => b.tipo === kind).map((b) => b.nome)));
    await expect(page.locator('main .body-card').first()).toContainText('Onere annuo sul bilancio della Provincia');
    await expect(page.locator('main .body-card').first()).toContainText(/\d €/);
    await page.goto(personPath(inOffice));
    await expect(page.locator('main h1')).toHaveText(inOffice.nome);
    await expect(page.locator('main')).toContainText(inOffice.ruolo.split(',')[0]);
    const jsonLd = await page.locator('script[type="application/ld+json"]').allTextContents();
    const person = jsonLd.map((t) => JSON.parse(t)).find((j) => j['@type'] === 'Person');
    expect(person?.name).toBe(inOffice.nome);
  });
});
