// The server sends the security headers of the nginx sample and the site
// runs under its Content-Security-Policy (violations would be console errors,
// which fail every test).
import { test, expect, pageReady } from './fixtures.js';

test('intestazioni di sicurezza e cache', async ({ page, request }) => {
  const response = await page.goto('/servizi');
  const headers = response.headers();
  expect(headers['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(headers['content-security-policy']).not.toContain('unsafe-inline');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['cache-control']).toBe('no-cache');
  await pageReady(page);

  const wasm = await page.evaluate(() => document.querySelector('script[data-wasm]').dataset.wasm);
  const asset = await request.get(wasm, { headers: { 'Accept-Encoding': 'gzip' } });
  expect(asset.headers()['content-type']).toBe('application/wasm');
  expect(asset.headers()['content-encoding']).toBe('gzip');
  expect(asset.headers()['cache-control']).toBe('max-age=31536000');
  expect(asset.headers()['content-security-policy']).toBeTruthy();
});

test('nessuno script o stile in linea nella pagina', async ({ page }) => {
  await page.goto('/');
  await pageReady(page);
  // Data blocks (the page's embedded data, JSON-LD) are never executed.
  const inline = page.locator('script:not([src]):not([type="application/json"]):not([type="application/ld+json"])');
  expect(await inline.count()).toBe(0);
  expect(await page.locator('script[type="application/json"], script[type="application/ld+json"]').count()).toBeGreaterThan(0);
  expect(await page.locator('[style]').count()).toBe(0);
  expect(await page.locator('style').count()).toBe(0);
});
