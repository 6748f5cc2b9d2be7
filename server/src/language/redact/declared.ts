/**
 * The phrases a letter itself names as personal: its declared parties, in every form prose writes a person's name
 * (first last, "Last, First", initials, possessive, all caps, the surname alone), and the phrases its reviewer
 * marked with `Redact:`. `Keep:` phrases are the reviewer's word that a find is a false alarm.
 */
import type { LetterDocument, PartyKey } from '../render/model';

/** Words of a declared person's name that are not worth removing on their own. */
const NAME_STOP = new Set(['dr', 'mr', 'mrs', 'ms', 'miss', 'mx', 'prof', 'md', 'do', 'dc', 'phd', 'jr', 'sr', 'ii', 'iii',
  'iv', 'the', 'and', 'of', 'de', 'del', 'la', 'le', 'van', 'von', 'da', 'di', 'np', 'pa', 'rn', 'pa-c', 'esq']);
const COMPANY_SUFFIX = /[,\s]+(?:inc|incorporated|llc|l\.l\.c|llp|lp|ltd|co|corp|corporation|company|group|services)\.?$/i;
const PERSONS: readonly PartyKey[] = ['employee', 'requestingPhysician'];

export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A value as typed, with any run of spaces matching any whitespace, bounded by non-letters. */
export function phrase(s: string, flags: string): RegExp {
  const body = s.trim().split(/\s+/).map(escapeRe).join('\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, `g${flags}u`);
}

/** The letters' list fields (`Redact:`, `Keep:`): phrases separated by `;`. */
export function phraseList(value: string | undefined): string[] {
  return (value ?? '').split(';').map((p) => p.trim().replace(/\s+/g, ' ')).filter((p) => p.length > 0);
}

/** The name's words (a hyphenated surname also by its parts). */
function nameWords(name: string, initials = false): string[] {
  const out: string[] = [];
  for (const word of name.split(/[\s,]+/)) {
    const w = word.replace(/^[^\p{L}]+|[^\p{L}.]+$/gu, '').replace(/\.$/, '');
    if (w.length < (initials ? 1 : 2) || NAME_STOP.has(w.toLowerCase().replace(/\./g, ''))) continue;
    out.push(w);
    if (w.includes('-')) out.push(...w.split('-').filter((p) => p.length >= 2));
  }
  return out;
}

/** Every way the letter's declared parties can show up in its text. */
export function declaredPatterns(doc: LetterDocument): RegExp[] {
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
    out.push(new RegExp(`(?<![A-Za-z0-9])${claim.split('').map(escapeRe).join('[\\s./\\-\u2013\u2014]?')}(?![A-Za-z0-9])`, 'gi'));
  }
  for (const key of PERSONS) {
    const words = nameWords(parties[key] ?? '');
    for (const w of words) {
      // a surname or first name alone ("Smith reported ..."), as typed, capitalised or in capitals, possessive included
      const cap = w[0].toUpperCase() + w.slice(1).toLowerCase();
      for (const form of new Set([w, w.toUpperCase(), cap])) out.push(phrase(form, ''));
    }
    // initials: "M.G.", "M. Q. G.", "MQG" (three letters; two are too often an abbreviation); "M. Gonzalez"
    const initials = nameWords(parties[key] ?? '', true).filter((w) => !w.includes('-') || w.length < 2).map((w) => w[0].toUpperCase());
    const surname = words[words.length - 1];
    if (words.length >= 2 && surname) out.push(new RegExp(`(?<![\\p{L}.])${escapeRe(words[0][0].toUpperCase())}\\.?\\s+${escapeRe(surname)}(?![\\p{L}])`, 'giu'));
    if (initials.length >= 2) {
      out.push(new RegExp(`(?<![\\p{L}.])${initials.map(escapeRe).join('\\.\\s?')}\\.(?![\\p{L}])`, 'gu'));
      if (initials.length >= 3) out.push(new RegExp(`(?<![\\p{L}])${initials.join('')}(?![\\p{L}])`, 'gu'));
    }
  }
  return out;
}

/** The reviewer's own `Redact:` phrases, in any case and spacing. */
export function markedPatterns(doc: LetterDocument): RegExp[] {
  return (doc.redact ?? []).filter((p) => p.length >= 2).map((p) => phrase(p, 'i'));
}

/** How a phrase is compared with a `Keep:` entry. */
export function keepKey(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}
