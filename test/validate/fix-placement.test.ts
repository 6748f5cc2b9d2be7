/** Quick fixes put new lines where they mean what they say, whatever the letter's indentation. */
import assert from 'node:assert/strict';
import { buildDocument, parseLetter, renderText } from '../../server/src/language';
import { quickFixes, letterDiagnostics, LetterSnapshot } from '../../server/src/language/service';
import { applyFix, check, problemsOf } from '../helpers/check';
import { letter } from '../helpers/snippets';
import { VALID } from '../helpers/valid-letter';

describe('where fixes put new lines', () => {
  it('adds a missing decision under the Item line, not into a rationale written in column 0', () => {
    const text = letter('Item: MRI', 'Decision rationale:', '  The request is not medically necessary.');
    const p = problemsOf(text).find((x) => x.code === 'IMR105' && /Decision:'/.test(x.message))!;
    const fixed = applyFix(text, p);
    assert.deepEqual(parseLetter(fixed).items[0].rationale?.paragraphs.map((x) => x.text), ['The request is not medically necessary.']);
    assert.equal(parseLetter(fixed).items[0].decision?.word, 'Upheld');
  });

  it('keeps tab indentation when it adds Outside MTUS', () => {
    const text = letter('Item: MRI', '\tMAXIMUS guideline:', '\t\tNon-MTUS ODG Knee');
    const fixed = applyFix(text, problemsOf(text).find((x) => x.code === 'IMR406')!);
    assert.deepEqual(check(fixed, 'IMR001'), []);
    assert.deepEqual(parseLetter(fixed).items[0].reviewerGuideline?.citations.map((c) => c.kind), ['outside-mtus', 'non-mtus']);
  });

  it('adds a missing summary at the end without breaking the last line', () => {
    const text = 'Case Number: CM16-0213037\nHow the determination was made:\n  text';
    const fixed = applyFix(text, problemsOf(text).find((x) => x.code === 'IMR103')!);
    assert.deepEqual(check(fixed, 'IMR001'), []);
  });

  it('offers no fix computed for an older version of the letter', () => {
    const text = VALID.replace('California,North', 'Californa,North');
    const diagnostics = letterDiagnostics(new LetterSnapshot(text).problems, 1000, 7);
    const range = { start: { line: 8, character: 25 }, end: { line: 8, character: 25 } };
    assert.equal(quickFixes('file:///x.imr', range, diagnostics, 7).length, 1);
    assert.equal(quickFixes('file:///x.imr', range, diagnostics, 8).length, 0);
  });
});

describe('rendering user text', () => {
  it('prints a $ in a value as typed', () => {
    const text = letter('Layout: 2014', 'State(s) of Licensure: California', "Certification(s)/Specialty: Pain $' Medicine");
    assert.match(renderText(buildDocument(parseLetter(text))), /Board Certified in Pain \$' Medicine, and is licensed to practice in California\./);
  });
});
