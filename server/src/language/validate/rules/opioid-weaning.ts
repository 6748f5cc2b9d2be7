import { proseText } from '../prose-map';
import { opioidsIn } from '../treatment';
import type { Rule } from '../context';

const WEANING = /\b(?:wean\w*|taper\w*|discontinu\w*|detox\w*|titrat\w*|step[- ]?down|withdraw\w*)\b/i;
const ADVICE = ' The treating physician and the injured worker are advised to consult the MTUS Opioids Treatment Guidelines ("Tapering opioids") regarding the most appropriate method for weaning.';

/**
 * When an opioid is found not medically necessary, stopping it at once risks withdrawal; the MTUS opioid
 * guidelines advise tapering, and reviewers say so (13 of the published opioid items end with the advice to
 * consult the tapering guideline). An upheld opioid item whose rationale says nothing about weaning or tapering
 * is pointed out, as information: whether to advise is the reviewer's call.
 */
export const opioidWeaning: Rule = {
  code: 'IMR505',
  name: 'opioid-weaning',
  defaultSeverity: 'information',
  description: 'An upheld opioid item\'s rationale says something about weaning or tapering.',
  check(ctx) {
    for (const item of ctx.letter.items) {
      const value = item.decision?.value;
      const rationale = item.rationale;
      if (item.decision?.word !== 'Upheld' || !value || !rationale?.paragraphs.length) continue;
      const opioids = opioidsIn(item.field.value?.text ?? '');
      if (!opioids.length || WEANING.test(proseText(rationale).text)) continue;
      const last = rationale.paragraphs[rationale.paragraphs.length - 1].lines;
      const end = last[last.length - 1].range.end;
      ctx.report(this.code, this.defaultSeverity, value.range,
        `Consider advising on weaning: the denial of ${opioids.join(', ')} is upheld, and the rationale says nothing about weaning or tapering, which the MTUS opioid guidelines advise to avoid withdrawal.`,
        [{ title: 'Add the advice to consult the tapering guideline to the rationale (changes the reviewer\'s wording)', edits: [{ range: { start: end, end }, newText: ADVICE }] }]);
    }
  },
};
