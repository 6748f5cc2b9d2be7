// Bundles the three entry points: the VS Code client, the language server and the `imr` CLI.
// Each bundle is self-contained (only `vscode` stays external), so the .vsix ships no node_modules.
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';

const production = process.argv.includes('--production');
// the version and the repository's address, set once in package.json, are written into the bundles (server/src/package-info.ts)
const manifest = JSON.parse(fs.readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const repository = String(manifest.repository?.url ?? manifest.repository ?? '').replace(/^git\+/, '').replace(/\.git$/, '');
const watch = process.argv.includes('--watch');

const entries = [
  { in: 'client/src/extension.ts', out: 'dist/client/extension.js' },
  { in: 'server/src/lsp/main.ts', out: 'dist/server/main.js', banner: '#!/usr/bin/env node' },
  { in: 'server/src/cli/imr.ts', out: 'dist/cli/imr.js', banner: '#!/usr/bin/env node' },
].filter((e) => fs.existsSync(e.in));

const contexts = await Promise.all(entries.map((e) => esbuild.context({
  entryPoints: [e.in],
  outfile: e.out,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  external: ['vscode'],
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  legalComments: 'none',
  logLevel: 'warning',
  // ESM dependencies (pdfkit, pdfjs) read import.meta.url, which a CJS bundle lacks: give it the bundle's own URL
  define: { 'import.meta.url': 'importMetaUrl', IMR_VERSION: JSON.stringify(manifest.version), IMR_REPOSITORY: JSON.stringify(repository) },
  banner: { js: `${e.banner ? `${e.banner}\n` : ''}var importMetaUrl = require('url').pathToFileURL(__filename).href;` },
})));

if (watch) {
  await Promise.all(contexts.map((c) => c.watch()));
} else {
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
  for (const e of entries) if (e.banner) fs.chmodSync(e.out, 0o755);
}
