import type { Fix } from '../../syntax/ast';
import { readConclusion } from '../conclusion';
import type { Rule } from '../context';

/**
 * Upheld means not medically necessary, Overturned means medically necessary (Labor Code 4610.6): the
 * rationale's conclusion must say the same as the decision. All 439 published items agree.
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
      if (!word || !rationale || !rationale.paragraphs.length) continue;
      const reading = readConclusion(rationale);
      if (!reading) continue;
      const upheldish = reading.conclusion === 'not-necessary' || reading.conclusion === 'taper';
      if ((word === 'Upheld') === upheldish) continue;
      const decisionRange = item.decision!.value!.range;
      const fixes: Fix[] = [];
      const other = word === 'Upheld' ? 'Overturned' : 'Upheld';
      fixes.push({ title: `Change the decision to ${other}`, edits: [{ range: decisionRange, newText: other }] });
      if (word === 'Upheld' && reading.insertNotAt) {
        fixes.push({ title: 'Conclude "not medically necessary"', edits: [{ range: reading.insertNotAt, newText: 'not ' }] });
      } else if (word === 'Overturned' && reading.negation) {
        fixes.push({ title: 'Conclude "medically necessary"', edits: [{ range: reading.negation, newText: '' }] });
      }
      ctx.report(this.code, this.defaultSeverity, reading.range,
        word === 'Upheld'
          ? 'The decision is Upheld (not medically necessary), but the rationale concludes the request is medically necessary.'
          : `The decision is Overturned (medically necessary), but the rationale concludes ${reading.conclusion === 'taper' ? 'with tapering advice, as for a denied opioid' : 'the request is not medically necessary'}.`,
        fixes);
    }
  },
};
