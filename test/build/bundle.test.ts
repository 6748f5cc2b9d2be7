/**
 * The bundles (dist/, as `npm run build` makes them) against the sources: fontkit's brotli decoder is left out
 * of every bundle (esbuild.mjs puts a stand-in in its place, since the letters embed TrueType, not WOFF2), and
 * the bundled CLI still writes every example's PDF byte for byte as the renderer run from source does.
 */
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { renderToBytes } from '../../server/src/node/export-file';
import { CLI, imrBytes, requireBuiltCli } from '../cli/run';
import { repoRoot } from '../helpers/corpus';

const EXAMPLES = path.join(repoRoot(), 'examples');
const BUNDLES = ['dist/server/main.js', 'dist/server/connection.js', 'dist/server/handlers.js', 'dist/exporters.js', 'dist/cli/imr.js', 'dist/cli/check-thread.js', 'dist/client/extension.js'];
/** 2017-01-27 12:00 UTC, as seconds for SOURCE_DATE_EPOCH: fixed dates make the PDF bytes repeatable */
const EPOCH = 1485518400;

describe('bundles', function () {
  this.timeout(120000);
  before(requireBuiltCli);

  // main.js is the small entry; the server answers `initialize` from connection.js alone; handlers.js shares the
  // connection's LSP library (one copy, so the connection's classes are the handlers' classes)
  it('split the language server: a small entry, the connection, the language core in handlers.js, one LSP library', () => {
    const read = (f: string) => fs.readFileSync(path.join(repoRoot(), f), 'utf8');
    const entry = read('dist/server/main.js');
    const connection = read('dist/server/connection.js');
    const handlers = read('dist/server/handlers.js');
    assert.ok(entry.length < 8 * 1024, `the entry is ${entry.length} bytes: it should only start the connection`);
    assert.ok(entry.startsWith('#!/usr/bin/env node') && entry.includes('connection.js') && !entry.includes('Content-Length'), 'main.js runs connection.js');
    assert.ok(connection.includes('Content-Length') && !handlers.includes('Content-Length'), 'the message framing (vscode-jsonrpc) is in connection.js only');
    assert.ok(handlers.includes('Low Back Complaints') && !connection.includes('Low Back Complaints'), 'the guideline catalogue is in handlers.js only');
    assert.ok(handlers.includes('require("./connection.js")') || handlers.includes("require('./connection.js')"), 'handlers.js takes the LSP library from connection.js');
    // connection.js and handlers.js may be compiled from a code cache (node/code-cache.ts), where a script has no
    // import() of its own: pdf.js is imported by the entry, which Node always compiles
    for (const [name, code] of [['connection.js', connection], ['handlers.js', handlers]]) {
      assert.ok(!/\bimport\(/.test(code), `${name} calls import(): it would fail when compiled from the code cache`);
    }
    assert.ok(entry.includes('../pdfjs/pdf.mjs') && entry.includes('../pdfjs/pdf.worker.mjs'), 'main.js imports pdf.js for the handlers');
    assert.ok(handlers.includes('require("./main.js").pdfJsModule') || handlers.includes("require('./main.js').pdfJsModule"), 'handlers.js imports pdf.js through main.js');
  });

  it('carry no brotli decoder (fontkit needs it only for WOFF2 fonts)', () => {
    for (const bundle of BUNDLES) {
      const file = path.join(repoRoot(), bundle);
      if (!fs.existsSync(file)) continue;
      const code = fs.readFileSync(file, 'utf8');
      // error messages of brotli's decoder, which minification keeps
      assert.ok(!code.includes('Invalid backward reference'), `${bundle} still holds brotli's decoder`);
      assert.ok(!code.includes('Invalid size nibble'), `${bundle} still holds brotli's decoder`);
    }
    const exporters = path.join(repoRoot(), 'dist', 'exporters.js');
    assert.ok(fs.readFileSync(exporters, 'utf8').includes('WOFF2 fonts are not supported'), 'the stand-in is in dist/exporters.js');
  });

  it('the bundled CLI writes each example PDF byte for byte as the renderer from source does', async () => {
    const letters = fs.readdirSync(EXAMPLES).filter((f) => f.endsWith('.imr')).sort();
    assert.ok(letters.length > 0, 'no examples to render');
    for (const name of letters) {
      const file = path.join(EXAMPLES, name);
      const bundled = imrBytes(['render', '-f', 'pdf', '-o', '-', file], { env: { SOURCE_DATE_EPOCH: String(EPOCH) } });
      assert.equal(bundled.code, 0, `${name}: ${bundled.stderr}`);
      const fromSource = await renderToBytes(fs.readFileSync(file, 'utf8'), 'pdf', { creationDate: new Date(EPOCH * 1000) });
      assert.ok(fromSource instanceof Uint8Array);
      assert.ok(bundled.stdout.equals(Buffer.from(fromSource)), `${name}: the bundled CLI's PDF (${bundled.stdout.byteLength} bytes) differs from the source renderer's (${fromSource.byteLength} bytes)`);
    }
  });
});
