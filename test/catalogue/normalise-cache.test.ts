/**
 * `normalise` keeps the keys it has worked out (bounded): whatever it was asked before, in whatever order, its
 * answer is the key worked out afresh.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { normalise, normaliseUncached } from '../../server/src/language/catalogue/normalise';
import { guidelines, usJurisdictions } from '../../server/src/language/catalogue';

describe('normalise keeps its keys', () => {
  it('answers as worked out afresh, for texts much alike asked again and again (many in one slot)', () => {
    // a small alphabet and short texts: many alike, asked again and again
    const text = fc.array(fc.constantFrom('A', 'a', ' ', '&', ',', '-', '.', '\u2019', 'b', 'B', '\u00e9', '\u2014'), { minLength: 0, maxLength: 6 }).map((a) => a.join(''));
    fc.assert(fc.property(fc.array(text, { maxLength: 200 }), (texts) => {
      for (const t of [...texts, ...texts.reverse()]) assert.equal(normalise(t), normaliseUncached(t), JSON.stringify(t));
    }), { numRuns: 300 });
  });

  it('answers as worked out afresh for many texts of one length and ends', () => {
    const letters = 'abcdefghijklmnop';
    const texts: string[] = [];
    for (const x of letters) for (const y of letters) texts.push(`A${x}${y}M${y}${x}A`);
    for (let round = 0; round < 2; round++) for (const t of texts) assert.equal(normalise(t), normaliseUncached(t), t);
    for (const t of [...texts].reverse()) assert.equal(normalise(` ${t}`.slice(1)), normaliseUncached(t), t);
  });

  it('answers as worked out afresh for the catalogue\'s own spellings, fresh slices of a longer text among them', () => {
    const spellings = [...guidelines.flatMap((g) => [g.title, ...g.titleAliases]), ...usJurisdictions.map((j) => j.name)];
    for (let round = 0; round < 3; round++) {
      for (const s of spellings) {
        const sliced = `  ${s}  `.slice(2, 2 + s.length);
        assert.equal(normalise(sliced), normaliseUncached(s), s);
        assert.equal(normalise(s), normaliseUncached(s), s);
      }
    }
  });
});
