import type { Paragraph, Range } from '../../syntax/ast';
import { proseText } from '../prose-map';
import type { Rule } from '../context';
import { allMatches } from '../all-matches';

/**
 * Reviewer names stay confidential outside the IMRO (Labor Code 4610.6(f)); no published letter names one.
 * Finds the ways a name slips in: a signature, "reviewed by Dr. X", "the expert reviewer, Dr. X", "I, Dr. X".
 */
const PATTERNS: RegExp[] = [
  /\b(?:expert|physician|medical|independent)\s+reviewer,?\s+(?:is\s+)?(?:Dr\.?|Doctor)\s+[A-Z][a-z'-]+(?:\s+[A-Z][a-z'-]+)?/g,
  /\breviewed\s+by\s+(?:Dr\.?|Doctor)\s+[A-Z][a-z'-]+(?:\s+[A-Z][a-z'-]+)?/g,
  /\bI,\s+(?:Dr\.?\s+)?[A-Z][a-z'-]+\s+[A-Z][a-z'-]+,?\s+(?:M\.?D|D\.?O)\b\.?/g,
  /\b(?:Signed|Electronically signed)(?:\s+by)?:?\s+(?:Dr\.?\s+)?[A-Z][a-z'-]+\s+[A-Z][a-z'-]+/g,
];

/** Every pattern needs one of these words: lines without any are skipped cheaply. */
const CUE = /\b(?:Dr|Doctor|I,|Signed|signed)\b/;
/**
 * ... and the cue needs one of these strings, looked for faster than the cue itself ("Doctor" holds no "Dr";
 * "gned" stands for "Signed" and "signed": a search for a string starting with a letter as common as "i" stops
 * at every one, and cost four times as much).
 */
export const hasCueText = (text: string) => text.includes('Dr') || text.includes('Doctor') || text.includes('I,') || text.includes('gned');

// (allMatches, not matchAll: matchAll copies the pattern on every call, four times a line here)
function findIn(p: Paragraph): Range[] {
  const found: Range[] = [];
  for (const line of p.lines) {
    // (the strings first, as for the field: most lines of a field with a cue hold none)
    if (!hasCueText(line.text) || !CUE.test(line.text)) continue;
    for (const re of PATTERNS) {
      for (const m of allMatches(re, line.text)) {
        const start = line.range.start.character + (m.index ?? 0);
        found.push({ start: { line: line.range.start.line, character: start }, end: { line: line.range.start.line, character: start + m[0].length } });
      }
    }
  }
  return found;
}

export const reviewerAnonymous: Rule = {
  code: 'IMR303',
  name: 'reviewer-anonymous',
  defaultSeverity: 'error',
  description: 'The letter never names the expert reviewer.',
  check(ctx) {
    for (const field of ctx.letter.fields) {
      // the lines joined with spaces: a line with a cue word keeps it there, so a field without one is skipped whole
      if (field.shape !== 'prose') continue;
      const text = proseText(field).text;
      if (!hasCueText(text) || !CUE.test(text)) continue;
      for (const p of field.paragraphs) {
        for (const range of findIn(p)) {
          ctx.report(this.code, this.defaultSeverity, range,
            'This names the expert reviewer; reviewer names stay confidential (Labor Code 4610.6(f)). Describe the reviewer by credentials only.');
        }
      }
    }
  },
};
