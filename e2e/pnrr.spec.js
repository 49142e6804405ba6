// Attuazione misure PNRR: the project table filtered and sorted by keyboard
// with its state in the URL, a project opened by CUP, the CSV downloaded and
// read, the chart's text equivalent, the timeline's words, and reading
// without JavaScript. axe covers every shape of PNRR page (routes.spec.js)
// and the filtered and sorted table here.
import { readFileSync } from 'node:fs';
import { api } from './site.js';
import { test, expect, pageReady, axeViolations, wasmRequests } from './fixtures.js';

const overview = api('pnrr.json');
const projects = overview.progetti;
const cents = (amount) => Math.round(Number(amount) * 100);
const euros = (c) => `${Math.floor(c / 100).toLocaleString('it-IT')},${String(c % 100).padStart(2, '0')} €`;
const rows = (page) => page.locator('.project-table tbody tr:not([hidden])');
const status = (page) => page.locator('#conteggio-progetti');

test('tabella dei progetti: filtri e ordinamento da tastiera, stato nell\'indirizzo', async ({ page }) => {
  await page.goto('/pnrr');
  await pageReady(page);
  await expect(rows(page)).toHaveCount(projects.length);
  // Default order: largest PNRR funding first, as the test computes it.
  const largest = [...projects].sort((a, b) => cents(b.finanziamento_pnrr) - cents(a.finanziamento_pnrr))[0];
  await expect(rows(page).first().locator('th a')).toHaveText(largest.titolo_progetto);

  // Status filter, chosen with the keyboard.
  const inProgress = projects.filter((p) => p.stato === 'in-corso');
  await page.locator('#filtro-stato').focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('#filtro-stato')).toHaveValue('in-corso');
  await expect(page).toHaveURL(/[?&]stato=in-corso/);
  await expect(rows(page)).toHaveCount(inProgress.length);
  await expect(status(page)).toContainText(`${inProgress.length} progetti su ${projects.length}`);

  // Sort by year through the column's button, by keyboard: the column says so.
  const yearButton = page.getByRole('button', { name: /Anno di inizio/ });
  await yearButton.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/ordine=anno/);
  await expect(page.locator('th[aria-sort]')).toHaveCount(1);
  await expect(page.locator('th[aria-sort="descending"]')).toContainText('Anno di inizio');
  await expect(status(page)).toContainText('ordinati per anno di inizio, dal più alto');
  const newestYear = Math.max(...inProgress.map((p) => p.anno_inizio));
  await expect(rows(page).first().locator('td').nth(3)).toHaveText(String(newestYear));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/verso=crescente/);
  await expect(page.locator('th[aria-sort="ascending"]')).toContainText('Anno di inizio');
  await expect(yearButton).toBeFocused();

  // Words: a CIG finds its project.
  const withTender = projects.find((p) => p.cig.length > 0 && p.stato === 'in-corso');
  await page.locator('#filtro-testo').fill(withTender.cig[0].toLowerCase());
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first().locator('th a')).toHaveText(withTender.titolo_progetto);
  await expect(page.locator('#filtro-testo')).toBeFocused();
  expect(await axeViolations(page)).toEqual([]);

  // The URL holds the state: reload gives the same table; back undoes the sort.
  await page.reload();
  await pageReady(page);
  await expect(rows(page)).toHaveCount(1);
  await expect(page.locator('#filtro-stato')).toHaveValue('in-corso');
  await expect(page.locator('#filtro-testo')).toHaveValue(withTender.cig[0].toLowerCase());
  await page.goBack();
  await expect(page).not.toHaveURL(/verso=crescente/);
});

test('la tabella arriva quando serve: la pagina non carica WebAssembly, il clic su un ordinamento vale anche prima', async ({ page }) => {
  const wasm = wasmRequests(page);
  await page.goto('/pnrr');
  await pageReady(page);
  // Read as pre-rendered; the table's code is not there yet.
  await expect(rows(page)).toHaveCount(projects.length);
  await expect(page.locator('leptos-island[data-idratata] .project-table')).toHaveCount(0);
  expect(wasm, wasm.join(', ')).toEqual([]);
  // A press on a column's button wakes the table, and counts.
  await page.getByRole('button', { name: /Anno di inizio/ }).click();
  await expect(page).toHaveURL(/ordine=anno/);
  await expect(page.locator('th[aria-sort="descending"]')).toContainText('Anno di inizio');
  expect(wasm, wasm.join(', ')).toEqual([expect.stringMatching(/^\/isole-pnrr-[0-9a-f]{16}_bg\.wasm$/)]);
});

test('importi scritti male: errore accanto al campo; indirizzo assurdo: correzioni spiegate', async ({ page }) => {
  await page.goto('/pnrr');
  await pageReady(page);
  const field = page.locator('#filtro-importo-min');
  await field.fill('tanti euro');
  await field.press('Tab');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#filtro-importo-min-errore')).toContainText('Scrivi un importo in euro');
  await expect(field).toHaveValue('tanti euro');
  await field.fill('1.000.000');
  await field.press('Tab');
  await expect(page).toHaveURL(/importo-min=1000000/);
  await expect(field).not.toHaveAttribute('aria-invalid', 'true');
  const large = projects.filter((p) => cents(p.finanziamento_pnrr) >= 100_000_000);
  await expect(rows(page)).toHaveCount(large.length);

  await page.goto('/pnrr?stato=finito&anno=mai&missione=M9&ordine=colore');
  await pageReady(page);
  const notes = page.locator('main .alert-info li');
  await expect(notes).toHaveCount(4);
  await expect(rows(page)).toHaveCount(projects.length);
});

test('un progetto aperto dal CUP: dati, cronologia, grafico con testo equivalente, link nazionali', async ({ page }) => {
  const cup = 'J41C22000390006';
  const data = api(`pnrr/progetti/${cup}.json`);
  await page.goto('/pnrr');
  await pageReady(page);
  await page.locator('#filtro-testo').fill(cup);
  await expect(rows(page)).toHaveCount(1);
  await rows(page).first().locator('th a').click();
  await expect(page).toHaveURL(`/pnrr/progetti/${cup}`);
  await expect(page.locator('h1')).toHaveText(data.progetto.titolo_progetto);
  await expect(page.locator('main')).toContainText('Finanziato dall\'Unione europea – NextGenerationEU');
  await expect(page.locator('main dl.facts').first()).toContainText(cup);
  // The chart is an image with a name and a description that give the numbers.
  const chart = page.locator('.payment-chart svg');
  await expect(chart).toHaveAttribute('role', 'img');
  const received = data.progetto.pagamenti.reduce((sum, p) => sum + cents(p.importo), 0);
  await expect(page.locator('#grafico-pagamenti-testo')).toContainText(`Ricevuti ${euros(received)}`);
  await expect(page.locator('.payment-chart figcaption')).toHaveText(await page.locator('#grafico-pagamenti-testo').textContent());
  await expect(page.locator('#tabella-pagamenti')).toBeAttached();
  // Tenders with winners and codes; acts with links.
  for (const tender of data.progetto.gare) {
    await expect(page.locator('table', { has: page.locator('#tabella-gare') })).toContainText(tender.cig);
  }
  await expect(page.getByRole('link', { name: 'Scheda del CUP su OpenCUP' })).toHaveAttribute('href', new RegExp(`/cup/${cup}$`));
  await expect(page.getByRole('link', { name: 'Scheda del progetto su OpenPNRR' })).toHaveAttribute('href', new RegExp(`${cup}$`));
  expect(await axeViolations(page)).toEqual([]);
});

test('traguardi in ritardo detti a parole, non solo con il colore', async ({ page }) => {
  const late = projects.find((p) => p.stato === 'in-corso' && p.codice_misura === 'M2C3I1.1');
  await page.goto(`/pnrr/progetti/${late.cup}`);
  await pageReady(page);
  const item = page.locator('.timeline-in-ritardo').first();
  await expect(item).toContainText('In ritardo');
  await expect(item).toContainText(/In ritardo di \d+ giorni: non ancora raggiunto/);
  await expect(page.locator('.timeline-raggiunto-in-ritardo').first()).toContainText(/Raggiunto in ritardo di \d+ giorni/);
});

test('CSV scaricato dalla pagina: BOM, intestazione di Italia Domani, una riga del progetto', async ({ page }) => {
  await page.goto('/pnrr');
  await pageReady(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'CSV – Progetti PNRR' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('progetti.csv');
  const bytes = readFileSync(await download.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.toString('utf8').slice(1).split('\r\n');
  const header = lines[0].split(',');
  expect(header.slice(0, 3)).toEqual(['CUP', 'Codice Locale Progetto', 'Titolo Progetto']);
  expect(header).toContain('Finanziamento PNRR');
  expect(header).toContain('Stato Avanzamento Progetto');
  const cloud = lines.find((l) => l.startsWith('J41C22000390006,'));
  expect(cloud).toContain(',931712.00,');
  expect(lines.filter((l) => /^[A-Z]\d{2}[A-Z]\d{2}/.test(l))).toHaveLength(projects.length);
});

test.describe('CUP inesistente', () => {
  test.use({ expectedConsoleError: /status of 404/ });

  test('un CUP che non esiste: pagina 404 che propone la ricerca', async ({ page }) => {
  const response = await page.goto('/pnrr/progetti/J00X00000000000');
  expect(response.status()).toBe(404);
  await pageReady(page);
  await expect(page.locator('h1')).toContainText(/non trovata/i);
  await expect(page.getByRole('searchbox', { name: 'Cerca nel sito (anche un CUP o un CIG)' })).toBeVisible();
  });
});

test.describe('senza JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('/pnrr mostra importi, misure e tutti i progetti; la pagina di un progetto tutti i dati', async ({ page }) => {
    await page.goto('/pnrr');
    await expect(page.locator('.pnrr-totals')).toContainText('Finanziamento PNRR');
    await expect(page.locator('.project-table tbody tr')).toHaveCount(projects.length);
    await expect(page.locator('.project-filters')).toBeHidden();
    await expect(page.getByRole('link', { name: 'CSV – Progetti PNRR' })).toBeVisible();
    const project = projects[0];
    await page.locator(`a[href="/pnrr/progetti/${project.cup}"]`).first().click();
    await expect(page.locator('h1')).toHaveText(project.titolo_progetto);
    await expect(page.locator('#tabella-fonti')).toBeVisible();
    await expect(page.locator('.pnrr-timeline li').first()).toBeVisible();
  });
});
