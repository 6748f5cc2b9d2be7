// Bundles the entry points: the VS Code client, the language server and the `imr` CLI for Node, and the web
// extension (client + language server in a web worker) for VS Code for the Web, from the same sources.
// Each bundle is self-contained (only `vscode` stays external), so the .vsix ships no node_modules.
// A production build writes each bundle's esbuild metafile to dist/meta/ (what is inside, by input), which
// `npm run bench` reads to report the client's size.
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { leanLanguageClient, privateProperties, webExportersOnDemand, webNlpOnDemand } from './scripts/build/plugins.mjs';

const production = process.argv.includes('--production');
// the version and the repository's address, set once in package.json, are written into the bundles (server/src/package-info.ts)
const manifest = JSON.parse(fs.readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const repository = String(manifest.repository?.url ?? manifest.repository ?? '').replace(/^git\+/, '').replace(/\.git$/, '');
const PACKAGE_INFO = { IMR_VERSION: JSON.stringify(manifest.version), IMR_REPOSITORY: JSON.stringify(repository) };
const watch = process.argv.includes('--watch');

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
 * pdf.js (1.5 MB, for importing PDFs) stays out of the Node bundles too: server/src/node/pdf-text.ts imports it
 * dynamically, and here that import names dist/pdfjs/pdf.mjs and dist/pdfjs/pdf.worker.mjs, built below as ES modules.
 */
const pdfJsApart = {
  name: 'pdfjs-apart',
  setup(build) {
    build.onResolve({ filter: /^pdfjs-dist\/legacy\/build\/pdf(\.worker)?\.mjs$/ }, (args) => ({ path: `../pdfjs/${args.path.split('/').pop()}`, external: true }));
  },
};

/**
 * The NLP library (compromise, used only for the public copy) in a file of its own, dist/nlp/compromise.js, so
 * starting the server or the CLI never parses it: `require('compromise')` in a Node bundle becomes
 * `require('../nlp/compromise.js')`, beside dist/server and dist/cli. (The web bundles carry it inside.)
 */
const nlpBesideBundles = {
  name: 'nlp-beside-bundles',
  setup(build) {
    build.onResolve({ filter: /^compromise$/ }, (args) => (args.importer.includes('node_modules') ? undefined : { path: '../nlp/compromise.js', external: true }));
  },
};

/**
 * The Node language server in three files: dist/server/main.js (node/main.ts), the small entry, which runs
 * dist/server/connection.js (lsp/main.ts), the connection, which answers `initialize`; and
 * dist/server/handlers.js (node/server-handlers.ts), the handlers and the language core, required by the
 * connection once the answer is written. The entry and the connection compile the next file from the code cache
 * when the client gives one (node/code-cache.ts). `handlersApart` sends the connection's requires of the handlers
 * there; `lspFromMain` gives handlers.js the LSP library the connection exports (and pdf.js's import(), from the
 * entry), as one copy: the connection compares its own classes (ResponseError, ParameterStructures) by identity.
 */
const handlersApart = {
  name: 'handlers-apart',
  setup(build) {
    build.onResolve({ filter: /^\.\/handlers$|^\.\.\/node\/server-handlers$/ }, (args) => (/lsp[\\/](server|main)\.ts$/.test(args.importer) ? { path: './handlers.js', external: true } : undefined));
  },
};
/** what handlers.js takes from the bundles before it, and from which */
const FROM_MAIN = { lsp: 'connection.js', pdfJsModule: 'main.js' };
const lspFromMain = {
  name: 'lsp-from-main',
  setup(build) {
    build.onResolve({ filter: /^(vscode-languageserver|vscode-languageserver-protocol|vscode-jsonrpc)(\/node)?$/ }, () => ({ path: 'lsp', namespace: 'lsp-from-main' }));
    // pdf.js's import() from the entry: connection.js and handlers.js may be compiled from a code cache, where a
    // script has no import() of its own
    build.onResolve({ filter: /^\.\/pdfjs-module$/ }, () => ({ path: 'pdfJsModule', namespace: 'lsp-from-main' }));
    build.onResolve({ filter: /^\.\/(connection|main)\.js$/, namespace: 'lsp-from-main' }, (args) => ({ path: args.path, external: true }));
    build.onLoad({ filter: /.*/, namespace: 'lsp-from-main' }, (args) => ({ contents: `module.exports = require('./${FROM_MAIN[args.path]}').${args.path};`, loader: 'js' }));
  },
};

/**
 * The desktop client in two files: dist/client/extension.js, what activation loads (the language client and the
 * registrations), and dist/client/features.js (client/src/features.ts: the commands' work and the preview panel),
 * which extension.ts requires on first use.
 */
const featuresApart = {
  name: 'features-apart',
  setup(build) {
    build.onResolve({ filter: /^\.\/features$/ }, (args) => (/client[\\/]src[\\/]extension\.ts$/.test(args.importer) ? { path: './features.js', external: true } : undefined));
  },
};

// ESM dependencies (pdfkit, pdfjs) read import.meta.url, which a CJS bundle lacks: give it the bundle's own URL.
// `apart`: the PDF and Word renderers (dist/exporters.js) and pdf.js (dist/pdfjs/) are loaded on first use, so the
// server and the CLI start without compiling pdfkit, fontkit, docx or pdf.js.
const nodeOptions = (banner, apart = false) => ({
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  define: { 'import.meta.url': 'importMetaUrl', ...PACKAGE_INFO },
  banner: { js: `${banner ? `${banner}\n` : ''}var importMetaUrl = require('url').pathToFileURL(__filename).href;` },
  plugins: [noWoff2, nlpBesideBundles, ...(apart ? [exportersApart, pdfJsApart] : [])],
});

// The web extension host loads a CommonJS module; the language server is a classic worker script. Neither has
// Node: `process`, `Buffer` and Node's modules must not be needed (a build that needs them fails here).
const webOptions = (format, plugins = []) => ({
  format,
  platform: 'browser',
  target: 'es2022',
  mainFields: ['browser', 'module', 'main'],
  conditions: ['browser'],
  // ESM dependencies build URLs from import.meta.url at load time (pdfkit's colour profile, never fetched here).
  // VS Code starts the worker from a blob: URL, which cannot be a base URL, so give them the script's http(s)
  // address when there is one and a placeholder otherwise
  define: { 'import.meta.url': 'importMetaUrl', ...PACKAGE_INFO },
  banner: { js: "var importMetaUrl = typeof location !== 'undefined' && /^https?:/.test(location.href) ? location.href : 'https://imr.invalid/';" },
  plugins: [noWoff2, ...plugins],
});

const withPlugins = (options, ...plugins) => ({ ...options, plugins: [...options.plugins, ...plugins] });
const withDefine = (options, define) => ({ ...options, define: { ...options.define, ...define } });

// The clients: the language client without the features the server does not offer (scripts/build/lean-language-client.mjs),
// its private fields renamed short (scripts/build/private-properties.mjs)
const clientOptions = (options) => withPlugins(options, leanLanguageClient, privateProperties);

const entries = [
  { in: 'client/src/extension.ts', out: 'dist/client/extension.js', ...withPlugins(clientOptions(nodeOptions()), featuresApart) },
  // no language client in it, so no private field to rename (each bundle would rename on its own)
  { in: 'client/src/features.ts', out: 'dist/client/features.js', ...nodeOptions() },
  // the entry: small, so it compiles at once and runs the connection from the code cache (node/code-cache.ts)
  { in: 'server/src/node/main.ts', out: 'dist/server/main.js', executable: true, ...withDefine(nodeOptions('#!/usr/bin/env node', true), { IMR_CONNECTION_BUNDLE: JSON.stringify('connection.js') }) },
  { in: 'server/src/lsp/main.ts', out: 'dist/server/connection.js', ...withDefine(withPlugins(nodeOptions(undefined, true), handlersApart), { IMR_HANDLERS_BUNDLE: JSON.stringify('handlers.js') }) },
  { in: 'server/src/node/server-handlers.ts', out: 'dist/server/handlers.js', ...withPlugins(nodeOptions(undefined, true), lspFromMain) },
  { in: 'server/src/cli/imr.ts', out: 'dist/cli/imr.js', executable: true, ...nodeOptions('#!/usr/bin/env node', true) },
  // what a thread of `imr check --jobs N` runs: the parser and the rules only (see server/src/cli/check-thread.ts)
  { in: 'server/src/cli/check-thread.ts', out: 'dist/cli/check-thread.js', ...nodeOptions() },
  { in: 'server/src/language/render/exporters.ts', out: 'dist/exporters.js', ...nodeOptions() },
  { in: 'node_modules/compromise/builds/three/compromise-three.cjs', out: 'dist/nlp/compromise.js', ...nodeOptions() },
  { in: 'client/src/web/extension.ts', out: 'dist/web/extension.js', ...clientOptions(webOptions('cjs')) },
  { in: 'server/src/web/main.ts', out: 'dist/web/server.js', ...webOptions('iife', [webExportersOnDemand, webNlpOnDemand]) },
  // loaded by the web server on first use (server/src/web/lazy-scripts.ts): the PDF and Word renderers, pdf.js, compromise
  { in: 'server/src/web/exporters.ts', out: 'dist/web/exporters.js', ...webOptions('iife') },
  { in: 'server/src/web/pdf-reader.ts', out: 'dist/web/pdf-reader.js', ...webOptions('iife') },
  { in: 'server/src/web/nlp.ts', out: 'dist/web/nlp.js', ...webOptions('iife') },
].filter((e) => fs.existsSync(e.in));

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
const pdfJsContext = await esbuild.context(pdfJs);

if (watch) {
  await Promise.all([...contexts, pdfJsContext].map((c) => c.watch()));
} else {
  const results = await Promise.all(contexts.map((c) => c.rebuild()));
  await pdfJsContext.rebuild();
  await Promise.all([...contexts, pdfJsContext].map((c) => c.dispose()));
  entries.forEach((e, i) => {
    if (e.executable) fs.chmodSync(e.out, 0o755);
    if (results[i].metafile) {
      const meta = path.join('dist', 'meta', `${e.out.replace(/^dist\//, '').replace(/\//g, '-').replace(/\.js$/, '')}.json`);
      fs.mkdirSync(path.dirname(meta), { recursive: true });
      fs.writeFileSync(meta, JSON.stringify(results[i].metafile));
    }
  });
}
