/** Text edits in LSP coordinates applied to a text: the quick fixes' edits, for fix all and the formatter. */
import type { Edit, Position } from '../syntax/ast';

/** Offset of each line's first character, whatever the line ends (\n, \r\n or \r). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  const re = /\r\n|\r|\n/g;
  for (let m = re.exec(text); m; m = re.exec(text)) starts.push(m.index + m[0].length);
  return starts;
}

/** Offset of a position; a position past a line's end is held to it. */
export function offsetOf(starts: number[], text: string, p: Position): number {
  if (p.line >= starts.length) return text.length;
  const end = p.line + 1 < starts.length ? starts[p.line + 1] : text.length;
  return Math.min(starts[p.line] + p.character, end);
}

/** Applies edits that do not overlap (as a fix's edits never do), all read against the original text. */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  const starts = lineStarts(text);
  const located = edits.map((e) => ({ from: offsetOf(starts, text, e.range.start), to: offsetOf(starts, text, e.range.end), newText: e.newText }));
  located.sort((a, b) => b.from - a.from || b.to - a.to);
  let out = text;
  for (const e of located) out = out.slice(0, e.from) + e.newText + out.slice(e.to);
  return out;
}
