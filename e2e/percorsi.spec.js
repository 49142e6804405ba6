// The rough edges of ten real journeys (issue 39), each walked as the person
// who stumbled on it: by keyboard where they used the keyboard, at 320 px
// where the phone was the problem, without JavaScript where that was.
import { api, bookableDay, bookingOffice, nextHoliday, officePath, OFFICES, restrictionPath, RESTRICTIONS, RESTRICTIONS_LIST, sitemapPaths } from './site.js';
import { test, expect, pageReady, axeViolations } from './fixtures.js';

const PHONE = { width: 320, height: 740 };

test.describe('prenotazione', () => {
  test('festivi rifiutati, fasce dagli orari dell\'ufficio, «Altro», informativa letta senza perdere nulla', async ({ page }) => {
    const office = bookingOffice();
    const service = office.servizi[0];
    await page.goto(`/prenota-appuntamento?servizio=${service.slug}`);
    await pageReady(page);
    const form = page.locator('form[data-element="appointment-booking"]');
    await form.getByRole('button', { name: 'Avanti' }).press('Enter');
    await expect(form.locator('h2')).toHaveText('Passo 2 di 5: Data e orario');
    // The office's hours are said before the day is asked.
    await expect(form).toContainText(`L'ufficio riceve ${office.ufficio.orari}`);
    const day = form.getByLabel(/Giorno preferito/);
    const holiday = nextHoliday();
    if (holiday) {
      await day.fill(holiday);
      await expect(form.getByText("Quel giorno l'ufficio non riceve")).toBeVisible();
      await form.getByRole('button', { name: 'Avanti' }).press('Enter');
      await expect(page.locator('#prenotazione-giorno-errore')).toContainText('è festivo');
      await expect(day).toBeFocused();
    }
    const open = bookableDay(office);
    await day.fill(open);
    // Only the slots of that day, with the office's own hours.
    const weekday = (new Date(`${open}T12:00:00`).getDay() + 6) % 7;
    const periods = office.orario.giorni[weekday];
    const clock = (m) => `${Math.floor(m / 60)}:${String(m % 60).padStart(2, '0')}`;
    const slots = form.getByRole('radio');
    await expect(slots).toHaveCount(new Set(periods.map((p) => p.dalle < 13 * 60)).size);
    await expect(slots.first()).toHaveAccessibleName(new RegExp(`\\(${clock(periods[0].dalle)} – `));
    if (periods.every((p) => p.alle <= 13 * 60)) await expect(form.getByRole('radio', { name: /Pomeriggio/ })).toHaveCount(0);
    await slots.first().focus();
    await page.keyboard.press('Space');
    await expect(slots.first()).toBeChecked();
    await form.getByRole('button', { name: 'Avanti' }).press('Enter');
    await expect(form.locator('h2')).toHaveText('Passo 3 di 5: Dettagli appuntamento');
    await expect(form.getByLabel('Servizio *').locator('option', { hasText: 'Altro (scrivilo nel motivo)' })).toHaveCount(1);
    await form.getByLabel('Servizio *').selectOption('altro');
    await form.getByLabel(/Motivo/).fill('Una domanda che nessun servizio descrive');
    await form.getByRole('button', { name: 'Avanti' }).press('Enter');
    await form.getByLabel('Nome *', { exact: true }).fill('Maria');
    await form.getByLabel('Cognome *').fill('Rossi');
    await form.getByLabel('E-mail *').fill('maria.rossi@example.org');
    await form.getByRole('button', { name: 'Avanti' }).press('Enter');
    await expect(form.locator('h2')).toHaveText('Passo 5 di 5: Riepilogo');

    // The privacy link is beside the box, never inside its label: a tap on
    // the label only ticks the box.
    await expect(form.locator('label[for="prenotazione-consenso"] a')).toHaveCount(0);
    const privacy = form.getByRole('link', { name: "Leggi l'informativa privacy" });
    await privacy.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/privacy$/);
    await page.goBack();
    await pageReady(page);
    // Back on the form: the same step, everything typed still there.
    await expect(form.locator('h2')).toHaveText('Passo 5 di 5: Riepilogo');
    await expect(form.locator('.booking-summary')).toContainText('Maria Rossi');
    await expect(form.locator('.booking-summary')).toContainText('Altro (scrivilo nel motivo)');
    expect(await axeViolations(page)).toEqual([]);
  });
});

test('segnalazione: «Dove» accetta qualunque pagina del sito, anche incollandone l\'indirizzo', async ({ page, baseURL }) => {
  const target = sitemapPaths.find((p) => p.startsWith('/novita/avvisi/') && !p.includes('/pagina/'));
  await page.goto('/segnala-disservizio');
  await pageReady(page);
  const form = page.locator('form.report-form');
  await form.getByText('Una pagina o un collegamento del sito non funziona').click();
  const where = form.getByLabel(/Dove/);
  // Offered as one types: every section and service of the site.
  await expect(form.locator('#segnalazione-pagine option[value="/mappa-del-sito"]')).toHaveCount(1);
  await where.fill(`${baseURL}${target}?utm=x#testo`);
  await form.getByLabel('Descrivi il problema *').fill('Il collegamento all\'ordinanza non si apre.');
  await form.getByText('Ho letto come vengono trattati i dati della segnalazione').click();
  const posted = page.waitForRequest((r) => r.method() === 'POST');
  await form.getByRole('button', { name: 'Invia la segnalazione' }).press('Enter');
  expect(JSON.parse((await posted).postData()).pagina).toBe(target);
  await expect(form.getByRole('status')).toHaveText(/^Segnalazione inviata/);
  await expect(form.getByRole('status')).toBeFocused();
});

test('bandi di gara: nella pagina e nel menu di Amministrazione, e la ricerca li trova', async ({ page }) => {
  await page.goto('/amministrazione');
  await pageReady(page);
  await expect(page.locator('main').getByRole('link', { name: 'Bandi di gara e concorsi' })).toHaveAttribute('href', '/amministrazione/bandi');
  // The header's Amministrazione entry opens its pages, by keyboard.
  const nav = page.getByRole('navigation', { name: 'Menu principale' });
  const toggle = nav.getByRole('button', { name: /Amministrazione/ });
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(nav.getByRole('link', { name: 'Bandi di gara e concorsi' })).toBeVisible();
  await page.goto('/cerca?q=bandi%20di%20gara');
  await pageReady(page);
  await expect(page.locator('.search-results a').first()).toHaveText(/Bandi di gara e concorsi/);
});

test.describe('ricerca', () => {
  test('un errore di battitura trova lo stesso, con un suggerimento; il codice esatto prima; il titolo dice la ricerca', async ({ page }) => {
    await page.goto('/cerca?q=archivio%20sismca');
    await pageReady(page);
    await expect(page.locator('.search-results li').first()).toContainText(/sismica/i);
    await expect(page).toHaveTitle(/^«archivio sismca» – /);
    await page.goto('/cerca?q=strde%20provincialli%20chiuse%20sicmica');
    await pageReady(page);
    await expect(page.locator('.search-suggestion')).toContainText('Forse cercavi');
    // Nothing found: a way on, never a dead end.
    await page.goto('/cerca?q=zzzqqqxxx');
    await pageReady(page);
    await expect(page.locator('.search-summary')).toHaveText('Nessun risultato per «zzzqqqxxx».');
    await expect(page.locator('.search-entry-points').getByRole('link', { name: 'Mappa del sito' })).toBeVisible();
    const road = api('territorio.json').strade.find((r) => r.codice === 'SP 1');
    await page.goto('/cerca?q=SP%201');
    await pageReady(page);
    await expect(page.locator('.search-results li').first().locator('a')).toHaveAttribute('href', `/vivere-la-provincia/strade-provinciali/${road.slug}`);
  });

  test('sul telefono il pulsante di ricerca porta nel campo e i tipi stanno su una riga', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto('/');
    await pageReady(page);
    await page.getByRole('link', { name: 'Cerca nel sito' }).click();
    // The caret is in the field at once; what is typed before the search's
    // code has arrived is kept (public/boot.js).
    await expect(page.locator('#cerca-pagina')).toBeFocused();
    await page.keyboard.type('scuole');
    await page.keyboard.press('Enter');
    await expect(page.locator('.search-summary')).toContainText('risultati per «scuole»');
    const kinds = page.locator('.search-kinds');
    const box = await kinds.boundingBox();
    expect(box.height, 'the type filter is one line').toBeLessThan(60);
    expect(await axeViolations(page)).toEqual([]);
  });
});

test('persone e uffici: il Presidente per primo, gli organi con i nomi, l\'ufficio dice che cosa manca', async ({ page }) => {
  await page.goto('/amministrazione/politici');
  await pageReady(page);
  await expect(page.locator('#persone-in-carica ~ ul li').first()).toContainText('Presidente');
  await page.goto('/amministrazione/organi-di-governo');
  await pageReady(page);
  await expect(page.locator('main .entry-list li').first()).toContainText(/component[ei] in carica: .+/);
  const incomplete = OFFICES.find((u) => !u.competenze_html || !u.responsabile || !u.ufficio.orari);
  test.skip(!incomplete, 'ogni ufficio ha competenze, responsabile e orari');
  await page.goto(officePath(incomplete));
  await pageReady(page);
  await expect(page.locator('[data-stato="dati-mancanti"]')).toContainText('non sono ancora pubblicati');
});

test.describe('tabelle e mappa', () => {
  test('a 1280 px importi e CUP non vanno mai a capo', async ({ page }) => {
    await page.goto('/pnrr');
    await pageReady(page);
    const table = page.locator('.project-table');
    await table.scrollIntoViewIfNeeded();
    const wrapped = await table.evaluate((t) => {
      const lineHeight = (el) => parseFloat(getComputedStyle(el).lineHeight) || 24;
      // The text's own box: a cell is as tall as its row.
      const textHeight = (el) => {
        const range = document.createRange();
        range.selectNodeContents(el);
        return range.getBoundingClientRect().height;
      };
      return [...t.querySelectorAll('tbody td.text-end, tbody code')].filter((el) => textHeight(el) > lineHeight(el) * 1.5).map((el) => el.textContent);
    });
    expect(wrapped, 'amounts or codes broken over two lines').toEqual([]);
  });

  test('a 320 px le limitazioni sono schede leggibili: cosa e fino a quando prima, niente fuori schermo', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto(RESTRICTIONS_LIST);
    await pageReady(page);
    const row = page.locator('main .restriction-results tbody tr').first();
    test.skip((await row.count()) === 0, 'nessuna limitazione');
    const cells = row.locator('td');
    await expect(cells.nth(0)).toHaveAttribute('data-etichetta', 'Limitazione');
    await expect(cells.nth(1)).toHaveAttribute('data-etichetta', 'Quando');
    const box = await row.boundingBox();
    expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
    // The map says how to move it.
    await expect(page.locator('.map-scroll-hint')).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    expect(await axeViolations(page)).toEqual([]);
  });
});

test('tipografia: il titolo allineato al percorso, l\'attacco nel carattere precaricato, le schede con margine', async ({ page }) => {
  await page.goto('/amministrazione/politici');
  await pageReady(page);
  const crumb = await page.locator('.breadcrumb').boundingBox();
  const h1 = await page.locator('main h1').boundingBox();
  expect(Math.abs(h1.x - crumb.x)).toBeLessThanOrEqual(1);
  expect(await page.locator('main .lead').evaluate((el) => getComputedStyle(el).fontWeight)).toBe('400');
  const card = page.locator('.card-teaser').first();
  const [cardBox, titleBox] = [await card.boundingBox(), await card.locator('.card-title').boundingBox()];
  expect(titleBox.x - cardBox.x).toBeGreaterThanOrEqual(12);
});

test.describe('senza JavaScript', () => {
  test.use({ javaScriptEnabled: false, viewport: PHONE });
  test('il pulsante del menu porta alla mappa del sito', async ({ page }) => {
    await page.goto('/servizi');
    const menu = page.getByRole('link', { name: 'Menu: vai alla mappa del sito' });
    await expect(menu).toBeVisible();
    await expect(page.getByRole('button', { name: 'Apri il menu di navigazione' })).toBeHidden();
    await menu.click();
    await expect(page).toHaveURL(/\/mappa-del-sito$/);
  });
});

test('un avviso sul traffico porta alla sua limitazione, e la limitazione dice che cosa manca', async ({ page }) => {
  const notices = api('novita.json').elementi.filter((n) => n.tipo === 'avviso');
  let linked = null;
  for (const n of notices) {
    const item = api(`novita/avvisi/${n.slug}.json`);
    if (item.limitazioni?.length) {
      linked = item;
      break;
    }
  }
  expect(linked, 'a notice links its restriction').not.toBeNull();
  await page.goto(`/novita/avvisi/${linked.slug}`);
  await pageReady(page);
  const link = page.locator('.news-restrictions a').first();
  await expect(link).toHaveAttribute('href', linked.limitazioni[0].percorso);
  const without = RESTRICTIONS.find((r) => !r.ordinanza);
  await page.goto(restrictionPath(without));
  await pageReady(page);
  await expect(page.locator('[data-mancante="ordinanza"]')).toContainText('non ancora pubblicata');
});

test('PNRR: l\'eccedenza calcolata dai dati, il collaudo conta, i nomi dei campi in italiano', async ({ page }) => {
  const overview = api('pnrr.json');
  const accepted = overview.progetti.filter((p) => ['collaudato', 'rendicontato'].includes(p.stato)).map((p) => p.cup);
  for (const open of overview.aperto.non_collaudati) expect(accepted).not.toContain(open.cup);
  const project = api('pnrr/progetti/J47H22000820006.json').progetto;
  await page.goto('/pnrr/progetti/J47H22000820006');
  await pageReady(page);
  const cents = (a) => Math.round(Number(a) * 100);
  const awarded = project.gare.reduce((sum, g) => sum + cents(g.importo_aggiudicazione), 0);
  const excess = (awarded - cents(project.finanziamento_totale)) / 100;
  const italian = excess.toLocaleString('it-IT', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  await expect(page.locator('.excess-figure').first()).toContainText(`di ${italian} €`);
  // The public record of changes speaks the reader's words.
  const history = await page.locator('main').textContent();
  expect(history).not.toMatch(/\b[a-z]+_[a-z_]+\b/);
});
