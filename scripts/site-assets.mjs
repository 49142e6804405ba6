// Prepares from the pinned bootstrap-italia package what the site serves
// itself, into target/site-assets (run by trunk before each build):
// - the CSS, compiled from style/bootstrap-italia.scss (only the components used);
// - the Titillium Web and Lora fonts (woff2 only);
// - a sprite with just the icons the code and the configuration name.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync, copyFileSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import * as sass from 'sass';

const root = new URL('..', import.meta.url).pathname;
const pkg = join(root, 'node_modules/bootstrap-italia/dist');
const out = join(root, 'target/site-assets');

mkdirSync(out, { recursive: true });
// Compiling takes seconds and trunk runs this hook on every rebuild of
// `trunk serve`: skip it while the inputs are the same. A content stamp, not
// file times: npm installs packages with the tarball's old timestamps.
const cssOut = join(out, 'bootstrap-italia.css');
const stampOut = join(out, 'bootstrap-italia.stamp');
const scssFile = join(root, 'style/bootstrap-italia.scss');
const stamp = createHash('sha256')
  .update(readFileSync(scssFile))
  .update(readFileSync(join(pkg, '../package.json')))
  .digest('hex');
if (!existsSync(cssOut) || !existsSync(stampOut) || readFileSync(stampOut, 'utf8') !== stamp) {
  const compiled = sass.compile(scssFile, {
    style: 'compressed',
    // Bootstrap Italia still uses @import and old colour functions: its
    // deprecation notices are not ours to fix and would bury real messages.
    quietDeps: true,
    silenceDeprecations: ['import', 'global-builtin', 'color-functions', 'abs-percent', 'if-function'],
  });
  writeFileSync(cssOut, compiled.css);
  writeFileSync(stampOut, stamp);
}
const css = readFileSync(cssOut, 'utf8');

// Titillium Web for headings and interface, Lora for running text (the
// Designers Italia model asks for both). Declared in style/fonts.css.
const fonts = [
  ...['300', 'regular', 'italic', '600', '700'].map((w) => `Titillium_Web/titillium-web-v10-latin-ext_latin-${w}.woff2`),
  ...['regular', 'italic', '700'].map((w) => `Lora/lora-v20-latin-ext_latin-${w}.woff2`),
];
const fontsOut = join(out, 'fonts');
mkdirSync(fontsOut, { recursive: true });
for (const font of fonts) copyFileSync(join(pkg, 'fonts', font), join(fontsOut, font.split('/')[1]));

function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}
const sources = [...filesUnder(join(root, 'src')), ...filesUnder(join(root, 'content')).filter((f) => f.endsWith('.toml'))];
const wanted = new Set();
for (const file of sources) {
  // `<Icon name="it-search"/>` in the code, `icona = "it-facebook"` in the configuration.
  for (const match of readFileSync(file, 'utf8').matchAll(/(?:name=|icona\s*=\s*|icon:\s*)"(it-[a-z0-9-]+)"/g)) wanted.add(match[1]);
}

const sprite = readFileSync(join(pkg, 'svg/sprites.svg'), 'utf8');
const symbols = [...sprite.matchAll(/<symbol\b[^>]*\bid="(it-[a-z0-9-]+)"[^>]*>[\s\S]*?<\/symbol>/g)];
const kept = symbols.filter((m) => wanted.has(m[1])).map((m) => m[0]);
const missing = [...wanted].filter((name) => !symbols.some((m) => m[1] === name));
if (missing.length) {
  console.error(`Icone non presenti in bootstrap-italia: ${missing.join(', ')}`);
  process.exit(1);
}
mkdirSync(join(out, 'svg'), { recursive: true });
writeFileSync(
  join(out, 'svg/sprites.svg'),
  `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">${kept.join('')}</svg>\n`,
);
console.log(`site-assets: CSS ${(css.length / 1024).toFixed(0)} KiB, ${fonts.length} font, ${kept.length} icone`);
