/**
 * The redaction review and the letter's own decisions: `Redact:` phrases go, `Keep:` phrases stay (never a declared
 * party), declared parties go in every form, and name-like phrases kept are listed for review. IMR701 warns about
 * personal data in an item's text as well as in prose.
 */
import assert from 'node:assert/strict';
import { renderText } from '../../server/src/language';
import { problemsOf } from '../helpers/check';
import { publicCopy, reviewPublicCopy } from '../../server/src/language/redact';
import { documentOf } from '../render/support';
import { letter, textAt } from '../helpers/snippets';

const summary = (...prose: string[]) => letter('Employee: Zelda Marrow', 'Clinical Case Summary:', ...prose.map((p) => `  ${p}`));
const publicText = (imr: string) => renderText(publicCopy(documentOf(imr))).replace(/\s+/g, ' ');

describe('The redaction review', () => {
  it('removes a declared party in every form prose writes a name', () => {
    const text = publicText(summary('Marrow, Zelda reported pain. MARROW was seen. Ms. Marrow\'s knee. Z. Marrow and Z.M. signed.'));
    assert.match(text, /\[redacted\] reported pain\. \[redacted\] was seen\. Ms\. \[redacted\]'s knee\. \[redacted\] and \[redacted\] signed\./);
  });

  it('lists each redaction with its kind and sentence, and a lone first name as a remainder to review', () => {
    const review = reviewPublicCopy(documentOf(summary('His supervisor Linda Chu called Marrow at 4155550143. Carmen drove him home.')));
    assert.deepEqual(review.redactions.map((r) => [r.kind, r.text]), [['name', 'Linda Chu'], ['party', 'Marrow'], ['phone', '4155550143']]);
    assert.equal(review.redactions[2].context, 'His supervisor Linda Chu called Marrow at «4155550143». Carmen drove him home.');
    assert.equal(review.redactions[0].where.part, 'paragraph');
    assert.equal(review.redactions[0].where.line, 2);
    assert.deepEqual(review.remainders.map((r) => [r.text, r.reviewed]), [['Carmen', false]]);
    assert.equal(review.unreviewed, 1);
  });

  it('Redact: removes a kept phrase; Keep: marks it reviewed and overrules a false alarm, never a declared party', () => {
    const prose = 'Carmen drove him home. His supervisor Linda Chu and Zelda Marrow agreed.';
    const redacted = letter('Redact: carmen', summary(prose));
    assert.doesNotMatch(publicText(redacted), /Carmen/);
    assert.equal(reviewPublicCopy(documentOf(redacted)).unreviewed, 0);

    const kept = letter('Keep: Carmen; Linda Chu; Zelda Marrow', summary(prose));
    assert.match(publicText(kept), /Carmen drove him home\. His supervisor Linda Chu and \[redacted\] agreed\./);
    const review = reviewPublicCopy(documentOf(kept));
    assert.deepEqual(review.remainders.map((r) => [r.text, r.reviewed]), [['Carmen', true]]);
    assert.equal(review.unreviewed, 0);
  });

  it('never prints the Redact: and Keep: fields', () => {
    const text = renderText(documentOf(letter('Redact: Voss family', 'Keep: Hawkins', summary('Text.'))));
    assert.doesNotMatch(text, /Voss|Hawkins|Redact|Keep:/);
  });

  it('IMR701 warns about personal data in an item\'s text, not only in prose', () => {
    const imr = letter('Item: Physical therapy ordered by Dr. Roe, call (916) 555-0142', '  Original request: therapy for claim # 05-WC-778812');
    const found = problemsOf(imr).filter((p) => p.code === 'IMR701').map((p) => textAt(imr, p.range));
    assert.deepEqual(found, ['Roe', '(916) 555-0142', '05-WC-778812']);
  });
});
