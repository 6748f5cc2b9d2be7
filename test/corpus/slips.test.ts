/**
 * The slip suite: every real letter × every kind of everyday slip (test/helpers/slips.ts, random mutations with a
 * printed seed). A slip adds at most two errors or warnings, is reported on the lines it touched, and
 * `imr check --fix` (fixAll) gives the untouched letter back; a slip with two readings (a date whose day and
 * month could swap, a decision in other words) gets no bulk fix at all. The counts are printed by kind.
 */
import assert from 'node:assert/strict';
import { importLetterText, parseLetter, validateLetter, type Problem } from '../../server/src/language';
import { fixAll } from '../../server/src/language/service/fix-all';
import * as fs from 'fs';
import * as path from 'path';
import { corpusLetters, exampleFiles, itWithoutCorpus } from '../helpers/corpus';
import { seeded, SLIP_KINDS } from '../helpers/slips';

const SEED = Number(process.env.IMR_SLIP_SEED ?? 20161209);
const ROUNDS = Number(process.env.IMR_SLIP_ROUNDS ?? 2);

const serious = (ps: Problem[]) => ps.filter((p) => p.severity === 'error' || p.severity === 'warning');
const key = (p: Problem) => `${p.code} ${p.range.start.line} ${p.message}`;

describe('slips in real letters: one slip, one problem, one fix', function () {
  // the real letters, and the examples written by hand (parties, comments, modified requests, the 2014 layout)
  const letters = [
    ...corpusLetters().map((l) => ({ name: l.name, imr: importLetterText(l.text).imr })),
    ...exampleFiles().map((f) => ({ name: path.basename(f), imr: fs.readFileSync(f, 'utf8') })),
  ];
  itWithoutCorpus();
  console.log(`      seed ${SEED} (IMR_SLIP_SEED), ${ROUNDS} slips of each kind per letter (IMR_SLIP_ROUNDS)`);

  for (const kind of SLIP_KINDS) {
    it(`${kind.name}: at most 2 errors or warnings added, and fixed back (or, with two readings, left to the reviewer)`, function () {
      if (!letters.length) { this.skip(); return; }
      const random = seeded(SEED ^ kind.name.length * 7919);
      const counts = { tried: 0, restored: 0, leftToReviewer: 0 };
      const failures: string[] = [];
      for (const { name, imr } of letters) {
        const original = parseLetter(imr);
        const before = new Set(serious(validateLetter(original, imr)).map(key));
        const reference = fixAll(imr).text;
        for (let round = 0; round < ROUNDS; round++) {
          const slip = kind.apply(imr, original, random);
          if (!slip || slip.text === imr) continue;
          counts.tried++;
          const problems = validateLetter(parseLetter(slip.text), slip.text);
          const added = serious(problems).filter((p) => !before.has(key(p)));
          const at = problems.filter((p) => slip.lines.some((l) => p.range.start.line <= l && l <= p.range.end.line));
          const fixed = fixAll(slip.text).text;
          const where = `${name}: ${slip.what}`;
          if (!at.length) failures.push(`${where}: not reported on line ${slip.lines[0] + 1}`);
          if (added.length > 2) failures.push(`${where}: ${added.length} errors or warnings added: ${added.map((p) => `${p.code}@${p.range.start.line + 1}`).join(', ')}`);
          // a slip the catalogue or the calendar reads two ways (commas inside section names) is offered both ways
          const readings = at.find((p) => (p.fixes?.length ?? 0) > 1 && !p.fixes!.some((f) => f.safe));
          if (slip.ambiguous || (readings && fixed !== reference)) {
            if (at.some((p) => p.fixes?.some((f) => f.safe || f.isPreferred))) failures.push(`${where}: two readings, yet a fix is safe or preferred`);
            if (!at.some((p) => (p.fixes?.length ?? 0) > 0)) failures.push(`${where}: two readings and no fix offered`);
            if (fixed === reference) failures.push(`${where}: fix all decided a reading`);
            else counts.leftToReviewer++;
          } else if (fixed === reference) counts.restored++;
          else failures.push(`${where}: fix all did not give the letter back`);
        }
      }
      console.log(`      ${kind.name}: ${counts.tried} slips, ${counts.restored} fixed back, ${counts.leftToReviewer} left to the reviewer (two readings), ${failures.length} failures`);
      // not every letter has every part (a citation with two sections is in about half of them), but enough do
      assert.ok(counts.tried >= Math.min(40, letters.length), `only ${counts.tried} slips of this kind could be made in ${letters.length} letters`);
      assert.deepEqual(failures.slice(0, 20), []);
      // declining is no way out: the slips with one reading are fixed back
      assert.ok(counts.restored >= (counts.tried - counts.leftToReviewer) && (kind.name.includes('other words') || counts.restored >= counts.tried * 0.6),
        `${counts.restored} of ${counts.tried} fixed back`);
    });
  }
});
