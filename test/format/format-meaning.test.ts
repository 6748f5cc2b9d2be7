/**
 * The formatter never changes what a letter says, and reads blanks as the parser does: no-break spaces, line
 * and paragraph separators, byte-order marks and trailing blanks. Each case: the letter, then what formatting
 * gives (or that it leaves the letter as written, and why).
 */
import assert from 'node:assert/strict';
import { formatLetter, parseLetter } from '../../server/src/language';
import { formatLetterResult } from '../../server/src/language/format/format';
import { letterMeaning } from '../../server/src/language/format/meaning';
import { buildDocument, renderText } from '../../server/src/language';
import { letter } from '../helpers/snippets';
import { VALID, validWith } from '../helpers/valid-letter';

const meaning = (text: string) => letterMeaning(parseLetter(text)).map((m) => m.text);
const rendered = (text: string) => renderText(buildDocument(parseLetter(text)));

function assertKeepsMeaningAndSettles(text: string): string {
  const once = formatLetter(text);
  assert.deepEqual(meaning(once), meaning(text), 'formatting changed what the letter says');
  assert.equal(formatLetter(once), once, 'formatting twice differs from formatting once');
  return once;
}

describe('the formatter keeps what the letter says', () => {
  it('leaves a guideline line that starts with another field\'s label where it is, and says why', () => {
    const text = validWith(
      '  MAXIMUS guideline: MTUS Shoulder Complaints 2004, Section(s): Special Studies',
      '  MAXIMUS guideline: Claims Administrator guideline: None cited\n      MTUS Shoulder Complaints 2004',
    ).replace('Item: MRI', 'item:   MRI'); // something else to format, so the check has work to do
    const result = formatLetterResult(text);
    assert.equal(result.text, text);
    assert.match(result.unchanged ?? '', /would change what the letter says \(line 18 /);
  });

  it('formats a letter whose meaning it keeps, and says nothing', () => {
    const result = formatLetterResult(VALID.replace('Item: MRI', 'item:   MRI'));
    assert.equal(result.text, VALID);
    assert.equal(result.unchanged, undefined);
  });

  for (const [name, blank] of [['a no-break space (U+00A0)', '\u00a0'], ['a line separator (U+2028)', '\u2028'], ['a paragraph separator (U+2029)', '\u2029'], ['a byte-order mark (U+FEFF)', '\ufeff'], ['an ideographic space (U+3000)', '\u3000']] as const) {
    it(`reads ${name} after a label, in an item's name and at a line's end as a blank, like the parser`, () => {
      const text = VALID
        .replace('Decision: Upheld', `Decision:${blank}Upheld${blank}`)
        .replace('Item: MRI of the right shoulder without contrast', `Item: MRI of the right shoulder without contrast ${blank} `)
        .replace('Case Number: CM16-0213037', `Case Number:${blank}${blank}CM16-0213037`);
      const item = parseLetter(text).items[0];
      assert.equal(item.decision?.word, 'Upheld');
      assert.equal(item.field.value?.text, 'MRI of the right shoulder without contrast');
      const once = assertKeepsMeaningAndSettles(text);
      assert.equal(once, VALID);
      assert.equal(rendered(once), rendered(text));
    });
  }

  it('keeps a line separator inside a line, and renders the same after formatting', () => {
    const text = VALID.replace('None are documented here.', 'None are\u2028documented here.  ').replace('Item: MRI', 'item:  MRI');
    const once = assertKeepsMeaningAndSettles(text);
    assert.ok(once.includes('None are\u2028documented here.\n'));
    assert.equal(rendered(once), rendered(text));
  });

  it('indents with no-break spaces read as indentation, so an indented field stays in its item', () => {
    const text = VALID.replace('  Decision: Upheld', '\u00a0\u00a0Decision: Upheld');
    assert.equal(parseLetter(text).items[0].decision?.word, 'Upheld');
    assert.equal(assertKeepsMeaningAndSettles(text), VALID);
  });

  it('drops trailing blanks of every kind from every line, once', () => {
    const text = letter(
      'Case Number: CM16-0213037 \t\u00a0',
      '# a comment \u2028 ',
      'Clinical Case Summary: \u00a0',
      '  The worker is 48.\u00a0\u00a0',
    );
    assert.equal(assertKeepsMeaningAndSettles(text), letter(
      'Case Number: CM16-0213037',
      '',
      '# a comment',
      'Clinical Case Summary:',
      '  The worker is 48.',
    ));
  });
});
