// Writes the editors' tool into <dist>/admin (run by trunk after each build,
// before the content step): Decap CMS from the pinned npm package in cms/
// (no CDN), its configuration, the preview script, and a page that names
// the site's own stylesheets so the preview looks like the site.
import { existsSync, mkdirSync, readFileSync, readdirSync, copyFileSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const dist = process.env.TRUNK_STAGING_DIR || join(root, 'dist');
const bundle = join(root, 'cms/node_modules/decap-cms/dist');
const out = join(dist, 'admin');

if (!existsSync(join(bundle, 'decap-cms.js'))) {
  console.error('cms-assets: manca Decap CMS in cms/node_modules: esegui scripts/setup');
  process.exit(1);
}
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
// The bundle and the chunks it loads on demand; not the source maps.
for (const name of readdirSync(bundle)) {
  if (/(^|\.)decap-cms\.js$|\.wasm$|^decap-cms\.js\.LICENSE\.txt$/.test(name)) {
    copyFileSync(join(bundle, name), join(out, name));
  }
}
copyFileSync(join(root, 'cms/config.yml'), join(out, 'config.yml'));
copyFileSync(join(root, 'cms/preview.js'), join(out, 'preview.js'));
copyFileSync(join(root, 'cms/avvio.js'), join(out, 'avvio.js'));

// trunk's page names the stylesheets with their content hash.
const shell = readFileSync(join(dist, 'index.html'), 'utf8');
// Minified by trunk in release builds: attributes may be unquoted.
const styles = [...shell.matchAll(/<link[^>]*\bhref="?([^"\s>]+\.css)"?[^>]*>/g)].map((m) => m[1]);
if (styles.length === 0) {
  console.error('cms-assets: nessun foglio di stile in index.html: l\'anteprima non avrebbe lo stile del sito');
  process.exit(1);
}
const metas = styles.map((href) => `<meta name="site-style" content="${href}">`).join('\n    ');
const page = readFileSync(join(root, 'cms/index.html'), 'utf8').replace('<!-- SITE_STYLES -->', metas);
writeFileSync(join(out, 'index.html'), page);
console.log(`cms-assets: /admin con Decap CMS e ${styles.length} fogli di stile per l'anteprima`);
