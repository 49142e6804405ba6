// Size benchmark: prints the raw, gzip and brotli sizes of what the browser
// downloads (each wasm bundle, JS glue, CSS) and the bytes actually
// transferred on a first visit to each page type (wasm, JS, CSS, fonts,
// total), measured in Chromium through nginx with the sample config.
// Brotli is what nginx serves from the build's .br copies
// (scripts/precompress.mjs); Chromium asks for it over HTTPS only, so the
// transfer is measured on the HTTPS server.
import { chromium } from '@playwright/test';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { PAGE_TYPES } from '../e2e/site.js';
import { serveDist } from './bench-server.mjs';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist');
const port = Number(process.env.BENCH_PORT || 8282);
const kb = (n) => `${(n / 1024).toFixed(1).padStart(7)} KiB`;

function sizes(files) {
  let raw = 0;
  let gzip = 0;
  let brotli = 0;
  for (const file of files) {
    const path = join(dist, file);
    const bytes = readFileSync(path);
    raw += bytes.length;
    // What nginx sends: the build's copies, else its own gzip at level 6.
    gzip += existsSync(`${path}.gz`) ? readFileSync(`${path}.gz`).length : gzipSync(bytes, { level: 6 }).length;
    brotli += existsSync(`${path}.br`) ? readFileSync(`${path}.br`).length : bytes.length;
  }
  return { raw, gzip, brotli };
}

const files = readdirSync(dist);
// One row per page bundle (builder/src/bundles.rs), which hydrates islands:
// trunk names the common one, the pre-renderer the others (both by content).
const bundleName = (file) => file.match(/^(.+)-[0-9a-f]{8,16}_bg\.wasm$/)?.[1];
const groups = {
  ...Object.fromEntries(
    files
      .filter((f) => f.startsWith('isole') && bundleName(f))
      .sort()
      .map((f) => [`wasm ${bundleName(f)}`, [f]]),
  ),
  'JS (glue + boot.js)': files.filter((f) => f.endsWith('.js')),
  'CSS (tutti i fogli)': files.filter((f) => f.endsWith('.css')),
};
console.log('file                      grezzo        gzip      brotli');
for (const [name, group] of Object.entries(groups)) {
  const { raw, gzip, brotli } = sizes(group);
  console.log(`${name.padEnd(22)} ${kb(raw)} ${kb(gzip)} ${kb(brotli)}`);
}

const site = await serveDist(port);
try {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  // A first visit to each page type (e2e/site.js), in a fresh context (nothing
  // cached), accepting the tests' self-signed certificate (e2e/serve-dist.sh).
  console.log('\nprima visita (HTTPS, brotli; byte trasferiti con intestazioni)');
  console.log('pagina               wasm        JS         CSS       font       totale     richieste   wasm e JS al primo uso del menu');
  let home = null;
  for (const [name, path] of PAGE_TYPES) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ignoreHTTPSErrors: true });
    const page = await context.newPage();
    const requests = [];
    page.on('requestfinished', (request) => requests.push(request));
    await page.goto(site.https + path, { waitUntil: 'networkidle' });
    await page.locator('html[data-app="avviata"]').waitFor({ state: 'attached' });
    const by = { wasm: 0, js: 0, css: 0, font: 0, total: 0 };
    const rows = [];
    for (const request of requests) {
      const s = await request.sizes();
      const bytes = s.responseBodySize + s.responseHeadersSize;
      const file = new URL(request.url()).pathname;
      const kind = file.endsWith('.wasm') ? 'wasm' : file.endsWith('.js') ? 'js' : file.endsWith('.css') ? 'css' : /\.woff2?$/.test(file) ? 'font' : null;
      if (kind) by[kind] += bytes;
      by.total += bytes;
      rows.push([file, bytes]);
    }
    // Then a reader reaches the menu: the page's islands on demand wake, and
    // their bundle (wasm and glue) is what the first use costs.
    const before = requests.length;
    await page.locator('header .navbar button:visible').first().focus();
    await page.locator('header leptos-island[data-idratata]').waitFor({ state: 'attached' });
    await page.waitForLoadState('networkidle');
    let onFirstUse = 0;
    for (const request of requests.slice(before)) {
      const s = await request.sizes();
      if (/\.(wasm|js)$/.test(new URL(request.url()).pathname)) onFirstUse += s.responseBodySize + s.responseHeadersSize;
    }
    console.log(`${name.padEnd(18)} ${kb(by.wasm)} ${kb(by.js)} ${kb(by.css)} ${kb(by.font)} ${kb(by.total)} ${String(before).padStart(5)}   ${kb(onFirstUse)}`);
    if (path === '/') home = rows.sort((a, b) => b[1] - a[1]);
    await context.close();
  }
  console.log('obiettivi (issue 16): wasm ≤ 100 KiB per le pagine di contenuto, ≤ 200 KiB con i widget pesanti; home ≤ 200 KiB in tutto');
  console.log('\nhome, richiesta per richiesta:');
  for (const [path, bytes] of home ?? []) console.log(`  ${kb(bytes)}  ${path}`);
  await browser.close();
} finally {
  site.stop();
}
