import { fieldSpec } from '../../syntax/fields';
import { formatDate, readDate } from '../dates';
import { HEADER_DATE_KEYS, type Rule } from '../context';

/**
 * Reads the forms people type by mistake, to offer the MM/DD/YYYY spelling; `guessed` when the century had to be
 * guessed from a two-digit year (then the fix is not applied in bulk).
 */
function repair(text: string): { date: string; guessed: boolean } | undefined {
  const m = /^(\d{1,2})[-.](\d{1,2})[-.](\d{2}|\d{4})$/.exec(text.trim()) ?? /^(\d{1,2})\/(\d{1,2})\/(\d{2})$/.exec(text.trim());
  if (!m) return undefined;
  // two-digit years: 00-49 are this century, 50-99 the last (injuries go back decades)
  const year = m[3].length === 2 ? `${Number(m[3]) < 50 ? '20' : '19'}${m[3]}` : m[3];
  const d = readDate(`${m[1]}/${m[2]}/${year}`);
  return d ? { date: formatDate(d), guessed: m[3].length === 2 } : undefined;
}

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
      const fixed = repair(value.text);
      const shape = /^\d{1,2}\/\d{1,2}\/\d{4}$/.test(value.text.trim());
      ctx.report(this.code, this.defaultSeverity, value.range,
        shape ? `'${value.text}' is not a real date (${fieldSpec(key).label}).`
          : `'${value.text}' is not a date written MM/DD/YYYY (${fieldSpec(key).label}).`,
        fixed ? [{ title: `Write '${fixed.date}'`, edits: [{ range: value.range, newText: fixed.date }], isPreferred: true, ...(fixed.guessed ? {} : { safe: true }) }] : undefined);
    }
  },
};
