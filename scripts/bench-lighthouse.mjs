// Lighthouse benchmark (issue 16): mobile performance of each page type,
// median of five runs, printed as a table (the issue asks for at least
// three; on a busy 2-core machine one slow run in three moved a median by
// tens of milliseconds of TBT, five hold it steady). Lighthouse 12.2.3 (npm, pinned:
// 13 needs Node 22) drives Debian's Chromium; the site is served by nginx
// over HTTPS with the sample configuration, so files go out as brotli, as in
// production. Throttling is Lighthouse's default simulation (a mid-range
// phone on a slow 4G network). A busy machine lowers the scores: read them
// from a quiet one. LIGHTHOUSE_RUNS changes the number of runs;
// LIGHTHOUSE_PAGES (names, comma-separated) measures only those page types.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { PAGE_TYPES } from '../e2e/site.js';
import { serveDist } from './bench-server.mjs';

const runs = Number(process.env.LIGHTHOUSE_RUNS || 5);
const only = process.env.LIGHTHOUSE_PAGES?.split(',');
const pages = PAGE_TYPES.filter(([name]) => !only || only.includes(name));
const site = await serveDist(Number(process.env.BENCH_PORT || 8282) + 100);
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    // The tests' own self-signed certificate (e2e/serve-dist.sh).
    '--ignore-certificate-errors',
  ],
});
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;

try {
  console.log(`Lighthouse 12.2.3, mobile, mediana di ${runs} esecuzioni per ogni valore (HTTPS, brotli)`);
  console.log('pagina              prestazioni     FCP       LCP      TBT     CLS   trasferiti');
  for (const [name, path] of pages) {
    const results = [];
    for (let i = 0; i < runs; i++) {
      const { lhr } = await lighthouse(`${site.https}${path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance'],
      });
      const audit = (id) => lhr.audits[id]?.numericValue ?? NaN;
      results.push({
        score: Math.round((lhr.categories.performance.score ?? 0) * 100),
        fcp: audit('first-contentful-paint'),
        lcp: audit('largest-contentful-paint'),
        tbt: audit('total-blocking-time'),
        cls: audit('cumulative-layout-shift'),
        bytes: audit('total-byte-weight'),
      });
    }
    // Each figure is the median of its runs: one slow task in one run
    // (a busy machine) moves no figure of the row.
    const row = Object.fromEntries(Object.keys(results[0]).map((key) => [key, median(results.map((r) => r[key]))]));
    console.log(
      `${name.padEnd(18)} ${String(row.score).padStart(8)}   ${seconds(row.fcp).padStart(8)} ${seconds(row.lcp).padStart(8)} ${`${Math.round(row.tbt)} ms`.padStart(8)} ${row.cls.toFixed(3).padStart(7)} ${`${(row.bytes / 1024).toFixed(1)} KiB`.padStart(12)}`,
    );
  }
  console.log('obiettivi (issue 16): prestazioni ≥ 98, FCP ≤ 1,2 s, LCP ≤ 1,5 s, TBT ≤ 50 ms, CLS 0');
} finally {
  await chrome.kill();
  site.stop();
}
