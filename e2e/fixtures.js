// Every test fails on a console error, an uncaught exception, or a request
// that leaves the local server (the site must load nothing from third parties).
import { test as base, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** The remote archive of content/sito.toml ([[archivi]]), intercepted in every test. */
export const REMOTE_ARCHIVE = 'https://archivi.provincia.sp.it';

export const test = base.extend({
  // A pattern of console errors a test provokes on purpose (e.g. an HTTP 503).
  expectedConsoleError: [null, { option: true }],
  page: async ({ page, baseURL, expectedConsoleError }, use) => {
    const problems = [];
    // The remote archive (its availability check and its search) is stood in
    // for here: such requests are answered locally and never leave the machine.
    // A test replaces this answer with its own page.route.
    await page.route(`${REMOTE_ARCHIVE}/**`, (route) => route.fulfill({ status: 204, body: '' }));
    page.on('console', (message) => {
      const text = message.text();
      if (message.type() === 'error' && !expectedConsoleError?.test(text)) {
        problems.push(`console error: ${text}`);
      }
    });
    page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
    page.on('request', (request) => {
      const url = request.url();
      const local = url.startsWith(`${baseURL}/`) || url.startsWith('data:') || url.startsWith(`${REMOTE_ARCHIVE}/`);
      if (!local) problems.push(`external request: ${url}`);
    });
    await use(page);
    expect(problems, 'console errors, exceptions or external requests').toEqual([]);
  },
});

export { expect };

/** Waits until the app has taken over the pre-rendered page and its content has rendered. */
export async function pageReady(page) {
  await expect(page.locator('html[data-app="avviata"]')).toBeAttached();
  await expect(page.locator('main h1')).toBeVisible();
  await expect(page.locator('.loading-status')).toHaveCount(0);
}

/** The wasm files the page requests from now on, in order (builder/src/bundles.rs: one bundle per page type). */
export function wasmRequests(page) {
  const seen = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.endsWith('.wasm')) seen.push(path);
  });
  return seen;
}

/** axe-core with the WCAG 2.0, 2.1 and 2.2 A and AA rules (2.2 adds target size, 2.5.8); a readable list on failure. */
export async function axeViolations(page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} → ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
