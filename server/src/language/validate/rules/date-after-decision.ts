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

/** PROSE_DATE's two forms on their own: the numeric one searching, and the combined pattern tried at one place. */
const NUMERIC_DATE = new RegExp(PROSE_DATE.source.slice(0, PROSE_DATE.source.indexOf('|\\b(Jan')), 'g');
const PROSE_DATE_AT = new RegExp(PROSE_DATE.source, 'y');
/** What a month date starts with: the first three letters of every month name in PROSE_DATE ('Sept' has 'Sep'). */
const MONTH_STARTS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * The matches of PROSE_DATE in `text`, as its global search finds them, at a third of the cost: that search tries
 * both forms at every character, and the month form, which starts with a word boundary, is slow to try. A match
 * starts where the numeric form matches (found by its own search, which V8 runs fast) or at a month name (found by
 * indexOf); the two never start at the same character (a digit, a capital). So from each match's end, the next
 * match starts at the first of: the numeric form's next match, and the first month name where PROSE_DATE matches;
 * it is read there with PROSE_DATE itself, so its groups are those the global search gives. `ungated`: the global
 * search itself, for the tests to compare.
 */
export function proseDates(text: string, ungated = false): RegExpExecArray[] {
  if (ungated) return allMatches(PROSE_DATE, text);
  const months: number[] = [];
  for (const name of MONTH_STARTS) for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) months.push(i);
  months.sort((a, b) => a - b);
  const out: RegExpExecArray[] = [];
  let from = 0;
  let numeric: RegExpExecArray | null | undefined; // the numeric form's first match at or after `from`, once searched
  let month = 0; // the first month name not yet passed
  for (;;) {
    if (numeric === undefined || (numeric && numeric.index < from)) {
      NUMERIC_DATE.lastIndex = from;
      numeric = NUMERIC_DATE.exec(text);
    }
    const until = numeric ? numeric.index : text.length;
    let at = numeric ? numeric.index : -1;
    while (month < months.length && months[month] < from) month++;
    for (let k = month; k < months.length && months[k] < until; k++) {
      PROSE_DATE_AT.lastIndex = months[k];
      if (PROSE_DATE_AT.test(text)) { at = months[k]; break; }
    }
    if (at < 0) break;
    PROSE_DATE_AT.lastIndex = at;
    const m = PROSE_DATE_AT.exec(text) as RegExpExecArray;
    out.push(m);
    from = at + m[0].length;
  }
  NUMERIC_DATE.lastIndex = 0;
  return out;
}

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
      for (const m of proseDates(prose.text)) {
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
