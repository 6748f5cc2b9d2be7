import { fieldSpec } from '../../syntax/fields';
import { formatDate, longDate } from '../dates';
import { repairDate } from '../date-repair';
import { HEADER_DATE_KEYS, type Rule } from '../context';

export const calendarDate: Rule = {
  code: 'IMR202',
  name: 'calendar-date',
  defaultSeverity: 'error',
  description: 'Header dates are real calendar dates written MM/DD/YYYY.',
  check(ctx) {
    for (const key of HEADER_DATE_KEYS) {
      const d = ctx.dates[key];
      if (!d || d.date) continue;
      const value = d.field.value!;
      const repair = repairDate(value.text);
      const shape = /^\d{1,2}\/\d{1,2}\/\d{4}$/.test(value.text.trim());
      ctx.report(this.code, this.defaultSeverity, value.range,
        shape && repair ? `'${value.text}' is not a real date written MM/DD/YYYY (${fieldSpec(key).label}); with the day first it is ${formatDate(repair.readings[0])}.`
          : repair && !repair.unambiguous ? `'${value.text}' is not a date written MM/DD/YYYY (${fieldSpec(key).label}): it could be ${repair.readings.map(longDate).join(' or ')}; pick the one meant.`
          : shape ? `'${value.text}' is not a real date (${fieldSpec(key).label}).`
          : `'${value.text}' is not a date written MM/DD/YYYY (${fieldSpec(key).label}).`,
        repair?.unambiguous
          ? [{ title: `Write '${formatDate(repair.readings[0])}'`, edits: [{ range: value.range, newText: formatDate(repair.readings[0]) }], isPreferred: true, safe: true }]
          // day and month could swap: both are offered, the reviewer picks; neither goes in bulk
          : repair?.readings.map((d, i) => ({
            title: `Write '${formatDate(d)}' (${i === 0 ? 'month' : 'day'} first: ${longDate(d)})`, edits: [{ range: value.range, newText: formatDate(d) }],
          })));
    }
  },
};
