/** `imr fmt` as a process: --check, formatting in place, folders and globs, letters it must leave alone. */
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { VALID } from '../helpers/valid-letter';
import { cleanUp, imr, requireBuiltCli, tempDir, writeFiles } from './run';
import { repoRoot } from '../helpers/corpus';

/** VALID with its layout disturbed (extra spaces after labels, no indentation change in meaning). */
const UNFORMATTED = VALID.replace('Priority: Standard', 'Priority:     Standard').replace('  Decision: Upheld', '  Decision:   Upheld');
/** A line that belongs to no field: the formatter must not move it. */
const BROKEN = VALID.replace('Priority: Standard', 'Priority: Standard\nthis line belongs to no field');

describe('imr fmt', function () {
  this.timeout(60000);
  let dir: string;

  before(() => {
    requireBuiltCli();
    dir = tempDir('fmt');
  });
  after(cleanUp);

  it('the examples are formatted: --check exits 0 and changes nothing', () => {
    const r = imr(['fmt', '--check', path.join(repoRoot(), 'examples')]);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.equal(r.stdout, '');
  });

  it('--check names a letter that would change, exits 1, and leaves it as it was', () => {
    writeFiles(dir, { 'c/loose.imr': UNFORMATTED, 'c/tidy.imr': VALID });
    const r = imr(['fmt', '--check', 'c'], { cwd: dir });
    assert.equal(r.code, 1);
    assert.equal(r.stdout, 'c/loose.imr: not formatted\n');
    assert.equal(fs.readFileSync(path.join(dir, 'c/loose.imr'), 'utf8'), UNFORMATTED);
  });

  it('formats in place, keeping the file\'s permissions; a second run changes nothing', () => {
    writeFiles(dir, { 'w/loose.imr': UNFORMATTED });
    const file = path.join(dir, 'w/loose.imr');
    fs.chmodSync(file, 0o640);
    const r = imr(['fmt', 'w/*.imr'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, 'w/loose.imr: formatted\n');
    assert.equal(fs.readFileSync(file, 'utf8'), VALID);
    assert.equal(fs.statSync(file).mode & 0o777, 0o640);
    assert.deepEqual(fs.readdirSync(path.join(dir, 'w')), ['loose.imr'], 'no temporary file left behind');
    assert.equal(imr(['fmt', '--check', 'w'], { cwd: dir }).code, 0);
  });

  it('leaves a letter with a line it cannot place unchanged, names the reason, exits 1', () => {
    writeFiles(dir, { 'b/broken.imr': BROKEN });
    const r = imr(['fmt', 'b'], { cwd: dir });
    assert.equal(r.code, 1);
    assert.match(r.stderr, /^b\/broken\.imr: left unchanged, fix this first: /m);
    assert.equal(fs.readFileSync(path.join(dir, 'b/broken.imr'), 'utf8'), BROKEN);
  });

  it('exits 2 for a pattern that matches nothing or a file that cannot be read', () => {
    const r = imr(['fmt', '--check', 'nothing/**/*.imr'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /nothing\/\*\*\/\*\.imr: no \.imr file matches this pattern/);
    fs.symlinkSync(path.join(dir, 'absent.imr'), path.join(dir, 'link.imr'));
    const link = imr(['fmt', 'link.imr'], { cwd: dir });
    assert.equal(link.code, 2);
    assert.match(link.stderr, /^link\.imr: cannot read: /m);
  });
});
