import type { Rule } from '../context';

/**
 * An IMR case number is `CM` + the two-digit year the application was received + a sequence
 * (letter-structure.md: all 194 published case numbers). Its year must be the year of `Application Received`,
 * but at the turn of the year an application received in late December may be numbered in January and the
 * other way round, so a one-year difference in December or January is let through. A warning: the letter does
 * not say which of the two is wrong.
 */
export const caseNumberYear: Rule = {
  code: 'IMR207',
  name: 'case-number-year',
  defaultSeverity: 'warning',
  description: 'The case number\'s two-digit year is the year the application was received (allowing the turn of the year).',
  check(ctx) {
    const value = ctx.valueField('caseNumber')?.value;
    const m = value && /^CM(\d{2})-\d{7}$/.exec(value.text);
    const received = ctx.dates.applicationReceived;
    if (!value || !m || !received?.date) return;
    const year = 2000 + Number(m[1]);
    const { year: receivedYear, month } = received.date;
    if (year === receivedYear || (year === receivedYear + 1 && month === 12) || (year === receivedYear - 1 && month === 1)) return;
    const start = { line: value.range.start.line, character: value.range.start.character + 2 };
    ctx.report(this.code, this.defaultSeverity, { start, end: { line: start.line, character: start.character + 2 } },
      `Check the case number or the Application Received date: '${m[1]}' says the application was received in ${year}, but Application Received is ${received.field.value!.text}. An IMR case number carries the two-digit year of receipt.`);
  },
};
