/** The letter as plain text, laid out like the public letters: header table, centred headings, wrapped paragraphs. */
import type { Block, HeaderCell, LetterDocument } from './model';

const WIDTH = 96;
const LEFT_LABEL = 22;
const RIGHT_COLUMN = 54;
const RIGHT_LABEL = 22;

/** Greedy word wrap; words longer than the width stand on their own line, unbroken. */
export function wrap(text: string, width = WIDTH): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    if (!current) current = word;
    else if (current.length + 1 + word.length <= width) current += ` ${word}`;
    else { lines.push(current); current = word; }
  }
  if (current) lines.push(current);
  return lines.length ? lines : [''];
}

function headerCell(cell: HeaderCell | undefined, labelWidth: number): string {
  return cell ? `${cell.label.padEnd(labelWidth)}${cell.value}` : '';
}

function headerLines(doc: LetterDocument): string[] {
  return doc.header.map(([left, right]) => {
    const l = headerCell(left, LEFT_LABEL);
    if (!right) return l;
    return `${l.padEnd(RIGHT_COLUMN)}${headerCell(right, RIGHT_LABEL)}`;
  });
}

function blockLines(block: Block): string[] {
  switch (block.kind) {
    case 'heading': {
      const pad = Math.max(0, Math.floor((WIDTH - block.text.length) / 2));
      return [' '.repeat(pad) + block.text];
    }
    case 'paragraph':
      return wrap(block.text);
    case 'labelled':
      return wrap(`${block.label} ${block.text}`);
    case 'decision':
      return wrap(`${block.text}${block.separator}${block.decision}`);
  }
}

export function renderText(doc: LetterDocument): string {
  const out: string[] = [...headerLines(doc)];
  let previous: Block | undefined;
  for (const block of doc.blocks) {
    // headings sit directly above their first paragraph, and credential lines under each other, as in the letters
    const glued = previous?.kind === 'heading' || (block.kind !== 'heading' && block.kind !== 'decision' && block.tight === true);
    if (!glued && out.length) out.push('');
    out.push(...blockLines(block));
    previous = block;
  }
  return `${out.join('\n')}\n`;
}
