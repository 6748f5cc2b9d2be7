/**
 * Checking one letter, the same way in the main thread and in a worker: read, parse, validate, and keep only
 * what a report needs (positions 1-based, no quick fixes), so results are small to pass between threads.
 */
import type { ImrConfig, Problem, Severity } from '../language';
// the parser and the rules straight from their modules: a worker then loads neither the exporters nor the LSP helpers
import { parseLetter } from '../language/syntax/parse';
import { validateLetter } from '../language/validate/validate';
import { fixAll } from '../language/service/fix-all';
import { unifiedDiff } from './diff';
import { errorReason, readText, writeTextAtomic } from './files';

export interface CheckTask {
  /** the file's place in the run: results are reported in this order whatever thread checked them */
  index: number;
  file: string;
  config: ImrConfig;
  /** apply the safe fixes first: `write` them to the file (--fix), or only say what they would change (--fix-dry-run) */
  fix?: 'write' | 'dry-run';
  /** keep each problem's fixes in the result (for --format json) */
  withFixes?: boolean;
}

/** A fix as the json report gives it: its edits in the report's 1-based positions. */
export interface ReportedFix {
  title: string;
  safe: boolean;
  edits: { line: number; column: number; endLine: number; endColumn: number; newText: string }[];
}

/** A problem as the reports give it: lines and columns 1-based, the end column just past the last character. */
export interface ReportedProblem {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: Severity;
  code: string;
  message: string;
  fixes?: ReportedFix[];
}

export interface CheckedFile {
  index: number;
  file: string;
  problems: ReportedProblem[];
  /** why the file could not be checked (it is then not counted as checked) */
  error?: string;
  bytes: number;
  /** with a fix mode: how many fixes were applied (or would be), and for --fix-dry-run the diff */
  fixed?: number;
  diff?: string;
}

export function reported(p: Problem, withFixes = false): ReportedProblem {
  const at = (r: Problem['range']) => ({ line: r.start.line + 1, column: r.start.character + 1, endLine: r.end.line + 1, endColumn: r.end.character + 1 });
  return {
    line: p.range.start.line + 1,
    column: p.range.start.character + 1,
    endLine: p.range.end.line + 1,
    endColumn: p.range.end.character + 1,
    severity: p.severity,
    code: p.code,
    message: p.message,
    ...(withFixes ? { fixes: (p.fixes ?? []).map((f) => ({ title: f.title, safe: f.safe === true, edits: f.edits.map((e) => ({ ...at(e.range), newText: e.newText })) })) } : {}),
  };
}

export function checkFile(task: CheckTask): CheckedFile {
  const read = readText(task.file);
  if ('error' in read) return { index: task.index, file: task.file, problems: [], error: read.error, bytes: 0 };
  try {
    let text = read.text;
    const extra: Pick<CheckedFile, 'fixed' | 'diff'> = {};
    if (task.fix) {
      const result = fixAll(text, task.config);
      extra.fixed = result.applied.length;
      if (result.text !== text) {
        if (task.fix === 'dry-run') extra.diff = unifiedDiff(task.file.split('\\').join('/'), text, result.text);
        else {
          try {
            writeTextAtomic(task.file, result.text);
          } catch (e) {
            return { index: task.index, file: task.file, problems: [], error: `cannot write: ${errorReason(e)}`, bytes: 0 };
          }
        }
        text = result.text;
      }
    }
    const problems = validateLetter(parseLetter(text), text, task.config).map((p) => reported(p, task.withFixes));
    return { index: task.index, file: task.file, problems, bytes: Buffer.byteLength(read.text), ...extra };
  } catch (e) {
    // the core never throws by design; if it does, say so for this letter and go on with the others
    return { index: task.index, file: task.file, problems: [], error: `internal error while checking: ${(e as Error).message}`, bytes: 0 };
  }
}
