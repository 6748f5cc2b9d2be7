/**
 * The letter parsed from its tokens, through the chevrotain grammar (parser.ts): the reference `parseLetter`'s scan
 * is compared with in the tests. Nothing in the product loads it.
 */
import type { Letter, SyntaxProblem } from './ast';
import { isBlank } from './blanks';
import { LetterBuilder } from './build';
import { LineIndex } from './line-index';
import { tokenize, tokenizeWithLines, type LexResult } from './lexer';
import { finished } from './parse';
import { parseTokens } from './parser';

/**
 * How much of a letter is lexed and parsed at a time, in characters (about 80 items of a long letter). All the
 * tokens of a 50,000-item letter at once would be about 200 MB beside its growing syntax tree, and the garbage
 * collector would go over them again and again; a stretch's tokens are let go of as soon as it is built.
 */
export const STRETCH_CHARS = 1 << 16;

/**
 * Where the stretches start: line starts with a character in the first column that is neither blank nor '#'.
 * Such a line ends every prose or citation block (no line is indented deeper than a label there, and a
 * column-0 comment is looked past), so the lexer is at a line start in its structure mode with nothing carried
 * over, and lexing the stretches apart gives exactly the tokens of lexing the letter whole.
 */
export function stretchStarts(text: string, lines: LineIndex, stretch: number): { offset: number; line: number }[] {
  const starts = [{ offset: 0, line: 0 }];
  if (text.length < 2 * stretch) return starts;
  let last = 0;
  for (let i = 1; i < lines.count; i++) {
    const offset = lines.start(i);
    if (offset - last < stretch) continue;
    const c = text.charCodeAt(offset);
    if (c === 10 || c === 13 || c === 35 || Number.isNaN(c) || isBlank(c)) continue;
    starts.push({ offset, line: i });
    last = offset;
  }
  return starts;
}

/**
 * The letter from its tokens, lexed and parsed in stretches of about `stretch` characters: what `parseLetter` is
 * compared with, and the tests compare it with the letter parsed whole.
 */
export function parseInStretches(text: string, stretch: number): Letter {
  // a letter lexed whole has its line starts found by the lexer; a long one needs them first, to split it
  const whole = text.length < 2 * stretch ? tokenizeWithLines(text) : undefined;
  const lines = whole ? LineIndex.fromStarts(text, whole.lineStarts) : LineIndex.of(text);
  const builder = new LetterBuilder(lines);
  const lexErrors: SyntaxProblem[] = [];
  const parseErrors: SyntaxProblem[] = [];
  const starts = stretchStarts(text, lines, stretch);
  for (let s = 0; s < starts.length; s++) {
    const { offset, line: firstLine } = starts[s];
    const piece = starts.length === 1 ? text : text.slice(offset, s + 1 < starts.length ? starts[s + 1].offset : text.length);
    const lexed = whole && s === 0 ? { tokens: whole.tokens, errors: [] as LexResult['errors'] } : tokenize(piece);
    if (firstLine > 0) {
      for (const t of lexed.tokens) { t.startOffset += offset; t.startLine = (t.startLine as number) + firstLine; }
    }
    const parsed = parseTokens(lexed.tokens);
    // from here on the tokens live only in the parser's elements, which the builder lets go of one by one
    lexed.tokens = [];
    if (whole) whole.tokens = [];
    builder.add(parsed.elements);
    for (const e of lexed.errors) {
      const line = e.line - 1 + firstLine;
      // chevrotain's message says where in the text it lexed: the letter's offset, as when lexed whole
      const message = offset ? e.message.replace(/at offset: (\d+)/, (_, n: string) => `at offset: ${Number(n) + offset}`) : e.message;
      lexErrors.push({
        code: 'IMR000', severity: 'error', message: `Unexpected character: ${message}`,
        range: { start: { line, character: e.column - 1 }, end: { line, character: e.column - 1 + e.length } },
      });
    }
    for (const e of parsed.errors) {
      const t = e.token;
      const valid = Number.isFinite(t.startOffset) && t.startOffset >= 0 && t.startLine !== undefined && !Number.isNaN(t.startLine);
      const line = valid ? (t.startLine as number) - 1 : Math.max(0, lines.count - 1);
      const character = valid ? (t.startColumn as number) - 1 : 0;
      parseErrors.push({ code: 'IMR000', severity: 'error', message: e.message, range: { start: { line, character }, end: { line, character: character + (valid ? t.image.length : 0) } } });
    }
  }
  const letter = builder.finish();
  letter.problems.push(...lexErrors, ...parseErrors);
  return finished(letter, text, lines);
}
