/** Entry point of the syntax layer: text in, typed AST with its problems out. Never throws. */
import type { Letter, SyntaxProblem } from './ast';
import { buildLetter } from './build';
import { tokenize } from './lexer';
import { parseTokens } from './parser';

export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/** How many lines the text has and how long the last is, without splitting it (a 50,000-item letter has 600,000 lines). */
function lastLineOf(text: string): { count: number; lastLength: number } {
  let count = 1;
  let lastStart = 0;
  for (let i = text.indexOf('\n'), j = text.indexOf('\r'); i >= 0 || j >= 0;) {
    // the next line end, \r\n counting once
    const at = j >= 0 && (i < 0 || j < i) ? j : i;
    const end = text.charCodeAt(at) === 13 && text.charCodeAt(at + 1) === 10 ? at + 2 : at + 1;
    count++;
    lastStart = end;
    if (i >= 0 && i < end) i = text.indexOf('\n', end);
    if (j >= 0 && j < end) j = text.indexOf('\r', end);
  }
  return { count, lastLength: text.length - lastStart };
}

export function parseLetter(text: string): Letter {
  const lines = lastLineOf(text);
  const lexed = tokenize(text);
  const parsed = parseTokens(lexed.tokens);
  // from here on the tokens live only in the parser's elements, which the builder lets go of one by one: a long
  // letter's tokens (about 2 KB an item) need not all be alive beside its finished syntax tree
  lexed.tokens = [];
  const letter = buildLetter(parsed.elements, lines.count, lines.lastLength);
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
    const line = valid ? (t.startLine as number) - 1 : Math.max(0, lines.count - 1);
    const character = valid ? (t.startColumn as number) - 1 : 0;
    extra.push({ code: 'IMR000', severity: 'error', message: e.message, range: { start: { line, character }, end: { line, character: character + (valid ? t.image.length : 0) } } });
  }
  letter.problems.push(...extra);
  letter.problems.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  return letter;
}
