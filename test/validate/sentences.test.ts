/**
 * Splitting a rationale into sentences (IMR501 and IMR502 read the last ones): the one-pass splitter gives
 * exactly what the regular expression it replaced gave, on the real rationales and on random text made of the
 * characters that matter (stops, spaces, capitals, digits, quotes).
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { importLetterText, parseLetter } from '../../server/src/language';
import { proseText, sentences } from '../../server/src/language/validate/prose-map';
import { corpusLetters, needCorpus } from '../helpers/corpus';

/** The splitter as it was written before: the reference the faster one must agree with. */
function byRegex(text: string): { text: string; start: number; end: number }[] {
  const out: { text: string; start: number; end: number }[] = [];
  const re = /[^.!?]*(?:[.!?]+(?=\s+["'(A-Z0-9]|\s*$)|$)/g;
  let m: RegExpExecArray | null;
  let guard = 0;
  while ((m = re.exec(text)) && guard++ < 10000) {
    if (m[0] === '') { re.lastIndex++; if (re.lastIndex > text.length) break; continue; }
    const lead = m[0].length - m[0].trimStart().length;
    const s = m[0].trim();
    if (s) out.push({ text: s, start: m.index + lead, end: m.index + lead + s.length });
  }
  return out;
}

describe('sentences of a rationale', () => {
  it('ends a sentence at a stop followed by a capital, a digit, a quote or the end', () => {
    assert.deepEqual(sentences('The request is noted. 2 visits were done! "Then" what? Done.').map((s) => s.text),
      ['The request is noted.', '2 visits were done!', '"Then" what?', 'Done.']);
  });

  it('drops the text before a stop that ends nothing, as before ("2.5 mg", "e.g. the")', () => {
    assert.deepEqual(sentences('Norco 2.5 mg daily. Therefore it is not medically necessary.'),
      [{ text: '5 mg daily.', start: 8, end: 19 }, { text: 'Therefore it is not medically necessary.', start: 20, end: 60 }]);
    assert.deepEqual(sentences('see e.g. the guideline'), [{ text: 'the guideline', start: 9, end: 22 }]);
  });

  it('agrees with the regular expression on every prose field of the corpus', function () {
    const letters = corpusLetters();
    if (!letters.length) needCorpus(this);
    let fields = 0;
    for (const l of letters) {
      for (const f of parseLetter(importLetterText(l.text).imr).fields) {
        if (f.shape !== 'prose') continue;
        const text = proseText(f).text;
        assert.deepEqual(sentences(text), byRegex(text), `${l.name}, ${f.label.text}`);
        fields++;
      }
    }
    assert.ok(fields > letters.length);
  });

  it('agrees with the regular expression on random text', () => {
    const piece = fc.constantFrom('.', '!', '?', '..', ' ', '  ', '\n', '\t', 'A', 'b', '7', '"', "'", '(', ')', 'mg', 'Dr', '\u00a0');
    fc.assert(fc.property(fc.array(piece, { maxLength: 60 }).map((a) => a.join('')), (text) => {
      assert.deepEqual(sentences(text), byRegex(text));
    }), { numRuns: 3000 });
  });
});
