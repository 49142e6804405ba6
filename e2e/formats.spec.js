// What feed readers, link checkers, calendar apps and data tools get from
// the server: the right type for every kind of file in dist/, 301 for every
// moved address, and the receiving service's rules whatever the encoding of
// the path (issue 35). Requests only: no page is opened.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative, extname } from 'node:path';
import http from 'node:http';
import { test, expect } from '@playwright/test';
import { PORT, EDITORS } from './playwright.config.js';

const DIST = new URL('../dist/', import.meta.url).pathname;

/** The type each kind of file must be served with (without parameters). */
const TYPES = {
  '.html': 'text/html',
  '.css': 'text/css',
  '.js': 'application/javascript',
  '.mjs': 'application/javascript',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.jsonld': 'application/ld+json',
  '.csv': 'text/csv',
  '.ics': 'text/calendar',
  '.geojson': 'application/geo+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain',
  '.pdf': 'application/pdf',
  '.xml': 'text/xml',
  '.webmanifest': 'application/manifest+json',
  '.yml': 'application/yaml',
  '.odt': 'application/vnd.oasis.opendocument.text',
  '.ods': 'application/vnd.oasis.opendocument.spreadsheet',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.zip': 'application/zip',
  '.p7m': 'application/pkcs7-mime',
};
/** Feeds: Atom everywhere under /feed/, the Albo pretorio's RSS (AlboPOP). */
const FEED = 'application/atom+xml';
const ALBO_FEED = '/feed/albo-pretorio.xml';

function filesBelow(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesBelow(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** A request sent with its path exactly as written (a browser or
 * Playwright would normalise `..` and `%2e` first), from `from`. */
function raw(method, path, { headers = {}, body = '', from = '127.0.0.1' } = {}) {
  return new Promise((resolve, reject) => {
    const request = http.request(
      { host: '127.0.0.1', port: PORT, method, path, localAddress: from, headers: { ...headers, 'Content-Length': Buffer.byteLength(body) } },
      (response) => {
        let text = '';
        response.on('data', (chunk) => (text += chunk));
        response.on('end', () => resolve({ status: response.statusCode, headers: response.headers, text }));
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

test('ogni tipo di file di dist/ ha il suo Content-Type', async ({ request }) => {
  const byKind = new Map();
  for (const file of filesBelow(DIST)) {
    const path = `/${relative(DIST, file)}`;
    const extension = extname(path).toLowerCase();
    if (['.br', '.gz'].includes(extension) || path === '/rinvii.nginx.conf') continue;
    const kind = path === ALBO_FEED ? 'albo' : path.startsWith('/feed/') ? 'feed' : extension;
    if (!byKind.has(kind)) byKind.set(kind, path);
  }
  const unknown = [...byKind.keys()].filter((kind) => !(kind in TYPES) && kind !== 'feed' && kind !== 'albo');
  expect(unknown, 'estensioni senza un tipo atteso in questo test').toEqual([]);
  expect(byKind.has('.geojson') && byKind.has('feed') && byKind.has('albo')).toBe(true);
  for (const [kind, path] of byKind) {
    const expected = kind === 'feed' ? FEED : kind === 'albo' ? 'application/rss+xml' : TYPES[kind];
    const served = (await request.get(path)).headers()['content-type'].split(';')[0];
    expect(served, `${path}`).toBe(expected);
  }
  // The nginx rules of the build are for the server, not for readers.
  expect((await request.get('/rinvii.nginx.conf')).status()).toBe(404);
});

test('gli indirizzi spostati rispondono 301 verso il nuovo, con e senza barra finale', async ({ request }) => {
  const rules = readFileSync(join(DIST, 'rinvii.nginx.conf'), 'utf8');
  const moves = [...rules.matchAll(/location = "([^"]+)" \{ return 301 "([^"]+)"; \}/g)].map((m) => [m[1], m[2]]);
  expect(moves.length).toBeGreaterThan(0);
  for (const [from, to] of moves) {
    const answer = await request.get(from, { maxRedirects: 0 });
    expect(answer.status(), from).toBe(301);
    expect(answer.headers().location, from).toBe(to);
    expect((await request.get(to)).status(), to).toBe(200);
    // Static hosts still get the page that leads on.
    expect(existsSync(join(DIST, from.replace(/\/$/, ''), 'index.html')), from).toBe(true);
  }
});

test('le rotte della redazione non si raggiungono senza password, comunque codificate', async () => {
  const form = { 'Content-Type': 'application/x-www-form-urlencoded' };
  for (const path of [
    '/ricezione/redazione/segnalazioni/..%2f..%2fv1%2fvalutazioni',
    '/ricezione/redazione/segnalazioni/..%2F..%2Fv1%2Fvalutazioni',
    '/ricezione/redazione/segnalazioni/%2e%2e%2f%2e%2e%2fv1%2fvalutazioni',
    '/ricezione/redazione/segnalazioni/%2E%2E/%2E%2E/v1/valutazioni',
    '/ricezione/redazione/segnalazioni/..%5c..%5cv1%5cvalutazioni',
    '/ricezione/v1/../redazione/segnalazioni/1',
    '/ricezione/v1/%2e%2e/redazione/segnalazioni/1',
    '/ricezione/v1/..%252fredazione/segnalazioni/1',
    '/ricezione//redazione/segnalazioni/1',
  ]) {
    const answer = await raw('POST', path, { headers: form, body: 'stato=chiusa' });
    expect([400, 401], `${path}: ${answer.status}`).toContain(answer.status);
    if (answer.status === 400) expect(JSON.parse(answer.text).errore, path).toContain('Indirizzo non ammesso');
  }
  // The same change with the password, but from a foreign origin.
  const auth = `Basic ${Buffer.from(`${EDITORS.username}:${EDITORS.password}`).toString('base64')}`;
  const foreign = await raw('POST', '/ricezione/redazione/segnalazioni/1', {
    headers: { ...form, Authorization: auth, Origin: 'https://evil.example' },
    body: 'stato=chiusa',
  });
  expect(foreign.status).toBe(403);
});

test('una richiesta oltre il limite di nginx riceve il JSON del servizio', async () => {
  const answer = await raw('POST', '/ricezione/v1/valutazioni', {
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ pagina: '/', valutazione: 5, dettagli: 'x'.repeat(40_000) }),
  });
  expect(answer.status).toBe(413);
  expect(answer.headers['content-type']).toContain('application/json');
  expect(JSON.parse(answer.text)).toEqual({ errore: expect.stringContaining('16 kB'), campi: [] });
});

test('i tentativi di password della redazione sono limitati per indirizzo', async () => {
  // From an address of its own in the loopback range, so the other tests'
  // visits to the editors' view keep their allowance.
  const wrong = `Basic ${Buffer.from('redazione:sbagliata').toString('base64')}`;
  const statuses = [];
  for (let i = 0; i < 30; i++) {
    statuses.push((await raw('GET', '/ricezione/redazione/', { headers: { Authorization: wrong }, from: '127.0.0.2' })).status);
  }
  expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
  expect(statuses).toContain(429);
});
