// Size benchmark: prints the raw, gzip and brotli sizes of what the browser
// downloads (wasm, JS glue, CSS) and the bytes actually transferred to load
// the home page, measured in Chromium through nginx with the sample config.
// Brotli is what nginx serves from the build's .br copies
// (scripts/precompress.mjs); Chromium asks for it over HTTPS only, so the
// transfer is measured on the HTTPS server.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist');
const port = Number(process.env.BENCH_PORT || 8282);
const kb = (n) => `${(n / 1024).toFixed(1).padStart(7)} KiB`;

function sizes(files) {
  let raw = 0;
  let gzip = 0;
  let brotli = 0;
  for (const file of files) {
    const bytes = readFileSync(join(dist, file));
    raw += bytes.length;
    const path = join(dist, file);
    // What nginx sends: the build's copies, else its own gzip at level 6.
    gzip += existsSync(`${path}.gz`) ? readFileSync(`${path}.gz`).length : gzipSync(bytes, { level: 6 }).length;
    brotli += existsSync(`${path}.br`) ? readFileSync(`${path}.br`).length : bytes.length;
  }
  return { raw, gzip, brotli };
}

const files = readdirSync(dist);
const groups = {
  'wasm': files.filter((f) => f.endsWith('.wasm')),
  'JS (glue + boot.js)': files.filter((f) => f.endsWith('.js')),
  'CSS (tutti i fogli)': files.filter((f) => f.endsWith('.css')),
};
console.log('file                    grezzo        gzip      brotli');
for (const [name, group] of Object.entries(groups)) {
  const { raw, gzip, brotli } = sizes(group);
  console.log(`${name.padEnd(20)} ${kb(raw)} ${kb(gzip)} ${kb(brotli)}`);
}

const tlsPort = port + 10;
const server = spawn('bash', [join(root, 'e2e/serve-dist.sh')], {
  env: { ...process.env, PORT: String(port), TLS_PORT: String(tlsPort) },
  stdio: 'ignore',
});
try {
  const base = `https://127.0.0.1:${tlsPort}`;
  for (let i = 0; i < 50; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) break;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  // The tests' own self-signed certificate (e2e/serve-dist.sh).
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, ignoreHTTPSErrors: true });
  const requests = [];
  page.on('requestfinished', (request) => requests.push(request));
  const started = Date.now();
  await page.goto(base + '/', { waitUntil: 'networkidle' });
  await page.locator('main .card-title').first().waitFor();
  const loaded = Date.now() - started;
  let total = 0;
  const rows = [];
  for (const request of requests) {
    const s = await request.sizes();
    const bytes = s.responseBodySize + s.responseHeadersSize;
    total += bytes;
    rows.push([new URL(request.url()).pathname, bytes]);
  }
  rows.sort((a, b) => b[1] - a[1]);
  console.log(`\nhome: ${requests.length} richieste, ${kb(total).trim()} trasferiti (compressi, con intestazioni)`);
  for (const [path, bytes] of rows) console.log(`  ${kb(bytes)}  ${path}`);
  console.log(`home: contenuti visibili in ${loaded} ms (locale, senza limiti di rete; indicativo)`);
  await browser.close();
} finally {
  server.kill();
}
