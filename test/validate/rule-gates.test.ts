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
import { readTreatmentPart, type TreatmentReading } from '../../server/src/language/validate/treatment';
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

  const PARTS: (keyof TreatmentReading)[] = ['modalities', 'bodyParts', 'drugs', 'quantities'];
  const sameReading = (text: string, where = '') => {
    for (const key of PARTS) assert.deepEqual([...readTreatmentPart(text, key)], [...readTreatmentPart(text, key, true)], `${where} ${key}: ${text}`);
  };

  it('IMR504: a treatment description reads the same with the word-start gates as searching every pattern, on the corpus', () => {
    for (const l of corpusLetters()) {
      const letter = parseLetter(importLetterText(l.text).imr);
      for (const item of letter.items) if (item.field.value) sameReading(item.field.value.text, l.name);
      for (const f of letter.fields) if (f.shape === 'prose') for (const piece of proseText(f).text.split(/(?<=[.;])\s+/)) sameReading(piece, l.name);
    }
  });

  it('IMR504: a treatment description reads the same with the word-start gates as searching every pattern, on random text', () => {
    // every alternative's words, in any case, run into each other and into digits, marks and non-ASCII letters
    const words = [
      'MRI', 'MRA', 'magnetic', 'resonance', 'CT', 'CAT', 'scan', 'computed', 'tomography', 'x-ray', 'xrays', 'X-Rays', 'radiograph',
      'plain', 'films', 'EMG', 'NCV', 'NCS', 'electromyography', 'nerve', 'conduction', 'physical', 'therapy', 'physiotherapy', 'PT',
      'visits', 'sessions', 'aquatic', 'medicine', 'occupational', 'chiropractic', 'chiro', 'spinal', 'manipulation', 'acupuncture',
      'injections', 'ESI', 'epidural', 'blocks', 'facet', 'trigger', 'points', 'radiofrequency', 'TENS', 'H-wave', 'interferential',
      'E-stim', 'electrical', 'muscle', 'stimulation', 'surgery', 'surgical', 'arthroscopy', 'discectomy', 'ECTOMY', 'arthroplasty',
      'plasty', 'fusion', 'repair', 'decompression', 'release', 'urine', 'drug', 'UDS', 'screen', 'testing', 'toxicology', 'psychotherapy',
      'cognitive', 'behavioral', 'CBT', 'brace', 'wheelchair', 'walker', 'cane', 'commode', 'hospital', 'bed', 'orthotics', 'cold',
      'hot', 'and', 'pillow', 'shower', 'chair', 'sling', 'cervical', 'neck', 'C5-6', 'thoracic', 'upper', 'back', 'T12-1', 'T1-2',
      'lumbar', 'lumbosacral', 'low', 'lower', 'L4-5', 'L5-S1', 'shoulders', 'elbow', 'wrists', 'hands', 'fingers', 'thumb', 'hips',
      'knee', 'ankles', 'foot', 'feet', 'toes', 'head', 'brain', 'Norco', '#60', '# 90', 'twelve', '12', '(6)', 'additional',
      'treatments', 'visit', 'session', 'the', 'of', 'x', 'c', 't', 'l', 'h', 'e', 's', '_', '1', '-', ' ', '  ', '\t', '/', ',', '.',
      '\u212a', '\u0130', '\u00e9', 'ß',
    ];
    const piece = fc.tuple(fc.constantFrom(...words), fc.constantFrom('lower', 'upper', 'title', 'same'))
      .map(([w, c]) => (c === 'lower' ? w.toLowerCase() : c === 'upper' ? w.toUpperCase() : c === 'title' ? w.charAt(0).toUpperCase() + w.slice(1) : w));
    fc.assert(fc.property(fc.array(piece, { maxLength: 14 }).map((a) => a.join('')), (text) => sameReading(text)), { numRuns: 20000 });
  });
});
