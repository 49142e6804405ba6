// The built site for the browser benchmarks (bench-size, bench-lighthouse):
// dist/ through e2e/serve-dist.sh, over HTTP on `port` and HTTPS on
// `port + 10` (Chromium asks for brotli over HTTPS only), once it answers.
import { spawn } from 'node:child_process';

const root = new URL('..', import.meta.url).pathname;

/** Starts the server; `https` is its HTTPS address, `stop()` ends it. */
export async function serveDist(port) {
  const tlsPort = port + 10;
  const server = spawn('bash', [`${root}e2e/serve-dist.sh`], {
    env: { ...process.env, PORT: String(port), TLS_PORT: String(tlsPort) },
    stdio: 'ignore',
  });
  for (let i = 0; i < 50; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) break;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  return { https: `https://127.0.0.1:${tlsPort}`, stop: () => server.kill() };
}
