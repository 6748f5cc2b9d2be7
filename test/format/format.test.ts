import assert from 'node:assert/strict';
import { formatLetter, parseLetter } from '../../server/src/language';
import { unformattableReason } from '../../server/src/language/format/format';
import { astSummary } from '../helpers/ast-summary';
import { letter } from '../helpers/snippets';

describe('formatting a letter', () => {
  it('writes labels in their canonical spelling, indents item fields and blocks, and spaces sections', () => {
    const messy = letter(
      'case number:   CM16-0213037   ',
      'summary: The worker is 48.',
      '      Second line.',
      '',
      '',
      '',
      'item: MRI',
      'decision: Upheld',
      '       ca guideline:    MTUS Shoulder Complaints 2004',
      '  reviewer guideline:',
      '        MTUS Shoulder Complaints 2004, Section(s): Special Studies',
      '        Non-MTUS ODG Shoulder',
      '   rationale: Not medically necessary.',
    );
    assert.equal(formatLetter(messy), letter(
      'Case Number: CM16-0213037',
      '',
      'Clinical Case Summary:',
      '  The worker is 48.',
      '  Second line.',
      '',
      'Item: MRI',
      '  Decision: Upheld',
      '  Claims Administrator guideline: MTUS Shoulder Complaints 2004',
      '  MAXIMUS guideline:',
      '    MTUS Shoulder Complaints 2004, Section(s): Special Studies',
      '    Non-MTUS ODG Shoulder',
      '  Decision rationale:',
      '    Not medically necessary.',
    ));
  });

  it('leaves a letter with a line it cannot place exactly as it is, and says why', () => {
    const text = letter(
      'Clinical Case Summary:',
      '  The injured worker fell.',
      'Decision rationale:',
      '  Not medically necessary.',
    );
    assert.equal(formatLetter(text), text);
    assert.equal(unformattableReason(parseLetter(text)), "line 3: 'Decision rationale:' belongs to a disputed item: put it under an 'Item:' line.");
  });

  it('keeps a comment with the item it introduces', () => {
    assert.equal(formatLetter(letter('Case Number: CM16-0213037', '# the second request', 'Item: x')),
      letter('Case Number: CM16-0213037', '', '# the second request', 'Item: x'));
  });

  it('keeps paragraphs and comments inside prose', () => {
    const text = letter(
      'Clinical Case Summary:',
      '  One.',
      '# note',
      '',
      '',
      '  Two.',
    );
    assert.equal(formatLetter(text), letter('Clinical Case Summary:', '  One.', '# note', '', '  Two.'));
  });

  it('is idempotent and never changes what the letter says', () => {
    const text = letter(
      'Item: A',
      '  Decision rationale:',
      '    x',
      '  MAXIMUS guideline: None cited',
    );
    const once = formatLetter(text);
    assert.equal(formatLetter(once), once);
    assert.deepEqual(astSummary(parseLetter(once)), astSummary(parseLetter(text)));
  });
});
