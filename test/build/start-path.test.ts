/**
 * What starting loads: the language server and `imr check` (main thread and checking threads) load neither the
 * exporters' libraries (pdfkit, fontkit, docx) nor pdf.js; the first PDF export loads them. Checked on the
 * compiled modules in a fresh Node process, by the modules it has loaded: no timing involved.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'child_process';
import * as path from 'path';
import { repoRoot } from '../helpers/corpus';

const HEAVY = /node_modules[\\/](pdfkit|fontkit|docx|pdfjs-dist|brotli)[\\/]/;
const OUT = path.join(repoRoot(), 'out', 'server', 'src');

/** The npm packages among the modules a fresh process has loaded after running `script`. */
function heavyPackagesLoadedBy(script: string): string[] {
  const probe = `${script};\nconst seen = new Set(Object.keys(require.cache).map((f) => (${HEAVY}.exec(f) || [])[1]).filter(Boolean));\nprocess.stdout.write(JSON.stringify([...seen].sort()));`;
  return JSON.parse(execFileSync(process.execPath, ['-e', probe], { cwd: OUT, encoding: 'utf8' })) as string[];
}

describe('what starting loads', function () {
  this.timeout(60000);

  it('the language server\'s modules load no exporter library and no pdf.js', () => {
    assert.deepEqual(heavyPackagesLoadedBy(`require('./lsp/server'); require('./node/server-handlers')`), []);
  });

  it('imr check and its checking threads load none either', () => {
    assert.deepEqual(heavyPackagesLoadedBy(`require('./cli/check'); require('./cli/check-worker'); require('./cli/check-pool')`), []);
  });

  it('the first PDF export loads pdfkit and fontkit, and a check after it still works', () => {
    const loaded = heavyPackagesLoadedBy(`
      const { renderToBytes } = require('./node/export-file');
      const { parseLetter, validateLetter } = require('./language');
      const text = require('fs').readFileSync(${JSON.stringify(path.join(repoRoot(), 'examples'))} + '/' + require('fs').readdirSync(${JSON.stringify(path.join(repoRoot(), 'examples'))}).find((f) => f.endsWith('.imr')), 'utf8');
      renderToBytes(text, 'pdf').then((pdf) => { if (!(pdf instanceof Uint8Array) || pdf.byteLength < 1000) process.exit(3); validateLetter(parseLetter(text), text); })`);
    assert.ok(loaded.includes('pdfkit') && loaded.includes('fontkit'), `loaded: ${loaded.join(', ')}`);
  });
});
