import { daysBetween } from '../dates';
import type { Rule } from '../context';

/**
 * Labor Code 4610.6(d): 30 days for a standard review, 3 for an expedited one. Only a warning: the clock runs
 * from receipt of the records, not assignment, and the courts held the limits directory (Margaris, 2016);
 * 37 of 194 published letters took longer than 30 days from assignment.
 */
export const decisionDeadline: Rule = {
  code: 'IMR205',
  name: 'decision-deadline',
  defaultSeverity: 'warning',
  description: 'The decision came within 30 days of assignment (3 for an expedited review).',
  check(ctx) {
    const assigned = ctx.dates.dateAssigned?.date;
    const decided = ctx.dates.decisionDate;
    if (!assigned || !decided?.date) return;
    const expedited = ctx.value('priority') === 'Expedited';
    const limit = expedited ? 3 : 30;
    const days = daysBetween(assigned, decided.date);
    if (days <= limit) return;
    ctx.report(this.code, this.defaultSeverity, decided.field.value!.range,
      `The decision came ${days} days after assignment; ${expedited ? 'an expedited' : 'a standard'} review is due within ${limit} days of receiving the records (Labor Code 4610.6(d)). A late determination stays valid.`);
  },
};
