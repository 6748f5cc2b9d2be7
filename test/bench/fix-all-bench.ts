/**
 * Fix all's cost: on letters with nothing to fix it is one check; on letters with slips, a check per round. Measured
 * on the corpus as it is and with one slip of each kind in every letter (test/helpers/slips.ts, fixed seed).
 */
import { importLetterText, parseLetter } from '../../server/src/language';
import { fixAll } from '../../server/src/language/service/fix-all';
import { corpusLetters, NO_CORPUS } from '../helpers/corpus';
import { seeded, SLIP_KINDS } from '../helpers/slips';
import { row, timeIt } from './measure';

export function benchFixAll(): void {
  console.log('\nFix all (target: fix on save of a letter with slips well under 50 ms)');
  const corpus = corpusLetters().map((l) => importLetterText(l.text).imr);
  if (!corpus.length) { console.log(`  ${NO_CORPUS}`); return; }
  const random = seeded(1);
  const slipped = corpus.map((t) => SLIP_KINDS.reduce((text, kind) => kind.apply(text, parseLetter(text), random)?.text ?? text, t));
  const clean = timeIt(() => { for (const t of corpus) fixAll(t); }, 5, 2);
  row(`fix all on the corpus as it is (${corpus.length} letters)`, `${clean.toFixed(1)} ms, ${(clean / corpus.length).toFixed(2)} ms a letter`);
  const ms = timeIt(() => { for (const t of slipped) fixAll(t); }, 5, 2);
  const rounds = slipped.map((t) => fixAll(t).rounds);
  row(`fix all on the corpus with ${SLIP_KINDS.length} slips a letter`,
    `${ms.toFixed(1)} ms, ${(ms / corpus.length).toFixed(2)} ms a letter, ${Math.max(...rounds)} rounds at most (${(rounds.reduce((a, b) => a + b, 0) / rounds.length).toFixed(1)} on average)`);
}
