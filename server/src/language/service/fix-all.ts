/**
 * Fix all: every *safe* fix (see `Fix.safe`: a label's spelling, indentation, a date's or a separator's form,
 * a decision word's spelling; never a decision or the reviewer's words) applied at once, as `source.fixAll.imr`
 * on save and `imr check --fix` do. Fixes whose edits overlap one already taken wait for the next round, on the
 * text re-read; rounds repeat until nothing is left to fix, at most MAX_ROUNDS times.
 */
import type { Edit, Fix, Problem } from '../syntax/ast';
import { parseLetter } from '../syntax/parse';
import { applyEdits, lineStarts, offsetOf } from '../text/edits';
import { emptyConfig, type ImrConfig } from '../validate/config';
import { validateLetter } from '../validate/validate';

/** Enough for fixes that uncover others (a label corrected, then its block's date); a bound, never a loop. */
export const MAX_ROUNDS = 10;

export interface AppliedFix { code: string; title: string; line: number }

export interface FixAllResult {
  text: string;
  /** the fixes applied, in the order of the rounds, each at the line it was found on (0-based, in its round's text) */
  applied: AppliedFix[];
  rounds: number;
}

/** The safe fixes of these problems that do not overlap each other (first come, first taken), and the text they give. */
export function applySafeFixes(text: string, problems: readonly Problem[]): { text: string; applied: AppliedFix[] } {
  const starts = lineStarts(text);
  const taken: [number, number][] = [];
  const edits: Edit[] = [];
  const applied: AppliedFix[] = [];
  const overlaps = (from: number, to: number) => taken.some(([a, b]) => from < b && a < to || (from === to && a === b && a === from) || (from === a && to === b));
  for (const p of problems) {
    const fix: Fix | undefined = p.fixes?.find((f) => f.safe);
    if (!fix || !fix.edits.length) continue;
    const ranges = fix.edits.map((e) => [offsetOf(starts, text, e.range.start), offsetOf(starts, text, e.range.end)] as [number, number]);
    if (ranges.some(([from, to]) => overlaps(from, to))) continue;
    taken.push(...ranges);
    edits.push(...fix.edits);
    applied.push({ code: p.code, title: fix.title, line: p.range.start.line });
  }
  return { text: edits.length ? applyEdits(text, edits) : text, applied };
}

/** Applies every safe fix, round after round, until none is left (or MAX_ROUNDS). */
export function fixAll(text: string, config: ImrConfig = emptyConfig()): FixAllResult {
  let current = text;
  const applied: AppliedFix[] = [];
  let rounds = 0;
  while (rounds < MAX_ROUNDS) {
    const problems = validateLetter(parseLetter(current), current, config);
    const round = applySafeFixes(current, problems);
    if (!round.applied.length || round.text === current) break;
    rounds++;
    applied.push(...round.applied);
    current = round.text;
  }
  return { text: current, applied, rounds };
}
