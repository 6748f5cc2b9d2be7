/**
 * The redaction review: every redaction the public copy makes (what kind, the text removed, where) and every
 * suspicious remainder (a name-like phrase it kept), so a person can check the copy before it is published.
 * The same list feeds `imr render --public --report` and the editor's Review Public Copy view.
 */
import type { Block, LetterDocument } from '../render/model';
import { keepKey } from './declared';
import { analyseText, redactionRules, type RedactionKind, type RedactionRules } from './public-copy';

/** Where in the letter: the part (a header cell's label, a heading's or labelled block's label, `paragraph`,
 * `item`) and the 0-based source line of the field or paragraph it comes from, where the letter has one. */
export interface ReviewPlace { part: string; line?: number }

export interface ReviewedRedaction {
  kind: RedactionKind;
  /** the text removed, as the letter has it */
  text: string;
  where: ReviewPlace;
  /** the sentence around it, the removed text in «guillemets» */
  context: string;
}

export interface SuspiciousRemainder {
  text: string;
  where: ReviewPlace;
  context: string;
  /** the letter's `Keep:` names it: the reviewer has decided it stays */
  reviewed: boolean;
}

export interface PublicCopyReview {
  redactions: ReviewedRedaction[];
  remainders: SuspiciousRemainder[];
  /** remainders nobody has reviewed yet (neither kept nor marked for redaction) */
  unreviewed: number;
}

const CONTEXT = 60;

function contextOf(text: string, start: number, end: number): string {
  const from = Math.max(0, text.lastIndexOf(' ', Math.max(0, start - CONTEXT)) + 1);
  const toSpace = text.indexOf(' ', Math.min(text.length, end + CONTEXT));
  const to = toSpace < 0 ? text.length : toSpace;
  return `${from > 0 ? '…' : ''}${text.slice(from, start)}«${text.slice(start, end)}»${text.slice(end, to)}${to < text.length ? '…' : ''}`;
}

function pieces(doc: LetterDocument): { text: string; where: ReviewPlace }[] {
  const out: { text: string; where: ReviewPlace }[] = [];
  if (doc.caseNumber !== undefined && !doc.header.some(([l]) => l?.key === 'caseNumber')) out.push({ text: doc.caseNumber, where: { part: 'Case Number' } });
  for (const row of doc.header) {
    for (const c of row) if (c) out.push({ text: c.value, where: { part: c.label.replace(/:$/, ''), line: c.line } });
  }
  const partOf = (b: Block): string => (b.kind === 'labelled' ? b.label.replace(/:$/, '') : b.kind === 'decision' ? 'item' : b.kind);
  for (const b of doc.blocks) {
    if (b.kind === 'heading') continue;
    out.push({ text: b.text, where: { part: partOf(b), line: b.line } });
  }
  return out;
}

export function reviewPublicCopy(doc: LetterDocument, rules: RedactionRules = redactionRules(doc)): PublicCopyReview {
  const redactions: ReviewedRedaction[] = [];
  const remainders: SuspiciousRemainder[] = [];
  const seen = new Set<string>();
  for (const { text, where } of pieces(doc)) {
    const found = analyseText(text, rules);
    for (const r of found.redactions) redactions.push({ kind: r.kind, text: text.slice(r.start, r.end), where, context: contextOf(text, r.start, r.end) });
    for (const r of found.remainders) {
      const phrase = text.slice(r.start, r.end);
      // one entry a phrase and place: the review asks once about "Zelda" in a paragraph
      const key = `${keepKey(phrase)}@${where.line ?? where.part}`;
      if (seen.has(key)) continue;
      seen.add(key);
      remainders.push({ text: phrase, where, context: contextOf(text, r.start, r.end), reviewed: rules.keep.has(keepKey(phrase)) });
    }
  }
  return { redactions, remainders, unreviewed: remainders.filter((r) => !r.reviewed).length };
}
