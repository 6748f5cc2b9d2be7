/**
 * `imr check --fix` and `--fix-dry-run`: the safe fixes (label spelling, indentation, date forms, decision spelling)
 * are written to the letter, or shown as a diff; a decision in other words and a date whose day and month could
 * swap are left for the reviewer, and reported.
 */
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { VALID, validWith } from '../helpers/valid-letter';
import { cleanUp, imr, requireBuiltCli, tempDir, writeFiles } from './run';

/** VALID with four safe slips: an ISO date, a misspelt label, a decision stem, a rationale line at the label's depth. */
const SLIPPED = VALID
  .replace('Date of Injury: 10/13/2016', 'Date of Injury: 2016-10-13')
  .replace('  MAXIMUS guideline:', '  Maximus guidline:')
  .replace('  Decision: Upheld', '  Decision: Uphold')
  .replace('    Therefore the request', '  Therefore the request');

/** A decision in other words and a date that reads two ways: never applied in bulk. */
const FOR_THE_REVIEWER = validWith('Decision: Upheld', 'Decision: Denied').replace('Date Assigned: 11/09/2016', 'Date Assigned: 11-9-16');

describe('imr check --fix', function () {
  this.timeout(120000);
  let dir: string;

  beforeEach(() => {
    requireBuiltCli();
    dir = tempDir('check-fix');
    writeFiles(dir, { 'slipped.imr': SLIPPED, 'reviewer.imr': FOR_THE_REVIEWER });
  });
  afterEach(cleanUp);

  const read = (name: string) => fs.readFileSync(path.join(dir, name), 'utf8');

  it('--fix-dry-run prints the diff of the safe fixes and writes nothing', () => {
    const r = imr(['check', '--fix-dry-run', 'slipped.imr'], { cwd: dir });
    assert.equal(r.code, 1, r.stderr);
    assert.equal(read('slipped.imr'), SLIPPED);
    const changed = r.stdout.split('\n').filter((l) => /^[-+][^-+]/.test(l));
    assert.deepEqual(changed, [
      '-Date of Injury: 2016-10-13',
      '+Date of Injury: 10/13/2016',
      '-  Decision: Uphold',
      '+  Decision: Upheld',
      '-  Maximus guidline: MTUS Shoulder Complaints 2004, Section(s): Special Studies',
      '+  MAXIMUS guideline: MTUS Shoulder Complaints 2004, Section(s): Special Studies',
      '-  Therefore the request for an MRI of the shoulder is not medically necessary.',
      '+    Therefore the request for an MRI of the shoulder is not medically necessary.',
    ]);
    assert.match(r.stdout, /^--- a\/slipped\.imr\n\+\+\+ b\/slipped\.imr\n@@ -1,/);
    assert.match(r.stderr, /would apply 4 safe fixes in 1 letter/);
  });

  it('--fix writes the letter back as it was meant, and reports what is left', () => {
    const r = imr(['check', '--fix', '-f', 'compact', 'slipped.imr'], { cwd: dir });
    assert.equal(read('slipped.imr'), VALID);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.equal(r.stdout, '');
    assert.equal(imr(['check', '--fix-dry-run', 'slipped.imr'], { cwd: dir }).code, 0);
  });

  it('leaves a decision in other words and a date with two readings to the reviewer, with their fixes in the json report', () => {
    const r = imr(['check', '--fix', '-f', 'json', 'reviewer.imr'], { cwd: dir });
    assert.equal(read('reviewer.imr'), FOR_THE_REVIEWER);
    assert.equal(r.code, 1);
    const [entry] = JSON.parse(r.stdout) as { problems: { code: string; fixes: { title: string; safe: boolean }[] }[] }[];
    const fixes = (code: string) => entry.problems.find((p) => p.code === code)?.fixes.map((f) => `${f.safe ? 'safe' : 'review'}: ${f.title}`);
    assert.deepEqual(fixes('IMR006'), ["review: Change the determination to 'Upheld' (changes the decision)"]);
    assert.deepEqual(fixes('IMR202'), [
      "review: Write '11/09/2016' (month first: Wednesday, November 9, 2016)",
      "review: Write '09/11/2016' (day first: Sunday, September 11, 2016)",
    ]);
  });

  it('refuses --fix with --fix-dry-run, and a report format with a dry run', () => {
    assert.equal(imr(['check', '--fix', '--fix-dry-run', 'slipped.imr'], { cwd: dir }).code, 2);
    assert.equal(imr(['check', '--fix-dry-run', '-f', 'json', 'slipped.imr'], { cwd: dir }).code, 2);
  });
});
