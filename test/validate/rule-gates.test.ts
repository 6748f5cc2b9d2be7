/**
 * Tests that spare a rule a search must never change what it finds: each gated reading is compared with the same
 * reading without its gate, on every corpus letter's prose and on random text full of near-misses.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { importLetterText, parseLetter } from '../../server/src/language';
import { proseText } from '../../server/src/language/validate/prose-map';
import { explainedIn } from '../../server/src/language/validate/rules/plain-abbreviations';
import { itemKey } from '../../server/src/language/validate/rules/duplicate-item';
import { proseDates } from '../../server/src/language/validate/rules/date-after-decision';
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

  const dates = (text: string, ungated: boolean) => proseDates(text, ungated).map((m) => ({ at: m.index, groups: [...m] }));

  it('IMR208: the dates found in prose are those the one global search finds, on the corpus', () => {
    for (const l of corpusLetters()) {
      const letter = parseLetter(importLetterText(l.text).imr);
      for (const f of letter.fields) if (f.shape === 'prose') assert.deepEqual(dates(proseText(f).text, false), dates(proseText(f).text, true), l.name);
    }
  });

  it('IMR208: the dates found in prose are those the one global search finds, on random text', () => {
    const piece = fc.constantFrom(
      '1', '12', '2016', '16', '/', '-', ' ', ',', '.', 'Jan', 'January', 'Sept', 'Sept.', 'Sep', 'May', 'Mayo', 'Dec', 'Oct. ', 'x', 'a',
      '10/13/2016', '10-13-16', '1/2/3', 'October 13, 2016', 'Nov 1 2015', '12-12-12-12', '\u00a0', '\n', 'on ', 'JanFeb',
    );
    fc.assert(fc.property(fc.array(piece, { maxLength: 30 }).map((a) => a.join('')), (text) => {
      assert.deepEqual(dates(text, false), dates(text, true));
    }), { numRuns: 5000 });
  });

  it('IMR106: an item\'s key is the same with the blanks replaced always, on random text', () => {
    const piece = fc.constantFrom('MRI', 'lumbar', ' ', '  ', '\t', '\u00a0', '\u2028', '\n', 'x', 'PT', '#12', ' \t');
    fc.assert(fc.property(fc.array(piece, { maxLength: 12 }).map((a) => a.join('')), (text) => {
      assert.equal(itemKey(text), itemKey(text, true));
    }), { numRuns: 5000 });
  });
});
