/**
 * What a decision rationale concludes about medical necessity. Real rationales end in a sentence such as
 * "Therefore, the request ... is not medically necessary." (Upheld) or "... is medically necessary."
 * (Overturned), or, for opioids, the advice to consult the tapering guideline (Upheld). The polarity is read
 * from the clause that holds the necessity phrase, so "Although no trial was documented, the request is
 * medically necessary" reads as positive.
 */
import type { ProseField, Range } from '../syntax/ast';
import { proseText, sentences } from './prose-map';

export type Conclusion = 'necessary' | 'not-necessary' | 'taper';

export interface ConclusionReading {
  conclusion: Conclusion;
  /** the concluding sentence */
  range: Range;
  /** the negation word to remove to reverse a negative conclusion, when it is a plain `not` */
  negation?: Range;
  /** where to insert `not ` to reverse a positive conclusion */
  insertNotAt?: Range;
}

const NECESSITY = /\b(medically\s+(?:necessary|appropriate|indicated|warranted|reasonable)|medical\s+necessity|(?:supported|recommended|indicated|appropriate|warranted|certified|necessary)(?=\s*(?:at this time|in this case|here)?\s*[.!]?$))/gi;
// `without` and `lack` are left out: "MRI without contrast is medically necessary" is positive
const NEGATION = /\b(not|no|never|neither|nor|cannot)\b|n't\b|\bun(?:supported|warranted|necessary)\b|\bnon-?certified\b/i;
const TAPER = /\b(taper(?:ing)?|wean(?:ing)?)\b/i;
const NOT_ESTABLISHED = /\bnot\s+(?:been\s+)?(?:established|demonstrated|met|substantiated)\b/i;

function clauseBefore(sentence: string, phraseAt: number): { text: string; start: number } {
  const head = sentence.slice(0, phraseAt);
  const cut = Math.max(head.lastIndexOf(','), head.lastIndexOf(';'), head.lastIndexOf(':'));
  return { text: head.slice(cut + 1), start: cut + 1 };
}

/** IMR501 and IMR502 both ask: read each rationale once. */
const readings = new WeakMap<ProseField, ConclusionReading | null>();

export function readConclusion(field: ProseField): ConclusionReading | undefined {
  let reading = readings.get(field);
  if (reading === undefined) {
    reading = readUncached(field) ?? null;
    readings.set(field, reading);
  }
  return reading ?? undefined;
}

function readUncached(field: ProseField): ConclusionReading | undefined {
  const prose = proseText(field);
  const all = sentences(prose.text);
  // look at the closing sentences first: the conclusion is where the rationale ends
  for (let i = all.length - 1; i >= Math.max(0, all.length - 3); i--) {
    const s = all[i];
    const range = prose.rangeOf(s.start, s.end);
    // the first necessity phrase of the sentence: in "not medically necessary, appropriate, or indicated"
    // the negation belongs to the whole list
    NECESSITY.lastIndex = 0;
    const last = NECESSITY.exec(s.text);
    if (last) {
      const phraseAt = last.index ?? 0;
      if (/^medical\s+necessity/i.test(last[0])) {
        return { conclusion: NOT_ESTABLISHED.test(s.text.slice(phraseAt)) || NEGATION.test(clauseBefore(s.text, phraseAt).text) ? 'not-necessary' : 'necessary', range };
      }
      const clause = clauseBefore(s.text, phraseAt);
      const negated = NEGATION.exec(clause.text);
      if (negated) {
        const reading: ConclusionReading = { conclusion: 'not-necessary', range };
        if (negated[0].toLowerCase() === 'not') {
          const at = s.start + clause.start + (negated.index ?? 0);
          // remove "not " with the space after it
          reading.negation = prose.rangeOf(at, at + 4);
        }
        return reading;
      }
      if (TAPER.test(s.text) && /\bconsult|advised|recommend/i.test(s.text)) return { conclusion: 'taper', range };
      const at = s.start + phraseAt;
      const point = prose.positionAt(at);
      return { conclusion: 'necessary', range, insertNotAt: { start: point, end: point } };
    }
    if (TAPER.test(s.text) && /\b(consult|advised|recommend|refer)/i.test(s.text)) return { conclusion: 'taper', range };
  }
  return undefined;
}
