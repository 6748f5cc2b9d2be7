/**
 * The letter the server checks once when started ahead of its client (service/warm-up.ts): it must stay a clean
 * letter of two items, one of each decision, with MTUS and non-MTUS citations, so the warm-up goes through the
 * parser and every rule's usual path; a change of the language that made it a letter with errors would leave the
 * warm-up compiling error paths only.
 */
import assert from 'node:assert/strict';
import { LetterSnapshot, warmUp } from '../../server/src/language/service';
import { WARM_UP_LETTER } from '../../server/src/language/service/warm-up';

describe('warm-up letter', () => {
  it('checks clean: no problem at all', () => {
    const snapshot = new LetterSnapshot(WARM_UP_LETTER);
    assert.deepEqual(snapshot.problems.map((p) => `${p.code} ${p.message}`), []);
  });

  it('has an upheld and an overturned item, citing the MTUS and a source outside it', () => {
    const { items } = new LetterSnapshot(WARM_UP_LETTER).letter;
    assert.equal(items.length, 2);
    assert.match(WARM_UP_LETTER, /Decision: Upheld[\s\S]*Decision: Overturned/);
    assert.match(WARM_UP_LETTER, /Non-MTUS Official Disability Guidelines/);
  });

  it('runs without throwing', () => {
    warmUp();
  });
});
