/**
 * Checking one letter, the same way in the main thread and in a worker: read, parse, validate, and keep only
 * what a report needs (positions 1-based, no quick fixes), so results are small to pass between threads.
 */
import type { ImrConfig, Problem, Severity } from '../language';
// the parser and the rules straight from their modules: a worker then loads neither the exporters nor the LSP helpers
import { parseLetter } from '../language/syntax/parse';
import { validateLetter } from '../language/validate/validate';
import { readText } from './files';

export interface CheckTask {
  /** the file's place in the run: results are reported in this order whatever thread checked them */
  index: number;
  file: string;
  config: ImrConfig;
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
}

export interface CheckedFile {
  index: number;
  file: string;
  problems: ReportedProblem[];
  /** why the file could not be checked (it is then not counted as checked) */
  error?: string;
  bytes: number;
}

export function reported(p: Problem): ReportedProblem {
  return {
    line: p.range.start.line + 1,
    column: p.range.start.character + 1,
    endLine: p.range.end.line + 1,
    endColumn: p.range.end.character + 1,
    severity: p.severity,
    code: p.code,
    message: p.message,
  };
}

export function checkFile(task: CheckTask): CheckedFile {
  const read = readText(task.file);
  if ('error' in read) return { index: task.index, file: task.file, problems: [], error: read.error, bytes: 0 };
  try {
    const problems = validateLetter(parseLetter(read.text), read.text, task.config).map(reported);
    return { index: task.index, file: task.file, problems, bytes: Buffer.byteLength(read.text) };
  } catch (e) {
    // the core never throws by design; if it does, say so for this letter and go on with the others
    return { index: task.index, file: task.file, problems: [], error: `internal error while checking: ${(e as Error).message}`, bytes: 0 };
  }
}
