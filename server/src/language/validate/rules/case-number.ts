import type { Rule } from '../context';

/** `CM` + two-digit year of receipt + `-` + seven digits: the form of every published case number. */
export const caseNumber: Rule = {
  code: 'IMR201',
  name: 'case-number',
  defaultSeverity: 'error',
  description: 'The case number has the form CM16-0213037.',
  check(ctx) {
    const field = ctx.valueField('caseNumber');
    const value = field?.value;
    if (!value || /^CM\d{2}-\d{7}$/.test(value.text)) return;
    const repaired = /^cm\s*(\d{2})\s*-?\s*(\d{7})$/i.exec(value.text);
    ctx.report(this.code, this.defaultSeverity, value.range,
      `'${value.text}' is not an IMR case number: it is 'CM', two digits of the year received, '-', seven digits (e.g. CM16-0213037).`,
      repaired ? [{ title: `Write 'CM${repaired[1]}-${repaired[2]}'`, edits: [{ range: value.range, newText: `CM${repaired[1]}-${repaired[2]}` }], isPreferred: true, safe: true }] : undefined);
  },
};
