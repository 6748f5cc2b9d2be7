import { fieldSpec, type FieldKey } from '../../syntax/fields';
import type { Rule } from '../context';

/**
 * The IMRO must describe the reviewer's qualifications (Labor Code 4610.6(f)): the letter states where the
 * reviewer is licensed and their board certification or specialty.
 */
export const reviewerCredentials: Rule = {
  code: 'IMR102',
  name: 'reviewer-credentials',
  defaultSeverity: 'error',
  description: 'The reviewer\'s licensure and specialty are stated.',
  check(ctx) {
    for (const key of ['licensure', 'specialty'] as FieldKey[]) {
      if (ctx.value(key)) continue;
      // (where to add the field: worked out only for a report, as a range is made each time it is read)
      const anchor = ctx.letter.letterFields.summary ?? ctx.letter.items[0]?.field;
      const line = anchor?.range.start.line;
      const at = { start: { line: line ?? 0, character: 0 }, end: { line: line ?? 0, character: 0 } };
      const spec = fieldSpec(key);
      const present = ctx.letter.letterFields[key];
      if (!present && ctx.misspeltAs(spec.label)) continue;
      ctx.report(this.code, this.defaultSeverity, present ? present.label.range : at,
        `The reviewer's credentials need '${spec.label}:' with a value (Labor Code 4610.6(f): the letter describes the reviewer's qualifications).`,
        present ? undefined : [{ title: `Add '${spec.label}:'`, edits: [ctx.insertLines(line, `${spec.label}: \n`)] }]);
    }
  },
};
