// Bundles the entry points: the VS Code client, the language server and the `imr` CLI for Node, and the web
// extension (client + language server in a web worker) for VS Code for the Web, from the same sources.
// Each bundle is self-contained (only `vscode` stays external), so the .vsix ships no node_modules.
// A production build writes each bundle's esbuild metafile to dist/meta/ (what is inside, by input), which
// `npm run bench` reads to report the client's size.
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

// ESM dependencies (pdfkit, pdfjs) read import.meta.url, which a CJS bundle lacks: give it the bundle's own URL
const nodeOptions = (banner) => ({
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  define: { 'import.meta.url': 'importMetaUrl' },
  banner: { js: `${banner ? `${banner}\n` : ''}var importMetaUrl = require('url').pathToFileURL(__filename).href;` },
});

// The web extension host loads a CommonJS module; the language server is a classic worker script. Neither has
// Node: `process`, `Buffer` and Node's modules must not be needed (a build that needs them fails here).
const webOptions = (format) => ({
  format,
  platform: 'browser',
  target: 'es2022',
  mainFields: ['browser', 'module', 'main'],
  conditions: ['browser'],
  // ESM dependencies build URLs from import.meta.url at load time (pdfkit's colour profile, never fetched here).
  // VS Code starts the worker from a blob: URL, which cannot be a base URL, so give them the script's http(s)
  // address when there is one and a placeholder otherwise
  define: { 'import.meta.url': 'importMetaUrl' },
  banner: { js: "var importMetaUrl = typeof location !== 'undefined' && /^https?:/.test(location.href) ? location.href : 'https://imr.invalid/';" },
  // the letter fonts travel inside the worker script as bytes (server/src/web/fonts.ts)
  loader: { '.ttf': 'binary' },
});

const entries = [
  { in: 'client/src/extension.ts', out: 'dist/client/extension.js', ...nodeOptions() },
  { in: 'server/src/lsp/main.ts', out: 'dist/server/main.js', executable: true, ...nodeOptions('#!/usr/bin/env node') },
  { in: 'server/src/cli/imr.ts', out: 'dist/cli/imr.js', executable: true, ...nodeOptions('#!/usr/bin/env node') },
  { in: 'client/src/web/extension.ts', out: 'dist/web/extension.js', ...webOptions('cjs') },
  { in: 'server/src/web/main.ts', out: 'dist/web/server.js', ...webOptions('iife') },
  // loaded by the web server on first use (server/src/web/lazy-scripts.ts)
  { in: 'server/src/web/exporters.ts', out: 'dist/web/exporters.js', ...webOptions('iife') },
  { in: 'server/src/web/pdf-reader.ts', out: 'dist/web/pdf-reader.js', ...webOptions('iife') },
].filter((e) => fs.existsSync(e.in));

const contexts = await Promise.all(entries.map(({ in: input, out, executable, ...options }) => esbuild.context({
  entryPoints: [input],
  outfile: out,
  bundle: true,
  external: ['vscode'],
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  legalComments: 'none',
  logLevel: 'warning',
  metafile: production,
  ...options,
})));

if (watch) {
  await Promise.all(contexts.map((c) => c.watch()));
} else {
  const results = await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
  entries.forEach((e, i) => {
    if (e.executable) fs.chmodSync(e.out, 0o755);
    if (results[i].metafile) {
      const meta = path.join('dist', 'meta', `${e.out.replace(/^dist\//, '').replace(/\//g, '-').replace(/\.js$/, '')}.json`);
      fs.mkdirSync(path.dirname(meta), { recursive: true });
      fs.writeFileSync(meta, JSON.stringify(results[i].metafile));
    }
  });
}
