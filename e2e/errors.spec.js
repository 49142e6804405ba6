// A failed or malformed answer shows an accessible message with a way to
// retry; the rest of the page stays usable. Each page carries its own data,
// so failures are provoked where something is fetched: the next page's
// HTML (public/boot.js), or the data an island loads (the whole list that
// the filters search).
import { test, expect, pageReady } from './fixtures.js';

test.use({ expectedConsoleError: /Failed to load resource|net::ERR_FAILED/ });

test('errore del server: messaggio, poi «Riprova» carica la pagina', async ({ page }) => {
  let failures = 1;
  await page.route((url) => url.pathname === '/', (route) =>
    failures-- > 0 ? route.fulfill({ status: 503, contentType: 'text/html', body: 'giù' }) : route.continue(),
  );
  await page.goto('/contatti');
  await pageReady(page);
  await page.locator('.it-header-center-wrapper a[href="/"]').first().click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Contenuti non disponibili');
  await expect(alert).toContainText('errore 503');
  await expect(page.locator('main h1')).toBeVisible();
  await expect(page.locator('header')).toBeVisible();
  await alert.getByRole('button', { name: 'Riprova' }).click();
  await expect(page.getByRole('heading', { name: 'Ultime notizie' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('dati non validi: messaggio comprensibile, nessun errore non gestito', async ({ page }) => {
  await page.route('**/api/v1/novita/notizie/elenco.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: '{"versione":1,"elementi":[{"titolo":3}]}' }),
  );
  // A filter needs the whole list, which the page does not carry: the island loads it.
  await page.goto('/novita/notizie');
  await pageReady(page);
  await page.locator('#filtro-testo').fill('strade');
  await expect(page.getByRole('alert')).toContainText('non sono leggibili');
  await expect(page.getByRole('button', { name: 'Riprova' })).toBeVisible();
  await expect(page.locator('main h1')).toHaveText('Notizie');
  // The form stays usable: the field keeps what was typed.
  await expect(page.locator('#filtro-testo')).toHaveValue('strade');
});

test('rete assente: lo dice e permette di riprovare', async ({ page }) => {
  let blocked = true;
  await page.route('**/archivi/archivio-sismica', (route) => (blocked ? route.abort('failed') : route.continue()));
  await page.goto('/');
  await pageReady(page);
  await page.locator('main a[href="/archivi/archivio-sismica"]').click();
  await expect(page.getByRole('alert')).toContainText('connessione');
  // The page the visitor was on stays, usable, under the message.
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator('main h1')).toBeVisible();
  blocked = false;
  await page.getByRole('button', { name: 'Riprova' }).click();
  await expect(page.locator('main h1')).toHaveText('Archivio sismica');
  await expect(page).toHaveURL(/\/archivi\/archivio-sismica$/);
});
