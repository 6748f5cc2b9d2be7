/** Marking a phrase in the public copy review writes it into the letter's `Redact:` or `Keep:` field. */
import assert from 'node:assert/strict';
import { addToList } from '../../client/src/public-copy/list-field';
import { letter } from '../helpers/snippets';

/** The text with the edit applied. */
function added(text: string, label: string, phrase: string): string {
  const at = addToList(text, label, phrase);
  const lines = text.split('\n');
  const offset = lines.slice(0, at.line).reduce((n, l) => n + l.length + 1, 0) + at.character;
  return text.slice(0, offset) + at.insert + text.slice(offset);
}

describe('Review Public Copy: where a marked phrase is written', () => {
  it('appends to an existing field, after a semicolon', () => {
    assert.equal(added(letter('Employee: Zelda Marrow', 'Keep: Hawkins', 'Clinical Case Summary:', '  Text.'), 'Keep', 'Baker'),
      letter('Employee: Zelda Marrow', 'Keep: Hawkins; Baker', 'Clinical Case Summary:', '  Text.'));
  });

  it('fills an empty field without a semicolon, in any case of label', () => {
    assert.equal(added(letter('redact:', 'Item: MRI'), 'Redact', 'Carmen'), letter('redact: Carmen', 'Item: MRI'));
  });

  it('adds the field before the case summary, or before the first item, never inside prose', () => {
    assert.equal(added(letter('Case Number: CM16-0213037', 'Clinical Case Summary:', '  Redact: is text here.'), 'Redact', 'Carmen'),
      letter('Case Number: CM16-0213037', 'Redact: Carmen', 'Clinical Case Summary:', '  Redact: is text here.'));
    assert.equal(added(letter('Case Number: CM16-0213037', 'Item: MRI'), 'Keep', 'Hawkins'),
      letter('Case Number: CM16-0213037', 'Keep: Hawkins', 'Item: MRI'));
  });

  it('adds it at the end of a letter that has neither, with or without a final newline', () => {
    assert.equal(added('Case Number: CM16-0213037\n', 'Keep', 'Hawkins'), 'Case Number: CM16-0213037\nKeep: Hawkins\n');
    assert.equal(added('Case Number: CM16-0213037', 'Keep', 'Hawkins'), 'Case Number: CM16-0213037\nKeep: Hawkins');
  });
});
