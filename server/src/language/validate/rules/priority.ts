import type { Rule } from '../context';

/** Standard (30 days) or Expedited (3 days): Labor Code 4610.6(d). */
export const priority: Rule = {
  code: 'IMR204',
  name: 'priority',
  defaultSeverity: 'error',
  description: 'Priority is Standard or Expedited.',
  check(ctx) {
    const value = ctx.valueField('priority')?.value;
    if (!value || value.text === 'Standard' || value.text === 'Expedited') return;
    const lower = value.text.toLowerCase();
    const meant = lower.startsWith('s') || lower.startsWith('r') ? 'Standard' : lower.startsWith('e') || lower.startsWith('u') ? 'Expedited' : undefined;
    ctx.report(this.code, this.defaultSeverity, value.range,
      `'${value.text}' is not a priority: write 'Standard' (decided within 30 days) or 'Expedited' (within 3 days).`,
      meant ? [{ title: `Write '${meant}'`, edits: [{ range: value.range, newText: meant }], isPreferred: true, ...(lower.trim() === meant.toLowerCase() ? { safe: true } : {}) }] : undefined);
  },
};
