// Limitazioni al traffico (issue 19): "is my road open today, and until
// when?" from the home page in two steps, with and without JavaScript; the
// list filtered through the URL by keyboard; the map, whose every marker is
// a named link and a row of the table beside it; the GeoJSON, CSV, feeds
// and calendar files. axe on each page shape runs in routes.spec.js too.
import { test, expect, pageReady, axeViolations, wasmRequests } from './fixtures.js';
import { TERRITORY, RESTRICTIONS, RESTRICTIONS_LIST, restrictionPath, periodOf } from './site.js';

const today = TERRITORY.calcolato_il;
const inForce = RESTRICTIONS.filter((r) => periodOf(r) === 'oggi');
const coming = RESTRICTIONS.filter((r) => periodOf(r) === 'prossimi-7-giorni');
const italian = (iso) => {
  const months = ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'];
  const [y, m, d] = iso.split('-').map(Number);
  return `${d}${d === 1 ? '°' : ''} ${months[m - 1]} ${y}`;
};
// "fino al 12 dicembre", but "fino all'8 dicembre", "l'11 dicembre": the
// article elided before eight and eleven, as model::date writes it.
const after = (preposition, iso) => {
  const d = Number(iso.split('-')[2]);
  if (![8, 11].includes(d)) return `${preposition} ${italian(iso)}`;
  return preposition.endsWith('il') ? `${preposition.slice(0, -2)}l'${italian(iso)}` : `${preposition}l'${italian(iso)}`;
};
const until = (iso) => after('fino al', iso);
const rows = (page, period) => page.locator(`main section[data-periodo="${period}"] tbody tr`);

test('dalla home, in due passi: la strada è chiusa oggi e fino a quando', async ({ page }) => {
  test.skip(inForce.length === 0, 'nessuna limitazione in vigore nel giorno della compilazione');
  const item = inForce[0];
  await page.goto('/');
  await pageReady(page);
  const box = page.locator('section[aria-labelledby="titolo-strade-oggi"]');
  await expect(box.locator('li')).toHaveCount(inForce.length);
  await expect(box).toContainText(`Situazione ${after('al', today)}`);
  const link = box.getByRole('link', { name: new RegExp(`^${item.strada.codice} `) }).first();
  await expect(link.locator('xpath=..')).toContainText(until(item.fine));
  await link.click();
  await expect(page.locator('main h1')).toContainText(item.strada.codice);
  await expect(page.locator('main [data-stato="oggi"]')).toContainText('In vigore oggi, fino al');
  expect(await axeViolations(page)).toEqual([]);
});

test('filtri da tastiera nell\'indirizzo: strada, poi tutte le date; indietro e ricarica', async ({ page }) => {
  const road = TERRITORY.strade.find((r) => inForce.some((i) => i.strada.slug === r.slug));
  test.skip(!road, 'nessuna strada con limitazioni oggi');
  const ofRoad = RESTRICTIONS.filter((r) => r.strada.slug === road.slug);
  const wasm = wasmRequests(page);
  await page.goto(RESTRICTIONS_LIST);
  await pageReady(page);
  await expect(rows(page, 'oggi')).toHaveCount(inForce.length);
  await expect(rows(page, 'prossimi-7-giorni')).toHaveCount(coming.length);
  const select = page.locator('#limitazioni-strada');
  for (let i = 0; i < 200 && !(await select.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(select).toBeFocused();
  const values = await select.locator('option').evaluateAll((options) => options.map((o) => o.value));
  for (let i = 0; i < values.indexOf(road.slug); i++) await page.keyboard.press('ArrowDown');
  await expect(page).toHaveURL(new RegExp(`[?&]strada=${road.slug}(&|$)`));
  await expect(rows(page, 'oggi')).toHaveCount(ofRoad.filter((r) => periodOf(r) === 'oggi').length);
  await expect(page.locator('#conteggio-risultati')).toHaveText(/risultat/);
  // Every period, past ones too.
  await page.locator('#limitazioni-quando').selectOption('tutte');
  await expect(page).toHaveURL(/quando=tutte/);
  await expect(page.locator('main .restriction-results tbody tr')).toHaveCount(ofRoad.length);
  await page.getByRole('button', { name: 'Applica i filtri' }).press('Enter');
  await expect(page.locator('#limitazioni-risultati')).toBeFocused();
  expect(wasm.some((path) => /^\/isole-viabilita-[0-9a-f]{16}_bg\.wasm$/.test(path)), wasm.join(', ')).toBe(true);
  await page.reload();
  await pageReady(page);
  await expect(page.locator('#limitazioni-strada')).toHaveValue(road.slug);
  await expect(page.locator('#limitazioni-quando')).toHaveValue('tutte');
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`strada=${road.slug}$`));
  await expect(page.locator('#limitazioni-quando')).toHaveValue('');
  // Nonsense in the address is explained, not obeyed.
  await page.goto(`${RESTRICTIONS_LIST}?strada=sp-9999&quando=ieri`);
  await pageReady(page);
  await expect(page.locator('main .filter-notes')).toContainText('«sp-9999» non è una strada provinciale');
  await expect(page.locator('main .filter-notes')).toContainText('«ieri» non è un periodo');
  await expect(rows(page, 'oggi')).toHaveCount(inForce.length);
});

test('la mappa: ogni simbolo è un collegamento con nome, raggiungibile da tastiera, ed è anche una riga dell\'elenco', async ({ page }) => {
  await page.goto(RESTRICTIONS_LIST);
  await pageReady(page);
  const markers = page.locator('.restriction-map a.marker');
  await expect(markers).toHaveCount(inForce.length + coming.length);
  const onMap = await markers.evaluateAll((links) => links.map((a) => [a.dataset.limitazione, a.getAttribute('aria-label'), a.getAttribute('href')]));
  const inTable = await page.locator('main .restriction-results tbody tr').evaluateAll((trs) => trs.map((tr) => tr.dataset.limitazione));
  for (const [slug, name, href] of onMap) {
    expect(inTable, `${slug} is in the table too`).toContain(slug);
    expect(name.length, `${slug} has a name`).toBeGreaterThan(10);
    expect(href).toBe(`${RESTRICTIONS_LIST}/${slug}`);
  }
  // The legend says what shapes mean: colour is never the only signal.
  await expect(page.locator('.map-legend')).toContainText('Quadrato: chiusura totale');
  test.skip(onMap.length === 0, 'nessuna limitazione sulla mappa oggi');
  const first = markers.first();
  for (let i = 0; i < 200 && !(await first.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(first).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${onMap[0][2]}$`));
  await expect(page.locator('main h1')).toBeVisible();
});

test('dati aperti: GeoJSON (RFC 7946, lon,lat nella provincia), CSV, feed per strada, calendario', async ({ request }) => {
  const geo = await (await request.get('/dati/limitazioni.geojson')).json();
  expect(geo.type).toBe('FeatureCollection');
  expect(geo.features).toHaveLength(RESTRICTIONS.length);
  const box = TERRITORY.riquadro;
  const margin = 0.02;
  for (const feature of geo.features) {
    expect(feature.type).toBe('Feature');
    expect(['Point', 'LineString']).toContain(feature.geometry.type);
    const points = feature.geometry.type === 'Point' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
    for (const [lon, lat] of points) {
      expect(lon, `${feature.id} longitude first`).toBeGreaterThanOrEqual(box.ovest - margin);
      expect(lon).toBeLessThanOrEqual(box.est + margin);
      expect(lat, `${feature.id} latitude second`).toBeGreaterThanOrEqual(box.sud - margin);
      expect(lat).toBeLessThanOrEqual(box.nord + margin);
    }
    const source = RESTRICTIONS.find((r) => r.slug === feature.id);
    expect(feature.properties.strada).toBe(source.strada.codice);
    expect(feature.properties.stato).toBe(periodOf(source));
    expect(feature.properties.codici_istat).toBe(source.comuni.map((c) => c.istat).join('; '));
  }
  const csv = await (await request.get('/dati/limitazioni.csv')).text();
  const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
  expect(lines[0]).toBe('id,strada,nome_strada,dal_km,al_km,comuni,codici_istat,tipo,descrizione_tipo,limite,inizio,fine,motivo,percorso_alternativo,ordinanza,stato,pagina,longitudine,latitudine');
  expect(lines).toHaveLength(RESTRICTIONS.length + 1);
  const catalog = await (await request.get('/dati/catalogo.jsonld')).json();
  const dataset = catalog['dcat:dataset'].find((d) => d['@id'].endsWith('#limitazioni-al-traffico'));
  expect(dataset['dcat:distribution'].map((d) => d['dcat:mediaType'])).toEqual(['application/geo+json', 'text/csv']);

  const item = inForce[0] ?? coming[0] ?? RESTRICTIONS[0];
  const feed = await (await request.get(`/feed/limitazioni/strade/${item.strada.slug}.xml`)).text();
  expect(feed).toContain(`${RESTRICTIONS_LIST}/${item.slug}`);
  const onRoad = RESTRICTIONS.filter((r) => r.strada.slug === item.strada.slug);
  expect(feed.match(/<entry>/g)).toHaveLength(onRoad.length);
  if (periodOf(item) !== 'concluse') {
    const ics = await (await request.get(`/calendario/limitazione-${item.slug}.ics`)).text();
    expect(ics).toContain(`DTSTART${item.ora_inizio ? ';TZID=Europe/Rome:' : ';VALUE=DATE:'}${item.inizio.replaceAll('-', '')}`);
    expect(ics).toMatch(/\r\nDTEND[:;]/);
    expect(ics).toMatch(/\r\nGEO:44\.\d+;(9|10)\.\d+\r\n/);
  }
});

test.describe('senza JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('la home risponde «è aperta oggi?»; elenco, strada e limitazione si leggono interi', async ({ page }) => {
    await page.goto('/');
    const box = page.locator('section[aria-labelledby="titolo-strade-oggi"]');
    await expect(box.locator('li')).toHaveCount(inForce.length);
    await page.goto(RESTRICTIONS_LIST);
    await expect(rows(page, 'oggi')).toHaveCount(inForce.length);
    await expect(rows(page, 'prossimi-7-giorni')).toHaveCount(coming.length);
    await expect(page.locator('main')).toContainText(`Situazione ${after('al', today)}`);
    await expect(page.locator('main .without-js')).toBeVisible();
    const item = RESTRICTIONS.find((r) => periodOf(r) === 'concluse');
    await page.goto(`/vivere-la-provincia/strade-provinciali/${item.strada.slug}`);
    await expect(page.locator(`main section[data-periodo="concluse"] tr[data-limitazione="${item.slug}"]`)).toHaveCount(1);
    await page.goto(restrictionPath(item));
    await expect(page.locator('main [data-stato="concluse"]')).toContainText(`Conclusa ${after('il', item.fine)}`);
    await expect(page.locator('main')).toContainText(item.motivo);
  });
});
