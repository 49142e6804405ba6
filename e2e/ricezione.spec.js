// What citizens send reaches the ente (issue 20): a disservice report and a
// booking request go through the receiving service behind nginx, the
// booking's e-mail reaches the local mail catcher, the editors see both in
// their worklists; a failed request says so and can be sent again; without
// JavaScript the e-mail route stays.
import { api, bookableDay, bookingOffice, EDITORS_AUTH, SERVICE_PAGE } from './site.js';
import { test, expect, pageReady, axeViolations } from './fixtures.js';
import { MAILBOX } from './playwright.config.js';


test('segnalazione di disservizio dal modulo: numero al cittadino, lista di lavoro alla redazione', async ({ page, request }) => {
  const description = `Il modulo PDF non si scarica (${Date.now()})`;
  await page.goto(`/segnala-disservizio?pagina=${encodeURIComponent(SERVICE_PAGE)}`);
  await pageReady(page);
  const form = page.locator('form.report-form');
  // Nothing filled: each field says what to fix, and the first takes the focus.
  await form.getByRole('button', { name: 'Invia la segnalazione' }).click();
  await expect(form.getByRole('radio').first()).toBeFocused();
  await expect(page.locator('#segnalazione-descrizione-errore')).toHaveText('Descrivi il problema.');
  await expect(page.locator('#segnalazione-consenso-errore')).toBeVisible();
  await expect(form.getByLabel('Descrivi il problema *')).toHaveAttribute('aria-invalid', 'true');

  await form.getByText('Una pagina o un collegamento del sito non funziona').click();
  // Arriving from a page, that page is where.
  await expect(form.getByLabel(/Dove/)).toHaveValue(SERVICE_PAGE);
  await form.getByLabel('Descrivi il problema *').fill(description);
  await form.getByLabel(/E-mail per ricevere una risposta/).fill('anna.rossi@example.org');
  await form.getByText('Ho letto come vengono trattati i dati della segnalazione').click();
  await form.getByRole('button', { name: 'Invia la segnalazione' }).press('Enter');
  const status = form.getByRole('status');
  await expect(status).toHaveText(/^Segnalazione inviata con il numero SD-\d{4}-\d{6}\./);
  // The outcome takes the focus: a keyboard or screen reader user hears it (before, the focus fell to <body>).
  await expect(status).toBeFocused();
  const number = (await status.textContent()).match(/SD-\d{4}-\d{6}/)[0];
  expect(await axeViolations(page)).toEqual([]);

  const list = await (await request.get('/ricezione/redazione/segnalazioni', { headers: EDITORS_AUTH })).text();
  expect(list).toContain(number);
  expect(list).toContain(description);
  expect(list).toContain('mailto:anna.rossi@example.org');
});

test('richiesta di appuntamento inviata dal sito: numero, e-mail all\'ufficio, lista di lavoro', async ({ page, request }) => {
  const office = bookingOffice();
  const service = office.servizi[0];
  const reason = `Ritiro dell'autorizzazione ${Date.now()}`;
  await page.goto(`/prenota-appuntamento?servizio=${service.slug}`);
  await pageReady(page);
  const form = page.locator('form[data-element="appointment-booking"]');
  await expect(form.getByRole('radio', { name: office.ufficio.nome })).toBeChecked();
  await form.getByRole('button', { name: 'Avanti' }).click();
  await form.getByLabel(/Giorno preferito/).fill(bookableDay(office));
  await form.locator('label[for="prenotazione-fascia"]').click();
  await form.getByRole('button', { name: 'Avanti' }).click();
  await form.getByLabel(/Motivo/).fill(reason);
  await form.getByRole('button', { name: 'Avanti' }).click();
  await form.getByLabel('Nome *', { exact: true }).fill('Maria');
  await form.getByLabel('Cognome *').fill('Rossi');
  await form.getByLabel('E-mail *').fill('maria.rossi@example.org');
  await form.getByRole('button', { name: 'Avanti' }).click();
  await expect(form.locator('h2')).toHaveText('Passo 5 di 5: Riepilogo');

  // The consent first, said beside its box.
  const send = form.getByRole('button', { name: 'Invia la richiesta' });
  await send.click();
  await expect(page.locator('#prenotazione-consenso-errore')).toContainText('Conferma di aver letto');
  await form.getByText('Ho letto come vengono trattati i dati della richiesta').click();
  await send.click();
  // The flow ends: a success message that takes the focus, says the number
  // and what happens next; the form and its "Indietro" are gone.
  const outcome = page.locator('#prenotazione-esito');
  await expect(outcome).toHaveText('Richiesta inviata');
  await expect(outcome).toBeFocused();
  const confirmation = page.locator('.booking-confirmation');
  await expect(confirmation).toContainText(/Il numero della richiesta è PA-\d{4}-\d{6}/);
  await expect(confirmation).toContainText('maria.rossi@example.org');
  await expect(confirmation).toContainText("Non ti arriva un'e-mail automatica di conferma");
  await expect(page.getByRole('button', { name: 'Indietro' })).toHaveCount(0);
  await expect(page.locator('form[data-element="appointment-booking"]')).toHaveCount(0);
  const number = (await confirmation.textContent()).match(/PA-\d{4}-\d{6}/)[0];
  expect(await axeViolations(page)).toEqual([]);

  // The office's e-mail reaches the local catcher, never a real relay.
  await expect.poll(async () => {
    const caught = await (await request.get(MAILBOX)).json();
    return caught.find((m) => m.includes(number)) ?? '';
  }, { timeout: 10_000 }).toContain(`To: ${office.ufficio.email}`);
  const caught = (await (await request.get(MAILBOX)).json()).find((m) => m.includes(number));
  expect(caught).toContain('Reply-To: maria.rossi@example.org');

  const list = await (await request.get('/ricezione/redazione/prenotazioni', { headers: EDITORS_AUTH })).text();
  expect(list).toContain(number);
  expect(list).toContain('Maria Rossi');
  expect(list).toContain("inviato all'ufficio");
});

test.describe('quando il servizio non risponde', () => {
  test.use({ expectedConsoleError: /Failed to load resource/ });
  test('la valutazione dice che non è stata inviata e si può riprovare', async ({ page }) => {
    await page.goto(SERVICE_PAGE);
    await pageReady(page);
    const widget = page.getByRole('region', { name: 'Quanto sono chiare le informazioni su questa pagina?' });
    // First the connection fails, then the service answers 503.
    await page.route('**/ricezione/v1/valutazioni', (route) => route.abort('connectionrefused'));
    await widget.locator('label[for="valutazione-5"]').click();
    await widget.getByRole('button', { name: 'Invia la valutazione' }).click();
    await expect(widget.getByRole('status')).toHaveText(
      'Non inviato: il collegamento non ha funzionato. Non è stato registrato nulla: puoi riprovare tra poco con lo stesso pulsante.',
    );
    await page.unroute('**/ricezione/v1/valutazioni');
    await page.route('**/ricezione/v1/valutazioni', (route) => route.fulfill({
      status: 503,
      contentType: 'application/json',
      body: JSON.stringify({ errore: 'Il servizio non ha potuto registrare la richiesta perché la banca dati non è raggiungibile.' }),
    }));
    await widget.getByRole('button', { name: 'Invia la valutazione' }).click();
    await expect(widget.getByRole('status')).toContainText('perché la banca dati non è raggiungibile. Non è stato registrato nulla');
    // The same button, once the service is back.
    await page.unroute('**/ricezione/v1/valutazioni');
    await widget.getByRole('button', { name: 'Invia la valutazione' }).click();
    await expect(widget.getByText('Grazie, la tua valutazione è stata inviata')).toBeFocused();
  });
});

test('la redazione: vista protetta, accessibile, con il CSV', async ({ page, request }) => {
  expect((await request.get('/ricezione/redazione/segnalazioni')).status()).toBe(401);
  await page.setExtraHTTPHeaders(EDITORS_AUTH);
  await page.goto('/ricezione/redazione/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Valutazioni delle pagine');
  await expect(page.getByRole('link', { name: /Scarica tutte le valutazioni/ })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.goto('/ricezione/redazione/prenotazioni');
  expect(await axeViolations(page)).toEqual([]);
  const csv = await request.get('/ricezione/redazione/valutazioni.csv', { headers: EDITORS_AUTH });
  expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
  expect((await csv.text()).startsWith('\ufeffid,ricevuta_il,pagina,titolo,valutazione,aspetto,dettagli\r\n')).toBe(true);
  // The service says whether it is up.
  const health = await (await request.get('/ricezione/salute')).json();
  expect(health.stato).toBe('ok');
});

test('l\'informativa privacy descrive il trattamento e la conservazione di sito.toml', async ({ page }) => {
  const days = api('sito.json').configurazione.ricezione.conservazione_giorni;
  await page.goto('/privacy');
  await pageReady(page);
  const main = page.locator('main');
  await expect(main.getByRole('heading', { name: 'Valutazioni, segnalazioni e richieste di appuntamento' })).toBeVisible();
  await expect(main).toContainText(`cancellati dopo ${days} giorni dall'invio`);
  await expect(main).toContainText('non registra l\'indirizzo IP');
  await expect(main).toContainText('art. 6, par. 1, lett. e');
});

test.describe('senza JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('la segnalazione resta possibile per e-mail', async ({ page }) => {
    await page.goto('/segnala-disservizio');
    await expect(page.locator('form.report-form')).toBeHidden();
    await expect(page.getByText('Il modulo ha bisogno di JavaScript')).toBeVisible();
    const mail = page.locator('main').getByRole('link', { name: api('sito.json').configurazione.contatti.email });
    await expect(mail).toHaveAttribute('href', /^mailto:.*Segnalazione%20disservizio/);
  });
});
