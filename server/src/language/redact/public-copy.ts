/**
 * The public copy of a letter, the way DWC posts letters: the parties the letter declares, the phrases it marks
 * with `Redact:`, whatever looks like personal information by its shape, and person names found by role, title or
 * NLP are replaced by `[redacted]` in every header cell, block and item title. The IMR case number and the header
 * dates stay, as they do in the public letters. Returns a new model; the input is unchanged.
 */
import type { Block, HeaderCell, LetterDocument } from '../render/model';
import { declaredPatterns, keepKey, markedPatterns } from './declared';
import { findPersonalData, mergeMatches, type PersonalDataKind } from './find';
import { findNames, type NameSpan } from './names';

export const REDACTED = '[redacted]';

/** What a redaction removed: a kind of personal data, a declared party, or a phrase the letter marks. */
export type RedactionKind = PersonalDataKind | 'party' | 'marked';

export interface TextRedaction { start: number; end: number; kind: RedactionKind }

/** What the letter itself says about redaction: its parties, its `Redact:` and its `Keep:` phrases. */
export interface RedactionRules { declared: RegExp[]; marked: RegExp[]; keep: ReadonlySet<string> }

export function redactionRules(doc: LetterDocument): RedactionRules {
  return { declared: declaredPatterns(doc), marked: markedPatterns(doc), keep: new Set((doc.keep ?? []).map(keepKey)) };
}

export interface TextAnalysis {
  redactions: TextRedaction[];
  /** name-like phrases kept in the copy: the reviewer should look at them */
  remainders: NameSpan[];
}

function matchesOf(text: string, patterns: readonly RegExp[], kind: RedactionKind): TextRedaction[] {
  const out: TextRedaction[] = [];
  for (const re of patterns) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) if (m[0].length) out.push({ start: m.index, end: m.index + m[0].length, kind });
  }
  return out;
}

/** Everything the public copy removes from one piece of text, and the name-like phrases it keeps. */
export function analyseText(text: string, rules: RedactionRules): TextAnalysis {
  const kept = (r: { start: number; end: number }) => rules.keep.has(keepKey(text.slice(r.start, r.end)));
  const sure = [...matchesOf(text, rules.declared, 'party'), ...matchesOf(text, rules.marked, 'marked')];
  const patterns = findPersonalData(text).filter((r) => !kept(r));
  // the NLP runs only where no pattern or declaration has already removed the name
  const names = findNames(text, [...sure, ...patterns]);
  // a `Keep:` phrase outweighs a find, never a declared party or a `Redact:` phrase
  const found: TextRedaction[] = [...patterns, ...names.names.map((n): TextRedaction => ({ ...n, kind: 'name' })).filter((r) => !kept(r))];
  const redactions = mergeMatches([...sure, ...found]);
  const remainders = names.remainders.filter((r) => !redactions.some((x) => x.start < r.end && r.start < x.end));
  return { redactions, remainders };
}

function apply(text: string, redactions: readonly TextRedaction[]): string {
  if (!redactions.length) return text;
  let out = '';
  let at = 0;
  for (const m of redactions) {
    out += text.slice(at, m.start) + REDACTED;
    at = m.end;
  }
  // "[redacted] [redacted]" for a first and last name found apart reads as two people: one marker
  return (out + text.slice(at)).replace(/\[redacted\](?:,?[ \t]+\[redacted\])+/g, REDACTED);
}

export function redactText(text: string, rules: RedactionRules): string {
  return apply(text, analyseText(text, rules).redactions);
}

function redactBlock(b: Block, redact: (s: string) => string): Block {
  switch (b.kind) {
    case 'heading':
    case 'paragraph':
      return { ...b, text: redact(b.text) };
    case 'labelled':
      return { ...b, label: redact(b.label), text: redact(b.text) };
    case 'decision':
      return { ...b, text: redact(b.text), decision: redact(b.decision) };
  }
}

export function publicCopy(doc: LetterDocument): LetterDocument {
  const rules = redactionRules(doc);
  const cache = new Map<string, string>();
  // the same text (an item title is also its decision line's text) is analysed once
  const redact = (s: string) => {
    let out = cache.get(s);
    if (out === undefined) cache.set(s, (out = redactText(s, rules)));
    return out;
  };
  const cell = (c: HeaderCell | undefined): HeaderCell | undefined => c && { ...c, label: redact(c.label), value: redact(c.value) };
  return {
    ...doc,
    caseNumber: doc.caseNumber === undefined ? undefined : redact(doc.caseNumber),
    header: doc.header.map(([l, r]) => [cell(l), cell(r)]),
    blocks: doc.blocks.map((b) => redactBlock(b, redact)),
    items: doc.items.map((i) => ({ ...i, title: redact(i.title), decision: i.decision === undefined ? undefined : redact(i.decision) })),
    personalData: [],
    parties: {},
    redact: [],
    keep: [],
  };
}
