import { proseText } from '../prose-map';
import type { Rule } from '../context';
import { allMatches } from '../all-matches';

/** Abbreviations a lay reader of a determination letter is taken to know. */
const KNOWN = new Set([
  'MTUS', 'ACOEM', 'ODG', 'IMR', 'UR', 'CA', 'DWC', 'MAXIMUS', 'US', 'USA', 'MRI', 'CT', 'X', 'AM', 'PM', 'OK', 'II', 'III', 'IV',
  'DOS', 'RFA', 'CCR', 'LC', 'AD', 'HIV', 'AIDS', 'DNA', 'ER', 'ICU', 'MD', 'DO', 'DC', 'PA', 'RN', 'NP', 'PhD', 'ED',
]);

/** The capital run that names an abbreviation ("PR" of "PR-2", "ADL" of "ADL's"). */
const ABBREVIATION = /\b([A-Z]{2,6})(-\d+)?(?:'?s)?\b/g;
/** The same, for the rule's own walk through a field (what the letter explains is read in the middle of it). */
const ABBREVIATION_IN_FIELD = new RegExp(ABBREVIATION.source, 'g');

/** An abbreviation (or two, with a slash) at the end of the words before a bracket: "ADL's", "EMG/NCV", "PR-2". */
const BEFORE = /\b([A-Z]{2,6})(?:-\d+)?(?:'?s)?(?:\s*\/\s*([A-Z]{2,6})(?:'?s)?)?\s*$/;
const SPACE = /\s/;

/**
 * Whether BEFORE can match `lead` at all: a match ends in a capital, a digit or an s, then blanks to the end. Most
 * brackets follow a lower-case word, and this spares them the search, which tries every position of the words.
 */
function mayEndAbbreviation(lead: string): boolean {
  let i = lead.length;
  while (i > 0 && SPACE.test(lead[i - 1])) i--;
  const c = lead.charCodeAt(i - 1);
  return (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 115;
}

const BRACKET = /\(([^()]{1,80})\)/g;
const BRACKET_AT = new RegExp(BRACKET.source, 'y');

/**
 * BRACKET's matches, as its global search finds them: each starts at a '(', which indexOf finds far faster than
 * the search moves from character to character, and the pattern is tried there. (`all`: the global search.)
 */
function bracketsIn(text: string, all: boolean): RegExpExecArray[] {
  if (all) return allMatches(BRACKET, text);
  const out: RegExpExecArray[] = [];
  for (let i = text.indexOf('('); i >= 0;) {
    BRACKET_AT.lastIndex = i;
    const m = BRACKET_AT.exec(text);
    if (m) out.push(m);
    i = text.indexOf('(', m ? i + m[0].length : i + 1);
  }
  return out;
}

/**
 * The abbreviations a letter explains, in any form the letters use: "words (ABBR)", "words (ABBR's)",
 * "progress report (PR-2)", "ABBR (words)", "ADL's (activities of daily living)", "EMG/NCV (...)".
 * (`ungated`: without the tests that spare searches, for the tests to compare.)
 */
export function explainedIn(text: string, ungated = false): Set<string> {
  const explained = new Set<string>();
  for (const group of bracketsIn(text, ungated)) {
    const content = group[1];
    if (!/\b[a-z]{3,}\b/.test(content)) {
      // nothing but the abbreviation(s): the words before the bracket spell it out
      for (const m of allMatches(ABBREVIATION, content)) explained.add(m[1]);
      continue;
    }
    // words in the bracket: they spell out the abbreviation just before it
    const lead = text.slice(Math.max(0, (group.index ?? 0) - 40), group.index);
    if (!ungated && !mayEndAbbreviation(lead)) continue;
    const before = BEFORE.exec(lead);
    if (before) {
      explained.add(before[1]);
      if (before[2]) explained.add(before[2]);
    }
  }
  return explained;
}

/**
 * Labor Code 4610.6(d)(1): the determination is written "in layperson's terms to the maximum extent
 * practicable". Flags, once each, short capitalised abbreviations (IW, PT, ESI) that the letter never spells
 * out. Information only.
 */
export const plainAbbreviations: Rule = {
  code: 'IMR601',
  name: 'plain-abbreviations',
  defaultSeverity: 'information',
  description: 'Abbreviations in prose are spelled out at least once.',
  check(ctx) {
    const proseFields = ctx.letter.fields.filter((f) => f.shape === 'prose');
    // what the letter explains is read only when an abbreviation needs it (no letter needs it for the known ones)
    let explained: Set<string> | undefined;
    const isExplained = (abbr: string) => (explained ??= explainedIn(proseFields.map((f) => (f.shape === 'prose' ? proseText(f).text : '')).join(' '))).has(abbr);
    const reported = new Set<string>();
    for (const f of proseFields) {
      if (f.shape !== 'prose') continue;
      const prose = proseText(f);
      const text = prose.text;
      // (one match at a time: no array of every capital run the field holds)
      ABBREVIATION_IN_FIELD.lastIndex = 0;
      for (let m; (m = ABBREVIATION_IN_FIELD.exec(text));) {
        const abbr = m[1];
        if (KNOWN.has(abbr) || reported.has(abbr) || isExplained(abbr)) continue;
        // an all-capitals run of words is a heading or emphasis, not an abbreviation
        const around = text.slice(Math.max(0, m.index - 12), m.index + abbr.length + 12);
        if (/[A-Z]{2,}\s+[A-Z]{3,}\s+[A-Z]{2,}/.test(around)) continue;
        reported.add(abbr);
        const typed = abbr + (m[2] ?? '');
        ctx.report(this.code, this.defaultSeverity, prose.rangeOf(m.index, m.index + typed.length),
          `Spell out '${typed}' the first time it is used, with the abbreviation in brackets (e.g. 'physical therapy (PT)'): the letter is written in layperson's terms where practicable (Labor Code 4610.6(d)).`);
      }
      ABBREVIATION_IN_FIELD.lastIndex = 0;
    }
  },
};
