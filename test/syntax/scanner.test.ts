/**
 * The hand-written scanner (`tokenize` without a lexer) makes exactly chevrotain's tokens of the same modes: every
 * token's type, image, offset, line and column, and no errors, on every example and corpus letter, on every UTF-16
 * code unit at the start of each kind of line, and on random text built from the pieces that decide modes.
 */
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import type { IToken } from 'chevrotain';
import { importLetterText } from '../../server/src/language';
import { optimisedLexer } from '../../server/src/language/syntax/chevrotain-lexer';
import { tokenize, tokenizeWithLines } from '../../server/src/language/syntax/lexer';
import { LineIndex } from '../../server/src/language/syntax/line-index';
import { corpusLetters, repoRoot } from '../helpers/corpus';
import { generatedLetter } from '../bench/generate';

const chevrotain = optimisedLexer();

function same(text: string): void {
  const scanned = tokenize(text);
  const lexed = tokenize(text, chevrotain);
  assert.deepEqual(lexed.errors, []);
  assert.deepEqual(scanned.errors, []);
  const shown = (ts: IToken[]) => ts.map((t) => ({ ...t, tokenType: t.tokenType.name }));
  assert.deepEqual(shown(scanned.tokens), shown(lexed.tokens));
  // the very same objects' shape: the parser reads tokenType and tokenTypeIdx
  scanned.tokens.forEach((t, i) => assert.equal(t.tokenType, lexed.tokens[i].tokenType));
  // and the line starts it finds on the way are those the line index searches for
  const withLines = tokenizeWithLines(text);
  assert.deepEqual(shown(withLines.tokens), shown(lexed.tokens));
  const index = LineIndex.of(text);
  assert.deepEqual([...withLines.lineStarts], Array.from({ length: index.count }, (_, i) => index.start(i)));
}

describe('hand-written scanner', () => {
  it('makes chevrotain\'s tokens of every example and corpus letter and a generated one', () => {
    const examples = path.join(repoRoot(), 'examples');
    const texts = fs.readdirSync(examples).filter((f) => f.endsWith('.imr')).map((f) => fs.readFileSync(path.join(examples, f), 'utf8'));
    texts.push(...corpusLetters().map((l) => importLetterText(l.text).imr), generatedLetter(30));
    for (const text of texts) {
      same(text);
      same(text.replace(/\n/g, '\r\n'));
      same(text.replace(/\n/g, '\r'));
    }
  });

  it('makes chevrotain\'s tokens with any UTF-16 code unit starting a value, a prose line, a citation and a stray line', () => {
    const units: string[] = [];
    for (let c = 0; c <= 0xffff; c++) if (c !== 10 && c !== 13) units.push(String.fromCharCode(c));
    same([
      'Clinical Case Summary:', ...units.map((u) => `  ${u}z`),
      'Item: MRI', '  MAXIMUS guideline:', ...units.map((u) => `    ${u}z`),
      ...units.map((u) => `Case Number: ${u}z`),
      ...units.map((u) => `${u}z`), ...units.map((u) => `${u}tem: x`), ...units.map((u) => `  Decision${u}: x`),
    ].join('\n'));
  });

  it('makes chevrotain\'s tokens of random lines of labels, misspelt labels, prose, comments and odd characters', () => {
    const piece = fc.constantFrom(
      'Item: MRI', 'Decision: Upheld', 'decision:', '  Decision rationale:', 'MAXIMUS guideline:', 'Case Number: CM16-0213037',
      'Clinical Case Summary:', 'Decison rationale:', 'Maximus guidline:', 'Date of Injry: 1', 'Claims Administrator:', 'Rationale :',
      'Authorized instead:', 'DOI:', 'Era:', 'Summary\u00a0:', '# note', '  # not a comment', '#', 'Therefore, not medically necessary.',
      'MTUS ACOEM Chapter 12', 'Non-MTUS ODG', 'None cited', '\u00e9\u00e8', '\uFEFF', '\u2028', '\u00a0', '\ud83d\ude00', '\t', '  ', '    ',
      ':', 'State(s) of Licensure: CA', '\r', '\n', '\r\n', '\n\n', 'Foo Bar:', 'x',
    );
    fc.assert(fc.property(fc.array(piece, { maxLength: 40 }).map((a) => a.join('')), (text) => { same(text); }), { numRuns: 3000 });
  });
});
