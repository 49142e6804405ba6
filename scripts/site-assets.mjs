// Prepares from the pinned bootstrap-italia package what the site serves
// itself, into target/site-assets (run by trunk before each build):
// - the CSS, compiled from style/bootstrap-italia.scss (only the components
//   used), then only the rules whose classes and elements the site writes;
// - the Titillium Web and Lora fonts (woff2 only), cut down to the Latin
//   characters Italian text and names use;
// - a sprite with just the icons the code and the configuration name.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import * as sass from 'sass';
import subsetFont from 'subset-font';
import { PurgeCSS } from 'purgecss';

const root = new URL('..', import.meta.url).pathname;
const pkg = join(root, 'node_modules/bootstrap-italia/dist');
const out = join(root, 'target/site-assets');

mkdirSync(out, { recursive: true });
// Compiling takes seconds and trunk runs this hook on every rebuild of
// `trunk serve`: skip it while the inputs are the same. A content stamp, not
// file times: npm installs packages with the tarball's old timestamps.
const compiledOut = join(out, 'bootstrap-italia.full.css');
const cssOut = join(out, 'bootstrap-italia.css');
const stampOut = join(out, 'bootstrap-italia.stamp');
const scssFile = join(root, 'style/bootstrap-italia.scss');
const stamp = createHash('sha256')
  .update(readFileSync(scssFile))
  .update(readFileSync(join(pkg, '../package.json')))
  .digest('hex');
if (!existsSync(compiledOut) || !existsSync(stampOut) || readFileSync(stampOut, 'utf8') !== stamp) {
  const compiled = sass.compile(scssFile, {
    style: 'compressed',
    // Bootstrap Italia still uses @import and old colour functions: its
    // deprecation notices are not ours to fix and would bury real messages.
    quietDeps: true,
    silenceDeprecations: ['import', 'global-builtin', 'color-functions', 'abs-percent', 'if-function'],
  });
  writeFileSync(compiledOut, compiled.css);
  writeFileSync(stampOut, stamp);
}
// Even the components used carry rules for classes the site never writes
// (about 80 % of the file): every page would block on them. PurgeCSS keeps a
// rule when its class, element or attribute names appear as words in what
// writes the markup: the components and routes, the builder (Markdown, feeds),
// the content, the page template and the loader (its error message). A class
// built by concatenation would be missed: the code writes class names whole.
const [purged] = await new PurgeCSS().purge({
  content: [
    join(root, 'src/**/*.rs'),
    join(root, 'builder/src/**/*.rs'),
    join(root, 'content/**/*.{md,yaml,toml}'),
    join(root, 'index.html'),
    join(root, 'public/**/*.js'),
  ],
  css: [{ raw: readFileSync(compiledOut, 'utf8') }],
  variables: true,
  // The Designers Italia checker reads this one, though no rule uses it.
  safelist: { variables: ['--bootstrap-italia-version'] },
  keyframes: true,
  fontFace: true,
});
writeFileSync(cssOut, purged.css);
const css = purged.css;

// Titillium Web for headings and interface, Lora for running text (the
// Designers Italia model asks for both). Declared in style/fonts.css.
const fonts = [
  ...['300', 'regular', 'italic', '600', '700'].map((w) => `Titillium_Web/titillium-web-v10-latin-ext_latin-${w}.woff2`),
  ...['regular', 'italic', '700'].map((w) => `Lora/lora-v20-latin-ext_latin-${w}.woff2`),
];
// The package's files hold Latin Extended too (Vietnamese, Romanian…):
// about a third of each file that an Italian site never draws. Kept: ASCII,
// Latin-1, the letters of the most frequent foreign names (Latin Extended-A
// whole would give back half the saving), and the typographic punctuation
// editors type. A character outside falls back to a system font for that
// character only.
const range = (from, to) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i)).join('');
const characters = `${range(0x20, 0x7e)}${range(0xa0, 0xff)}ČčĆćĐđŁłŃńŚśŠšŹźŽžŻżŘřĚěŮůŒœŸĞğŞşİı€‘’‚“”„–—…•·′″‹›`;
const fontsOut = join(out, 'fonts');
const fontsStamp = join(out, 'fonts.stamp');
const fontsKey = createHash('sha256').update(characters).update(readFileSync(join(pkg, '../package.json'))).digest('hex');
mkdirSync(fontsOut, { recursive: true });
if (!existsSync(fontsStamp) || readFileSync(fontsStamp, 'utf8') !== fontsKey) {
  for (const font of fonts) {
    const subset = await subsetFont(readFileSync(join(pkg, 'fonts', font)), characters, { targetFormat: 'woff2' });
    writeFileSync(join(fontsOut, font.split('/')[1]), subset);
  }
  writeFileSync(fontsStamp, fontsKey);
}

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
