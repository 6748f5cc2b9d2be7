import { daysInMonth, type CalendarDate } from '../dates';
import { proseText } from '../prose-map';
import type { Rule } from '../context';
import { allMatches } from '../all-matches';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Dates as the records are quoted: 10/13/2016, 10-13-16, 10/13/16, October 13, 2016, Oct. 13, 2016. */
const PROSE_DATE = /\b(\d{1,2})[/-](\d{1,2})[/-](\d{4}|\d{2})\b|\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})\b/g;
/** Words before a date that make it a plan or the end of a period, which may well lie after the decision. */
const PLAN = /\b(?:scheduled|planned|upcoming|next|follow[- ]?up|return(?:ing)?|due|expected|anticipated|appointment|expires?|valid|effective|pending|authori[sz]ed|on\s+or\s+before)\b[^.;]{0,40}$/i;
const PERIOD_END = /\b(?:to|through|thru|until|till|by|-)\s+(?:\w+\s+)?$/i;

/** PROSE_DATE tried at one place. */
const PROSE_DATE_AT = new RegExp(PROSE_DATE.source, 'y');
/** What a month date starts with: the first three letters of every month name in PROSE_DATE ('Sept' has 'Sep'). */
const MONTH_STARTS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * The first match of PROSE_DATE's numeric form at or after `from` (null: none), as PROSE_DATE's global search reads
 * it there, without trying every character: a match starts one or two digits before its first separator ('/' or
 * '-'), which stands between two digits, and indexOf finds the separators far faster. Each place a match can start
 * is tried in order, with PROSE_DATE itself (at a digit, its month form cannot match: the match is the numeric one).
 */
function nextNumeric(text: string, from: number): RegExpExecArray | null {
  let slash = text.indexOf('/', from + 1);
  let dash = text.indexOf('-', from + 1);
  let tried = from - 1;
  while (slash >= 0 || dash >= 0) {
    let at: number;
    if (dash < 0 || (slash >= 0 && slash < dash)) { at = slash; slash = text.indexOf('/', at + 1); } else { at = dash; dash = text.indexOf('-', at + 1); }
    if (!isDigit(text.charCodeAt(at - 1)) || !isDigit(text.charCodeAt(at + 1))) continue;
    for (let start = Math.max(at - 2, tried + 1); start < at; start++) {
      PROSE_DATE_AT.lastIndex = start;
      const m = PROSE_DATE_AT.exec(text);
      if (m) return m;
    }
    tried = at - 1;
  }
  return null;
}

/**
 * The matches of PROSE_DATE in `text`, as its global search finds them, at a fraction of the cost: that search tries
 * both forms at every character, and the month form, which starts with a word boundary, is slow to try. A match
 * starts where the numeric form matches (`nextNumeric`) or at a month name (found by indexOf); the two never start
 * at the same character (a digit, a capital). So from each match's end, the next match starts at the first of: the
 * numeric form's next match, and the first month name where PROSE_DATE matches; it is read there with PROSE_DATE
 * itself, so its groups are those the global search gives. `ungated`: the global search itself, for the tests.
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
    if (numeric === undefined || (numeric && numeric.index < from)) numeric = nextNumeric(text, from);
    const until = numeric ? numeric.index : text.length;
    let m = numeric;
    while (month < months.length && months[month] < from) month++;
    for (let k = month; k < months.length && months[k] < until; k++) {
      PROSE_DATE_AT.lastIndex = months[k];
      const found = PROSE_DATE_AT.exec(text);
      if (found) { m = found; break; }
    }
    if (!m) break;
    out.push(m);
    from = m.index + m[0].length;
  }
  PROSE_DATE_AT.lastIndex = 0;
  return out;
}

/**
 * Whether a date PROSE_DATE found is a real day after `decided`: what `readDate` of the date, then `daysBetween`,
 * said, read from the numbers without building either (years 0 to 99 count as 1900 to 1999, as `Date.UTC`, which
 * `daysBetween` counts with, reads them).
 */
export function afterDecision(m: RegExpMatchArray, decided: CalendarDate): boolean {
  let month: number;
  let day: number;
  let year: number;
  if (m[1]) {
    month = Number(m[1]);
    day = Number(m[2]);
    year = m[3].length === 2 ? (Number(m[3]) < 50 ? 2000 : 1900) + Number(m[3]) : Number(m[3]);
  } else {
    month = MONTHS.indexOf(m[4].slice(0, 3).toLowerCase()) + 1;
    day = Number(m[5]);
    year = Number(m[6]);
  }
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return false;
  const y = year < 100 ? year + 1900 : year;
  const dy = decided.year < 100 ? decided.year + 1900 : decided.year;
  return y !== dy ? y > dy : month !== decided.month ? month > decided.month : day > decided.day;
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
    const items = ctx.letter.items;
    for (let i = -1; i < items.length; i++) {
      const field = i < 0 ? ctx.letter.letterFields.summary : items[i].rationale;
      if (!field || field.shape !== 'prose') continue;
      const prose = proseText(field);
      for (const m of proseDates(prose.text)) {
        const at = m.index ?? 0;
        if (!afterDecision(m, decided.date)) continue;
        const lead = prose.text.slice(Math.max(0, at - 60), at);
        if (PLAN.test(lead) || PERIOD_END.test(lead)) continue;
        ctx.report(this.code, this.defaultSeverity, prose.rangeOf(at, at + m[0].length),
          `Check this date: ${m[0]} is after the Decision Date (${decided.field.value!.text}), and the records reviewed come before the determination. Is the year or month mistyped?`);
      }
    }
  },
};
