import type { Fix, Range } from '../../syntax/ast';
import { readConclusion, type Conclusion } from '../conclusion';
import type { Rule } from '../context';

const SAYS: Record<Conclusion, string> = {
  'necessary': 'concludes the request is medically necessary',
  'not-necessary': 'concludes the request is not medically necessary',
  'taper': 'ends with tapering advice, as for a denied opioid',
};

const quote = (text: string) => `"${text.length > 90 ? `${text.slice(0, 87)}...` : text}"`;
const lineOf = (r: Range) => r.start.line + 1;

/**
 * Upheld means not medically necessary, Overturned means medically necessary (Labor Code 4610.6): the
 * rationale's conclusion must say the same as the decision. All 439 published items agree. The problem sits on
 * the `Decision:` value, where the reviewer acts, and points at the concluding sentence. Only a certain reading
 * (a sentence that names the request, unhedged, where the rationale decides, nothing saying the opposite) is an
 * error; mixed signals are a warning. The fixes change the determination or the reviewer's words, so none is
 * preferred or safe to apply in bulk, and each title says so.
 */
export const decisionConclusion: Rule = {
  code: 'IMR501',
  name: 'decision-conclusion',
  defaultSeverity: 'error',
  description: 'The rationale\'s conclusion on medical necessity agrees with the decision.',
  check(ctx) {
    for (const item of ctx.letter.items) {
      const word = item.decision?.word;
      const rationale = item.rationale;
      const decisionValue = item.decision?.value;
      if (!word || !decisionValue || !rationale || !rationale.paragraphs.length) continue;
      const reading = readConclusion(rationale, item.field.value?.text);
      if (!reading) continue;
      const upheldish = reading.conclusion !== 'necessary';
      if ((word === 'Upheld') === upheldish) continue;
      const other = word === 'Upheld' ? 'Overturned' : 'Upheld';
      const fixes: Fix[] = [
        { title: `Change the decision to ${other} (changes the determination)`, edits: [{ range: decisionValue.range, newText: other }] },
      ];
      if (word === 'Upheld' && reading.insertNotAt) {
        fixes.push({ title: 'Reword the conclusion to "not medically necessary" (changes the reviewer\'s wording)', edits: [{ range: reading.insertNotAt, newText: 'not ' }] });
      } else if (word === 'Overturned' && reading.negation) {
        fixes.push({ title: 'Reword the conclusion to "medically necessary" (changes the reviewer\'s wording)', edits: [{ range: reading.negation, newText: '' }] });
      }
      const meaning = word === 'Upheld' ? 'Upheld (not medically necessary)' : 'Overturned (medically necessary)';
      const conflicting = reading.conflicting;
      const certain = reading.certain && !conflicting;
      const message = certain
        ? `Change the decision or revise the conclusion: the decision is ${meaning}, but the rationale ${SAYS[reading.conclusion]} (line ${lineOf(reading.range)}).`
        : conflicting
          ? `Check the decision against the rationale: the decision is ${meaning}; the rationale ${SAYS[reading.conclusion]} on line ${lineOf(reading.range)} (${quote(reading.text)}) but ${SAYS[conflicting.conclusion].replace('concludes', 'says')} on line ${lineOf(conflicting.range)} (${quote(conflicting.text)}).`
          : `Check the decision against the rationale: the decision is ${meaning}, but the rationale seems to ${SAYS[reading.conclusion].replace(/^concludes/, 'conclude').replace(/^ends/, 'end')} (line ${lineOf(reading.range)}: ${quote(reading.text)}).`;
      const related = [{ range: reading.range, message: `The concluding sentence: it ${SAYS[reading.conclusion]}.` }];
      if (conflicting) related.push({ range: conflicting.range, message: `This sentence ${SAYS[conflicting.conclusion].replace('concludes', 'says')}.` });
      const primary = ctx.report(this.code, this.defaultSeverity, decisionValue.range, message, fixes, related, !certain);
      ctx.reportRelated(primary, reading.range,
        `This conclusion disagrees with the decision on line ${lineOf(decisionValue.range)}, ${meaning}: revise it or change the decision.`,
        [{ range: decisionValue.range, message: `The decision: ${meaning}.` }]);
    }
  },
};
