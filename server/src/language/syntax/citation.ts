/**
 * Reads one line of a guideline block into a structured citation, each part with its own range.
 * The parts are recognised by their keywords (`MTUS`, `ACOEM`, `Chapter`, `Section(s):`, `Page(s):`), never
 * by the catalogue, so the parser works on guidelines it has never heard of; the analyser checks the parts.
 */
import type { Citation, MtusCitation, PageRef, Position, Range, Span } from './ast';
import { isBlank } from './blanks';
import { exactSize } from './exact-size';
import { LineNumber, LineSpan } from './line-span';

/** What `\s` matches (the blanks of blanks.ts and the line ends), without a regular expression per character. */
const isSpace = (c: number): boolean => c === 10 || c === 13 || isBlank(c);

/** Column of the citation's first character: indices below are into the citation's own text. */
let base = 0;

/**
 * The positions made on the current citation line, by index: the parts of a citation meet (its keyword starts
 * where it does), and a 50,000-item letter's positions are a third of its syntax tree, so one object serves each.
 * (Positions in the tree are never changed in place.)
 */
// Two short lists searched in order, reused from line to line: an array indexed by the column would be a sparse
// array of the line's length, made anew for each of a long letter's hundreds of thousands of citation lines. Their
// count is kept apart: emptying an array by setting its length is a call into the runtime.
const madeAt: number[] = [];
const made: Position[] = [];
let madeCount = 0;

function positionAt(line: number, index: number): Position {
  for (let i = 0; i < madeCount; i++) if (madeAt[i] === index) return made[i];
  const position = { line, character: base + index };
  madeAt[madeCount] = index;
  made[madeCount++] = position;
  return position;
}

function at(line: number, from: number, to: number): Range {
  return { start: positionAt(line, from), end: positionAt(line, to) };
}

function spanOf(text: string, line: number, from: number, to: number): Span {
  // trim blanks on both sides so ranges hug the words
  while (from < to && isSpace(text.charCodeAt(from))) from++;
  while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
  return new LineSpan(text.slice(from, to), line, base + from, base + to);
}

const SECTIONS = /,?\s*\bSections?(?:\s*\(s\))?\s*:/iy;
const PAGES = /,?\s*\b(?:Pages?(?:\s*\(s\))?\s*:|pg\.|pp?\.)/iy;
const SECTIONS_SEARCH = new RegExp(SECTIONS.source, 'ig');
const PAGES_SEARCH = new RegExp(PAGES.source, 'ig');
const YEAR_AT_END = /(?:^|\s)((?:19|20)\d\d)\s*,?\s*$/;
const ACOEM = /ACOEM\b/iy;
const CHAPTER = /Chapter\s+(\d+)\b/iy;
const PAGE_REF = /(\d+)(?:\s*(?:-|–|to)\s*(\d+))?/g;

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/**
 * Where the year the title `text.slice(from, to)` ends with starts (what YEAR_AT_END matches as its group), or -1,
 * read backwards from the title's end. After the year the pattern allows only blanks, a comma and blanks to the end,
 * and blanks and commas are no digits: so the year can only end where those, taken from the end, stop; it is the
 * four characters before that, 19 or 20 and two digits, at the title's start or after a blank.
 */
function yearAt(text: string, from: number, to: number): number {
  let i = to;
  while (i > from && isSpace(text.charCodeAt(i - 1))) i--;
  if (i > from && text.charCodeAt(i - 1) === 44) {
    i--;
    while (i > from && isSpace(text.charCodeAt(i - 1))) i--;
  }
  const y = i - 4;
  if (y < from) return -1;
  const c0 = text.charCodeAt(y);
  const c1 = text.charCodeAt(y + 1);
  if (!((c0 === 49 && c1 === 57) || (c0 === 50 && c1 === 48))) return -1; // 19 or 20
  if (!isDigit(text.charCodeAt(y + 2)) || !isDigit(text.charCodeAt(y + 3))) return -1;
  return y === from || isSpace(text.charCodeAt(y - 1)) ? y : -1;
}

/** Where the year a title ends with starts, read backwards (`yearAt`) or (`bySearch`) by YEAR_AT_END: the tests compare them. */
export function yearStartInTitle(title: string, bySearch = false): number {
  if (!bySearch) return yearAt(title, 0, title.length);
  const m = YEAR_AT_END.exec(title);
  return m ? m.index + m[0].indexOf(m[1]) : -1;
}

/** Whether a keyword match may start at this character: where the search below looks. */
function mayStartKeyword(c: string): boolean {
  return c === ',' || c === ' ' || c === '\t' || c === 'S' || c === 's' || c === 'P' || c === 'p';
}

/**
 * Finds the first match of a sticky keyword pattern at or after `from` that starts at a comma, space, tab, S or P.
 * `search` is the same pattern searching (flag g): its first match starts where the first sticky match does, and
 * when that is at such a character it is the answer; else the positions after it are tried one by one. Every match
 * ends in `last` or `orLast` (a keyword's ':' or '.'): with neither at or after `from`, there is none to search for.
 */
function findKeyword(text: string, re: RegExp, search: RegExp, from: number, last: string, orLast: string): { start: number; end: number } | undefined {
  if (text.indexOf(last, from) < 0 && text.indexOf(orLast, from) < 0) return undefined;
  search.lastIndex = from;
  const first = search.exec(text);
  if (!first) return undefined;
  if (mayStartKeyword(text[first.index])) return { start: first.index, end: first.index + first[0].length };
  for (let i = first.index + 1; i < text.length; i++) {
    if (!mayStartKeyword(text[i])) continue;
    re.lastIndex = i;
    const m = re.exec(text);
    if (m) return { start: i, end: i + m[0].length };
  }
  return undefined;
}

/** A character `\w` matches (what `\b` tells apart from others). */
const isWordChar = (c: number): boolean => (c >= 48 && c <= 57) || c === 95 || ((c | 0x20) >= 97 && (c | 0x20) <= 122);

/**
 * Whether the character at `i` is the ASCII letter `lower` in either case: a pattern that ignores case (without the
 * u flag) matches no other character with it.
 */
const isLetter = (text: string, i: number, lower: number): boolean => (text.charCodeAt(i) | 0x20) === lower;

/**
 * Where SECTIONS matched from `j` ends, when `j` holds the 'S' of its keyword, or -1. The pattern reads one way only:
 * 'Section', an 's' if there is one, blanks and '(s)' if they are there, blanks, ':' (giving any of these back
 * never lets the rest match).
 */
function sectionsEndAt(text: string, j: number): number {
  const n = text.length;
  if (j + 7 > n) return -1;
  for (let k = 0; k < 7; k++) if (!isLetter(text, j + k, 'section'.charCodeAt(k))) return -1;
  let i = j + 7;
  if (i < n && isLetter(text, i, 115)) i++;
  let k = i;
  while (k < n && isSpace(text.charCodeAt(k))) k++;
  if (k + 2 < n && text.charCodeAt(k) === 40 && isLetter(text, k + 1, 115) && text.charCodeAt(k + 2) === 41) i = k + 3;
  while (i < n && isSpace(text.charCodeAt(i))) i++;
  return i < n && text.charCodeAt(i) === 58 ? i + 1 : -1;
}

/**
 * The Section(s): keyword as `findKeyword` finds it, read off the line: each 's' or 'S' at or after `from` (found
 * natively, in order) that starts 'Section...:' is a match from every start the pattern's ',?\s*' allows before it:
 * itself (where '\b' needs no word character before it), the blanks just before it, and a comma before those. The
 * first of those that may start a keyword is the answer; a later 'S' could only have later starts.
 */
function findSections(text: string, from: number): { start: number; end: number } | undefined {
  if (text.indexOf(':', from) < 0) return undefined; // every match ends in ':'
  let lower = text.indexOf('s', from);
  let upper = text.indexOf('S', from);
  while (lower >= 0 || upper >= 0) {
    const j = upper < 0 || (lower >= 0 && lower < upper) ? lower : upper;
    if (j === lower) lower = text.indexOf('s', j + 1);
    else upper = text.indexOf('S', j + 1);
    const end = sectionsEndAt(text, j);
    if (end < 0) continue;
    let first = j;
    while (first > from && isSpace(text.charCodeAt(first - 1))) first--;
    if (first > from && text.charCodeAt(first - 1) === 44) first--;
    if (first === j && j > 0 && isWordChar(text.charCodeAt(j - 1))) continue; // no '\b' before it
    while (!mayStartKeyword(text[first])) first++;
    return { start: first, end };
  }
  return undefined;
}

/** The Section(s): keyword searched for by its pattern (`findKeyword`): the tests compare it with `findSections`. */
const searchSections = (text: string, from: number) => findKeyword(text, SECTIONS, SECTIONS_SEARCH, from, ':', ':');
// every Page(s):, pg., p. or pp. ends in ':' or '.'
const findPages = (text: string, from: number) => findKeyword(text, PAGES, PAGES_SEARCH, from, ':', '.');

/**
 * The Section(s): or Page(s): keyword at or after `from` as `parseMtus` finds it, or (`byPosition`) by trying the
 * sticky pattern at every allowed character in turn, as it once did: the tests compare the two.
 */
export function citationKeyword(
  text: string, which: 'sections' | 'pages', from: number, how: 'read' | 'search' | 'byPosition' = 'read',
): { start: number; end: number } | undefined {
  const [re] = which === 'sections' ? [SECTIONS, SECTIONS_SEARCH] : [PAGES, PAGES_SEARCH];
  if (how === 'read') return which === 'sections' ? findSections(text, from) : findPages(text, from);
  if (how === 'search') return which === 'sections' ? searchSections(text, from) : findPages(text, from);
  for (let i = from; i < text.length; i++) {
    if (!mayStartKeyword(text[i])) continue;
    re.lastIndex = i;
    const m = re.exec(text);
    if (m) return { start: i, end: i + m[0].length };
  }
  return undefined;
}

function parsePages(lineText: string, line: number, from: number, to: number): PageRef[] {
  const refs: PageRef[] = [];
  PAGE_REF.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = PAGE_REF.exec(lineText)) && m.index < to) {
    const first = Number(m[1]);
    const last = m[2] ? Number(m[2]) : first;
    refs.push({ from: first, to: last, range: at(line, m.index, m.index + m[0].length) });
  }
  return exactSize(refs);
}

function parseMtus(lineText: string, text: string, line: number, start: number, end: number, range: Range, plain: boolean): MtusCitation {
  const citation: MtusCitation = { kind: 'mtus', text, range, keyword: at(line, start, start + 4) };
  let pos = start + 4;
  const skipBlanks = () => { while (pos < end && isSpace(lineText.charCodeAt(pos))) pos++; };
  skipBlanks();
  // each sticky pattern is tried only at the letter it starts with (ignoring case: no other character matches it)
  ACOEM.lastIndex = pos;
  if ((plain || isLetter(lineText, pos, 97)) && ACOEM.exec(lineText)) {
    citation.acoem = at(line, pos, pos + 5);
    pos += 5;
    skipBlanks();
  }
  CHAPTER.lastIndex = pos;
  const cm = plain || isLetter(lineText, pos, 99) ? CHAPTER.exec(lineText) : null;
  if (cm) {
    const numberStart = pos + cm[0].length - cm[1].length;
    citation.chapter = {
      value: Number(cm[1]),
      range: at(line, numberStart, pos + cm[0].length),
      keywordRange: at(line, pos, pos + 7),
    };
    pos += cm[0].length;
    skipBlanks();
  }
  // searched in the whole line: past `end` there are only blanks, and every keyword ends in ':' or '.'
  const sections = plain ? searchSections(lineText, pos) : findSections(lineText, pos);
  const pages = findPages(lineText, sections ? sections.end : pos);
  const titleEnd = sections ? sections.start : pages ? pages.start : end;
  const yearStart = plain ? pos + yearStartInTitle(lineText.slice(pos, titleEnd), true) : yearAt(lineText, pos, titleEnd);
  if (yearStart >= pos) {
    const value = Number(lineText.slice(yearStart, yearStart + 4));
    citation.year = new LineNumber(value, line, base + yearStart, base + yearStart + 4);
    const title = spanOf(lineText, line, pos, yearStart);
    if (title.text) citation.title = title;
  } else {
    const title = spanOf(lineText, line, pos, titleEnd);
    if (title.text) citation.title = title;
  }
  if (sections) {
    const topicsEnd = pages ? pages.start : end;
    const topics: Span[] = [];
    // topics are separated by ';'
    for (let topicStart = sections.end; topicStart <= topicsEnd;) {
      let i = lineText.indexOf(';', topicStart);
      if (i < 0 || i > topicsEnd) i = topicsEnd;
      const topic = spanOf(lineText, line, topicStart, i);
      if (topic.text) topics.push(topic);
      topicStart = i + 1;
    }
    citation.sections = { keyword: keywordSpan(lineText, line, sections), topics: exactSize(topics) };
  }
  if (pages) {
    const pagesText = spanOf(lineText, line, pages.end, end);
    citation.pages = { keyword: keywordSpan(lineText, line, pages), text: pagesText, refs: parsePages(lineText, line, pages.end, end) };
  }
  return citation;
}

/** The keyword proper (`Section(s):`) of a match that may start with `, `. */
function keywordSpan(lineText: string, line: number, m: { start: number; end: number }): Span {
  let from = m.start;
  while (from < m.end && (lineText[from] === ',' || isSpace(lineText.charCodeAt(from)))) from++;
  return spanOf(lineText, line, from, m.end);
}

// made once: a regular expression literal in the function would be a new object at each line
const MTUS = /^MTUS\b/i;
const DECISION_BASED_ON = /^decision based on\b/i;
const VERBATIM = /^Verbatim\s*:\s*/i;
const NONE_CITED = /^none cited\.?$/i;
const OUTSIDE_MTUS = /^outside (?:of )?(?:the )?MTUS(?: guidelines)?\.?$/i;
const NON_MTUS = /^Non-MTUS(?:\s+Citation)?\b:?/i;

/** Whether `text` starts with MTUS as a word, any case (MTUS's match). */
function startsWithMtus(text: string): boolean {
  return isLetter(text, 0, 109) && isLetter(text, 1, 116) && isLetter(text, 2, 117) && isLetter(text, 3, 115)
    && !(text.length > 4 && isWordChar(text.charCodeAt(4)));
}

/**
 * Reads one citation line: `lineText` is the citation as typed (without its indentation), starting at
 * character `column` of 0-based document line `line`. Each form's pattern is tried only when the line starts with
 * the letter that pattern starts with, and the year and the Section(s): keyword are read off the line without a
 * search; `plain` runs every pattern and search as written, for the tests to compare.
 */
export function parseCitation(lineText: string, line: number, column = 0, plain = false): Citation {
  base = column;
  madeCount = 0;
  const start = 0;
  let end = lineText.length;
  while (end > start && isSpace(lineText.charCodeAt(end - 1))) end--;
  const text = lineText.slice(start, end);
  const range = at(line, start, end);
  // the usual line first: no other form starts with 'MTUS'
  if (plain ? MTUS.test(text) : startsWithMtus(text)) return parseMtus(lineText, text, line, start, end, range, plain);
  // every other pattern starts with a letter, which it matches in either case and no other character with
  const first = plain ? -1 : text.charCodeAt(0) | 0x20;
  const may = (letter: string) => plain || first === letter.charCodeAt(0);
  if (may('d') && DECISION_BASED_ON.test(text)) return { kind: 'verbatim', range, text };
  const verbatim = may('v') ? VERBATIM.exec(text) : null;
  if (verbatim) return { kind: 'verbatim', range, text: text.slice(verbatim[0].length) };
  if (may('n') && NONE_CITED.test(text)) return { kind: 'none-cited', range, text };
  if (may('o') && OUTSIDE_MTUS.test(text)) return { kind: 'outside-mtus', range, text };
  const nonMtus = may('n') ? NON_MTUS.exec(text) : null;
  if (nonMtus) {
    const keyword = spanOf(lineText, line, start, start + nonMtus[0].length);
    const source = spanOf(lineText, line, start + nonMtus[0].length, end);
    return { kind: 'non-mtus', range, text, keyword, source: source.text ? source : undefined };
  }
  return { kind: 'unknown', range, text };
}
