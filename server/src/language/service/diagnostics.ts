/** Problems as LSP diagnostics; each carries its quick fixes in `data`, so code actions need no re-analysis. */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import type { Fix, Problem, Severity } from '../syntax/ast';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** `version`: the document version the fixes' edits were computed for; a later version gets none. */
export interface DiagnosticData { fixes: Fix[]; version?: number }

/** `uri`: the document's, for the related places a problem names (relatedInformation needs a location). */
export function toDiagnostic(p: Problem, version?: number, uri?: string): Diagnostic {
  return {
    range: p.range,
    severity: SEVERITY[p.severity],
    code: p.code,
    source: 'imr',
    message: p.message,
    ...(uri !== undefined && p.related?.length ? { relatedInformation: p.related.map((r) => ({ location: { uri, range: r.range }, message: r.message })) } : {}),
    ...(p.fixes?.length ? { data: { fixes: p.fixes, ...(version !== undefined ? { version } : {}) } satisfies DiagnosticData } : {}),
  };
}

export function letterDiagnostics(problems: readonly Problem[], maxProblems = 1000, version?: number, uri?: string): Diagnostic[] {
  return problems.slice(0, maxProblems).map((p) => toDiagnostic(p, version, uri));
}
