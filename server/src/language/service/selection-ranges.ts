/** Smart selection: word, citation part, citation or line, field, item, whole letter. */
import type { Position, Range, SelectionRange } from 'vscode-languageserver-types';
import type { Citation } from '../syntax/ast';
import { contains, rangeSize } from './positions';
import type { LetterSnapshot } from './snapshot';

function citationParts(c: Citation): Range[] {
  if (c.kind === 'mtus') {
    return [c.title?.range, c.year?.range, c.chapter?.range, ...(c.sections?.topics.map((t) => t.range) ?? []),
      ...(c.pages?.refs.map((r) => r.range) ?? [])].filter((r): r is Range => !!r);
  }
  if (c.kind === 'non-mtus' && c.source) return [c.source.range];
  return [];
}

function wordAt(line: string, lineNumber: number, character: number): Range | undefined {
  const re = /[\w'/#.-]+/g;
  for (let m = re.exec(line); m; m = re.exec(line)) {
    if (m.index <= character && character <= m.index + m[0].length) {
      return { start: { line: lineNumber, character: m.index }, end: { line: lineNumber, character: m.index + m[0].length } };
    }
  }
  return undefined;
}

export function selectionRanges(snap: LetterSnapshot, positions: Position[]): SelectionRange[] {
  return positions.map((p) => {
    const candidates: Range[] = [snap.letter.range];
    const word = wordAt(snap.lines[p.line] ?? '', p.line, p.character);
    if (word) candidates.push(word);
    for (const f of snap.letter.fields) {
      if (!contains(f.range, p)) continue;
      candidates.push(f.range);
      if (f.shape === 'value' && f.value) candidates.push(f.value.range);
      if (f.shape === 'prose') for (const para of f.paragraphs) { candidates.push(para.range); for (const l of para.lines) candidates.push(l.range); }
      if (f.shape === 'citations') for (const c of f.citations) { candidates.push(c.range, ...citationParts(c)); }
    }
    for (const item of snap.letter.items) candidates.push(item.range);
    const around = candidates.filter((r) => contains(r, p)).sort((a, b) => rangeSize(a) - rangeSize(b));
    const unique = around.filter((r, i) => i === 0 || rangeSize(r) !== rangeSize(around[i - 1]));
    let result: SelectionRange | undefined;
    for (let i = unique.length - 1; i >= 0; i--) result = { range: unique[i], ...(result ? { parent: result } : {}) };
    return result ?? { range: { start: p, end: p } };
  });
}
