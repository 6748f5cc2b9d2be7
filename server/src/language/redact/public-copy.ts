/**
 * The public copy of a letter, the way DWC posts letters: the parties the letter declares and whatever looks like
 * personal information are replaced by `[redacted]` in every header cell, block and item title. The IMR case
 * number and the header dates stay, as they do in the public letters. Returns a new model; the input is unchanged.
 */
import type { Block, HeaderCell, LetterDocument, PartyKey } from '../render/model';
import { findPersonalData, mergeMatches, type PersonalDataMatch } from './find';

export const REDACTED = '[redacted]';

/** Words of a declared person's name that are not worth removing on their own. */
const NAME_STOP = new Set(['dr', 'mr', 'mrs', 'ms', 'miss', 'mx', 'prof', 'md', 'do', 'dc', 'phd', 'jr', 'sr', 'ii', 'iii',
  'iv', 'the', 'and', 'of', 'de', 'del', 'la', 'le', 'van', 'von', 'da', 'di', 'np', 'pa', 'rn']);
const COMPANY_SUFFIX = /[,\s]+(?:inc|incorporated|llc|l\.l\.c|llp|lp|ltd|co|corp|corporation|company|group|services)\.?$/i;
const PERSONS: readonly PartyKey[] = ['employee', 'requestingPhysician'];

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A value as typed, with any run of spaces matching any whitespace, bounded by non-letters. */
function phrase(s: string, flags: string): RegExp {
  const body = s.trim().split(/\s+/).map(escapeRe).join('\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, `g${flags}u`);
}

/** Every way the letter's declared parties can show up in its text. */
function declaredPatterns(doc: LetterDocument): RegExp[] {
  const out: RegExp[] = [];
  const parties = doc.parties ?? {};
  const values = new Set([...doc.personalData, ...Object.values(parties)].map((v) => v.trim()).filter((v) => v.length >= 2));
  for (const v of values) {
    out.push(phrase(v, 'i'));
    const company = v.replace(COMPANY_SUFFIX, '').trim();
    if (company !== v && company.length >= 4) out.push(phrase(company, 'i'));
  }
  const claim = parties.claimNumber?.replace(/[^A-Za-z0-9]/g, '');
  if (claim && claim.length >= 4) {
    // the same claim number typed with other separators, or none
    out.push(new RegExp(`(?<![A-Za-z0-9])${claim.split('').map(escapeRe).join('[\\s./-]?')}(?![A-Za-z0-9])`, 'gi'));
  }
  for (const key of PERSONS) {
    for (const word of (parties[key] ?? '').split(/[\s,]+/)) {
      const w = word.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
      if (w.length < 2 || NAME_STOP.has(w.toLowerCase().replace(/\./g, ''))) continue;
      // a surname alone ("Smith reported ..."), as typed or in capitals
      out.push(phrase(w, ''), phrase(w.toUpperCase(), ''));
    }
  }
  return out;
}

export function redactText(text: string, declared: readonly RegExp[]): string {
  const found: PersonalDataMatch[] = [...findPersonalData(text)];
  for (const re of declared) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) found.push({ start: m.index, end: m.index + m[0].length, kind: 'name' });
  }
  if (!found.length) return text;
  let out = '';
  let at = 0;
  for (const m of mergeMatches(found)) {
    out += text.slice(at, m.start) + REDACTED;
    at = m.end;
  }
  // "[redacted] [redacted]" for a first and last name found apart reads as two people: one marker
  return (out + text.slice(at)).replace(/\[redacted\](?:[ \t]+\[redacted\])+/g, REDACTED);
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
  const declared = declaredPatterns(doc);
  const redact = (s: string) => redactText(s, declared);
  const cell = (c: HeaderCell | undefined): HeaderCell | undefined => c && { ...c, label: redact(c.label), value: redact(c.value) };
  return {
    ...doc,
    caseNumber: doc.caseNumber === undefined ? undefined : redact(doc.caseNumber),
    header: doc.header.map(([l, r]) => [cell(l), cell(r)]),
    blocks: doc.blocks.map((b) => redactBlock(b, redact)),
    items: doc.items.map((i) => ({ ...i, title: redact(i.title), decision: i.decision === undefined ? undefined : redact(i.decision) })),
    personalData: [],
    parties: {},
  };
}
