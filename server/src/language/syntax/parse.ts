/** Entry point of the syntax layer: text in, typed AST with its problems out. Never throws. */
import type { Letter } from './ast';
import { LetterBuilder } from './build';
import { LineIndex, linesView } from './line-index';

export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/**
 * The text each letter was parsed from and its line index, for the rules and features that read lines: kept on the
 * letter under a symbol, not enumerable, so no walk, JSON or comparison of the tree sees it. Not in a WeakMap:
 * measured with --trace-gc-nvp, its entries survived V8's young-generation collections, and in a batch each letter's
 * text was promoted to the old generation (600 KB a scavenge), freed only by full collections.
 */
const PARSED_FROM = Symbol('parsed from');
interface ParsedFrom { text: string; lines: LineIndex }
const parsedFrom = (letter: Letter): ParsedFrom | undefined => (letter as { [PARSED_FROM]?: ParsedFrom })[PARSED_FROM];

/** Where each line of `text` starts: the parser's own index when `letter` was parsed from it, else made now. */
export function parsedLineIndex(letter: Letter, text: string): LineIndex {
  const parsed = parsedFrom(letter);
  return parsed && parsed.text === text ? parsed.lines : LineIndex.of(text);
}

/**
 * The lines of `text`: when `letter` was parsed from it, a view that slices a line when it is read (a long letter's
 * rules read a few of its lines, and its 650,000 lines as strings would be 26 MB kept beside its tree), else split now.
 */
export function parsedLines(letter: Letter, text: string): string[] {
  const parsed = parsedFrom(letter);
  return parsed && parsed.text === text ? linesView(parsed.lines) : splitLines(text);
}

/** Letters shorter than this (in characters) have their line starts found by their scan, in a plain array. */
const SCAN_LINES_BELOW = 1 << 17;

/**
 * The letter read as it is scanned (`LetterBuilder.scan`): no tokens are made, so the letter is read whole. The
 * tests compare it with `parseInStretches` (parse-in-stretches.ts), which reads the tokens through the grammar, on
 * every example and corpus letter, long and damaged letters and random text.
 */
export function parseLetter(text: string): Letter {
  // a short letter's line starts are found by its scan; a long one's are kept in a typed array (half the memory)
  const starts = text.length < SCAN_LINES_BELOW ? [0] : undefined;
  const lines = starts ? LineIndex.fromStarts(text, starts) : LineIndex.of(text);
  const builder = new LetterBuilder(lines);
  builder.scan(text, starts);
  return finished(builder.finish(), text, lines);
}

/** The letter with its problems in document order, and the text and line index it was parsed from kept on it. */
export function finished(letter: Letter, text: string, lines: LineIndex): Letter {
  letter.problems.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  Object.defineProperty(letter, PARSED_FROM, { value: { text, lines } satisfies ParsedFrom });
  return letter;
}
