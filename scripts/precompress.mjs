// Writes a brotli (.br) and a gzip (.gz) copy next to every text file of the
// built site, at the highest levels, so nginx serves them as they are
// (brotli_static, gzip_static) instead of compressing each request at a
// lower level. Old copies go first, so no copy outlives its file.
//   node scripts/precompress.mjs [DIR]     (default dist/)
// /admin/ is left out: another build hook writes it at the same time, and
// nginx compresses it on the fly.
import { readdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { extname, join, relative } from 'node:path';

const dir = process.argv[2] || new URL('../dist', import.meta.url).pathname;
const TEXT = new Set(['.html', '.js', '.mjs', '.wasm', '.css', '.json', '.xml', '.svg', '.txt', '.csv', '.ics', '.map']);
// Below this, the headers outweigh the saving (nginx's gzip_min_length too).
const MIN_BYTES = 512;

function* files(folder) {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (relative(dir, path) !== 'admin') yield* files(path);
    } else {
      yield path;
    }
  }
}

let raw = 0;
let brotli = 0;
let count = 0;
const all = [...files(dir)];
for (const path of all) {
  if (path.endsWith('.br') || path.endsWith('.gz')) unlinkSync(path);
}
for (const path of all) {
  if (!TEXT.has(extname(path)) || statSync(path).size < MIN_BYTES) continue;
  const bytes = readFileSync(path);
  const br = brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  });
  const gz = gzipSync(bytes, { level: 9 });
  // A copy larger than the file would only cost bytes.
  if (br.length < bytes.length) writeFileSync(`${path}.br`, br);
  if (gz.length < bytes.length) writeFileSync(`${path}.gz`, gz);
  raw += bytes.length;
  brotli += Math.min(br.length, bytes.length);
  count += 1;
}
const kib = (n) => `${(n / 1024).toFixed(0)} KiB`;
console.log(`precompressi: ${count} file, ${kib(raw)} → ${kib(brotli)} con brotli`);
