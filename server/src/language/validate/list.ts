import type { Span } from '../syntax/ast';

/** Splits a comma-separated value (`California,North Carolina`) into its entries, each with its own range. */
export function listEntries(value: Span, separator = /,|\band\b/g): Span[] {
  const out: Span[] = [];
  const { line, character } = value.range.start;
  let start = 0;
  const push = (from: number, to: number) => {
    const raw = value.text.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text) out.push({ text, range: { start: { line, character: character + from + lead }, end: { line, character: character + from + lead + text.length } } });
  };
  for (const m of value.text.matchAll(separator)) {
    push(start, m.index ?? 0);
    start = (m.index ?? 0) + m[0].length;
  }
  push(start, value.text.length);
  return out;
}
