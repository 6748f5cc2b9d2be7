import { daysBetween, readDate, type CalendarDate } from '../dates';
import { proseText } from '../prose-map';
import type { Rule } from '../context';
import { allMatches } from '../all-matches';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Dates as the records are quoted: 10/13/2016, 10-13-16, 10/13/16, October 13, 2016, Oct. 13, 2016. */
const PROSE_DATE = /\b(\d{1,2})[/-](\d{1,2})[/-](\d{4}|\d{2})\b|\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})\b/g;
/** Words before a date that make it a plan or the end of a period, which may well lie after the decision. */
const PLAN = /\b(?:scheduled|planned|upcoming|next|follow[- ]?up|return(?:ing)?|due|expected|anticipated|appointment|expires?|valid|effective|pending|authori[sz]ed|on\s+or\s+before)\b[^.;]{0,40}$/i;
const PERIOD_END = /\b(?:to|through|thru|until|till|by|-)\s+(?:\w+\s+)?$/i;

function readProseDate(m: RegExpMatchArray): CalendarDate | undefined {
  if (m[1]) {
    const year = m[3].length === 2 ? `${Number(m[3]) < 50 ? '20' : '19'}${m[3]}` : m[3];
    return readDate(`${m[1]}/${m[2]}/${year}`);
  }
  const month = MONTHS.indexOf(m[4].slice(0, 3).toLowerCase()) + 1;
  return readDate(`${month}/${m[5]}/${m[6]}`);
}

/**
 * The records a reviewer summarises and weighs all came before the determination, so a date in the clinical
 * case summary or a rationale that falls after the Decision Date is a typo (the year, most often) or a record
 * that cannot have been reviewed. A warning: a plan ("follow-up scheduled for ...") may lie in the future, and
 * dates after words like that are not reported.
 */
export const dateAfterDecision: Rule = {
  code: 'IMR208',
  name: 'date-after-decision',
  defaultSeverity: 'warning',
  description: 'No date in the case summary or a rationale falls after the Decision Date.',
  check(ctx) {
    const decided = ctx.dates.decisionDate;
    if (!decided?.date) return;
    const fields = [ctx.letter.letterFields.summary, ...ctx.letter.items.map((i) => i.rationale)];
    for (const field of fields) {
      if (!field || field.shape !== 'prose') continue;
      const prose = proseText(field);
      for (const m of allMatches(PROSE_DATE, prose.text)) {
        const at = m.index ?? 0;
        const date = readProseDate(m);
        if (!date || daysBetween(decided.date, date) <= 0) continue;
        const lead = prose.text.slice(Math.max(0, at - 60), at);
        if (PLAN.test(lead) || PERIOD_END.test(lead)) continue;
        ctx.report(this.code, this.defaultSeverity, prose.rangeOf(at, at + m[0].length),
          `Check this date: ${m[0]} is after the Decision Date (${decided.field.value!.text}), and the records reviewed come before the determination. Is the year or month mistyped?`);
      }
    }
  },
};
