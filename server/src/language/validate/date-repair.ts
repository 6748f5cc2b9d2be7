/**
 * Header dates typed in another form, read back into the MM/DD/YYYY the letter prints: a day written first
 * (`29/12/2016`), ISO (`2017-01-31`), month names (`Nov 21, 2016`, `21 November 2016`), two-digit years
 * (`11/09/16`), `-` or `.` between the parts, ISO without separators (`20170131`). A form is repaired safely
 * only when it can mean one day; when day and month could swap (`04-05-2016`), both readings are offered and
 * neither is applied in bulk.
 */
import { readDate, type CalendarDate } from './dates';

export interface DateRepair {
  /** the day or days the text can mean, the likelier first */
  readings: CalendarDate[];
  /** one reading only: the fix may be applied in bulk */
  unambiguous: boolean;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Two-digit years: 00-49 are this century, 50-99 the last (injuries go back decades). */
function fullYear(y: string): string {
  return y.length === 2 ? `${Number(y) < 50 ? '20' : '19'}${y}` : y;
}

function date(month: number | string, day: number | string, year: string): CalendarDate | undefined {
  return readDate(`${month}/${day}/${fullYear(year)}`);
}

function monthNumber(name: string): number | undefined {
  const i = MONTHS.indexOf(name.slice(0, 3).toLowerCase());
  // the name must be a month's name or its start ('Sept', 'Nov.'), not any word beginning like one
  if (i < 0) return undefined;
  const full = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'][i];
  return full.startsWith(name.toLowerCase()) ? i + 1 : undefined;
}

function one(d: CalendarDate | undefined): DateRepair | undefined {
  return d ? { readings: [d], unambiguous: true } : undefined;
}

export function repairDate(typed: string): DateRepair | undefined {
  const text = typed.trim().replace(/\.$/, '').replace(/^(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)[a-z]*\.?,?\s+/i, '');
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text) ?? /^((?:19|20)\d{2})(\d{2})(\d{2})$/.exec(text);
  if (m) return one(date(m[2], m[3], m[1])); // ISO: year, month, day (also without separators)
  m = /^([A-Za-z]+)\.?[\s-]+(\d{1,2})(?:st|nd|rd|th)?,?[\s-]+(\d{4}|\d{2})$/.exec(text);
  if (m) { const month = monthNumber(m[1]); return month ? one(date(month, m[2], m[3])) : undefined; }
  m = /^(\d{1,2})(?:st|nd|rd|th)?[\s-]+([A-Za-z]+)\.?,?[\s-]+(\d{4}|\d{2})$/.exec(text);
  if (m) { const month = monthNumber(m[2]); return month ? one(date(month, m[1], m[3])) : undefined; }
  m = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})$/.exec(text);
  if (!m) return undefined;
  const [, first, separator, second, year] = m;
  const monthFirst = date(first, second, year);
  const dayFirst = date(second, first, year);
  // '/' is the letter's own order, month first: only a first number above 12 makes it day first
  if (separator === '/') return one(monthFirst ?? dayFirst);
  if (monthFirst && dayFirst && monthFirst.iso !== dayFirst.iso) return { readings: [monthFirst, dayFirst], unambiguous: false };
  return one(monthFirst ?? dayFirst);
}


/**
 * A header date as the letter means it: MM/DD/YYYY, or another form that can mean one day only (still reported,
 * IMR202), so one slip in a date does not also move the date other facts are derived from.
 */
export function readMeantDate(text: string): CalendarDate | undefined {
  const date = readDate(text);
  if (date) return date;
  const repair = repairDate(text);
  return repair?.unambiguous ? repair.readings[0] : undefined;
}
