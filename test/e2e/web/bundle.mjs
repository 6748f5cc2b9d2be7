// Bundles the web extension-host test runner (test/e2e/web/index.ts and the suites it loads) into one CommonJS
// module for the web worker extension host, which loads no node_modules: mocha's browser build is inlined,
// `vscode` is provided by the host, and `node:assert/strict` becomes test/e2e/web/assert.ts.
import * as esbuild from 'esbuild';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../../..');

await esbuild.build({
  entryPoints: [path.join(here, 'index.ts')],
  outfile: path.join(root, 'out/test/e2e/web-bundle/index.js'),
  bundle: true,
  format: 'cjs',
  platform: 'browser',
  target: 'es2022',
  external: ['vscode'],
  alias: { 'node:assert/strict': path.join(here, 'assert.ts') },
  sourcemap: 'inline',
  logLevel: 'warning',
});
