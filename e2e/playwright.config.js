// End-to-end tests: Debian's Chromium (never a downloaded browser) against the
// release build in dist/, served by nginx with the sample configuration.
import { defineConfig } from '@playwright/test';

export const PORT = Number(process.env.E2E_PORT || 8181);
// The same site over HTTPS, and the editors' own origin (e2e/serve-dist.sh).
export const TLS_PORT = PORT + 10;
export const REDAZIONE_PORT = PORT + 11;
// The mail catcher of the booking e-mails (e2e/smtp-catcher.mjs), and where
// it lists what it caught.
export const SMTP_PORT = PORT + 20;
export const MAILBOX = `http://127.0.0.1:${PORT + 21}/messaggi`;
// The editors' view of the receiving service (e2e/serve-dist.sh).
export const EDITORS = { username: 'redazione', password: 'redazione' };

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
  webServer: [
    {
      command: `node smtp-catcher.mjs ${SMTP_PORT} ${PORT + 21}`,
      url: MAILBOX,
      reuseExistingServer: false,
      timeout: 10_000,
    },
    {
      // The site and, behind the same nginx, the receiving service on a
      // fresh SQLite folder (or PostgreSQL with RICEZIONE_POSTGRES set).
      command: 'bash serve-dist.sh',
      env: {
        PORT: String(PORT),
        TLS_PORT: String(TLS_PORT),
        REDAZIONE_PORT: String(REDAZIONE_PORT),
        SMTP_PORT: String(SMTP_PORT),
        RICEZIONE_DATI: `${process.cwd()}/../target/ricezione-e2e`,
        RICEZIONE_FRESCO: '1',
        RICEZIONE_PASSWORD: EDITORS.password,
        ...(process.env.RICEZIONE_POSTGRES ? { RICEZIONE_POSTGRES: process.env.RICEZIONE_POSTGRES } : {}),
      },
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: false,
      timeout: 20_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
