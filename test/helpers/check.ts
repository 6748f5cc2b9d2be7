import { parseLetter, validateLetter, type ImrConfig, type Problem } from '../../server/src/language';
import { rangeString } from './snippets';

export function problemsOf(text: string, config?: ImrConfig): Problem[] {
  return validateLetter(parseLetter(text), text, config);
}

/** Problems as `[l:c..l:c] CODE severity: message` lines, optionally only those of one code. */
export function check(text: string, code?: string): string[] {
  return problemsOf(text).filter((p) => !code || p.code === code).map((p) => `${rangeString(p.range)} ${p.code} ${p.severity}: ${p.message}`);
}

/** Applies a problem's first (or named) fix to the text. */
export function applyFix(text: string, problem: Problem, title?: string): string {
  const fix = title ? problem.fixes?.find((f) => f.title === title) : problem.fixes?.[0];
  if (!fix) throw new Error(`no fix${title ? ` '${title}'` : ''} for ${problem.code}: ${problem.fixes?.map((f) => f.title).join(', ')}`);
  const lines = text.split('\n');
  const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  const edits = [...fix.edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  let out = text;
  for (const e of edits) out = out.slice(0, offset(e.range.start)) + e.newText + out.slice(offset(e.range.end));
  return out;
}
