/**
 * The TextMate grammar (syntaxes/imr.tmLanguage.json): generated from the field table, snapshot-tested over every
 * example letter, and checked by hand-written scope assertions for decisions, citations and blocks.
 */
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { FIELDS } from '../../server/src/language/syntax/fields';
import { GRAMMAR_PATH, grammarText } from './build-grammar';
import { ASSERTION_DIR, checkSnapshots, exampleLetters, runTool, SNAPSHOT_DIR } from './snapshots';

describe('TextMate grammar', function () {
  this.timeout(60000);

  it('is what build-grammar.ts makes from the field table (regenerate it after changing fields.ts)', () => {
    assert.equal(fs.readFileSync(GRAMMAR_PATH, 'utf8'), grammarText(),
      'syntaxes/imr.tmLanguage.json is out of date: run `npx tsc -p tsconfig.test.json && node out/test/grammar/build-grammar.js`');
  });

  it('knows every label and alias of the language', () => {
    const grammar = fs.readFileSync(GRAMMAR_PATH, 'utf8');
    for (const f of FIELDS) {
      for (const spelling of [f.label, ...f.aliases]) {
        const first = spelling.split(/\s+/)[0].replace(/[()/]/g, (c) => `\\\\${c}`);
        assert.ok(grammar.includes(first), `${spelling} (${f.key}) is not in the grammar`);
      }
    }
  });

  it('has a committed snapshot for every example letter, and no stale one', () => {
    const examples = exampleLetters().map((f) => `${path.basename(f)}.snap`).sort();
    const snapshots = fs.existsSync(SNAPSHOT_DIR) ? fs.readdirSync(SNAPSHOT_DIR).filter((f) => f.endsWith('.snap')).sort() : [];
    assert.deepEqual(snapshots, examples);
  });

  it('tokenizes every example letter as its snapshot says', () => {
    const run = checkSnapshots();
    assert.equal(run.status, 0, `grammar snapshots differ (after a deliberate change: node out/test/grammar/snapshots.js --update):\n${run.output}`);
  });

  it('passes the hand-written scope assertions (decisions, citations, blocks)', () => {
    const files = fs.readdirSync(ASSERTION_DIR).filter((f) => f.endsWith('.imr'));
    assert.ok(files.length >= 3);
    const run = runTool('unit', [path.join(ASSERTION_DIR, '*.imr')]);
    assert.equal(run.status, 0, run.output);
  });

  it('fails an assertion that does not hold (the check is real)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-assert-'));
    try {
      const file = path.join(dir, 'wrong.imr');
      fs.writeFileSync(file, '# SYNTAX TEST "source.imr"\nItem: x\n  Decision: Upheld\n#           ^^^^^^ constant.language.decision.overturned.imr\n');
      const run = runTool('unit', [file]);
      assert.notEqual(run.status, 0);
      assert.match(run.output, /missing required scopes: constant\.language\.decision\.overturned\.imr/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
