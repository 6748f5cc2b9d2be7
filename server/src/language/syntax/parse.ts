/** Entry point of the syntax layer: text in, typed AST with its problems out. Never throws. */
import type { Letter, SyntaxProblem } from './ast';
import { isBlank } from './blanks';
import { LetterBuilder } from './build';
import { LineIndex, linesView } from './line-index';
import { tokenize, tokenizeWithLines, type LexResult } from './lexer';
import { parseTokens } from './parser';

export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/**
 * The text each letter was parsed from and its line index, for the rules and features that read lines: kept on the
 * letter under a symbol, not enumerable, so no walk, JSON or comparison of the tree sees it. Not in a WeakMap:
 * measured with --trace-gc-nvp, its entries survived V8's young-generation collections, and in a batch each letter's
 * text was promoted to the old generation (600 KB a scavenge), freed only by full collections.
 */
const PARSED_FROM = Symbol('parsed from');
interface ParsedFrom { text: string; lines: LineIndex }
const parsedFrom = (letter: Letter): ParsedFrom | undefined => (letter as { [PARSED_FROM]?: ParsedFrom })[PARSED_FROM];

/** Where each line of `text` starts: the parser's own index when `letter` was parsed from it, else made now. */
export function parsedLineIndex(letter: Letter, text: string): LineIndex {
  const parsed = parsedFrom(letter);
  return parsed && parsed.text === text ? parsed.lines : LineIndex.of(text);
}

/**
 * The lines of `text`: when `letter` was parsed from it, a view that slices a line when it is read (a long letter's
 * rules read a few of its lines, and its 650,000 lines as strings would be 26 MB kept beside its tree), else split now.
 */
export function parsedLines(letter: Letter, text: string): string[] {
  const parsed = parsedFrom(letter);
  return parsed && parsed.text === text ? linesView(parsed.lines) : splitLines(text);
}

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

/** Letters shorter than this (in characters) have their line starts found by their scan, in a plain array. */
const SCAN_LINES_BELOW = 1 << 17;

/**
 * The letter read as it is scanned (`LetterBuilder.scan`): no tokens are made, so the letter is read whole. The
 * tests compare it with `parseInStretches`, which reads the tokens, on every example and corpus letter, long and
 * damaged letters and random text.
 */
export function parseLetter(text: string): Letter {
  // a short letter's line starts are found by its scan; a long one's are kept in a typed array (half the memory)
  const starts = text.length < SCAN_LINES_BELOW ? [0] : undefined;
  const lines = starts ? LineIndex.fromStarts(text, starts) : LineIndex.of(text);
  const builder = new LetterBuilder(lines);
  builder.scan(text, starts);
  return finished(builder.finish(), text, lines);
}

/** The letter with its problems in document order, and the text and line index it was parsed from kept on it. */
function finished(letter: Letter, text: string, lines: LineIndex): Letter {
  letter.problems.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  Object.defineProperty(letter, PARSED_FROM, { value: { text, lines } satisfies ParsedFrom });
  return letter;
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
