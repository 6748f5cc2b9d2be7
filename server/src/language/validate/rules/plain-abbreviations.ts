import { proseText } from '../prose-map';
import type { Rule } from '../context';

/** Abbreviations a lay reader of a determination letter is taken to know. */
const KNOWN = new Set([
  'MTUS', 'ACOEM', 'ODG', 'IMR', 'UR', 'CA', 'DWC', 'MAXIMUS', 'US', 'USA', 'MRI', 'CT', 'X', 'AM', 'PM', 'OK', 'II', 'III', 'IV',
  'DOS', 'RFA', 'CCR', 'LC', 'AD', 'HIV', 'AIDS', 'DNA', 'ER', 'ICU', 'MD', 'DO', 'DC', 'PA', 'RN', 'NP', 'PhD', 'ED',
]);

/**
 * Labor Code 4610.6(d)(1): the determination is written "in layperson's terms to the maximum extent
 * practicable". Flags, once each, short capitalised abbreviations (IW, PT, ESI) that the letter never spells
 * out as "words (ABBR)" or "ABBR (words)". Information only.
 */
export const plainAbbreviations: Rule = {
  code: 'IMR601',
  name: 'plain-abbreviations',
  defaultSeverity: 'information',
  description: 'Abbreviations in prose are spelled out at least once.',
  check(ctx) {
    const proseFields = ctx.letter.fields.filter((f) => f.shape === 'prose');
    const all = proseFields.map((f) => (f.shape === 'prose' ? proseText(f).text : '')).join(' ');
    const explained = new Set<string>();
    for (const m of all.matchAll(/\(([A-Z][A-Za-z]{1,7})\)/g)) explained.add(m[1].replace(/(?<=[A-Z])s$/, '').toUpperCase());
    for (const m of all.matchAll(/\b([A-Z]{2,6})s?\s+\(([a-z][^)]{3,})\)/g)) explained.add(m[1]);
    const reported = new Set<string>();
    for (const f of proseFields) {
      if (f.shape !== 'prose') continue;
      const prose = proseText(f);
      for (const m of prose.text.matchAll(/\b([A-Z]{2,6})s?\b/g)) {
        const abbr = m[1];
        if (KNOWN.has(abbr) || explained.has(abbr) || reported.has(abbr)) continue;
        // an all-capitals run of words is a heading or emphasis, not an abbreviation
        const around = prose.text.slice(Math.max(0, (m.index ?? 0) - 12), (m.index ?? 0) + abbr.length + 12);
        if (/[A-Z]{2,}\s+[A-Z]{3,}\s+[A-Z]{2,}/.test(around)) continue;
        reported.add(abbr);
        ctx.report(this.code, this.defaultSeverity, prose.rangeOf(m.index ?? 0, (m.index ?? 0) + abbr.length),
          `'${abbr}' is not spelled out in this letter; letters are written in layperson's terms where practicable (Labor Code 4610.6(d)). Write the words with the abbreviation in brackets the first time, e.g. 'physical therapy (PT)'.`);
      }
    }
  },
};
