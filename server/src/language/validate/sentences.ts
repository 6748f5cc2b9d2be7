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

/** Where a sentence can end (a global search from `split` only, which leaves `lastIndex` at 0). */
const STOP = /[.!?]+["')\]]*(?=\s+["'(\[A-Z0-9]|\s*$)/g;

function split(text: string): Sentence[] {
  const out: Sentence[] = [];
  // text[from, to) without the white space around it, as `trim` would leave it
  const push = (from: number, to: number) => {
    while (from < to && isSpace(text.charCodeAt(from))) from++;
    while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
    if (to > from) out.push({ text: text.slice(from, to), start: from, end: to });
  };
  let start = 0;
  // exec rather than matchAll, which copies the pattern at every call
  STOP.lastIndex = 0;
  for (let m; (m = STOP.exec(text));) {
    const at = m.index;
    const stop = m[0];
    // one full stop, alone or before closing quotes and brackets: perhaps an abbreviation's
    if (stop.charCodeAt(0) === 46 && (stop.length === 1 || !isStopChar(stop.charCodeAt(1)))) {
      // the last space or line break before the stop, within this sentence (lastIndexOf would search back to
      // the start of a joined rationale, which has no line breaks, at every full stop)
      let space = at - 1;
      while (space >= start && text.charCodeAt(space) !== 32 && text.charCodeAt(space) !== 10) space--;
      if (isAbbreviation(text, space + 1, at)) continue;
    }
    push(start, at + stop.length);
    start = at + stop.length;
  }
  push(start, text.length);
  return out;
}

const isStopChar = (c: number) => c === 46 || c === 33 || c === 63;
