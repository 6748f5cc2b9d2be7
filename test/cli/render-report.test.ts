/** `imr render --public --report FILE.json`: every redaction and every suspicious remainder, as documented in docs/cli.md. */
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { validWith } from '../helpers/valid-letter';
import { cleanUp, imr, requireBuiltCli, tempDir, writeFiles } from './run';

/** A letter with a declared party, a phone number, a name after a role, and a first name nothing proves is a person. */
const LETTER = validWith(
  'after a fall at work.',
  'after a fall at work. Ms. Gonzalez can be reached at (916) 555-0142. His supervisor Linda Chu confirmed it. Carmen drove him home.',
).replace('State(s) of Licensure:', 'Employee: Maria Gonzalez\nState(s) of Licensure:');

describe('imr render --report', function () {
  this.timeout(120000);
  let dir: string;

  before(() => {
    requireBuiltCli();
    dir = tempDir('render-report');
    writeFiles(dir, { 'letter.imr': LETTER, 'kept.imr': LETTER.replace('Employee: Maria Gonzalez', 'Employee: Maria Gonzalez\nKeep: Carmen') });
  });
  after(cleanUp);

  it('lists each redaction with its kind, text, place and context, and the remainders still to review', () => {
    const r = imr(['render', '--public', '--report', 'report.json', '-o', 'out', 'letter.imr'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    const report = JSON.parse(fs.readFileSync(path.join(dir, 'report.json'), 'utf8'));
    assert.equal(report.version, 1);
    const [letter] = report.letters;
    assert.equal(letter.file, 'letter.imr');
    const byText = new Map(letter.redactions.map((x: { text: string; kind: string }) => [x.text, x]));
    assert.equal((byText.get('Gonzalez') as { kind: string }).kind, 'party');
    assert.equal((byText.get('(916) 555-0142') as { kind: string }).kind, 'phone');
    assert.equal((byText.get('Linda Chu') as { kind: string }).kind, 'name');
    const phone = byText.get('(916) 555-0142') as { line: number; part: string; context: string };
    assert.equal(LETTER.split('\n')[phone.line - 1].trim().length > 0, true, 'line is 1-based and points into the letter');
    assert.match(phone.context, /reached at «\(916\) 555-0142»/);
    assert.deepEqual(letter.remainders.map((x: { text: string; reviewed: boolean }) => [x.text, x.reviewed]), [['Carmen', false]]);
    assert.equal(letter.unreviewed, 1);
  });

  it('a Keep: phrase marks the remainder reviewed', () => {
    const r = imr(['render', '--public', '--report', 'kept.json', '-o', 'out', 'kept.imr'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    const [letter] = JSON.parse(fs.readFileSync(path.join(dir, 'kept.json'), 'utf8')).letters;
    assert.deepEqual(letter.remainders.map((x: { text: string; reviewed: boolean }) => [x.text, x.reviewed]), [['Carmen', true]]);
    assert.equal(letter.unreviewed, 0);
  });

  it('refuses --report without --public, and never writes it over a letter', () => {
    assert.equal(imr(['render', '--report', 'r.json', 'letter.imr'], { cwd: dir }).code, 2);
    const r = imr(['render', '--public', '--report', 'letter.imr', '-o', 'out', 'letter.imr'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.equal(fs.readFileSync(path.join(dir, 'letter.imr'), 'utf8'), LETTER);
  });
});
