/**
 * A prose field's text as one string (lines joined by single spaces, paragraphs by blank-line breaks
 * rendered as spaces), with the way back from an offset in that string to a position in the document.
 */
import type { Position, ProseField, Range } from '../syntax/ast';

export interface ProseText {
  text: string;
  positionAt(offset: number): Position;
  rangeOf(start: number, end: number): Range;
}

/** Several rules read the same prose: join each field once. */
const joined = new WeakMap<ProseField, ProseText>();

export function proseText(field: ProseField): ProseText {
  let found = joined.get(field);
  if (!found) {
    found = join(field);
    joined.set(field, found);
  }
  return found;
}

function join(field: ProseField): ProseText {
  const starts: number[] = [];
  const positions: Position[] = [];
  let text = '';
  for (const p of field.paragraphs) {
    for (const line of p.lines) {
      if (text) text += ' ';
      starts.push(text.length);
      positions.push(line.range.start);
      text += line.text;
    }
  }
  const positionAt = (offset: number): Position => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid; else hi = mid - 1;
    }
    const base = positions[lo] ?? field.label.range.end;
    return { line: base.line, character: base.character + (offset - (starts[lo] ?? 0)) };
  };
  const rangeOf = (start: number, end: number): Range => {
    const last = positionAt(Math.max(start, end - 1));
    return { start: positionAt(start), end: { line: last.line, character: last.character + (end > start ? 1 : 0) } };
  };
  return { text, positionAt, rangeOf };
}

/** Sentences with their offsets: split after . ! ? followed by a space and a capital, digit or quote. */
export function sentences(text: string): { text: string; start: number; end: number }[] {
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
