import type { Span } from '../syntax/ast';
import { LineSpan } from '../syntax/line-span';

/**
 * Splits a comma-separated value (`California,North Carolina`) into its entries, each with its own range (made when
 * read, as the parser's spans make theirs: most entries are looked up and never reported).
 */
export function listEntries(value: Span, separator = /,|\band\b/g): Span[] {
  const out: Span[] = [];
  const { line, character } = value.range.start;
  const text = value.text;
  const push = (from: number, to: number) => {
    const raw = text.slice(from, to);
    const trimmed = raw.trim();
    if (!trimmed) return;
    const start = character + from + raw.length - raw.trimStart().length;
    out.push(new LineSpan(trimmed, line, start, start + trimmed.length));
  };
  // searched by exec, not matchAll, which copies the pattern, from where the pattern stands (as matchAll's copy
  // starts); the caller's pattern is left as it was
  if (!separator.global) throw new TypeError('listEntries: the separator must be a global pattern');
  const lastIndex = separator.lastIndex;
  let start = 0;
  for (let m; (m = separator.exec(text));) {
    push(start, m.index);
    start = m.index + m[0].length;
    if (m[0] === '') separator.lastIndex++;
  }
  separator.lastIndex = lastIndex;
  push(start, text.length);
  return out;
}
