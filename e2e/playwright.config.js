// End-to-end tests: Debian's Chromium (never a downloaded browser) against the
// release build in dist/, served by nginx with the sample configuration.
import { defineConfig } from '@playwright/test';

export const PORT = Number(process.env.E2E_PORT || 8181);
// The same site over HTTPS, and the editors' own origin (e2e/serve-dist.sh).
export const TLS_PORT = PORT + 10;
export const REDAZIONE_PORT = PORT + 11;

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.js',
  outputDir: 'test-results',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/results.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    locale: 'it-IT',
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
        '--disable-quic',
      ],
    },
    screenshot: 'only-on-failure',
  },
  webServer: {
    command: 'bash serve-dist.sh',
    env: { PORT: String(PORT), TLS_PORT: String(TLS_PORT), REDAZIONE_PORT: String(REDAZIONE_PORT) },
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 20_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
