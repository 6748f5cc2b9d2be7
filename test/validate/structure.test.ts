import assert from 'node:assert/strict';
import { applyFix, check, problemsOf } from '../helpers/check';
import { VALID, validWith } from '../helpers/valid-letter';

describe('structure rules', () => {
  it('the valid letter has no problem at all', () => {
    assert.deepEqual(check(VALID), []);
  });

  it('IMR101: a header field is missing, with a fix that adds it', () => {
    const text = validWith('Priority: Standard\n', '');
    assert.deepEqual(check(text, 'IMR101'), [
      "[0:0..0:0] IMR101 error: The header has no 'Priority:'. `Standard` (decision due within 30 days) or `Expedited` (within 3 days), Labor Code 4610.6(d).",
    ]);
    const fixed = applyFix(text, problemsOf(text).find((p) => p.code === 'IMR101')!);
    assert.ok(fixed.startsWith('Priority: \nCase Number:'));
  });

  it('IMR102: the reviewer\'s specialty is missing', () => {
    assert.deepEqual(check(validWith('Certification(s)/Specialty: Family Practice\n', ''), 'IMR102').length, 1);
  });

  it('IMR103: no clinical case summary', () => {
    const text = validWith('Clinical Case Summary:\n  The injured worker is a 48 year old male with neck and right shoulder pain after a fall at work.\n\n', '');
    assert.deepEqual(check(text, 'IMR103'), ["[11:0..11:0] IMR103 error: The letter has no 'Clinical Case Summary:'."]);
  });

  it('IMR104: no disputed item', () => {
    const text = VALID.slice(0, VALID.indexOf('Item:'));
    assert.equal(check(text, 'IMR104').length, 1);
  });

  it('IMR105: an item without its MAXIMUS guideline, fixed by adding one', () => {
    const text = validWith('  MAXIMUS guideline: MTUS Shoulder Complaints 2004, Section(s): Special Studies\n', '');
    assert.deepEqual(check(text, 'IMR105'), ["[14:0..14:5] IMR105 error: 'MRI of the right shoulder without contrast' has no 'MAXIMUS guideline:'."]);
    const fixed = applyFix(text, problemsOf(text).find((p) => p.code === 'IMR105')!);
    assert.deepEqual(check(fixed, 'IMR105'), []);
  });

  it('IMR105: an empty guideline block', () => {
    assert.deepEqual(check(validWith('  Claims Administrator guideline: MTUS Shoulder Complaints 2004', '  Claims Administrator guideline:'), 'IMR105'), [
      "[16:2..16:33] IMR105 error: 'Claims Administrator guideline:' of 'MRI of the right shoulder without contrast' has no citation (write 'None cited' if none was given).",
    ]);
  });

  it('IMR106: the same item twice', () => {
    const item = VALID.slice(VALID.indexOf('Item:'));
    assert.equal(check(`${VALID}\n${item}`, 'IMR106').length, 1);
  });

  it('IMR107: a header field after the items', () => {
    const text = `${validWith('Priority: Standard\n', '')}Priority: Standard\n`;
    assert.deepEqual(check(text, 'IMR107'), ["[20:0..20:9] IMR107 warning: 'Priority:' comes after the disputed items; move it above the first 'Item:' (line 14)."]);
  });
});
