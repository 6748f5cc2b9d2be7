/**
 * Precision: a letter with no personal data comes out word for word, and the words that only look like names
 * (eponyms, drugs, guideline titles, "Dr." inside a cited author) are never redacted.
 */
import assert from 'node:assert/strict';
import { renderText } from '../../server/src/language';
import { mtus2016Guidelines, mtus2017Guidelines, odgChapters } from '../../server/src/language/catalogue';
import { CLINICAL_WORDS, NAME_LIKE_EPONYMS, publicCopy, redactionRules, redactText, reviewPublicCopy } from '../../server/src/language/redact';
import { corpusLetters, documentOf } from '../render/support';
import { needCorpus } from '../helpers/corpus';

const rules = redactionRules(documentOf('Employee: Zelda Marrow\n'));

/** Sentences a reviewer writes around a clinical word, `{}` standing for it. */
const CONTEXTS = [
  'The {} test was positive on the right.',
  'On exam, {} sign was negative bilaterally.',
  'She was prescribed {} 10 mg twice a day by the treating physician.',
  'The patient reported that {} helped with pain.',
  'Per the guidelines, {} is recommended as an option.',
];

describe('The public copy keeps what is not personal', function () {
  this.timeout(120000);

  it('every corpus letter\'s public copy equals its full copy word for word', function () {
    const letters = corpusLetters();
    if (!letters.length) needCorpus(this);
    const changed: string[] = [];
    let remainders = 0;
    for (const { name, doc } of letters) {
      const full = renderText(doc).split('\n');
      const pub = renderText(publicCopy(doc)).split('\n');
      full.forEach((line, i) => { if (line !== pub[i]) changed.push(`${name}: '${line}' -> '${pub[i]}'`); });
      remainders += reviewPublicCopy(doc).remainders.length;
    }
    assert.deepEqual(changed, []);
    assert.equal(remainders, 0, 'a de-identified letter leaves nothing to review');
  });

  it(`never redacts one of ${CLINICAL_WORDS.length} eponyms and drugs, in ${CONTEXTS.length} sentences each`, () => {
    const removed: string[] = [];
    for (const word of CLINICAL_WORDS) {
      for (const context of CONTEXTS) {
        const text = context.replace('{}', word);
        if (redactText(text, rules) !== text) removed.push(`${text} -> ${redactText(text, rules)}`);
      }
    }
    assert.deepEqual(removed, []);
  });

  it(`keeps ${NAME_LIKE_EPONYMS.length} eponyms that are also surnames where a test, sign or the like follows`, () => {
    const removed: string[] = [];
    for (const word of NAME_LIKE_EPONYMS) {
      for (const text of [`The ${word} test was positive.`, `On exam ${word}'s sign was negative.`, `Seen by the surgeon for the ${word} maneuver and ${word} test.`]) {
        if (redactText(text, rules) !== text) removed.push(`${text} -> ${redactText(text, rules)}`);
      }
    }
    assert.deepEqual(removed, []);
  });

  it('never redacts a guideline title, an ODG chapter, a dose, a date of treatment or a cited author', () => {
    const texts = [
      ...[...mtus2016Guidelines, ...mtus2017Guidelines].map((g) => `Decision based on MTUS ${g.title} ${g.year}, Section(s): ${g.sections?.[0]?.name ?? 'Introduction'}.`),
      ...odgChapters.map((c) => `Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), ${c.title}.`),
      'Norco 10/325 mg #90, MS Contin 30 mg every 12 hours, Lidoderm 5% patch #30, Naproxen sodium 550 mg.',
      'Treatment on 11/03/2016, 12-5-16 and January 4, 2017; physical therapy 2 times a week for 6 weeks.',
      'Per Dr. Waddell et al. (1980), nonorganic signs do not mean malingering; see also (Fritz, 2012) and van Tulder et al.',
      'The Hawkins and Neer impingement tests were positive; Speed\'s test and Yergason test were negative.',
      'Patrick\'s test (FABER) and Gaenslen test were positive; Jones fracture; Baker\'s cyst; Foley catheter.',
      'ACOEM Practice Guidelines, 2nd Edition (2004), Chapter 12, Low Back Complaints, page 303.',
      'Gastroesophageal reflux disease (GERD). Ann Arbor (MI): University of Michigan Health System; 2007.',
    ];
    for (const text of texts) assert.equal(redactText(text, rules), text);
  });
});
