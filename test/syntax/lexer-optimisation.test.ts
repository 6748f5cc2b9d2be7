/**
 * chevrotain's first-character optimisation (on in every lexer mode, since the rest-of-line tokens say which
 * characters they start with) changes only how fast tokens are found, never which: the token stream equals the
 * unoptimised lexer's on every example and corpus letter and on random text built from the pieces that matter.
 */
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { importLetterText } from '../../server/src/language';
import { optimisedLexer, unoptimisedLexer } from '../../server/src/language/syntax/chevrotain-lexer';
import { tokenize } from '../../server/src/language/syntax/lexer';
import { corpusLetters, repoRoot } from '../helpers/corpus';

const fast = optimisedLexer();
const slow = unoptimisedLexer();

function stream(text: string, optimised: boolean): string[] {
  const r = tokenize(text, optimised ? fast : slow);
  return [...r.tokens.map((t) => `${t.tokenType.name}@${t.startOffset}:${JSON.stringify(t.image)}`), ...r.errors.map((e) => `error@${e.offset}+${e.length}`)];
}

describe('lexer first-character optimisation', () => {
  it('gives the unoptimised token stream for every example and corpus letter', () => {
    const examples = path.join(repoRoot(), 'examples');
    const texts = fs.readdirSync(examples).filter((f) => f.endsWith('.imr')).map((f) => fs.readFileSync(path.join(examples, f), 'utf8'));
    texts.push(...corpusLetters().map((l) => importLetterText(l.text).imr));
    for (const text of texts) assert.deepEqual(stream(text, true), stream(text, false));
  });

  it('starts a value, a prose line, a citation and a stray line with any UTF-16 code unit but a line break', () => {
    const units: string[] = [];
    for (let c = 0; c <= 0xffff; c++) if (c !== 10 && c !== 13) units.push(String.fromCharCode(c));
    const text = [
      'Clinical Case Summary:', ...units.map((u) => `  ${u}z`),
      'Item: MRI', '  MAXIMUS guideline:', ...units.map((u) => `    ${u}z`),
      ...units.map((u) => `Case Number: ${u}z`),
      ...units.map((u) => `${u}z`),
    ].join('\n');
    assert.deepEqual(tokenize(text, fast).errors, []);
    assert.deepEqual(stream(text, true), stream(text, false));
  });

  it('gives the unoptimised token stream for random lines of labels, prose, comments and odd characters', () => {
    const piece = fc.constantFrom(
      'Item: MRI', 'Decision: Upheld', 'decision:', '  Decision rationale:', 'MAXIMUS guideline:', 'Case Number: CM16-0213037',
      'Clinical Case Summary:', '# note', '  # not a comment', 'Therefore, not medically necessary.', '\u00e9\u00e8', '\uFEFF', '\u2028',
      '\ud83d\ude00', '\t', '  ', '    ', ':', 'State(s) of Licensure: CA', 'Non-MTUS ODG', '\r', '\n', '\r\n', '\n\n',
    );
    fc.assert(fc.property(fc.array(piece, { maxLength: 40 }).map((a) => a.join('')), (text) => {
      assert.deepEqual(stream(text, true), stream(text, false));
    }), { numRuns: 2000 });
  });
});
