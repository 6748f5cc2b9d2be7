import { daysBetween } from '../dates';
import type { Rule } from '../context';

/** 30 days from service of the UR decision, and 5 more when it was served by mail. */
const DUE_DAYS = 30;
const MAIL_EXTENSION_DAYS = 5;

/**
 * The application for IMR is due within 30 days of service of the UR decision (Labor Code 4610.5(h)); service by
 * mail adds 5 days (Code of Civil Procedure 1013, recalled), and the letter does not say how it was served, so
 * only an application more than 35 days after the UR decision is reported. A warning: the Administrative
 * Director decides eligibility (9 of 194 letters exceed 30 days).
 */
export const applicationTimeliness: Rule = {
  code: 'IMR206',
  name: 'application-timeliness',
  defaultSeverity: 'warning',
  description: 'The application came within 30 days of the UR decision (35 with mail service).',
  check(ctx) {
    const denial = ctx.dates.urDenialDate?.date;
    const application = ctx.dates.applicationReceived;
    if (!denial || !application?.date) return;
    const days = daysBetween(denial, application.date);
    if (days <= DUE_DAYS + MAIL_EXTENSION_DAYS) return;
    ctx.report(this.code, this.defaultSeverity, application.field.value!.range,
      `Check the Application Received date: it is ${days} days after the UR decision. The application is due within ${DUE_DAYS} days of service of the UR decision, ${DUE_DAYS + MAIL_EXTENSION_DAYS} when it was served by mail (Labor Code 4610.5; Code of Civil Procedure 1013).`);
  },
};
