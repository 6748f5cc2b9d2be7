import { daysBetween } from '../dates';
import type { Rule } from '../context';

/** Days past the deadline that stay information: the clock runs from receipt of the records, which the letter does not show. */
const RECORDS_SLACK = 10;

/**
 * Labor Code 4610.6(d): 30 days for a standard review, 3 for an expedited one, from receipt of the records. The
 * letter shows only the assignment date, so a standard decision 31-40 days after it is information (the records
 * may simply have come later) and only a longer delay a warning; the courts held the limits directory
 * (Margaris, 2016); 37 of 194 published letters took longer than 30 days from assignment.
 */
export const decisionDeadline: Rule = {
  code: 'IMR205',
  name: 'decision-deadline',
  defaultSeverity: 'warning',
  description: 'The decision came within 30 days of assignment (3 for an expedited review); 31-40 days is information.',
  check(ctx) {
    const assigned = ctx.dates.dateAssigned?.date;
    const decided = ctx.dates.decisionDate;
    if (!assigned || !decided?.date) return;
    const expedited = ctx.value('priority') === 'Expedited';
    const limit = expedited ? 3 : 30;
    const days = daysBetween(assigned, decided.date);
    if (days <= limit) return;
    ctx.report(this.code, this.defaultSeverity, decided.field.value!.range,
      `Check the Decision Date: it is ${days} days after assignment. ${expedited ? 'An expedited' : 'A standard'} review is due within ${limit} days of receiving the records, which this letter does not show (Labor Code 4610.6(d)); a late determination stays valid.`,
      undefined, undefined, !expedited && days <= limit + RECORDS_SLACK);
  },
};
