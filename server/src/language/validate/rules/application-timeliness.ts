import { daysBetween } from '../dates';
import type { Rule } from '../context';

/**
 * The application for IMR is due within 30 days of service of the UR decision (Labor Code 4610.5). Only a
 * warning: service by mail extends it, and the Administrative Director decides eligibility (9 of 194 letters).
 */
export const applicationTimeliness: Rule = {
  code: 'IMR206',
  name: 'application-timeliness',
  defaultSeverity: 'warning',
  description: 'The application came within 30 days of the UR decision.',
  check(ctx) {
    const denial = ctx.dates.urDenialDate?.date;
    const application = ctx.dates.applicationReceived;
    if (!denial || !application?.date) return;
    const days = daysBetween(denial, application.date);
    if (days <= 30) return;
    ctx.report(this.code, this.defaultSeverity, application.field.value!.range,
      `The application was received ${days} days after the UR decision; it is due within 30 days of its service (Labor Code 4610.5), though mail service extends that.`);
  },
};
