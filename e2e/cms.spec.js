// The editors' tool, driven for real: Decap CMS at /admin with decap-server
// in local mode over a copy of content/ and public/. A news item with an
// image and its alt text, a document with its file and a road closure are
// published from the forms; the files they write pass the build, and the rebuilt site
// shows them. Missing required fields,
// a too-short alt text and a malformed CUP are refused by the CMS. The
// screenshots of docs/guida-redazione.md are taken here.
import { test, expect } from '@playwright/test';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { axeViolations } from './fixtures.js';

const repo = new URL('..', import.meta.url).pathname;
const work = join(repo, 'target/redazione-e2e');
const shots = join(repo, 'docs/redazione');
const SITE_PORT = 8184;
// Decap looks for decap-server on port 8081 of the page's host.
const PROXY = 'http://127.0.0.1:8081/api/v1';

// One decap-server for the file, so the tests run one after the other.
test.describe.configure({ mode: 'serial' });

let proxy;

async function waitFor(check, what, timeout = 20_000) {
  const until = Date.now() + timeout;
  for (;;) {
    try {
      if (await check()) return;
    } catch {
      // not ready yet
    }
    if (Date.now() > until) throw new Error(`${what}: non pronto dopo ${timeout} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

test.beforeAll(async () => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  cpSync(join(repo, 'content'), join(work, 'content'), { recursive: true });
  cpSync(join(repo, 'public'), join(work, 'public'), { recursive: true });
  mkdirSync(shots, { recursive: true });
  proxy = spawn('node', [join(repo, 'cms/node_modules/decap-server/dist/index.js')], {
    env: { ...process.env, MODE: 'fs', GIT_REPO_DIRECTORY: work, PORT: '8081', BIND_HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  await waitFor(async () => {
    const answer = await fetch(PROXY, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"action":"info"}' });
    return answer.ok;
  }, 'decap-server');
});

test.afterAll(() => {
  proxy?.kill();
});

/** Opens the CMS and logs in to the local backend. */
async function logIn(page) {
  await page.goto('/admin/');
  await page.getByRole('button', { name: 'Accedi' }).click();
  await expect(page.getByRole('link', { name: 'Notizie' }).first()).toBeVisible();
}

/** Publishes the entry being edited ("Pubblica" → "Pubblica ora"). */
async function publish(page) {
  await page.getByRole('button', { name: 'Pubblica', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Pubblica ora' }).click();
}

/**
 * The rebuild: the site's files as trunk left them, the new public files
 * copied as trunk would, then the content step on the edited content/;
 * `visit` runs against the rebuilt site, served by nginx.
 */
async function onRebuiltSite(visit) {
  const dist = join(work, 'dist');
  cpSync(join(repo, 'dist'), dist, { recursive: true });
  for (const folder of ['img', 'allegati']) cpSync(join(work, 'public', folder), join(dist, folder), { recursive: true });
  const build = spawnSync(
    'cargo',
    ['run', '--quiet', '--profile', 'pipeline', '-p', 'site-builder', '--',
      '--content', join(work, 'content'), '--public', join(work, 'public'), '--dist', dist,
      '--template', join(repo, 'target/app-shell.html')],
    { cwd: repo, encoding: 'utf8' },
  );
  expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
  expect(build.stdout).toContain('contenuti validi');
  const site = spawn('bash', [join(repo, 'e2e/serve-dist.sh')], {
    env: { ...process.env, DIST: dist, PORT: String(SITE_PORT) },
    stdio: 'ignore',
  });
  try {
    const base = `http://127.0.0.1:${SITE_PORT}`;
    await waitFor(async () => (await fetch(`${base}/`)).ok, 'nginx');
    await visit(base);
  } finally {
    site.kill();
  }
}

// An 8×8 blue PNG: enough for the media library, the build and the page.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAIAAABLbSncAAAAEUlEQVR4nGOQS1mAFTEMLQkAM+xIgRJjUlQAAAAASUVORK5CYII=', 'base64');

test('a news item with an image, written in the CMS, passes the build and appears on the rebuilt site', async ({ page }) => {
  test.setTimeout(120_000);
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  // Uploaded files are shown from the site's address, as `trunk serve`
  // does after copying public/ (scripts/redazione); here from the copy.
  await page.route('**/img/caricati/*', (route) => {
    const uploaded = join(work, 'public/img/caricati', new URL(route.request().url()).pathname.split('/').pop());
    return existsSync(uploaded) ? route.fulfill({ path: uploaded }) : route.continue();
  });

  await page.goto('/admin/');
  await expect(page.getByRole('button', { name: 'Accedi' })).toBeVisible();
  await page.screenshot({ path: join(shots, '01-accesso.png') });
  await page.getByRole('button', { name: 'Accedi' }).click();
  await page.getByRole('link', { name: 'Notizie' }).first().click();
  await expect(page.getByText('Archivio sismica: le pratiche si consultano online')).toBeVisible();
  // Newest first, as the guide says: the two latest items in date order.
  const latest = readdirSync(join(work, 'content/novita/notizie'))
    .map((name) => ({ title: readFileSync(join(work, 'content/novita/notizie', name), 'utf8').match(/^titolo: "?(.*?)"?$/m)[1], date: readFileSync(join(work, 'content/novita/notizie', name), 'utf8').match(/^data: (\S+)$/m)[1] }))
    .sort((a, b) => b.date.localeCompare(a.date));
  const listed = await page.locator('body').innerText();
  expect(listed.indexOf(latest[0].title)).toBeGreaterThanOrEqual(0);
  expect(listed.indexOf(latest[0].title)).toBeLessThan(listed.indexOf(latest[latest.length - 1].title));
  await page.screenshot({ path: join(shots, '02-elenco-notizie.png') });

  // The new-entry button in plain characters (the full-width plus showed as a missing glyph).
  await expect(page.locator('a[href$="/collections/notizie/new"]')).toHaveText('+ Notizia');
  await page.locator('a[href$="/collections/notizie/new"]').click();
  // Dates are the editor's own days, not labelled UTC.
  await expect(page.getByText('UTC', { exact: true })).toHaveCount(0);
  const title = 'Riapre la strada del Passo del Rastrello';
  await page.getByLabel('Titolo', { exact: true }).fill(title);
  await page.getByLabel('Sommario', { exact: true }).fill('Finiti i lavori sulla frana: si passa di nuovo nei due sensi.');
  await page.getByLabel('Data di pubblicazione', { exact: true }).fill('2026-11-20');
  // Topics come from content/argomenti.yaml through a relation field.
  await page.getByRole('combobox', { name: 'Argomenti (opzionale)' }).click();
  await page.getByRole('option', { name: 'Rete stradale' }).click();

  await page.getByRole('button', { name: "Scegli un'immagine" }).click();
  await page.locator('input[type="file"]').setInputFiles({ name: 'passo-rastrello.png', mimeType: 'image/png', buffer: PNG });
  await expect(page.getByText('passo-rastrello.png')).toBeVisible();
  await page.getByRole('button', { name: 'Prendi selezionato' }).click();
  // Optional with the image block, asked for when an image is there.
  await page.getByLabel(/^Testo alternativo/).fill('La strada del Passo del Rastrello riaperta dopo i lavori');

  const body = page.locator('[data-slate-editor="true"]');
  await body.click();
  await page.keyboard.type('La strada provinciale del Passo del Rastrello è di nuovo aperta. Si passa nei due sensi dalle 14.');
  // The preview uses the site's stylesheet and the page's structure.
  const preview = page.frameLocator('iframe').first();
  await expect(preview.locator('h1')).toHaveText(title);
  await expect(preview.locator('time')).toHaveText('20 novembre 2026');
  await expect(preview.locator('img')).toHaveAttribute('alt', 'La strada del Passo del Rastrello riaperta dopo i lavori');
  await page.screenshot({ path: join(shots, '03-nuova-notizia.png') });

  await publish(page);
  const slug = 'riapre-la-strada-del-passo-del-rastrello';
  const file = join(work, 'content/novita/notizie', `${slug}.md`);
  // decap-server creates the file before it writes it: wait for the whole front matter.
  await waitFor(async () => existsSync(file) && /^---\n[\s\S]*\n---/.test(readFileSync(file, 'utf8')), file);
  const written = readFileSync(file, 'utf8');
  expect(written).toContain(`titolo: ${title}`);
  expect(written).toMatch(/file: \/img\/caricati\/passo-rastrello\.png/);
  expect(written).toMatch(/alt: La strada del Passo del Rastrello riaperta dopo i lavori/);
  expect(written).toContain('- rete-stradale');
  expect(existsSync(join(work, 'public/img/caricati/passo-rastrello.png'))).toBe(true);

  await onRebuiltSite(async (base) => {
    await page.goto(`${base}/novita/notizie`);
    await expect(page.getByRole('link', { name: title })).toBeVisible();
    await page.getByRole('link', { name: title }).click();
    await expect(page.locator('main h1')).toHaveText(title);
    const image = page.locator('main img[alt="La strada del Passo del Rastrello riaperta dopo i lavori"]');
    await expect(image).toBeVisible();
    // The uploaded file itself is served: a broken image has no width.
    expect(await image.evaluate((img) => img.naturalWidth)).toBe(8);
    await expect(page.locator('main time').first()).toHaveText('20 novembre 2026');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(shots, '04-notizia-pubblicata.png') });
  });
  expect(problems).toEqual([]);
});

// A one-page PDF with its text: what the build accepts as an attachment.
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n'
  + '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >> endobj\n'
  + '4 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj\n'
  + '5 0 obj << /Length 60 >> stream\nBT /F1 12 Tf 72 760 Td (Decreto n. 77 - documento di prova) Tj ET\nendstream endobj\n'
  + 'trailer << /Root 1 0 R >>\n%%EOF\n',
);

test('a document with its file, written in the CMS, passes the build and appears in Documenti e dati', async ({ page }) => {
  test.setTimeout(120_000);
  await logIn(page);
  await page.goto('/admin/#/collections/documenti/new');
  const title = 'Nomina del responsabile della transizione digitale';
  await page.getByRole('combobox', { name: 'Tipo', exact: true }).click();
  await page.getByRole('option', { name: 'Decreto del Presidente', exact: true }).click();
  await page.getByLabel('Titolo', { exact: true }).fill(title);
  await page.getByLabel('Numero di registro (opzionale)', { exact: true }).fill('77');
  await page.getByLabel('Data di adozione', { exact: true }).fill('2026-11-27');
  await page.getByLabel('Oggetto', { exact: true }).fill('Nomina del responsabile per la transizione al digitale dell\'ente.');
  await page.getByRole('combobox', { name: "Emanato dall'organo (opzionale)" }).click();
  await page.getByRole('option', { name: 'Presidente della Provincia' }).click();
  await page.getByRole('button', { name: /^Aggiungi/ }).first().click();
  await page.getByLabel("Titolo dell'allegato", { exact: true }).fill('Testo del decreto');
  await page.getByRole('button', { name: 'Scegli un file' }).click();
  await page.locator('input[type="file"]').setInputFiles({ name: 'decreto-77-2026.pdf', mimeType: 'application/pdf', buffer: PDF });
  await expect(page.getByText('decreto-77-2026.pdf')).toBeVisible();
  await page.getByRole('button', { name: 'Prendi selezionato' }).click();
  await publish(page);

  const slug = 'nomina-del-responsabile-della-transizione-digitale';
  const file = join(work, 'content/documenti', `${slug}.md`);
  await waitFor(async () => existsSync(file) && /^---\n[\s\S]*\n---/.test(readFileSync(file, 'utf8')), file);
  const written = readFileSync(file, 'utf8');
  expect(written).toContain('tipo: decreto-del-presidente');
  expect(written).toMatch(/numero: ["']?77/);
  expect(written).toContain('organo: presidente');
  expect(written).toMatch(/file: \/allegati\/decreto-77-2026\.pdf/);
  expect(existsSync(join(work, 'public/allegati/decreto-77-2026.pdf'))).toBe(true);

  await onRebuiltSite(async (base) => {
    await page.goto(`${base}/amministrazione/documenti`);
    const card = page.locator('main article', { hasText: title });
    await expect(card).toContainText('Decreto del Presidente n. 77');
    await card.getByRole('link', { name: title }).click();
    await expect(page.locator('main h1')).toHaveText(title);
    const attachment = page.locator('main .attachment a');
    await expect(attachment).toContainText('Testo del decreto');
    await expect(attachment).toContainText(`(PDF, ${PDF.length} byte)`);
    expect((await page.request.get(`${base}/allegati/decreto-77-2026.pdf`)).ok()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
  });
});

test('a road closure, written in the CMS, is in force on the rebuilt site, in its road\'s page and in the feeds', async ({ page }) => {
  test.setTimeout(120_000);
  // Dates around the day the test runs, so the closure is in force on the rebuilt site.
  const iso = (days) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
  const [from, to] = [iso(-1), iso(10)];
  const folder = join(work, 'content/limitazioni');
  const before = new Set(readdirSync(folder));
  await logIn(page);
  await page.goto('/admin/#/collections/limitazioni/new');
  await page.getByRole('combobox', { name: 'Strada', exact: true }).click();
  await page.getByRole('option', { name: /^SP 9 / }).click();
  await page.getByLabel('Dal km', { exact: true }).fill('2.5');
  await page.getByLabel('Al km (opzionale)', { exact: true }).fill('3.1');
  // The relation lists the first Comuni only: typing narrows it.
  await page.getByRole('combobox', { name: 'Comuni interessati (opzionale)' }).click();
  await page.keyboard.type('Zignago');
  await page.getByRole('option', { name: 'Zignago', exact: true }).click();
  await page.getByRole('combobox', { name: 'Tipo', exact: true }).click();
  await page.getByRole('option', { name: 'Chiusura totale', exact: true }).click();
  await page.getByLabel('Dal giorno', { exact: true }).fill(from);
  await page.getByLabel('Al giorno', { exact: true }).fill(to);
  await page.getByLabel('Alle ore (opzionale)', { exact: true }).fill('18:00');
  const reason = 'Rifacimento del ponticello sul rio (prova della redazione)';
  await page.getByLabel('Motivo', { exact: true }).fill(reason);

  await page.getByLabel('Luogo (latitudine e longitudine) (opzionale)', { exact: true }).fill('44.2790, 9.7260');
  await publish(page);

  let file;
  await waitFor(async () => {
    file = readdirSync(folder).find((name) => !before.has(name));
    return file && /motivo:/.test(readFileSync(join(folder, file), 'utf8'));
  }, 'the new restriction');
  const written = readFileSync(join(folder, file), 'utf8');
  expect(written).toMatch(/strada: ["']?SP 9/);
  expect(written).toContain('tipo: chiusura-totale');
  expect(written).toMatch(/punto: ["']?44\.2790, 9\.7260/);
  const slug = file.replace(/\.yaml$/, '');

  await onRebuiltSite(async (base) => {
    await page.goto(`${base}/vivere-la-provincia/limitazioni-al-traffico`);
    const row = page.locator(`main section[data-periodo="oggi"] tr[data-limitazione="${slug}"]`);
    await expect(row).toContainText('SP 9');
    await expect(row).toContainText('km 2,5–3,1');
    await expect(page.locator(`.restriction-map a.marker-today[data-limitazione="${slug}"]`)).toHaveCount(1);
    await row.getByRole('link', { name: 'Chiusura totale' }).click();
    await expect(page.locator('main [data-stato="oggi"]')).toContainText('ore 18:00');
    await expect(page.locator('main')).toContainText(reason);
    expect(await axeViolations(page)).toEqual([]);
    for (const feed of ['/feed/limitazioni.xml', '/feed/limitazioni/strade/sp-9.xml', '/feed/limitazioni/comuni/zignago.xml']) {
      const xml = await (await page.request.get(`${base}${feed}`)).text();
      expect(xml, feed).toContain(`/vivere-la-provincia/limitazioni-al-traffico/${slug}</id>`);
    }
  });
});

test('the CMS refuses an item without its required fields, a short alt text and a malformed CUP', async ({ page }) => {
  const folder = join(work, 'content/novita/notizie');
  const before = readdirSync(folder).length;
  await logIn(page);
  await page.goto('/admin/#/collections/notizie/new');
  await page.getByLabel('Sommario', { exact: true }).fill('Un sommario senza titolo né data.');
  await page.getByRole('button', { name: "Scegli un'immagine" }).click();
  await page.locator('input[type="file"]').setInputFiles({ name: 'senza-alt.png', mimeType: 'image/png', buffer: PNG });
  await expect(page.getByText('senza-alt.png')).toBeVisible();
  await page.getByRole('button', { name: 'Prendi selezionato' }).click();
  await page.getByLabel(/^Testo alternativo/).fill('foto');
  await publish(page);
  // Each field says what is wrong, and nothing is written.
  // Named, not gendered: "Data di pubblicazione è richiesto" read wrong.
  await expect(page.getByText('Titolo: campo obbligatorio.')).toBeVisible();
  await expect(page.getByText('Data di pubblicazione: campo obbligatorio.')).toBeVisible();
  await expect(page.getByText(/Descrivi l'immagine in almeno 5 caratteri: chi non la vede la ascolta/)).toBeVisible();
  await page.screenshot({ path: join(shots, '05-campi-mancanti.png') });
  expect(readdirSync(folder).length).toBe(before);

  // Leaving the unsaved item: the CMS asks for confirmation.
  page.once('dialog', (dialog) => dialog.accept());
  await page.goto('/admin/#/collections/progetti-pnrr/new');
  await page.getByLabel('CUP', { exact: true }).fill('J41C2200039000');
  await publish(page);
  await expect(page.getByText(/Il CUP ha 15 caratteri maiuscoli, come J41C22000390006/)).toBeVisible();
  expect(existsSync(join(work, 'content/pnrr/progetti/J41C2200039000.yaml'))).toBe(false);
});

test('no public page loads the editors\' tool, which search engines are told to skip', async ({ page, request }) => {
  const adminRequests = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname.startsWith('/admin')) adminRequests.push(r.url());
  });
  for (const path of ['/', '/novita/notizie', '/pnrr', '/servizi']) {
    await page.goto(path);
    await expect(page.locator('main h1')).toBeVisible();
    expect(await page.content()).not.toMatch(/decap|\/admin\//i);
  }
  expect(adminRequests).toEqual([]);
  const admin = await request.get('/admin/');
  expect(admin.headers()['x-robots-tag']).toBe('noindex, nofollow');
  expect(await admin.text()).toContain('<meta name="robots" content="noindex, nofollow">');
  expect(await (await request.get('/robots.txt')).text()).toContain('Disallow: /admin/');
});

test('a news item without an image is published and built: the image block is optional', async ({ page }) => {
  test.setTimeout(120_000);
  await logIn(page);
  await page.goto('/admin/#/collections/notizie/new');
  const title = 'Nuovo orario estivo dello sportello';
  await page.getByLabel('Titolo', { exact: true }).fill(title);
  await page.getByLabel('Sommario', { exact: true }).fill('Dal 1° giugno lo sportello apre anche il giovedì pomeriggio.');
  await page.getByLabel('Data di pubblicazione', { exact: true }).fill('2026-11-21');
  await page.locator('[data-slate-editor="true"]').click();
  await page.keyboard.type('Lo sportello apre anche il giovedì dalle 15 alle 17.');
  await publish(page);
  const file = join(work, 'content/novita/notizie', 'nuovo-orario-estivo-dello-sportello.md');
  await waitFor(async () => existsSync(file) && /^---\n[\s\S]*\n---/.test(readFileSync(file, 'utf8')), file);
  await onRebuiltSite(async (base) => {
    await page.goto(`${base}/novita/notizie/nuovo-orario-estivo-dello-sportello`);
    await expect(page.locator('main h1')).toHaveText(title);
  });
});

// Last: it stops decap-server. On the editor's own computer without it,
// /admin says what to run instead of opening an unreachable GitLab login.
test('without decap-server, /admin on this computer says what to run', async ({ page }) => {
  proxy.kill();
  await waitFor(async () => {
    try {
      await fetch(PROXY, { method: 'POST', body: '{"action":"info"}' });
      return false;
    } catch {
      return true;
    }
  }, 'decap-server fermo');
  await page.goto('/admin/');
  const heading = page.getByRole('heading', { name: 'Redazione in locale: manca il servizio dei file' });
  await expect(heading).toBeVisible();
  await expect(heading).toBeFocused();
  await expect(page.locator('pre')).toHaveText('scripts/redazione');
  await expect(page.getByRole('button', { name: 'Accedi' })).toHaveCount(0);
});
