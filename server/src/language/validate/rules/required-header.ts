import { fieldSpec, type FieldKey } from '../../syntax/fields';
import type { Rule } from '../context';

const REQUIRED: FieldKey[] = ['caseNumber', 'dateAssigned', 'dateOfInjury', 'decisionDate', 'urDenialDate', 'priority', 'applicationReceived'];

/** The public letter's header table has these seven fields; a letter without one cannot be issued. */
export const requiredHeader: Rule = {
  code: 'IMR101',
  name: 'required-header',
  defaultSeverity: 'error',
  description: 'Every header field is present and has a value.',
  check(ctx) {
    const missing = REQUIRED.filter((key) => ctx.value(key) === undefined && (ctx.letter.letterFields[key] || !ctx.misspeltAs(fieldSpec(key).label)));
    if (!missing.length) return;
    const first = ctx.letter.fields[0];
    const line = first ? first.range.start.line : 0;
    const insertAt = { start: { line, character: 0 }, end: { line, character: 0 } };
    for (const key of missing) {
      const spec = fieldSpec(key);
      const present = ctx.letter.letterFields[key];
      const range = present ? present.label.range : insertAt;
      ctx.report(this.code, this.defaultSeverity, range,
        present ? `'${spec.label}:' has no value. ${spec.doc}` : `The header has no '${spec.label}:'. ${spec.doc}`,
        present ? undefined : [{ title: `Add '${spec.label}:'`, edits: [{ range: insertAt, newText: `${spec.label}: \n` }] }]);
    }
  },
};
