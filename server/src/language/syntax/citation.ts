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
// array of the line's length, made anew for each of a long letter's hundreds of thousands of citation lines.
const madeAt: number[] = [];
const made: Position[] = [];

function positionAt(line: number, index: number): Position {
  for (let i = 0; i < madeAt.length; i++) if (madeAt[i] === index) return made[i];
  const position = { line, character: base + index };
  madeAt.push(index);
  made.push(position);
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

/**
 * Whether YEAR_AT_END can match `title`: its match ends in a digit, then blanks, a comma and blanks. The search
 * tries every position of the title; most titles of 2016-17 citations end in no year.
 */
function mayEndInYear(title: string): boolean {
  let i = title.length;
  while (i > 0 && isSpace(title.charCodeAt(i - 1))) i--;
  if (title.charCodeAt(i - 1) === 44) {
    i--;
    while (i > 0 && isSpace(title.charCodeAt(i - 1))) i--;
  }
  const c = title.charCodeAt(i - 1);
  return c >= 48 && c <= 57;
}

/** The year a title ends with (YEAR_AT_END's match), searched for only where it can be; `ungated` for the tests. */
export function yearAtEnd(title: string, ungated = false): RegExpExecArray | null {
  return ungated || mayEndInYear(title) ? YEAR_AT_END.exec(title) : null;
}

/** Whether a keyword match may start at this character: where the search below looks. */
function mayStartKeyword(c: string): boolean {
  return c === ',' || c === ' ' || c === '\t' || c === 'S' || c === 's' || c === 'P' || c === 'p';
}

/**
 * Finds the first match of a sticky keyword pattern at or after `from` that starts at a comma, space, tab, S or P.
 * `search` is the same pattern searching (flag g): its first match starts where the first sticky match does, and
 * when that is at such a character it is the answer; else the positions after it are tried one by one.
 */
function findKeyword(text: string, re: RegExp, search: RegExp, from: number): { start: number; end: number } | undefined {
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

/**
 * The Section(s): or Page(s): keyword at or after `from` as `parseMtus` finds it, or (`byPosition`) by trying the
 * sticky pattern at every allowed character in turn, as it once did: the tests compare the two.
 */
export function citationKeyword(text: string, which: 'sections' | 'pages', from: number, byPosition = false): { start: number; end: number } | undefined {
  const [re, search] = which === 'sections' ? [SECTIONS, SECTIONS_SEARCH] : [PAGES, PAGES_SEARCH];
  if (!byPosition) return findKeyword(text, re, search, from);
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

function parseMtus(lineText: string, text: string, line: number, start: number, end: number, range: Range): MtusCitation {
  const citation: MtusCitation = { kind: 'mtus', text, range, keyword: at(line, start, start + 4) };
  let pos = start + 4;
  const skipBlanks = () => { while (pos < end && isSpace(lineText.charCodeAt(pos))) pos++; };
  skipBlanks();
  ACOEM.lastIndex = pos;
  if (ACOEM.exec(lineText)) {
    citation.acoem = at(line, pos, pos + 5);
    pos += 5;
    skipBlanks();
  }
  CHAPTER.lastIndex = pos;
  const cm = CHAPTER.exec(lineText);
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
  const sections = findKeyword(lineText, SECTIONS, SECTIONS_SEARCH, pos);
  const pages = findKeyword(lineText, PAGES, PAGES_SEARCH, sections ? sections.end : pos);
  const titleEnd = sections ? sections.start : pages ? pages.start : end;
  const titleText = lineText.slice(pos, titleEnd);
  const year = yearAtEnd(titleText);
  if (year) {
    const yearStart = pos + (year.index + year[0].indexOf(year[1]));
    citation.year = new LineNumber(Number(year[1]), line, base + yearStart, base + yearStart + 4);
    const title = spanOf(lineText, line, pos, yearStart);
    if (title.text) citation.title = title;
  } else {
    const title = spanOf(lineText, line, pos, titleEnd);
    if (title.text) citation.title = title;
  }
  if (sections) {
    const topicsEnd = pages ? pages.start : end;
    const topics: Span[] = [];
    let topicStart = sections.end;
    for (let i = sections.end; i <= topicsEnd; i++) {
      if (i === topicsEnd || lineText.charCodeAt(i) === 59) { // ';'
        const topic = spanOf(lineText, line, topicStart, i);
        if (topic.text) topics.push(topic);
        topicStart = i + 1;
      }
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

/**
 * Reads one citation line: `lineText` is the citation as typed (without its indentation), starting at
 * character `column` of 0-based document line `line`.
 */
export function parseCitation(lineText: string, line: number, column = 0): Citation {
  base = column;
  madeAt.length = 0;
  made.length = 0;
  const start = 0;
  let end = lineText.length;
  while (end > start && isSpace(lineText.charCodeAt(end - 1))) end--;
  const text = lineText.slice(start, end);
  const range = at(line, start, end);
  // the usual line first: no other form starts with 'MTUS'
  if (/^MTUS\b/i.test(text)) return parseMtus(lineText, text, line, start, end, range);
  if (/^decision based on\b/i.test(text)) return { kind: 'verbatim', range, text };
  const verbatim = /^Verbatim\s*:\s*/i.exec(text);
  if (verbatim) return { kind: 'verbatim', range, text: text.slice(verbatim[0].length) };
  if (/^none cited\.?$/i.test(text)) return { kind: 'none-cited', range, text };
  if (/^outside (?:of )?(?:the )?MTUS(?: guidelines)?\.?$/i.test(text)) return { kind: 'outside-mtus', range, text };
  const nonMtus = /^Non-MTUS(?:\s+Citation)?\b:?/i.exec(text);
  if (nonMtus) {
    const keyword = spanOf(lineText, line, start, start + nonMtus[0].length);
    const source = spanOf(lineText, line, start + nonMtus[0].length, end);
    return { kind: 'non-mtus', range, text, keyword, source: source.text ? source : undefined };
  }
  return { kind: 'unknown', range, text };
}
