import { readConclusion } from '../conclusion';
import type { Rule } from '../context';

/** A determination "shall state whether the disputed medical treatment is medically necessary" (8 CCR 9792.10.6(d)). */
export const rationaleConclusion: Rule = {
  code: 'IMR502',
  name: 'rationale-conclusion',
  defaultSeverity: 'warning',
  description: 'The rationale says whether the request is medically necessary.',
  check(ctx) {
    for (const item of ctx.letter.items) {
      const rationale = item.rationale;
      if (!rationale || !rationale.paragraphs.length || readConclusion(rationale, item.field.value?.text)) continue;
      const last = rationale.paragraphs[rationale.paragraphs.length - 1].lines;
      const end = last[last.length - 1].range.end;
      const decision = item.decision?.word;
      const sentence = decision === 'Overturned' ? ' Therefore, the request is medically necessary.' : decision === 'Upheld' ? ' Therefore, the request is not medically necessary.' : undefined;
      // adding a sentence to the rationale puts words in the reviewer's mouth: offered, never preferred or safe
      ctx.report(this.code, this.defaultSeverity, last[last.length - 1].range,
        'Say whether the request is medically necessary: the rationale does not conclude on it, and the determination must state it (8 CCR 9792.10.6(d)).',
        sentence ? [{ title: `Add "${sentence.trim()}" to the rationale (changes the reviewer's wording)`, edits: [{ range: { start: end, end }, newText: sentence }] }] : undefined);
    }
  },
};
