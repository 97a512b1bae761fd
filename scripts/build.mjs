// Builds everything with esbuild: the Apps Script bundle in dist/ (one es2020 file plus the manifest) and the Node CLI in build/.
// Apps Script only sees top-level function declarations, so the add-on is an IIFE and one forwarding stub is appended
// per export of its entry module (read from esbuild's metafile): nothing else becomes a top-level function.

import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { bundleForNode } from './nodeBundle.mjs';
import { thaiOnly } from './thaiOnly.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const ADDON_GLOBAL = 'KhongdeeAddon';
// every sidebar call and menu action loads the whole file; docs/performance.md says what fills it
const BUNDLE_BUDGET_BYTES = 300 * 1024;

/** The entry module's exports, as esbuild's metafile lists them (it lists exports for ES module output only). */
async function entryExports(entry) {
  const probe = await build({
    entryPoints: [join(root, entry)],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    metafile: true,
    write: false,
    outdir: 'probe',
  });
  return [...Object.values(probe.metafile.outputs).find((o) => o.entryPoint).exports].sort();
}

async function buildAppsScript(entry, outDir, manifest) {
  const entries = await entryExports(entry);
  const result = await build({
    entryPoints: [join(root, entry)],
    bundle: true,
    format: 'iife',
    globalName: ADDON_GLOBAL,
    target: 'es2020',
    platform: 'browser',
    charset: 'utf8',
    legalComments: 'none',
    // every sidebar call loads the whole file: fully minified, Thai text only; the source map (kept out of the pushed
    // folder) turns a stack trace's Code:line:column back into the source
    minify: true,
    plugins: [thaiOnly],
    sourcemap: 'external',
    write: false,
    outfile: join(outDir, 'Code.js'),
  });
  const mapFile = result.outputFiles.find((f) => f.path.endsWith('.map'));
  const jsFile = result.outputFiles.find((f) => f.path.endsWith('.js'));
  const stubs = entries
    .map((name) => `function ${name}() {\n  return ${ADDON_GLOBAL}.${name}.apply(this, arguments);\n}\n`)
    .join('');
  const code = `${jsFile.text.replace(/\n\/\/# sourceMappingURL=.*\n?$/, '\n')}\n${stubs}`;
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'Code.js'), code);
  copyFileSync(join(root, manifest), join(outDir, 'appsscript.json'));
  mkdirSync(join(root, 'build', 'sourcemaps'), { recursive: true });
  writeFileSync(
    join(root, 'build', 'sourcemaps', `${outDir.slice(root.length + 1).replace(/[\\/]/g, '-')}-Code.js.map`),
    mapFile.text,
  );
  const size = Buffer.byteLength(code);
  console.log(
    `${join(outDir, 'Code.js').slice(root.length + 1)}: ${(size / 1024).toFixed(1)} KB (budget ${BUNDLE_BUDGET_BYTES / 1024} KB), entry functions: ${entries.join(', ')}`,
  );
  if (size > BUNDLE_BUDGET_BYTES) throw new Error(`Apps Script bundle is over budget: ${size} bytes`);
}

/**
 * A page the add-on shows (the entry sidebar, a dialog) as one self-contained HTML file, pushed by clasp as an
 * HTML file of that name: its main.ts bundled as an es2020 IIFE and its page.css (with what it imports) inlined into
 * its template, so the page fetches nothing.
 */
async function buildPage(srcDir, name, outDir) {
  const dir = join(root, srcDir);
  const bundled = await build({
    entryPoints: [join(dir, 'main.ts')],
    bundle: true,
    format: 'iife',
    target: 'es2020',
    platform: 'browser',
    minify: true,
    charset: 'utf8',
    legalComments: 'none',
    write: false,
    outfile: 'page.js',
  });
  const script = bundled.outputFiles[0].text.trim();
  // the script sits inside <script>: a closing tag or comment opener in it would end it early
  if (/<\/script|<!--/i.test(script)) throw new Error(`the ${name} bundle contains </script or <!--`);
  const template = readFileSync(join(dir, `${name}.html`), 'utf8');
  if (!template.includes('/* PAGE_STYLE */') || !template.includes('/* PAGE_SCRIPT */'))
    throw new Error(`${srcDir}/${name}.html lost its markers`);
  // esbuild inlines the page's @import of the shared palette (src/client/palette.css)
  const styled = await build({ entryPoints: [join(dir, 'page.css')], bundle: true, write: false, outfile: 'page.css' });
  const css = styled.outputFiles[0].text;
  const html = template.replace('/* PAGE_STYLE */', () => css.trim()).replace('/* PAGE_SCRIPT */', () => script);
  writeFileSync(join(outDir, `${name}.html`), html);
  console.log(
    `${join(outDir, `${name}.html`).slice(root.length + 1)}: ${(Buffer.byteLength(html) / 1024).toFixed(1)} KB (loaded by the browser; not part of the Code.js budget)`,
  );
}

async function buildNode(entry, outfile) {
  await bundleForNode(join(root, entry), join(root, outfile));
}

await buildAppsScript('src/addon/main.ts', join(root, 'dist'), 'appsscript.json');
await buildPage('src/sidebar', 'Sidebar', join(root, 'dist'));
await buildPage('src/registryDialog', 'RegistryDialog', join(root, 'dist'));
await buildPage('src/mapDialog', 'MapDialog', join(root, 'dist'));
await buildPage('src/reviewSidebar', 'ReviewSidebar', join(root, 'dist'));
// the small dialogs share one script and one style; each page names its dialog
for (const name of ['PeriodDialog', 'FollowupDialog', 'SetupDialog', 'CertifyDialog'])
  await buildPage('src/smallDialogs', name, join(root, 'dist'));
// the central consolidation script: same source, its own entry module, manifest (full spreadsheets scope) and clasp folder
await buildAppsScript('src/central/main.ts', join(root, 'central', 'dist'), 'central/appsscript.json');
// the fidelity probe: a throwaway spreadsheet's script recording what only real Google can confirm (tests/fidelity)
await buildAppsScript('src/probe/main.ts', join(root, 'probe', 'dist'), 'probe/appsscript.json');
await buildNode('src/cli/main.ts', 'build/cli.js');
await buildNode('bench/bench.ts', 'build/bench.js');
await buildNode('scripts/preview/main.ts', 'build/preview.js');
