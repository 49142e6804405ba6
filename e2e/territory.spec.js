// Vivere la Provincia, the territory (issue 19): the Comuni with their ISTAT
// codes and the road registry, a table each, a page per Comune and per road
// linked both ways; the places and the school buildings, linked both ways
// with their offices and PNRR projects; readable without JavaScript. axe on
// each page shape runs in routes.spec.js.
import { test, expect, pageReady, axeViolations } from './fixtures.js';
import { TERRITORY, EVENTS, EVENTS_LIST } from './site.js';

const ROADS = '/vivere-la-provincia/strade-provinciali';
const COMUNI = '/vivere-la-provincia/comuni';

test('dalla tabella delle strade a una strada da tastiera, poi a un Comune che attraversa e ritorno', async ({ page }) => {
  const road = TERRITORY.strade.find((r) => r.comuni.length > 1) ?? TERRITORY.strade[0];
  const comune = road.comuni.at(-1);
  await page.goto(ROADS);
  await pageReady(page);
  const table = page.getByRole('region', { name: /strade provinciali/ });
  await expect(table.locator('tbody tr')).toHaveCount(TERRITORY.strade.length);
  const link = table.getByRole('link', { name: road.codice, exact: true });
  for (let i = 0; i < 150 && !(await link.evaluate((a) => a === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(link).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main h1')).toHaveText(`${road.codice} ${road.nome}`);
  await expect(page.locator('main h1')).toBeFocused();
  await page.locator('section[aria-labelledby="strada-comuni"]').getByRole('link', { name: comune.nome }).click();
  await expect(page.locator('main h1')).toHaveText(comune.nome);
  await expect(page.locator('.document-facts')).toContainText(`Codice ISTAT: ${comune.istat}`);
  await expect(page.locator('section[aria-labelledby="comune-strade"]').getByRole('link', { name: `${road.codice} ${road.nome}` })).toHaveCount(1);
  expect(await axeViolations(page)).toEqual([]);
});

test('luoghi e scuole: dall\'elenco a un edificio scolastico, ai suoi progetti PNRR e ritorno', async ({ page }) => {
  const schools = TERRITORY.luoghi.filter((p) => p.scuola);
  const building = schools.find((p) => p.scuola.progetti_pnrr.length) ?? schools[0];
  await page.goto('/vivere-la-provincia/scuole-superiori');
  await pageReady(page);
  await expect(page.locator('main tbody tr')).toHaveCount(schools.length);
  await page.locator('main tbody').getByRole('link', { name: building.nome, exact: true }).click();
  await expect(page.locator('main h1')).toHaveText(building.nome);
  const facts = page.locator('section[aria-labelledby="edificio-scolastico"]');
  for (const institute of building.scuola.istituti) await expect(facts).toContainText(institute.codice);
  await expect(page.getByRole('link', { name: 'Vedi sulla mappa di OpenStreetMap' })).toHaveAttribute('href', /^https:\/\/www\.openstreetmap\.org\/\?mlat=/);
  const project = building.scuola.progetti_pnrr[0];
  if (project) {
    await facts.getByRole('link', { name: project.titolo }).click();
    await expect(page.locator('main h1')).toHaveText(project.titolo);
    // The project links back to its building.
    await page.locator('main dl').getByRole('link', { name: building.nome }).click();
    await expect(page.locator('main h1')).toHaveText(building.nome);
  }
  expect(await axeViolations(page)).toEqual([]);
});

test('eventi: per mese dal giorno della compilazione, per tipo da tastiera, ogni evento con la sua pagina e il calendario', async ({ page, request }) => {
  const today = EVENTS_LIST.calcolato_il;
  const coming = EVENTS.flatMap((e) => e.date.filter((d) => d.data >= today).map(() => e));
  await page.goto('/vivere-la-provincia/eventi');
  await pageReady(page);
  await expect(page.locator('main a[data-element="event-link"]')).toHaveCount(coming.length);
  // By kind: a pre-rendered list, reached by keyboard.
  const kindLink = page.locator('nav[aria-label="Eventi per tipo"]').getByRole('link', { name: 'Sedute degli organi' });
  for (let i = 0; i < 150 && !(await kindLink.evaluate((a) => a === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(kindLink).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/vivere-la-provincia\/eventi\/tipo\/seduta$/);
  const sittings = EVENTS.filter((e) => e.tipo === 'seduta').flatMap((e) => e.date.filter((d) => d.data >= today));
  await expect(page.locator('main a[data-element="event-link"]')).toHaveCount(sittings.length);
  const event = EVENTS.find((e) => !e.pagina && e.date.some((d) => d.data >= today));
  test.skip(!event, 'nessun evento in programma');
  await page.goto(`/vivere-la-provincia/eventi/${event.slug}`);
  await pageReady(page);
  await expect(page.locator('main h1')).toHaveText(event.titolo);
  await expect(page.locator('main time')).toHaveCount(event.date.length);
  const ics = await (await request.get(`/calendario/evento-${event.slug}.ics`)).text();
  expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(event.date.length);
  expect(await axeViolations(page)).toEqual([]);
});

test('la ricerca trova una strada dal suo codice', async ({ page }) => {
  const road = TERRITORY.strade[0];
  await page.goto(`/cerca?q=${encodeURIComponent(road.codice)}`);
  await pageReady(page);
  await expect(page.locator('main').getByRole('link', { name: `${road.codice} ${road.nome}` }).first()).toBeVisible();
});

test.describe('senza JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('gli eventi si leggono per mese, e nessuna pagina di Vivere la Provincia è «in preparazione»', async ({ page }) => {
    await page.goto('/vivere-la-provincia/eventi');
    await expect(page.locator('main h2.month-heading').first()).toBeVisible();
    await expect(page.locator('main a[data-element="event-link"]').first()).toBeVisible();
    await page.goto('/vivere-la-provincia');
    for (const href of await page.locator('main a[href^="/vivere-la-provincia/"]').evaluateAll((links) => [...new Set(links.map((a) => a.getAttribute('href')))])) {
      await page.goto(href);
      // The page as it reads now; its change history may quote the line it replaced.
      const text = await page.locator('main').evaluate((main) => {
        const copy = main.cloneNode(true);
        copy.querySelectorAll('.change-diff').forEach((diff) => diff.remove());
        return copy.textContent;
      });
      expect(text, href).not.toContain('in preparazione');
    }
  });

  test('luoghi e scuole si leggono interi, con gli uffici che vi ricevono', async ({ page }) => {
    await page.goto('/vivere-la-provincia/luoghi');
    await expect(page.locator('main section[aria-labelledby^="luoghi-"] li a')).toHaveCount(TERRITORY.luoghi.length);
    await expect(page.locator('main .content-body')).not.toContainText('in preparazione');
    await page.goto('/vivere-la-provincia/scuole-superiori');
    await expect(page.locator('main tbody tr')).toHaveCount(TERRITORY.luoghi.filter((p) => p.scuola).length);
    await expect(page.locator('main .content-body')).not.toContainText('in preparazione');
    const seat = TERRITORY.luoghi.find((p) => p.uffici.length && !p.scuola);
    await page.goto(`/vivere-la-provincia/luoghi/${seat.slug}`);
    await expect(page.locator('main')).toContainText(seat.orari[0]);
    const office = seat.uffici[0];
    await page.locator('main').getByRole('link', { name: office.nome, exact: true }).click();
    await expect(page.locator('#unita-sedi')).toBeAttached();
  });

  test('i Comuni e le strade si leggono interi, senza «in preparazione»', async ({ page }) => {
    await page.goto(COMUNI);
    await expect(page.locator('main tbody tr')).toHaveCount(TERRITORY.comuni.length);
    // The editors' text; the history below may quote the line it replaced.
    await expect(page.locator('main .content-body')).not.toContainText('in preparazione');
    await page.goto(ROADS);
    await expect(page.locator('main tbody tr')).toHaveCount(TERRITORY.strade.length);
    await expect(page.locator('main .content-body')).not.toContainText('in preparazione');
  });
});
