/**
 * A prose field's text as one string (lines joined by single spaces, paragraphs by blank-line breaks
 * rendered as spaces), with the way back from an offset in that string to a position in the document.
 */
import type { Position, ProseField, Range, Span } from '../syntax/ast';
import { readFromProse } from '../syntax/nodes';

export interface ProseText {
  text: string;
  positionAt(offset: number): Position;
  rangeOf(start: number, end: number): Range;
}

export function proseText(field: ProseField): ProseText {
  // a one-paragraph field (the usual one) reads as its paragraph's text, which is its lines joined already: its
  // reading is made afresh each time, which cost less than keeping it did (and the line offsets are worked out only
  // for a position); what joinProse would make of it, as long as the lengths agree there
  const paragraphs = field.paragraphs;
  if (paragraphs.length === 1) {
    const p = paragraphs[0];
    let length = 0;
    for (const line of p.lines) length += (length ? 1 : 0) + line.text.length;
    if (p.text.length === length) return new JoinedProse(p.text, undefined, p.lines, field.label);
  }
  // several rules read the same field (IMR501, IMR502, IMR601, IMR701): one of several paragraphs is joined once,
  // and kept with the field (syntax/nodes.ts says why not in a WeakMap)
  const read = readFromProse(field);
  let prose = read.joined as ProseText | undefined;
  if (!prose) read.joined = prose = joinProse(field);
  return prose;
}

/** Where each line starts in the lines joined by single spaces (no space while nothing is joined yet, as joinProse). */
function lineStarts(lines: Span[]): number[] {
  const starts: number[] = new Array(lines.length);
  let length = 0;
  for (let n = 0; n < lines.length; n++) {
    if (length) length++;
    starts[n] = length;
    length += lines[n].text.length;
  }
  return starts;
}

/** The reading joined and kept for any field, as every field was read before the one-paragraph path: for the tests. */
export function joinedProseText(field: ProseField): ProseText {
  return joinProse(field);
}

function joinProse(field: ProseField): ProseText {
  // sized once: pushed one by one, a field's few entries would keep room for seventeen (see syntax/build.ts)
  let lineCount = 0;
  for (const p of field.paragraphs) lineCount += p.lines.length;
  const starts: number[] = new Array(lineCount);
  // the lines themselves, not their start positions (a span makes its range when asked: syntax/line-span.ts);
  // a one-paragraph field's are its paragraph's own array
  const own = field.paragraphs.length === 1;
  const lines: Span[] = own ? field.paragraphs[0].lines : new Array(lineCount);
  let length = 0;
  let n = 0;
  for (const p of field.paragraphs) {
    for (const line of p.lines) {
      if (length) length++;
      if (!own) lines[n] = line;
      starts[n++] = length;
      length += line.text.length;
    }
  }
  // each paragraph's text is already its lines joined by spaces: a one-paragraph field (the usual rationale)
  // reuses it rather than holding a second copy of the prose for as long as the letter is analysed
  const paragraphs = field.paragraphs;
  let text = paragraphs.length === 1 ? paragraphs[0].text : paragraphs.map((p) => p.text).join(' ');
  // (lines with no text at the start join without a space: then the offsets above are the ones that count)
  if (text.length !== length) {
    text = '';
    for (const p of paragraphs) for (const line of p.lines) text += (text ? ' ' : '') + line.text;
  }
  return new JoinedProse(text, starts, lines, field.label);
}

/** One per prose field, kept while the letter is: its methods are shared, not two closures a field. */
class JoinedProse implements ProseText {
  constructor(
    readonly text: string,
    /** where each line starts in `text` (undefined: worked out when first asked, as joinProse does), and the line */
    private starts: number[] | undefined,
    private readonly lines: Span[],
    /** for a field without text: its end */
    private readonly label: Span,
  ) {}

  positionAt(offset: number): Position {
    const starts = (this.starts ??= lineStarts(this.lines));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid; else hi = mid - 1;
    }
    const base = this.lines[lo]?.range.start ?? this.label.range.end;
    return { line: base.line, character: base.character + (offset - (starts[lo] ?? 0)) };
  }

  rangeOf(start: number, end: number): Range {
    const last = this.positionAt(Math.max(start, end - 1));
    return { start: this.positionAt(start), end: { line: last.line, character: last.character + (end > start ? 1 : 0) } };
  }
}

/** Sentences end at a run of . ! ? followed by white space and a capital, digit, quote or bracket, or by the end. */
const SENTENCE_PUNCTUATION = /[.!?]/g;
const SENTENCE_START = /["'(A-Z0-9]/;
const SPACE = /\s/;

/**
 * Sentences with their offsets, in one pass. A full stop that ends no sentence ("2.5 mg", "e.g. the") starts the
 * next one after it: the text before it belongs to no sentence. (This is what the earlier one-regex splitter,
 * /[^.!?]*(?:[.!?]+(?=\s+["'(A-Z0-9]|\s*$)|$)/g, returned, without its rescans of every such stretch, which cost
 * time proportional to the square of a long sentence.)
 */
export function sentences(text: string): { text: string; start: number; end: number }[] {
  const out: { text: string; start: number; end: number }[] = [];
  const push = (from: number, to: number): void => {
    let start = from;
    let end = to;
    while (start < end && SPACE.test(text[start])) start++;
    while (end > start && SPACE.test(text[end - 1])) end--;
    if (end > start) out.push({ text: text.slice(start, end), start, end });
  };
  let from = 0;
  let found = 0;
  while (from < text.length && found++ < 10000) {
    SENTENCE_PUNCTUATION.lastIndex = from;
    const stop = SENTENCE_PUNCTUATION.exec(text);
    if (!stop) { push(from, text.length); break; }
    let end = stop.index + 1;
    while (end < text.length && '.!?'.includes(text[end])) end++;
    let next = end;
    while (next < text.length && SPACE.test(text[next])) next++;
    // a sentence ends here when the text does, or when space and a sentence's first character follow
    if (next === text.length || (next > end && SENTENCE_START.test(text[next]))) push(from, end);
    else found--;
    from = end;
  }
  return out;
}
