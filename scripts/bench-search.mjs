// Measures, in Chromium, site searches over the generated corpus: from the
// submitted query to the results line on screen (searching, ranking and
// rendering the first results included). The first search also fetches and
// prepares the index, and is reported apart. Prints the index size and
// fails if the index is fetched before any search.
import { gzipSync } from 'node:zlib';
import { openPage, finish } from './bench-browser.mjs';

const port = Number(process.env.BENCH_PORT || 8385);
const base = `http://127.0.0.1:${port}`;
const index = Buffer.from(await (await fetch(`${base}/api/v1/ricerca.json`, { headers: { 'accept-encoding': 'identity' } })).arrayBuffer());
const entries = JSON.parse(index.toString('utf8')).voci.length;
const gzipped = gzipSync(index, { level: 6 }).length;
console.log(`indice di ricerca: ${entries} voci, ${(index.length / 1048576).toFixed(2)} MiB, ${(gzipped / 1048576).toFixed(2)} MiB con gzip (obiettivo < 1,5 MB)`);

const session = await openPage();
const { page } = session;
const fetchedIndex = [];
page.on('request', (r) => { if (r.url().endsWith('/api/v1/ricerca.json')) fetchedIndex.push(r.url()); });
await page.goto(`${base}/cerca`);
await page.waitForSelector('html[data-app="avviata"]');
if (fetchedIndex.length) {
  console.error('ERRORE: l\'indice di ricerca è stato scaricato prima di una ricerca');
  process.exit(1);
}

async function search(query) {
  return page.evaluate(async (query) => {
    const input = document.querySelector('#cerca-pagina');
    const done = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        const summary = document.querySelector('main .search-summary');
        if (summary && summary.getAttribute('data-query') === query) {
          observer.disconnect();
          // Up to the next frame: the results are laid out and painted.
          requestAnimationFrame(() => resolve(performance.now()));
        }
      });
      observer.observe(document.querySelector('main'), { subtree: true, childList: true, attributes: true });
    });
    const start = performance.now();
    input.value = query;
    input.form.requestSubmit();
    return (await done) - start;
  }, query);
}

const queries = ['archivio', 'strade provinciali', 'manutenzione sicurezza', 'J41C22000000500', 'città', 'scuole superiori', 'zzz', 'consultazione', 'avviso pubblico', 'lavori'];
const first = await search('sismica');
const summary = await page.locator('main .search-summary').innerText();
console.log(`prima ricerca, con scaricamento e preparazione dell'indice: ${first.toFixed(1)} ms (${summary.trim()})`);
const times = [];
for (let round = 0; round < 3; round++) {
  for (const q of queries) times.push(await search(q));
}
const sorted = [...times].sort((a, b) => a - b);
const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
console.log(`ricerca su ${entries} voci: ${times.length} ricerche, mediana ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, peggiore ${sorted.at(-1).toFixed(1)} ms (obiettivo < 50 ms)`);
await finish(session);
