/** Entry point of the syntax layer: text in, typed AST with its problems out. Never throws. */
import type { Letter, SyntaxProblem } from './ast';
import { buildLetter } from './build';
import { tokenize } from './lexer';
import { parseTokens } from './parser';

export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/** The lines each letter was parsed from, for the rules that read lines (see `parsedLines`). */
const linesOfLetter = new WeakMap<Letter, { text: string; lines: string[] }>();

/** The lines of `text` when `letter` was parsed from it (split once for parsing and checking), else split now. */
export function parsedLines(letter: Letter, text: string): string[] {
  const parsed = linesOfLetter.get(letter);
  return parsed && parsed.text === text ? parsed.lines : splitLines(text);
}

export function parseLetter(text: string): Letter {
  const lines = splitLines(text);
  const lexed = tokenize(text);
  const parsed = parseTokens(lexed.tokens);
  // from here on the tokens live only in the parser's elements, which the builder lets go of one by one: a long
  // letter's tokens (about 2 KB an item) need not all be alive beside its finished syntax tree
  lexed.tokens = [];
  const letter = buildLetter(parsed.elements, lines);
  const extra: SyntaxProblem[] = [];
  for (const e of lexed.errors) {
    const line = e.line - 1;
    extra.push({
      code: 'IMR000', severity: 'error', message: `Unexpected character: ${e.message}`,
      range: { start: { line, character: e.column - 1 }, end: { line, character: e.column - 1 + e.length } },
    });
  }
  for (const e of parsed.errors) {
    const t = e.token;
    const valid = Number.isFinite(t.startOffset) && t.startOffset >= 0 && t.startLine !== undefined && !Number.isNaN(t.startLine);
    const line = valid ? (t.startLine as number) - 1 : Math.max(0, lines.length - 1);
    const character = valid ? (t.startColumn as number) - 1 : 0;
    extra.push({ code: 'IMR000', severity: 'error', message: e.message, range: { start: { line, character }, end: { line, character: character + (valid ? t.image.length : 0) } } });
  }
  letter.problems.push(...extra);
  letter.problems.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  linesOfLetter.set(letter, { text, lines });
  return letter;
}
