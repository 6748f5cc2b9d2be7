/**
 * Helpers that let tests read like documents: a letter snippet written as indented lines, a cursor
 * marker `|` where a position is wanted, and problems printed as `[line:col..line:col] CODE message`.
 */
import type { Position, Range } from '../../server/src/language';

/** Joins lines with '\n' and strips the common indentation, so snippets can be indented in the test. */
export function letter(...lines: string[]): string {
  const indents = lines.filter((l) => l.trim()).map((l) => /^ */.exec(l)![0].length);
  const common = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(common)).join('\n') + '\n';
}

export const CURSOR = '|';

/** Removes the first cursor marker and returns the text and the position it stood at. */
export function withCursor(text: string): { text: string; position: Position } {
  const offset = text.indexOf(CURSOR);
  if (offset < 0) throw new Error('snippet has no cursor marker');
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  const character = offset - (before.lastIndexOf('\n') + 1);
  return { text: before + text.slice(offset + 1), position: { line, character } };
}

export function rangeString(r: Range): string {
  return `[${r.start.line}:${r.start.character}..${r.end.line}:${r.end.character}]`;
}

export function problemStrings(problems: { range: Range; code: string; message: string }[]): string[] {
  return problems.map((p) => `${rangeString(p.range)} ${p.code} ${p.message}`);
}

/** The text a range covers, for assertions like "this range underlines `2004`". */
export function textAt(text: string, r: Range): string {
  const lines = text.split('\n');
  if (r.start.line === r.end.line) return lines[r.start.line].slice(r.start.character, r.end.character);
  return [lines[r.start.line].slice(r.start.character), ...lines.slice(r.start.line + 1, r.end.line), lines[r.end.line].slice(0, r.end.character)].join('\n');
}
