import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { PAGE_TYPES } from '../e2e/site.js';
import { serveDist } from './bench-server.mjs';
const only = process.env.LIGHTHOUSE_PAGES?.split(',');
const pages = PAGE_TYPES.filter(([name]) => !only || only.includes(name));
const site = await serveDist(8482);
const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: ['--headless=new','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--no-first-run','--ignore-certificate-errors'] });
try {
  for (const [name, path] of pages) {
    for (let i = 0; i < 2; i++) {
      const { lhr } = await lighthouse(`${site.https}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
      console.log(name, 'TBT', Math.round(lhr.audits['total-blocking-time'].numericValue));
      for (const t of lhr.audits['long-tasks'].details?.items ?? []) console.log('  long', Math.round(t.startTime), Math.round(t.duration), t.url);
      for (const t of lhr.audits['bootup-time'].details?.items ?? []) console.log('  boot', t.url, Math.round(t.total), Math.round(t.scripting), Math.round(t.scriptParseCompile));
      for (const t of lhr.audits['mainthread-work-breakdown'].details?.items ?? []) console.log('  work', t.group, Math.round(t.duration));
    }
  }
} finally { await chrome.kill(); await site.close?.(); process.exit(0); }
