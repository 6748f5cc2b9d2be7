/**
 * Document formatting as edits: the formatter's output, sent as the smallest run of changed lines so the
 * editor keeps the cursor and the undo history tidy. No edit for a letter the formatter leaves alone.
 */
import type { TextEdit } from 'vscode-languageserver-types';
import { formatLetter } from '../format/format';
import type { LetterSnapshot } from './snapshot';

export function formattingEdits(snap: LetterSnapshot): TextEdit[] {
  const formatted = formatLetter(snap.text, snap.letter);
  if (formatted === snap.text) return [];
  const before = snap.lines;
  const after = formatted.split('\n');
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before[endBefore - 1] === after[endAfter - 1]) { endBefore--; endAfter--; }
  const replaced = after.slice(start, endAfter);
  // the changed lines, each with its line end; the range ends at the start of the first unchanged line
  const endLine = endBefore;
  const range = endLine < before.length
    ? { start: { line: start, character: 0 }, end: { line: endLine, character: 0 } }
    : { start: { line: start, character: 0 }, end: { line: before.length - 1, character: before[before.length - 1].length } };
  const newText = endLine < before.length ? replaced.map((l) => `${l}\n`).join('') : replaced.join('\n');
  return [{ range, newText }];
}
