// Measures, in Chromium, each keystroke in the filter field of a list of
// 10,000 notices: from the input event to the moment the results on screen
// show that text (filtering, sorting and rendering included). Prints the
// median, the 95th percentile and the worst keystroke.
import { openPage, finish } from './bench-browser.mjs';

const port = Number(process.env.BENCH_PORT || 8383);
const session = await openPage();
const { page } = session;

async function typeAndMeasure(query) {
  return page.evaluate(async (query) => {
    const input = document.querySelector('#filtro-testo');
    const results = () => document.querySelector('main .news-results');
    const shown = (text) => results()?.getAttribute('data-testo') === text;
    const times = [];
    for (let i = 1; i <= query.length; i++) {
      const text = query.slice(0, i);
      const done = new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          if (shown(text)) {
            observer.disconnect();
            resolve(performance.now());
          }
        });
        observer.observe(document.querySelector('main'), { subtree: true, childList: true, attributes: true });
      });
      const start = performance.now();
      input.value = text;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      times.push((await done) - start);
    }
    return times;
  }, query);
}

const cases = [
  ['tutti gli avvisi, dal più recente', '/novita/avvisi?scaduti=si'],
  ['tutti gli avvisi, dal meno recente', '/novita/avvisi?scaduti=si&ordine=meno-recenti'],
  ['un argomento, dal 2022', '/novita/avvisi?scaduti=si&argomento=rete-stradale&dal=2022-01-01'],
];
const words = ['manutenzione', 'sicurezza', 'consultazione', 'zzz'];
const catalog = await (await fetch(`http://127.0.0.1:${port}/api/v1/novita/avvisi/elenco.json`, { headers: { 'accept-encoding': 'identity' } })).arrayBuffer();
const { gzipSync } = await import('node:zlib');
console.log(`elenco degli avvisi: ${(catalog.byteLength / 1048576).toFixed(1)} MiB, ${(gzipSync(Buffer.from(catalog), { level: 6 }).length / 1048576).toFixed(2)} MiB con gzip`);
const all = [];
for (const [label, url] of cases) {
  const loadStart = Date.now();
  await page.goto(`http://127.0.0.1:${port}${url}`);
  await page.waitForSelector('html[data-app="avviata"]');
  await page.waitForSelector('main .news-results');
  const loadMs = Date.now() - loadStart;
  const total = await page.locator('main .list-count').innerText();
  const times = [];
  for (const word of words) {
    // Each word from an empty field.
    await page.evaluate(() => {
      const input = document.querySelector('#filtro-testo');
      input.value = '';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await page.waitForFunction(() => document.querySelector('main .news-results')?.getAttribute('data-testo') === '');
    times.push(...(await typeAndMeasure(word)));
  }
  all.push(...times);
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  // The first keystroke after loading also pays for the browser compiling
  // the hot code paths: shown apart from the steady state.
  console.log(`${label} (${total.trim()}; pagina pronta in ${loadMs} ms): ${times.length} tasti, primo ${times[0].toFixed(1)} ms, mediana ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, peggiore ${sorted.at(-1).toFixed(1)} ms`);
}
const sorted = [...all].sort((a, b) => a - b);
console.log(`filtro su 10.000 elementi: mediana ${sorted[Math.floor(sorted.length / 2)].toFixed(1)} ms, p95 ${sorted[Math.floor(sorted.length * 0.95)].toFixed(1)} ms, peggiore ${sorted.at(-1).toFixed(1)} ms per tasto (obiettivo < 16 ms)`);
await finish(session);
