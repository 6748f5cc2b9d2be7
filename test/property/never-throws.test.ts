/**
 * Parse, format and render never throw, on any input: random text, and random damage done to real
 * letters. Every problem's range lies inside the document, and one broken line leaves later items intact.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  buildDocument, formatLetter, importLetterText, parseLetter, renderText, splitLines, type Range,
} from '../../server/src/language';
import { corpusLetters, needCorpus } from '../helpers/corpus';
import { letter } from '../helpers/snippets';

function insideDocument(text: string, r: Range): boolean {
  const lines = splitLines(text);
  const ok = (p: Range['start']) => p.line >= 0 && p.line < lines.length && p.character >= 0 && p.character <= lines[p.line].length;
  return ok(r.start) && ok(r.end) && (r.start.line < r.end.line || (r.start.line === r.end.line && r.start.character <= r.end.character));
}

function everythingOn(text: string): void {
  const parsed = parseLetter(text);
  for (const p of parsed.problems) assert.ok(insideDocument(text, p.range), `range ${JSON.stringify(p.range)} outside the document`);
  renderText(buildDocument(parsed));
  const formatted = formatLetter(text);
  assert.equal(formatLetter(formatted), formatted, 'format is not idempotent');
}

const SAMPLE = letter(
  'Case Number: CM16-0213037',
  'Decision Date: 12/09/2016',
  'State(s) of Licensure: California',
  '',
  'Clinical Case Summary:',
  '  The injured worker is 48.',
  '',
  'Item: MRI',
  '  Decision: Upheld',
  '  Claims Administrator guideline: MTUS Shoulder Complaints 2004',
  '  MAXIMUS guideline:',
  '    MTUS Shoulder Complaints 2004, Section(s): Special Studies',
  '    Non-MTUS ODG',
  '  Decision rationale:',
  '    Not medically necessary.',
);

/** Characters that matter to the lexer, so random text hits its edges often. */
const letterish = fc.array(fc.oneof(
  fc.constantFrom('\n', '\r\n', '\r', ' ', '  ', '\t', '#', ':', ';', ',', 'Item:', 'Decision:', 'MTUS ', 'Non-MTUS',
    'Section(s):', 'Page(s):', 'Chapter 12', '2004', 'Decision rationale:', 'MAXIMUS guideline:', '\f', '\u200f', '😀', '\u0000'),
  fc.string({ maxLength: 8 }),
), { maxLength: 80 }).map((parts) => parts.join(''));

describe('robustness', () => {
  it('never throws on random text', () => {
    fc.assert(fc.property(letterish, (text) => { everythingOn(text); }), { numRuns: 500 });
  });

  it('never throws on random damage to a letter', () => {
    const damage = fc.tuple(fc.nat(SAMPLE.length), fc.nat(20), letterish);
    fc.assert(fc.property(damage, ([at, cut, insert]) => {
      everythingOn(SAMPLE.slice(0, at) + insert + SAMPLE.slice(at + cut));
    }), { numRuns: 500 });
  });

  it('never throws on random damage to real letters', function () {
    needCorpus(this);
    const letters = corpusLetters().slice(0, 40).map((l) => importLetterText(l.text).imr);
    const damage = fc.tuple(fc.nat(letters.length - 1), fc.double({ min: 0, max: 1, noNaN: true }), fc.nat(40), letterish);
    fc.assert(fc.property(damage, ([which, where, cut, insert]) => {
      const text = letters[which];
      const at = Math.floor(where * text.length);
      everythingOn(text.slice(0, at) + insert + text.slice(at + cut));
    }), { numRuns: 300 });
  });

  it('keeps every later item when a line in the middle of a letter is broken', function () {
    needCorpus(this);
    const letters = corpusLetters().map((l) => importLetterText(l.text).imr).filter((t) => parseLetter(t).items.length >= 3);
    assert.ok(letters.length > 0, 'corpus letters with three items or more');
    for (const text of letters) {
      const lines = text.split('\n');
      const before = parseLetter(text).items.map((i) => i.field.value?.text);
      // break the line holding the first item's decision
      const at = lines.findIndex((l) => l.startsWith('  Decision:'));
      lines[at] = 'Decsion Upheld ??? }}} {{';
      const after = parseLetter(lines.join('\n'));
      assert.deepEqual(after.items.map((i) => i.field.value?.text), before);
      assert.equal(after.problems.length, 1, JSON.stringify(after.problems));
    }
  });
});
