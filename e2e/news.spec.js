// Novità: lists filtered through the URL (shareable, back button, reload),
// numbered pages by keyboard, counts announced, nonsense in the URL
// explained, expired notices, and the page of one item with its attachments,
// topics, history, calendar file and rating widget.
import { api, EDITORS_AUTH } from './site.js';
import { test, expect, pageReady, axeViolations } from './fixtures.js';

const fold = (text) => text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
const SEGMENTS = { notizia: 'notizie', comunicato: 'comunicati', avviso: 'avvisi' };
const results = (page) => page.locator('main .news-results');
const status = (page) => page.locator('#conteggio-risultati');
const countText = (n) => (n === 0 ? 'Nessun risultato' : n === 1 ? '1 risultato' : `${n} risultati`);

for (const [tipo, segment] of Object.entries(SEGMENTS)) {
  test(`elenco ${segment}: filtri nell'indirizzo, conteggio annunciato, indietro e ricarica`, async ({ page }) => {
    // The test's own reading of the data: current items, the most used topic, a word of the newest title.
    const all = api(`novita/${segment}/elenco.json`).elementi;
    const current = all.filter((n) => !n.scaduto);
    const counts = {};
    for (const n of current) for (const t of n.argomenti ?? []) counts[t] = (counts[t] ?? 0) + 1;
    const topic = Object.entries(counts).sort((a, b) => b[1] - a[1])[0][0];
    const inTopic = current.filter((n) => n.argomenti?.includes(topic));

    await page.goto(`/novita/${segment}?argomento=${topic}`);
    await pageReady(page);
    await expect(page.locator('#filtro-argomento')).toHaveValue(topic);
    await expect(results(page).locator('.list-count')).toContainText(countText(inTopic.length));
    await expect(results(page).locator('.card-title a').first()).toHaveText(inTopic[0].titolo);

    const word = inTopic[0].titolo.split(' ').find((w) => w.length > 5);
    const withWord = inTopic.filter((n) => fold(`${n.titolo} ${n.sommario}`).includes(fold(word)));
    await page.locator('#filtro-testo').fill(word);
    await expect(page).toHaveURL(new RegExp(`[?&]testo=${encodeURIComponent(word)}`));
    await expect(status(page)).toHaveText(countText(withWord.length));
    // Typing keeps the focus in the field.
    await expect(page.locator('#filtro-testo')).toBeFocused();
    await expect(results(page).locator('.card-title a')).toHaveCount(Math.min(withWord.length, 12));

    await page.reload();
    await pageReady(page);
    await expect(page.locator('#filtro-testo')).toHaveValue(word);
    await expect(status(page)).toHaveText(countText(withWord.length));

    await page.locator('#filtro-argomento').selectOption('');
    await expect(page).not.toHaveURL(/argomento=/);
    await page.goBack();
    await expect(page.locator('#filtro-argomento')).toHaveValue(topic);
    await expect(results(page).locator('.list-count')).toContainText(countText(withWord.length));

    expect(await axeViolations(page)).toEqual([]);
  });
}

test('avvisi: le pagine numerate si usano da tastiera, con la pagina corrente indicata', async ({ page }) => {
  const total = api('novita/avvisi/pagine/1.json').totale;
  test.skip(total <= 12, 'una sola pagina di avvisi');
  await page.goto('/novita/avvisi');
  await pageReady(page);
  const nav = page.getByRole('navigation', { name: /^Pagine: / });
  const next = nav.getByRole('link', { name: 'Pagina 2', exact: true });
  await next.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/novita\/avvisi\/pagina\/2$/);
  await expect(page.getByRole('navigation', { name: /^Pagine: / }).locator('[aria-current="page"]')).toContainText('2');
  await expect(page.locator('main h1')).toBeFocused();

  // Filtered lists page through the query.
  await page.goto('/novita/avvisi?scaduti=si');
  await pageReady(page);
  await page.getByRole('navigation', { name: /^Pagine: / }).getByRole('link', { name: 'Pagina 2', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/scaduti=si&pagina=2$/);
  await expect(page.getByRole('navigation', { name: /^Pagine: / }).locator('[aria-current="page"]')).toContainText('2');
});

test('avvisi scaduti: fuori dall\'elenco, raggiungibili col filtro e segnalati nella pagina', async ({ page }) => {
  const expired = api('novita/avvisi/elenco.json').elementi.find((n) => n.scaduto);
  await page.goto('/novita/avvisi');
  await pageReady(page);
  await expect(page.locator('main').getByRole('link', { name: expired.titolo })).toHaveCount(0);
  await page.getByRole('checkbox', { name: 'Includi gli avvisi scaduti' }).check();
  await expect(page).toHaveURL(/scaduti=si/);
  await page.locator('#filtro-testo').fill(expired.titolo);
  const card = results(page).locator('article', { hasText: expired.titolo });
  await expect(card).toContainText('Scaduto il');
  await card.getByRole('link', { name: expired.titolo }).click();
  await expect(page.locator('main h1')).toHaveText(expired.titolo);
  await expect(page.locator('.notice-expired')).toContainText('Avviso scaduto');
});

test('indirizzo con filtri senza senso: pagina utile con le spiegazioni', async ({ page }) => {
  const long = 'ponte'.repeat(60);
  await page.goto(`/novita/avvisi?argomento=meteo&dal=2026-12-31&al=2026-01-01&pagina=9999&testo=${long}`);
  await pageReady(page);
  const notes = page.locator('.filter-notes');
  await expect(notes).toContainText('L\'argomento «meteo» non esiste');
  await expect(notes).toContainText('è mostrato il periodo dal 1° gennaio 2026 al 31 dicembre 2026');
  await expect(notes).toContainText('troppo lungo');
  await expect(notes).toContainText('La pagina 9999 non esiste');
  await expect(page.locator('#filtro-testo')).toHaveValue('ponte'.repeat(20));
  await expect(page.locator('#filtro-dal')).toHaveValue('2026-01-01');
  await expect(results(page).locator('.list-count')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Azzera i filtri' })).toHaveAttribute('href', '/novita/avvisi');
  expect(await axeViolations(page)).toEqual([]);
});

test('argomento: novità di ogni tipo filtrabili per tipo, con il feed dell\'argomento', async ({ page }) => {
  const topic = { notizie: api('argomenti/rete-stradale/elenco.json').elementi };
  const current = topic.notizie.filter((n) => !n.scaduto);
  await page.goto('/argomenti/rete-stradale');
  await pageReady(page);
  await expect(results(page).locator('.list-count')).toContainText(countText(current.length));
  await page.locator('#filtro-tipo').selectOption('comunicati');
  await expect(page).toHaveURL(/tipo=comunicati/);
  await expect(status(page)).toHaveText(countText(current.filter((n) => n.tipo === 'comunicato').length));
  await expect(page.locator('head link[rel="alternate"][href="/feed/argomenti/rete-stradale.xml"]')).toHaveCount(1);
  await expect(page.getByRole('link', { name: /Feed Atom: argomento Rete stradale/ })).toHaveAttribute('href', '/feed/argomenti/rete-stradale.xml');
});

test('pagina di un avviso: allegati, contatti, argomenti, storia, calendario, condivisione', async ({ page, request }) => {
  const hub = api('novita/avvisi/elenco.json').elementi;
  const slug = hub.map((n) => api(`novita/avvisi/${n.slug}.json`)).find((n) => n.allegati.length && n.modifiche.some((m) => m.righe?.length) && !n.scaduto).slug;
  const item = api(`novita/avvisi/${slug}.json`);
  await page.goto(`/novita/avvisi/${slug}`);
  await pageReady(page);

  const attachments = page.getByRole('region', { name: 'Allegati' });
  for (const a of item.allegati) {
    const link = attachments.getByRole('link', { name: new RegExp(`^${a.titolo} \\((PDF|ODS|ODT), [\\d,]+ (byte|kB|MB)\\)$`) });
    await expect(link).toHaveAttribute('href', a.percorso);
    expect((await request.get(a.percorso)).status()).toBe(200);
  }
  await expect(page.getByRole('region', { name: 'Contatti' })).toContainText(item.ufficio.nome);
  for (const t of item.argomenti) {
    await expect(page.getByRole('region', { name: 'Argomenti' }).getByRole('link', { name: t.nome })).toHaveAttribute('href', `/argomenti/${t.slug}`);
  }
  await expect(page.locator('main')).toContainText(/\d+ minut[oi] di lettura/);

  const history = page.getByRole('region', { name: 'Storia delle modifiche' });
  const change = item.modifiche.find((m) => m.righe?.length);
  await expect(history).toContainText(change.motivo);
  await history.locator('summary').first().click();
  await expect(history.locator('ins').first()).toBeVisible();

  const calendar = page.getByRole('link', { name: /Aggiungi la scadenza al tuo calendario/ });
  const ics = await (await request.get(await calendar.getAttribute('href'))).text();
  expect(ics).toContain('BEGIN:VCALENDAR\r\n');
  expect(ics).toContain(`DTSTART;VALUE=DATE:${item.scadenza.replaceAll('-', '')}\r\n`);

  const share = page.getByRole('region', { name: 'Condividi' });
  await expect(share.getByRole('link', { name: /Facebook/ })).toHaveAttribute('href', new RegExp(`sharer\\.php\\?u=https%3A%2F%2F.+${slug}$`));
  await expect(page.locator('head link[rel="alternate"][href="/feed/avvisi.xml"]')).toHaveCount(1);
  expect(await axeViolations(page)).toEqual([]);

  // Printed: the article alone, with whose page it is and its address.
  await expect(page.locator('.print-only')).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.print-only')).toContainText(`/novita/avvisi/${slug}`);
  for (const hidden of ['.it-header-wrapper', '.news-aside', '.rating-widget', '.related-news', 'footer']) {
    await expect(page.locator(hidden).first(), hidden).toBeHidden();
  }
  await expect(page.locator('main h1')).toBeVisible();
});

test('valutazione della pagina da tastiera: arriva alla redazione, nella vista e nel CSV', async ({ page, request }) => {
  const first = api('novita.json').elementi[0];
  const path = `/novita/${SEGMENTS[first.tipo]}/${first.slug}`;
  const comment = `Tutto chiaro ${Date.now()}`;
  await page.goto(path);
  await pageReady(page);
  const widget = page.getByRole('region', { name: 'Quanto sono chiare le informazioni su questa pagina?' });
  await expect(widget).not.toContainText('non è ancora attiva');
  await widget.getByRole('radio', { name: 'Valuta 1 stella su 5' }).focus();
  // Arrow keys move along the stars, as in any radio group.
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await expect(widget.getByRole('radio', { name: 'Valuta 4 stelle su 5' })).toBeChecked();
  const follow = widget.getByRole('group', { name: 'Quali sono stati gli aspetti che hai preferito?' });
  await expect(follow).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(follow.getByRole('radio').first()).toBeFocused();
  await page.keyboard.press('Space');
  await expect(follow.getByRole('radio').first()).toBeChecked();
  await page.keyboard.press('Tab');
  await page.keyboard.type(comment);
  // The honeypot is never reached by Tab.
  await page.keyboard.press('Tab');
  await expect(widget.getByRole('button', { name: 'Invia la valutazione' })).toBeFocused();
  const posted = page.waitForRequest((r) => r.method() === 'POST');
  await page.keyboard.press('Enter');
  expect(new URL((await posted).url()).pathname).toBe('/ricezione/v1/valutazioni');
  // The thanks take the focus (not <body>) and the form's place: the same
  // rating cannot be sent twice, not even after reloading the page.
  const thanks = widget.getByText('Grazie, la tua valutazione è stata inviata');
  await expect(thanks).toBeFocused();
  await expect(widget.getByRole('button', { name: 'Invia la valutazione' })).toBeHidden();
  let again = 0;
  page.on('request', (r) => { if (r.method() === 'POST') again += 1; });
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  expect(again).toBe(0);

  // The editors see it, behind their password, and in the CSV.
  const view = await request.get('/ricezione/redazione/', { headers: EDITORS_AUTH });
  expect(view.status()).toBe(200);
  const html = await view.text();
  expect(html).toContain(`data-pagina="${path}"`);
  expect(html).toContain(comment);
  const csv = await (await request.get('/ricezione/redazione/valutazioni.csv', { headers: EDITORS_AUTH })).text();
  const row = csv.split('\r\n').find((line) => line.includes(comment));
  expect(row).toContain(`${path},`);
  expect(row).toContain(',4,Le indicazioni erano chiare,');
  expect((await request.get('/ricezione/redazione/')).status()).toBe(401);

  // A low rating asks where the reader struggled instead: on another page,
  // as this one has been rated already.
  const other = api('novita.json').elementi.find((n) => n.slug !== first.slug);
  await page.goto(`/novita/${SEGMENTS[other.tipo]}/${other.slug}`);
  await pageReady(page);
  // The star itself is the label of its (visually hidden) radio button.
  await widget.locator('label[for="valutazione-2"]').click();
  await expect(widget.getByRole('radio', { name: 'Valuta 2 stelle su 5' })).toBeChecked();
  await expect(widget.getByRole('group', { name: 'Dove hai incontrato le maggiori difficoltà?' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('hub e home: in evidenza l\'ultimo di ogni tipo, avvisi in vigore in home', async ({ page }) => {
  const hub = api('novita.json');
  await page.goto('/novita');
  await pageReady(page);
  const highlight = page.getByRole('region', { name: 'In evidenza' });
  for (const tipo of Object.keys(SEGMENTS)) {
    const latest = hub.elementi.find((n) => n.tipo === tipo);
    await expect(highlight.getByRole('link', { name: latest.titolo })).toBeVisible();
  }
  await expect(page.getByRole('region', { name: 'Argomenti' }).getByRole('link').first()).toBeVisible();

  const home = api('home.json');
  await page.goto('/');
  await pageReady(page);
  const notices = page.getByRole('region', { name: 'Avvisi in vigore' });
  await expect(notices.locator('.card-title a')).toHaveCount(home.avvisi.length);
  for (const n of home.avvisi) {
    expect(n.scaduto ?? false).toBe(false);
    await expect(notices.getByRole('link', { name: n.titolo })).toBeVisible();
  }
  // Nearest deadline first.
  const deadlines = home.avvisi.map((n) => n.scadenza ?? '9999-12-31');
  expect([...deadlines].sort()).toEqual(deadlines);
});

test.describe('senza JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('elenco: schede e pagine numerate; al posto dei filtri una spiegazione', async ({ page }) => {
    await page.goto('/novita/avvisi');
    await expect(page.locator('main .card-title a').first()).toBeVisible();
    await expect(page.locator('form.news-filters')).toBeHidden();
    await expect(page.locator('.without-js')).toContainText('Senza JavaScript i filtri non sono disponibili');
    await expect(page.getByRole('navigation', { name: /^Pagine: / })).toBeVisible();
  });

  test('argomento: le pagine numerate sono indirizzi pre-renderizzati', async ({ page }) => {
    const current = api('argomenti/rete-stradale/elenco.json').elementi.filter((n) => !n.scaduto);
    test.skip(current.length <= 12, 'una sola pagina');
    await page.goto('/argomenti/rete-stradale');
    await page.getByRole('navigation', { name: /^Pagine: / }).getByRole('link', { name: 'Pagina 2', exact: true }).click();
    await expect(page).toHaveURL(/\/argomenti\/rete-stradale\/pagina\/2$/);
    await expect(page.locator('main section[aria-labelledby="argomento-novita"] .card-title a').first()).toHaveText(current[12].titolo);
  });

  test('avviso: allegati, storia delle modifiche e calendario anche senza app', async ({ page }) => {
    await page.goto('/novita/avvisi/chiusura-sp-lavori-ponte');
    await expect(page.getByRole('region', { name: 'Allegati' }).getByRole('link')).toHaveCount(1);
    await expect(page.getByRole('region', { name: 'Storia delle modifiche' })).toBeVisible();
    await expect(page.getByRole('link', { name: /Aggiungi la scadenza/ })).toBeVisible();
    await expect(page.locator('.rating-widget')).toBeHidden();
  });
});
