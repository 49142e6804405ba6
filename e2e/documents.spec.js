// Documenti e dati (issue 18): the list filtered through the URL by
// keyboard (shareable, back button, reload), nonsense in the URL explained,
// numbered pages and document pages read without JavaScript, the feed and
// the downloads. axe runs on each page shape in routes.spec.js too.
import { test, expect, pageReady, axeViolations, wasmRequests } from './fixtures.js';
import { DOCUMENTS, documentPath } from './site.js';
import { readFileSync } from 'node:fs';

const fold = (text) => text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
const LIST = '/amministrazione/documenti';
const results = (page) => page.locator('main .news-results');
const status = (page) => page.locator('#conteggio-risultati');
const countText = (n) => (n === 0 ? 'Nessun risultato' : n === 1 ? '1 risultato' : `${n} risultati`);
const year = (doc) => Number(doc.data.slice(0, 4));

test('filtri da tastiera: tipo, anno, parole nell\'indirizzo; indietro e ricarica', async ({ page }) => {
  // The test's own reading of the data: the kind with most documents, its newest year, a word of its newest title.
  const counts = {};
  for (const d of DOCUMENTS) counts[d.tipo] = (counts[d.tipo] ?? 0) + 1;
  const kind = Object.entries(counts).sort((a, b) => b[1] - a[1])[0][0];
  const ofKind = DOCUMENTS.filter((d) => d.tipo === kind);
  const newestYear = year(ofKind[0]);
  const ofYear = ofKind.filter((d) => year(d) === newestYear);
  const word = ofYear[0].titolo.split(' ').find((w) => w.length > 5);
  const withWord = ofYear.filter((d) => fold(`${d.titolo} ${d.oggetto} ${d.numero ?? ''} ${d.emanato_da.nome}`).includes(fold(word)));

  const wasm = wasmRequests(page);
  await page.goto(LIST);
  await pageReady(page);
  await expect(results(page).locator('.list-count')).toContainText(countText(DOCUMENTS.length));
  // By keyboard: Tab to the kind, choose with the arrows, then the year, then type.
  const kindSelect = page.locator('#documenti-tipo');
  for (let i = 0; i < 80 && !(await kindSelect.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(kindSelect).toBeFocused();
  const kindLabels = await kindSelect.locator('option').evaluateAll((options) => options.map((o) => o.value));
  for (let i = 0; i < kindLabels.indexOf(kind); i++) await page.keyboard.press('ArrowDown');
  await expect(page).toHaveURL(new RegExp(`[?&]tipo=${kind}`));
  await expect(status(page)).toHaveText(countText(ofKind.length));
  await page.keyboard.press('Tab');
  await expect(page.locator('#documenti-anno')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page).toHaveURL(new RegExp(`[?&]anno=${newestYear}`));
  await expect(status(page)).toHaveText(countText(ofYear.length));
  await page.locator('#documenti-testo').focus();
  await page.keyboard.type(word);
  await expect(page).toHaveURL(new RegExp(`[?&]testo=${encodeURIComponent(word)}`));
  await expect(status(page)).toHaveText(countText(withWord.length));
  await expect(page.locator('#documenti-testo')).toBeFocused();
  await expect(results(page).locator('.card-title a').first()).toHaveText(withWord[0].titolo);
  // The button takes the reader to the results.
  await page.getByRole('button', { name: 'Applica i filtri' }).press('Enter');
  await expect(page.locator('#conteggio-elenco')).toBeFocused();
  // The filters come with the list's own bundle, which no other page loads.
  expect(wasm.some((path) => /^\/isole-documenti-[0-9a-f]{16}_bg\.wasm$/.test(path)), wasm.join(', ')).toBe(true);

  await page.reload();
  await pageReady(page);
  await expect(page.locator('#documenti-tipo')).toHaveValue(kind);
  await expect(page.locator('#documenti-anno')).toHaveValue(String(newestYear));
  await expect(page.locator('#documenti-testo')).toHaveValue(word);
  await expect(status(page)).toHaveText(countText(withWord.length));
  expect(await axeViolations(page)).toEqual([]);

  await page.locator('#documenti-anno').selectOption('');
  await expect(page).not.toHaveURL(/anno=/);
  await page.goBack();
  await expect(page.locator('#documenti-anno')).toHaveValue(String(newestYear));
});

test('per organo o ufficio: la scheda porta al documento, che rimanda a chi lo ha emanato', async ({ page }) => {
  const doc = DOCUMENTS.find((d) => d.numero && d.in_vigore_fino_al);
  const byIssuer = DOCUMENTS.filter((d) => d.emanato_da.slug === doc.emanato_da.slug);
  await page.goto(`${LIST}?ufficio=${doc.emanato_da.slug}&testo=${encodeURIComponent(doc.numero)}`);
  await pageReady(page);
  await expect(page.locator('#documenti-ufficio')).toHaveValue(doc.emanato_da.slug);
  const card = results(page).locator('article', { hasText: doc.titolo });
  await expect(card).toContainText(`n. ${doc.numero}`);
  await card.getByRole('link', { name: doc.titolo }).click();
  await expect(page.locator('main h1')).toHaveText(doc.titolo);
  await expect(page.locator('main h1')).toBeFocused();
  await expect(page.locator('[data-element="breadcrumb"]')).toContainText('Documenti e dati');
  await expect(page.locator('.document-facts')).toContainText(`Numero: ${doc.numero}`);
  await page.locator('.document-facts').getByRole('link', { name: doc.emanato_da.nome }).click();
  await expect(page.locator('main h1')).toHaveText(doc.emanato_da.nome);
  expect(byIssuer.length).toBeGreaterThan(0);
});

test('indirizzo con filtri senza senso: elenco utile con le spiegazioni', async ({ page }) => {
  await page.goto(`${LIST}?tipo=circolare&anno=duemila&ufficio=nessuno`);
  await pageReady(page);
  const notes = page.locator('.filter-notes');
  await expect(notes).toContainText('«circolare» non esiste');
  await expect(notes).toContainText('«duemila» non è un anno');
  await expect(notes).toContainText('«nessuno»');
  await expect(results(page).locator('.list-count')).toContainText(countText(DOCUMENTS.length));
  await expect(page.getByRole('link', { name: 'Azzera i filtri' })).toHaveAttribute('href', LIST);
});

test('feed Atom e dati aperti: tutti i documenti, con le colonne dichiarate', async ({ request }) => {
  const feed = await request.get('/feed/documenti.xml');
  expect(feed.ok()).toBeTruthy();
  const xml = await feed.text();
  expect(xml).toContain(`<title>${DOCUMENTS[0].titolo}</title>`);
  const csv = await (await request.get('/dati/documenti.csv')).text();
  const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
  expect(lines[0]).toBe('Tipo,Numero,Data,Titolo,Oggetto,Emanato da,In vigore dal,In vigore fino al,Argomenti,Allegati,Pagina');
  expect(lines).toHaveLength(DOCUMENTS.length + 1);
  const json = await (await request.get('/dati/documenti.json')).json();
  expect(json).toHaveLength(DOCUMENTS.length);
  const catalog = await (await request.get('/dati/catalogo.jsonld')).json();
  expect(catalog['dcat:dataset'].map((d) => d['dct:title'])).toContain('Documenti e dati');
});

test.describe('senza JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('l\'elenco si sfoglia per pagine numerate e ogni documento si legge con i suoi file', async ({ page }) => {
    test.skip(DOCUMENTS.length <= 12, 'una sola pagina di documenti');
    await page.goto(LIST);
    await expect(page.locator('.without-js')).toContainText('Senza JavaScript i filtri non sono disponibili');
    await expect(results(page).locator('.card-title a')).toHaveCount(12);
    await page.getByRole('navigation', { name: /^Pagine: / }).getByRole('link', { name: 'Pagina 2', exact: true }).click();
    await expect(page).toHaveURL(/\/amministrazione\/documenti\/pagina\/2$/);
    const second = DOCUMENTS.slice(12, 24);
    await expect(results(page).locator('.card-title a')).toHaveCount(second.length);
    await expect(results(page).locator('.card-title a').first()).toHaveText(second[0].titolo);

    const doc = second[0];
    await page.goto(documentPath(doc));
    await expect(page.locator('main h1')).toHaveText(doc.titolo);
    const file = page.locator('main .attachment a').first();
    await expect(file).toContainText(/\((PDF|CSV|ODS|ODT), [\d,]+ (byte|kB|MB)\)/);
    const href = await file.getAttribute('href');
    const size = readFileSync(new URL(`../dist${href}`, import.meta.url)).length;
    expect(size).toBeGreaterThan(0);
    await expect(page.locator('main')).not.toContainText('in preparazione');
  });
});
