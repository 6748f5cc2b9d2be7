/**
 * One version of a letter, analysed: the text, its AST and (computed on first use) its problems under a
 * configuration. Every feature works from a snapshot, so a document is parsed once per change.
 */
import type { Letter, Problem } from '../syntax/ast';
import type { LineIndex } from '../syntax/line-index';
import { parseLetter, parsedLineIndex, parsedLines } from '../syntax/parse';
import { emptyConfig, type ImrConfig } from '../validate/config';
import { validateLetter } from '../validate/validate';

export class LetterSnapshot {
  readonly letter: Letter;
  private cachedProblems?: Problem[];
  private cachedLines?: string[];

  /** `parsed`: the letter already parsed from this very text (see `withConfig`), else it is parsed here. */
  constructor(readonly text: string, readonly config: ImrConfig = emptyConfig(), parsed?: Letter) {
    this.letter = parsed ?? parseLetter(text);
  }

  /**
   * The same text under another configuration: the syntax tree does not depend on the configuration, so it is
   * shared, and only the problems are found afresh (a long letter's parse is seconds and hundreds of MB).
   */
  withConfig(config: ImrConfig): LetterSnapshot {
    return new LetterSnapshot(this.text, config, this.letter);
  }

  /** The text's lines, split when a feature first needs them (the parser's own, when it kept them). */
  get lines(): string[] {
    this.cachedLines ??= parsedLines(this.letter, this.text);
    return this.cachedLines;
  }

  get problems(): Problem[] {
    this.cachedProblems ??= validateLetter(this.letter, this.text, this.config);
    return this.cachedProblems;
  }

  private cachedLineIndex?: LineIndex;

  /** Where each line starts, whatever the line ends (\n, \r\n or \r): the parser's index, not a second one. */
  private get lineIndex(): LineIndex {
    this.cachedLineIndex ??= parsedLineIndex(this.letter, this.text);
    return this.cachedLineIndex;
  }

  positionAt(offset: number): { line: number; character: number } {
    const index = this.lineIndex;
    let lo = 0;
    let hi = index.count - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (index.start(mid) <= offset) lo = mid; else hi = mid - 1;
    }
    return { line: lo, character: offset - index.start(lo) };
  }

  offsetAt(line: number, character: number): number {
    const index = this.lineIndex;
    if (line >= index.count) return this.text.length;
    return Math.min(index.start(line) + character, line + 1 < index.count ? index.start(line + 1) : this.text.length);
  }
}
