/** Folding: every multi-line block (prose, citations), every disputed item, the header and runs of comments. */
import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver-types';
import type { LetterSnapshot } from './snapshot';

export function foldingRanges(snap: LetterSnapshot): FoldingRange[] {
  const out: FoldingRange[] = [];
  const add = (startLine: number, endLine: number, kind?: FoldingRangeKind) => {
    if (endLine > startLine) out.push({ startLine, endLine, ...(kind ? { kind } : {}) });
  };
  for (const field of snap.letter.fields) if (field.shape !== 'value') add(field.range.start.line, field.range.end.line);
  for (const item of snap.letter.items) add(item.range.start.line, item.range.end.line);
  const header = snap.letter.fields.filter((f) => f.spec.scope === 'header');
  if (header.length) add(Math.min(...header.map((f) => f.range.start.line)), Math.max(...header.map((f) => f.range.end.line)), FoldingRangeKind.Imports);
  const comments = snap.letter.comments.map((c) => c.range.start.line).sort((a, b) => a - b);
  for (let i = 0; i < comments.length;) {
    let j = i;
    while (j + 1 < comments.length && comments[j + 1] === comments[j] + 1) j++;
    add(comments[i], comments[j], FoldingRangeKind.Comment);
    i = j + 1;
  }
  return out.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}
