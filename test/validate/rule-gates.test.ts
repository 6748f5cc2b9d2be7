/**
 * Tests that spare a rule a search must never change what it finds: each gated reading is compared with the same
 * reading without its gate, on every corpus letter's prose and on random text full of near-misses.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { importLetterText, parseLetter } from '../../server/src/language';
import { proseText } from '../../server/src/language/validate/prose-map';
import { explainedIn } from '../../server/src/language/validate/rules/plain-abbreviations';
import { corpusLetters } from '../helpers/corpus';

describe('rule gates', () => {
  it('IMR601: the abbreviations a text explains are those found trying every bracket, on the corpus', () => {
    for (const l of corpusLetters()) {
      const letter = parseLetter(importLetterText(l.text).imr);
      const all = letter.fields.map((f) => (f.shape === 'prose' ? proseText(f).text : '')).join(' ');
      assert.deepEqual(explainedIn(all), explainedIn(all, true), l.name);
    }
  });

  it('IMR601: the abbreviations a text explains are those found trying every bracket, on random text', () => {
    const piece = fc.constantFrom(
      'ADL', "ADL's", 'ADLs', 'PR-2', 'EMG/NCV', 'EMG / NCV', 'PT', 'TENS', 'physical therapy', 'activities of daily living', ' ', '  ',
      '\u00a0', '\t', '\n', '(', ')', '(PT)', '(activities of daily living)', '(s)', 'the', 's', "'", '-', '/', '2', 'x', 'NSAIDs', 'MRI', '.',
    );
    fc.assert(fc.property(fc.array(piece, { maxLength: 30 }).map((a) => a.join('')), (text) => {
      assert.deepEqual(explainedIn(text), explainedIn(text, true));
    }), { numRuns: 5000 });
  });
});
