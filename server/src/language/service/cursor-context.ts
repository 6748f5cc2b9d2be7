/**
 * Where the cursor is, in the language's terms: at the start of a line (a label may go there), in a
 * field's value, on a citation line, in prose or a comment. Found by lexing the text with an invisible
 * marker at the cursor, so the answer always agrees with how the parser reads that spot, even on an empty line.
 */
import type { IToken } from 'chevrotain';
import type { DisputedItem, Position } from '../syntax/ast';
import type { FieldSpec } from '../syntax/fields';
import { fieldOfLabelToken, tokenize } from '../syntax/lexer';
import type { LetterSnapshot } from './snapshot';

const MARK = '\u2063';

export type CursorContext =
  /** a label may be typed here; `typed` is what stands before the cursor on the line (without indentation) */
  | { kind: 'label'; typed: string; indent: number; item?: DisputedItem }
  | { kind: 'value'; field: FieldSpec; typed: string; typedStart: number }
  | { kind: 'citation'; field: FieldSpec; typed: string; typedStart: number }
  | { kind: 'prose' | 'comment' | 'none' };

function containing(tokens: IToken[], offset: number): IToken | undefined {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = tokens[mid];
    if (t.startOffset + t.image.length - 1 < offset) lo = mid + 1;
    else if (t.startOffset > offset) hi = mid - 1;
    else return t;
  }
  return undefined;
}

/** The disputed item the cursor's line belongs to, if an `Item:` above it is still open. */
function openItem(snap: LetterSnapshot, line: number): DisputedItem | undefined {
  let found: DisputedItem | undefined;
  for (const item of snap.letter.items) if (item.range.start.line < line) found = item;
  if (!found) return undefined;
  // a letter-level field between the item and the cursor closes it
  const closed = snap.letter.fields.some((f) => f.spec.scope !== 'item' && f.range.start.line > found!.range.start.line && f.range.start.line < line);
  return closed ? undefined : found;
}

/**
 * A line that starts in column 0 with anything but `#` ends every block and is read in structure mode, so
 * lexing may start there: the window around the cursor lexes exactly as the whole letter would.
 */
function isRestartLine(line: string | undefined): boolean {
  return line !== undefined && /^[^\s#]/.test(line);
}

export function cursorContext(snap: LetterSnapshot, position: Position): CursorContext {
  let first = Math.min(position.line, snap.lines.length - 1);
  while (first > 0 && !isRestartLine(snap.lines[first])) first--;
  let last = position.line + 1;
  while (last < snap.lines.length && !isRestartLine(snap.lines[last])) last++;
  const windowStart = snap.offsetAt(first, 0);
  const windowEnd = last < snap.lines.length ? snap.offsetAt(last, 0) : snap.text.length;
  const offset = snap.offsetAt(position.line, position.character) - windowStart;
  const window = snap.text.slice(windowStart, windowEnd);
  const marked = window.slice(0, offset) + MARK + window.slice(offset);
  const { tokens } = tokenize(marked);
  const token = containing(tokens, offset);
  const lineText = snap.lines[position.line] ?? '';
  const before = lineText.slice(0, position.character);
  if (!token) return { kind: 'none' };
  const name = token.tokenType.name;
  if (name === 'Comment') return { kind: 'comment' };
  if (name === 'ProseText') return { kind: 'prose' };
  if (name === 'Stray' || fieldOfLabelToken.has(token.tokenType)) {
    // only while the line holds nothing but a word being typed (no colon yet)
    const typed = before.trimStart();
    if (/:/.test(typed)) return { kind: 'none' };
    return { kind: 'label', typed, indent: before.length - typed.length, item: openItem(snap, position.line) };
  }
  const labelToken = [...tokens].reverse().find((t) => t.startOffset < token.startOffset && fieldOfLabelToken.has(t.tokenType));
  const field = labelToken ? fieldOfLabelToken.get(labelToken.tokenType) : undefined;
  if (!field) return { kind: 'none' };
  const typedStart = token.startOffset === offset ? position.character : (token.startColumn ?? 1) - 1;
  const typed = lineText.slice(typedStart, position.character);
  if (name === 'Value') return { kind: 'value', field, typed, typedStart };
  if (name === 'CitationText') return { kind: 'citation', field, typed, typedStart };
  return { kind: 'none' };
}
