/** Header dates: `MM/DD/YYYY` read into real calendar dates, and the day arithmetic the rules need. */

export interface CalendarDate { year: number; month: number; day: number; iso: string }

/** Reads `MM/DD/YYYY` (single-digit month or day allowed); undefined unless it is a real calendar date. */
export function readDate(text: string): CalendarDate | undefined {
  // /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/ on the trimmed text, read digit by digit (every letter's header dates are
  // read, and the dates of its prose): the shape is 1-2 digits, '/', 1-2 digits, '/', 4 digits, nothing more
  const t = text.trim();
  const n = t.length;
  if (n < 8 || n > 10) return undefined;
  let at = 0;
  let month = 0;
  for (; at < 2 && isDigit(t.charCodeAt(at)); at++) month = month * 10 + t.charCodeAt(at) - 48;
  if (at === 0 || t.charCodeAt(at) !== 47) return undefined;
  const dayFrom = ++at;
  let day = 0;
  for (; at < dayFrom + 2 && isDigit(t.charCodeAt(at)); at++) day = day * 10 + t.charCodeAt(at) - 48;
  if (at === dayFrom || t.charCodeAt(at) !== 47 || n - ++at !== 4) return undefined;
  let year = 0;
  for (const yearFrom = at; at < yearFrom + 4; at++) {
    const c = t.charCodeAt(at);
    if (!isDigit(c)) return undefined;
    year = year * 10 + c - 48;
  }
  if (month < 1 || month > 12 || day < 1) return undefined;
  if (day > daysInMonth(year, month)) return undefined;
  const iso = `${t.slice(n - 4)}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
  return { year, month, day, iso };
}

const isDigit = (c: number) => c >= 48 && c <= 57;

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Days in a month of the Gregorian calendar, without building a Date (prose dates are read by the hundred).
 * Years 0 to 99 count as 1900 to 1999, as `Date.UTC` reads them.
 */
export function daysInMonth(year: number, month: number): number {
  if (month !== 2) return MONTH_DAYS[month - 1];
  const y = year < 100 ? year + 1900 : year;
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
}

export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return Math.round((Date.UTC(to.year, to.month - 1, to.day) - Date.UTC(from.year, from.month - 1, from.day)) / 86400000);
}

export function formatDate(d: CalendarDate): string {
  return `${String(d.month).padStart(2, '0')}/${String(d.day).padStart(2, '0')}/${d.year}`;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function longDate(d: CalendarDate): string {
  const weekday = WEEKDAYS[new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay()];
  return `${weekday}, ${MONTHS[d.month - 1]} ${d.day}, ${d.year}`;
}
