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

/** True when the word just before a full stop makes the stop part of an abbreviation. */
function isAbbreviation(word: string): boolean {
  const bare = word.replace(/^[("'[]+/, '');
  if (/^[A-Z]$/.test(bare)) return true; // an initial
  if (/^(?:[a-z]\.)+[a-z]$/i.test(bare)) return true; // e.g, i.e, a.m, b.i.d, U.S
  return ABBREVIATIONS.has(bare.toLowerCase());
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
  const push = (from: number, to: number) => {
    const raw = text.slice(from, to);
    const s = raw.trim();
    // (only white space stands before the trimmed text, so its first place in the raw text is where it starts)
    const lead = s ? raw.indexOf(s) : 0;
    if (s) out.push({ text: s, start: from + lead, end: from + lead + s.length });
  };
  let start = 0;
  // exec rather than matchAll, which copies the pattern at every call
  STOP.lastIndex = 0;
  for (let m; (m = STOP.exec(text));) {
    const at = m.index;
    if (m[0].startsWith('.') && m[0].length === 1 || /^\.["')\]]+$/.test(m[0])) {
      // the last space or line break before the stop, within this sentence (lastIndexOf would search back to
      // the start of a joined rationale, which has no line breaks, at every full stop)
      let space = at - 1;
      while (space >= start && text[space] !== ' ' && text[space] !== '\n') space--;
      const word = text.slice(space + 1, at);
      if (isAbbreviation(word)) continue;
    }
    push(start, at + m[0].length);
    start = at + m[0].length;
  }
  push(start, text.length);
  return out;
}
