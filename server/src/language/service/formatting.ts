/**
 * Document formatting as edits: the formatter's output, sent as one edit covering only the changed stretch of
 * text, so the editor keeps the cursor and the undo history tidy. No edit for a letter the formatter leaves alone.
 */
import type { TextEdit } from 'vscode-languageserver-types';
import { formatLetter } from '../format/format';
import type { LetterSnapshot } from './snapshot';

export function formattingEdits(snap: LetterSnapshot): TextEdit[] {
  const formatted = formatLetter(snap.text, snap.letter);
  // the formatter writes \n; a letter that differs only in its line ends is left alone
  if (formatted === snap.text || formatted === snap.text.replace(/\r\n?/g, '\n')) return [];
  return replacementEdits(snap, formatted);
}

/** The edit that turns the snapshot's text into `after`: one edit over the stretch that differs. */
export function replacementEdits(snap: LetterSnapshot, after: string): TextEdit[] {
  const before = snap.text;
  if (after === before) return [];
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before[endBefore - 1] === after[endAfter - 1]) { endBefore--; endAfter--; }
  // an edit never starts or ends inside a CRLF pair: that offset is no position in LSP terms
  if (start > 0 && before[start - 1] === '\r' && before[start] === '\n') start--;
  if (endBefore > 0 && before[endBefore - 1] === '\r' && before[endBefore] === '\n') { endBefore++; endAfter++; }
  return [{ range: { start: snap.positionAt(start), end: snap.positionAt(endBefore) }, newText: after.slice(start, endAfter) }];
}
