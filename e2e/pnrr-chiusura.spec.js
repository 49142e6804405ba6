// PNRR after the deadline (issue 21): on /pnrr what is still open with the
// plan's closing dates; on a project page where it is, what it achieved,
// its steps and its final status; the closing tables downloaded; all of it
// read with axe at 1280 and 320 px and without JavaScript.
import { api } from './site.js';
import { test, expect, pageReady, axeViolations } from './fixtures.js';

const overview = api('pnrr.json');
// The sample's accepted and reported project (SPID e CIE), and a school in Sarzana.
const REPORTED = 'J41F22001590006';
const SCHOOL = 'J27H22000850006';

for (const width of [1280, 320]) {
  test(`che cosa resta aperto su /pnrr, a ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/pnrr');
    await pageReady(page);
    const open = page.getByRole('region', { name: 'Che cosa resta aperto' });
    await expect(open).toContainText('31 agosto 2026: ultimo giorno per raggiungere traguardi e obiettivi');
    await expect(open).toContainText('31 dicembre 2026: ultimo giorno per i pagamenti');
    await expect(open).toContainText('resta pubblicata anche dopo la chiusura del piano');
    const { traguardi, pagamenti, non_collaudati } = overview.aperto;
    await expect(open.getByRole('heading', { name: `Traguardi e obiettivi non raggiunti (${traguardi.length})` })).toBeVisible();
    await expect(page.locator('table:has(#tabella-pagamenti-attesi) tbody tr')).toHaveCount(pagamenti.length);
    await expect(page.locator('table:has(#tabella-non-collaudati) tbody tr')).toHaveCount(non_collaudati.length);
    // An accepted project is not among those to accept.
    await expect(page.locator(`table:has(#tabella-non-collaudati) a[href="/pnrr/progetti/${REPORTED}"]`)).toHaveCount(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  test(`un progetto: dove, indicatori, iter e collaudo, a ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`/pnrr/progetti/${REPORTED}`);
    await pageReady(page);
    const final = page.getByRole('region', { name: 'Conclusione, collaudo e rendicontazione' });
    await expect(final).toContainText('Rendicontato');
    const certificate = final.getByRole('link', { name: 'Certificato di verifica di conformità' });
    expect((await page.request.get(await certificate.getAttribute('href'))).status()).toBe(200);
    await expect(final).toContainText('Rendicontazione finale in ReGiS');
    await expect(final).toContainText('20 febbraio 2024');
    await expect(page.getByRole('region', { name: 'Dove', exact: true }).getByRole('link', { name: 'La Spezia' })).toHaveAttribute('href', '/vivere-la-provincia/comuni/la-spezia');
    await expect(page.locator('table:has(#tabella-indicatori) tbody tr')).toHaveCount(1);
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('una gara che serve due progetti: scheda ANAC e l\'altro CUP', async ({ page }) => {
  await page.goto('/pnrr/progetti/J47H22000810006');
  await pageReady(page);
  const row = page.locator('table:has(#tabella-gare) tbody tr', { hasText: 'B12F4A7C90' });
  await expect(row.getByRole('link', { name: 'Scheda ANAC del CIG B12F4A7C90' })).toHaveAttribute('href', /B12F4A7C90/);
  await row.getByRole('link', { name: 'J47H22000830006' }).click();
  await expect(page.locator('h1')).toContainText('Capellini');
});

test('le tabelle della chiusura si scaricano con le colonne di Italia Domani', async ({ request }) => {
  const heads = {
    localizzazioni: 'CUP,Codice Locale Progetto,Codice Comune,Descrizione Comune,Indirizzo,Latitudine,Longitudine',
    indicatori: 'CUP,Codice Locale Progetto,Codice Univoco Misura,Descrizione Indicatore,Unità di Misura,Valore Programmato,Valore Realizzato,Data Rilevazione',
    iter: 'CUP,Codice Locale Progetto,Fase,Descrizione Fase,Data Inizio Prevista,Data Fine Prevista,Data Inizio Effettiva,Data Fine Effettiva',
  };
  for (const [name, head] of Object.entries(heads)) {
    const text = await (await request.get(`/dati/pnrr/${name}.csv`)).text();
    expect(text.replace(/^\ufeff/, '').split('\r\n')[0], name).toBe(head);
  }
  const places = await (await request.get(`/dati/pnrr/progetti/${SCHOOL}/localizzazioni.json`)).json();
  expect(places[0]['Codice Comune']).toBe('011027');
  const catalog = await (await request.get('/dati/pnrr/catalogo.jsonld')).text();
  for (const name of Object.keys(heads)) expect(catalog).toContain(`/dati/pnrr/${name}.csv`);
});

test('la pagina di un Comune elenca i suoi progetti PNRR', async ({ page }) => {
  await page.goto('/vivere-la-provincia/comuni/sarzana');
  await pageReady(page);
  const section = page.getByRole('region', { name: 'Progetti PNRR della Provincia nel Comune' });
  await expect(section.locator(`a[href="/pnrr/progetti/${SCHOOL}"]`)).toBeVisible();
});

test.describe('senza JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('resta aperto e stato finale si leggono interi', async ({ page }) => {
    await page.goto('/pnrr');
    await expect(page.getByRole('heading', { name: 'Che cosa resta aperto' })).toBeVisible();
    await expect(page.locator('table:has(#tabella-pagamenti-attesi) tbody tr')).toHaveCount(overview.aperto.pagamenti.length);
    await page.goto(`/pnrr/progetti/${SCHOOL}`);
    await expect(page.getByRole('heading', { name: 'Iter del progetto' })).toBeVisible();
    await expect(page.locator('section[aria-labelledby=pnrr-iter] li')).toHaveCount(4);
    await expect(page.getByRole('heading', { name: 'Indicatori target' })).toBeVisible();
  });
});
