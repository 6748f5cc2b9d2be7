// Bundles the three entry points: the VS Code client, the language server and the `imr` CLI.
// Each bundle is self-contained (only `vscode` stays external), so the .vsix ships no node_modules.
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import { fileURLToPath } from 'node:url';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

// `separateExporters`: the PDF and Word renderers stay out of the bundle, in dist/exporters.js (built once for
// both), required on the first export: the server and the CLI start without compiling pdfkit, fontkit and docx.
// `separatePdfJs`: likewise pdf.js, in dist/pdfjs/ (for importing PDFs; the server's import takes them too)
const entries = [
  { in: 'client/src/extension.ts', out: 'dist/client/extension.js' },
  { in: 'server/src/lsp/main.ts', out: 'dist/server/main.js', banner: '#!/usr/bin/env node', separateExporters: true, separatePdfJs: true },
  { in: 'server/src/cli/imr.ts', out: 'dist/cli/imr.js', banner: '#!/usr/bin/env node', separateExporters: true, separatePdfJs: true },
  // what a thread of `imr check --jobs N` runs: the parser and the rules only (see server/src/cli/check-thread.ts)
  { in: 'server/src/cli/check-thread.ts', out: 'dist/cli/check-thread.js' },
  { in: 'server/src/language/render/exporters.ts', out: 'dist/exporters.js' },
].filter((e) => fs.existsSync(e.in));

// fontkit (under pdfkit) loads brotli only to decode WOFF2 fonts; we embed TrueType, so a small stand-in
// replaces its 480 KB (see server/src/language/render/woff2-unsupported.ts)
const noWoff2 = {
  name: 'no-woff2',
  setup(build) {
    build.onResolve({ filter: /^brotli(\/decompress(\.js)?)?$/ }, () => ({ path: fileURLToPath(new URL('./server/src/language/render/woff2-unsupported.ts', import.meta.url)) }));
  },
};

/** `require('./exporters')` in render/export.ts becomes `require('../exporters.js')`: dist/exporters.js, beside dist/server and dist/cli. */
const exportersApart = {
  name: 'exporters-apart',
  setup(build) {
    build.onResolve({ filter: /^\.\/exporters$/ }, (args) => (/render[\\/]export\.ts$/.test(args.importer) ? { path: '../exporters.js', external: true } : undefined));
  },
};

/**
 * pdf.js (1.5 MB, for importing PDFs) stays out of the bundle too: server/src/node/pdf-text.ts imports it
 * dynamically, and here that import names dist/pdfjs/pdf.mjs and dist/pdfjs/pdf.worker.mjs, built below as ES modules.
 */
const pdfJsApart = {
  name: 'pdfjs-apart',
  setup(build) {
    build.onResolve({ filter: /^pdfjs-dist\/legacy\/build\/pdf(\.worker)?\.mjs$/ }, (args) => ({ path: `../pdfjs/${args.path.split('/').pop()}`, external: true }));
  },
};
const pdfJs = {
  entryPoints: ['node_modules/pdfjs-dist/legacy/build/pdf.mjs', 'node_modules/pdfjs-dist/legacy/build/pdf.worker.mjs'],
  outdir: 'dist/pdfjs',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
};

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
  plugins: [noWoff2, ...(e.separateExporters ? [exportersApart] : []), ...(e.separatePdfJs ? [pdfJsApart] : [])],
  // ESM dependencies (pdfkit, pdfjs) read import.meta.url, which a CJS bundle lacks: give it the bundle's own URL
  define: { 'import.meta.url': 'importMetaUrl' },
  banner: { js: `${e.banner ? `${e.banner}\n` : ''}var importMetaUrl = require('url').pathToFileURL(__filename).href;` },
})));
if (entries.some((e) => e.separatePdfJs)) contexts.push(await esbuild.context(pdfJs));

if (watch) {
  await Promise.all(contexts.map((c) => c.watch()));
} else {
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
  for (const e of entries) if (e.banner) fs.chmodSync(e.out, 0o755);
}
