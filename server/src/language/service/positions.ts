/** Positions and ranges: comparisons and containment, in LSP coordinates. */
import type { Position, Range } from '../syntax/ast';

export function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

/** Inclusive at both ends, so a cursor right after a word still counts as on it. */
export function contains(range: Range, p: Position): boolean {
  return !before(p, range.start) && !before(range.end, p);
}

export function rangeSize(r: Range): number {
  return (r.end.line - r.start.line) * 100000 + (r.end.character - r.start.character);
}
