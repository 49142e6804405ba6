// Bandi di gara e concorsi (issue 18): each tender leads to its record in
// ANAC's national database by CIG, each competition to inPA; the list says
// where each stands on the build day; the Stazione unica appaltante's page
// lists the procedures it runs for the Comuni; the transparency section
// follows the structure in force since 2024. axe on each page shape runs in
// routes.spec.js.
import { test, expect, pageReady, axeViolations } from './fixtures.js';
import { CALLS, callPath, api } from './site.js';

const LIST = '/amministrazione/bandi';
const BDNCP = 'https://dati.anticorruzione.it/superset/dashboard/dettaglio_cig/?cig=';
const STATUS = { aperto: 'Aperto', scaduto: 'Scaduto, in valutazione', aggiudicato: 'Aggiudicato', 'esito-pubblicato': 'Esito pubblicato' };

test('dall\'elenco per stato a una gara da tastiera, con il CIG che porta alla Banca dati dell\'ANAC', async ({ page }) => {
  const tender = CALLS.find((c) => c.tipo === 'gara' && c.stato === 'aperto') ?? CALLS.find((c) => c.tipo === 'gara');
  await page.goto(LIST);
  await pageReady(page);
  const group = page.locator(`section[aria-labelledby="gara-${tender.stato}"]`);
  const inGroup = CALLS.filter((c) => c.tipo === 'gara' && c.stato === tender.stato);
  await expect(group.locator('h3')).toHaveText(`${STATUS[tender.stato]} (${inGroup.length})`);
  const link = group.getByRole('link', { name: tender.titolo });
  for (let i = 0; i < 120 && !(await link.evaluate((a) => a === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(link).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main h1')).toHaveText(tender.titolo);
  await expect(page.locator('main h1')).toBeFocused();
  const record = page.locator('.document-facts').getByRole('link', { name: /Banca dati nazionale dei contratti pubblici/ });
  await expect(record).toHaveAttribute('href', `${BDNCP}${tender.cig}`);
  await expect(page.locator('main .attachment a').first()).toContainText(/\(PDF, [\d,]+ (byte|kB)\)/);
  expect(await axeViolations(page)).toEqual([]);
});

test('ogni stato ha le sue gare; i concorsi rimandano a inPA', async ({ page }) => {
  await page.goto(LIST);
  for (const [key, label] of Object.entries(STATUS)) {
    const count = CALLS.filter((c) => c.tipo === 'gara' && c.stato === key).length;
    const heading = page.locator(`section[aria-labelledby="gara-${key}"] h3`);
    if (count) await expect(heading).toHaveText(`${label} (${count})`);
    else await expect(heading).toHaveCount(0);
  }
  const competition = CALLS.find((c) => c.tipo === 'concorso');
  await page.goto(callPath(competition));
  const detail = api(`bandi/${competition.slug}.json`);
  await expect(page.getByRole('link', { name: 'Il bando e la domanda sul portale inPA' })).toHaveAttribute('href', detail.inpa);
});

test('la Stazione unica appaltante elenca le procedure che svolge per i Comuni', async ({ page }) => {
  const forComuni = CALLS.filter((c) => c.per_conto_di?.length);
  test.skip(!forComuni.length, 'nessuna procedura per i Comuni nei contenuti');
  const office = api(`bandi/${forComuni[0].slug}.json`).ufficio;
  await page.goto(`/amministrazione/uffici/${office.slug}`);
  const section = page.locator('section[aria-labelledby="unita-bandi"]');
  for (const call of forComuni.filter((c) => api(`bandi/${c.slug}.json`).ufficio.slug === office.slug)) {
    await expect(section.locator(`a[href="${callPath(call)}"]`)).toContainText(call.per_conto_di.at(-1));
  }
});

test('Amministrazione trasparente: bandi di gara dopo il 2024 e concorsi portano all\'elenco', async ({ page }) => {
  await page.goto('/amministrazione-trasparente/bandi-di-gara-e-contratti');
  const main = page.locator('main');
  await expect(main.getByRole('link', { name: /collegamento alla Banca dati nazionale dei contratti pubblici/ })).toHaveAttribute('href', '/amministrazione-trasparente/bandi-di-gara-e-contratti/procedure-bdncp');
  await expect(main).toContainText('Procedure avviate fino al 31 dicembre 2023');
  await page.goto('/amministrazione-trasparente/bandi-di-gara-e-contratti/procedure-bdncp');
  await expect(page.locator('main').getByRole('link', { name: 'Bandi di gara e concorsi' })).toHaveAttribute('href', LIST);
});

test.describe('senza JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('l\'elenco e ogni bando si leggono interi', async ({ page }) => {
    await page.goto(LIST);
    await expect(page.locator('main .card-title a')).toHaveCount(CALLS.length);
    const tender = CALLS.find((c) => c.cig);
    await page.goto(callPath(tender));
    await expect(page.locator('.document-facts')).toContainText(`CIG ${tender.cig}`);
  });
});
