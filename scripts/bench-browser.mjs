// The browser of the benchmarks: Debian's Chromium, headless, never a
// downloaded one; page errors are collected so a broken run fails.
import { chromium } from '@playwright/test';

export async function openPage() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return { browser, page, errors };
}

/** Closes the browser; exits with an error when the page reported any. */
export async function finish({ browser, errors }) {
  await browser.close();
  if (errors.length) {
    console.error(`errori nella pagina: ${errors.join('; ')}`);
    process.exit(1);
  }
}
