/**
 * Sentences of a rationale, split the way a reader would: after `.`, `!` or `?` followed by a space and a
 * capital, digit, quote or bracket, but not after an abbreviation ("Dr.", "e.g.", "vs.", "No. 5", "p. 300")
 * or a single initial ("J. Smith").
 */

export interface Sentence { text: string; start: number; end: number }

/** Words that end in a full stop without ending a sentence (compared in lower case, without the stop). */
const ABBREVIATIONS = new Set([
  'dr', 'mr', 'mrs', 'ms', 'jr', 'sr', 'st', 'vs', 'v', 'no', 'nos', 'approx', 'fig', 'cf', 'al', 'inc', 'co', 'corp',
  'ltd', 'p', 'pp', 'ch', 'chap', 'vol', 'sec', 'ref', 'dept', 'prof', 'rev', 'esp', 'incl', 'min', 'max', 'hr', 'hrs',
  'wk', 'wks', 'mo', 'mos', 'yr', 'yrs', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep',
  'sept', 'oct', 'nov', 'dec', 'ed', 'eds', 'ave', 'blvd', 'tab', 'tabs', 'cap', 'caps', 'qty',
]);

/** The longest abbreviation: a longer word of plain letters cannot be one. */
const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((a) => a.length));

const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * True when the word text[from, to) just before a full stop makes the stop part of an abbreviation. Read in
 * place (no copy of the word, no search): the word without leading brackets and quotes is an initial ("J"), a
 * dotted run of single letters ("e.g", "b.i.d", "U.S"), or one of the abbreviations in any case.
 */
function isAbbreviation(text: string, from: number, to: number): boolean {
  let b = from;
  for (let c = text.charCodeAt(b); b < to && (c === 40 || c === 34 || c === 39 || c === 91); c = text.charCodeAt(++b));
  const length = to - b;
  if (length === 1 && text.charCodeAt(b) >= 65 && text.charCodeAt(b) <= 90) return true; // an initial
  if (length >= 3 && length % 2 === 1) {
    let dotted = true;
    for (let i = b; i < to && dotted; i++) dotted = (i - b) % 2 === 0 ? isAsciiLetter(text.charCodeAt(i)) : text.charCodeAt(i) === 46;
    if (dotted) return true; // e.g, i.e, a.m, b.i.d, U.S
  }
  // a word of plain ASCII longer than every abbreviation is none (lower case keeps the length of ASCII text);
  // other text is looked up as it is
  if (length > LONGEST_ABBREVIATION) {
    let ascii = true;
    for (let i = b; i < to && ascii; i++) ascii = text.charCodeAt(i) < 128;
    if (ascii) return false;
  }
  return ABBREVIATIONS.has(text.slice(b, to).toLowerCase());
}

/** White space as `String.prototype.trim` and `\s` see it (ASCII by hand, the rest by the pattern). */
const OTHER_SPACE = /\s/;
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c > 127 && OTHER_SPACE.test(String.fromCharCode(c)));
}

/**
 * Not cached: a cache keyed on the text let a re-check of the same letters skip the work (and flattered the
 * bench), and one kept with each parsed field held every letter's sentences until a full collection (about 16 MB
 * more at the peak of a 10,000-letter batch). The conclusion reader keeps its reading; IMR409 splits again.
 */
export function splitSentences(text: string): Sentence[] {
  return split(text);
}

const isStopChar = (c: number) => c === 46 || c === 33 || c === 63;
const isCloser = (c: number) => c === 34 || c === 39 || c === 41 || c === 93;
/** What may start the next sentence: a quote, bracket, capital or digit. */
const isStartChar = (c: number) => c === 34 || c === 39 || c === 40 || c === 91 || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);

/**
 * Where each sentence can end, as the global search /[.!?]+["')\]]*(?=\s+["'(\[A-Z0-9]|\s*$)/g finds it,
 * without a search and a match array at every stop: a run of stops and then of closing marks ends a sentence when
 * white space and a sentence's first character, or only white space, follow. (The search, starting inside a
 * run or giving back part of it, would find the same: what follows a shorter run is a stop or a mark, never
 * space or the end.) `end` is told each: `at` the first stop, `stops` past the stops, `to` past the marks.
 */
function eachStop(text: string, end: (at: number, stops: number, to: number) => void): void {
  const n = text.length;
  // the next full stop, exclamation and question mark, each found by indexOf and kept until passed
  let dot = text.indexOf('.');
  let bang = text.indexOf('!');
  let question = text.indexOf('?');
  let from = 0;
  for (;;) {
    if (dot !== -1 && dot < from) dot = text.indexOf('.', from);
    if (bang !== -1 && bang < from) bang = text.indexOf('!', from);
    if (question !== -1 && question < from) question = text.indexOf('?', from);
    let at = dot;
    if (bang !== -1 && (at === -1 || bang < at)) at = bang;
    if (question !== -1 && (at === -1 || question < at)) at = question;
    if (at === -1) return;
    let stops = at + 1;
    while (stops < n && isStopChar(text.charCodeAt(stops))) stops++;
    let to = stops;
    while (to < n && isCloser(text.charCodeAt(to))) to++;
    let next = to;
    while (next < n && isSpace(text.charCodeAt(next))) next++;
    if (next === n || (next > to && isStartChar(text.charCodeAt(next)))) end(at, stops, to);
    // (a run that ends nothing: no stop inside it or its marks ends anything either)
    from = to;
  }
}

function split(text: string): Sentence[] {
  const out: Sentence[] = [];
  // text[from, to) without the white space around it, as `trim` would leave it
  const push = (from: number, to: number) => {
    while (from < to && isSpace(text.charCodeAt(from))) from++;
    while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
    if (to > from) out.push({ text: text.slice(from, to), start: from, end: to });
  };
  let start = 0;
  eachStop(text, (at, stops, to) => {
    // one full stop, alone or before closing quotes and brackets: perhaps an abbreviation's
    if (stops === at + 1 && text.charCodeAt(at) === 46) {
      // the last space or line break before the stop, within this sentence (lastIndexOf would search back to
      // the start of a joined rationale, which has no line breaks, at every full stop)
      let space = at - 1;
      while (space >= start && text.charCodeAt(space) !== 32 && text.charCodeAt(space) !== 10) space--;
      if (isAbbreviation(text, space + 1, at)) return;
    }
    push(start, to);
    start = to;
  });
  push(start, text.length);
  return out;
}
