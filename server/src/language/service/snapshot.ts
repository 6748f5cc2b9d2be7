/**
 * One version of a letter, analysed: the text, its AST and (computed on first use) its problems under a
 * configuration. Every feature works from a snapshot, so a document is parsed once per change.
 */
import type { Letter, Problem } from '../syntax/ast';
import { parseLetter, parsedLines } from '../syntax/parse';
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

  private cachedLineStarts?: number[];

  /** Offset of each line's first character, whatever the line ends (\n, \r\n or \r). */
  get lineStarts(): number[] {
    if (!this.cachedLineStarts) {
      const starts = [0];
      const re = /\r\n|\r|\n/g;
      for (let m = re.exec(this.text); m; m = re.exec(this.text)) starts.push(m.index + m[0].length);
      this.cachedLineStarts = starts;
    }
    return this.cachedLineStarts;
  }

  positionAt(offset: number): { line: number; character: number } {
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid; else hi = mid - 1;
    }
    return { line: lo, character: offset - starts[lo] };
  }

  offsetAt(line: number, character: number): number {
    const starts = this.lineStarts;
    if (line >= starts.length) return this.text.length;
    return Math.min(starts[line] + character, line + 1 < starts.length ? starts[line + 1] : this.text.length);
  }
}
