/**
 * What a letter says, as the parser reads it: its fields in order (under their items), each field's value,
 * citations and prose words, and its comments. The formatter compares this before and after formatting and
 * keeps the letter as it was when they differ: a layout change must never change a determination, a
 * guideline cited or a word of the reviewer's.
 */
import type { Field, Letter, Range } from '../syntax/ast';

/** One statement of the letter, with where it starts in the text it was read from. */
export interface MeaningLine { text: string; line: number }

function words(s: string): string {
  return s.split(/\s+/).filter(Boolean).join(' ');
}

function fieldLines(field: Field, where: string, out: MeaningLine[]): void {
  const at = (range: Range) => range.start.line;
  const head = `${where}${field.key}`;
  if (field.shape === 'value') {
    out.push({ text: `${head}: ${field.value?.text ?? ''}`, line: at(field.range) });
  } else if (field.shape === 'citations') {
    out.push({ text: `${head}: ${field.citations.length} citation(s)`, line: at(field.range) });
    for (const c of field.citations) out.push({ text: `${head} citation: ${words(c.text)}`, line: at(c.range) });
  } else {
    out.push({ text: `${head}: ${field.paragraphs.length} paragraph(s)`, line: at(field.range) });
    for (const p of field.paragraphs) out.push({ text: `${head} paragraph: ${words(p.text)}`, line: at(p.range) });
  }
}

export function letterMeaning(letter: Letter): MeaningLine[] {
  const out: MeaningLine[] = [];
  const itemOf = new Map<Field, number>();
  for (const item of letter.items) for (const f of item.fields) itemOf.set(f, item.index);
  for (const field of letter.fields) {
    const item = field.key === 'item' ? undefined : itemOf.get(field);
    fieldLines(field, item === undefined ? '' : `item ${item + 1} `, out);
  }
  for (const c of letter.comments) out.push({ text: `comment: ${c.text}`, line: c.range.start.line });
  return out;
}

/**
 * The first statement that reads differently in `after` than in `before`, described for the user, or
 * undefined when both letters say the same.
 */
export function meaningChange(before: Letter, after: Letter): string | undefined {
  const a = letterMeaning(before);
  const b = letterMeaning(after);
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (a[i].text !== b[i].text) return `line ${a[i].line + 1} would read '${clip(b[i].text)}' instead of '${clip(a[i].text)}'`;
  }
  if (a.length > n) return `line ${a[n].line + 1} ('${clip(a[n].text)}') would be lost`;
  if (b.length > n) return `'${clip(b[n].text)}' would be added`;
  return undefined;
}

function clip(s: string): string {
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}
