/** Formatting edits name real positions: never the middle of a CRLF pair (found by the LSP fuzz test). */
import assert from 'node:assert/strict';
import { emptyConfig } from '../../server/src/language';
import { formattingEdits, LetterSnapshot } from '../../server/src/language/service';

describe('formatting edits', () => {
  for (const text of ['Case Number:  CM16-0213037\r\n', 'Case Number:  CM16-0213037\r\nPriority:   Standard\r\n', '# a\r\nCase Number:\u00a0 X \r\n']) {
    it(`start and end outside a CRLF pair: ${JSON.stringify(text)}`, () => {
      const snap = new LetterSnapshot(text, emptyConfig());
      const edits = formattingEdits(snap);
      assert.equal(edits.length, 1);
      const lines = text.split('\r\n');
      for (const p of [edits[0].range.start, edits[0].range.end]) assert.ok(p.character <= lines[p.line].length, JSON.stringify(p));
      const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 2, 0) + p.character;
      const applied = text.slice(0, offset(edits[0].range.start)) + edits[0].newText + text.slice(offset(edits[0].range.end));
      assert.doesNotMatch(applied, /\r(?!\n)/, 'a lone CR left behind');
    });
  }
});
