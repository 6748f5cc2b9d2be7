/** Quick fixes: the fixes each rule attached to its problem, for the diagnostics under the cursor or selection. */
import { CodeActionKind, type CodeAction, type Diagnostic, type Range } from 'vscode-languageserver-types';
import type { DiagnosticData } from './diagnostics';
import { before } from './positions';

function overlaps(a: Range, b: Range): boolean {
  return !before(a.end, b.start) && !before(b.end, a.start);
}

/** `version`: the document's current version; fixes computed for another version would edit moved text. */
export function quickFixes(uri: string, range: Range, diagnostics: readonly Diagnostic[], version?: number): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const diagnostic of diagnostics) {
    if (diagnostic.source !== 'imr' || !overlaps(diagnostic.range, range)) continue;
    const data = diagnostic.data as DiagnosticData | undefined;
    if (version !== undefined && data?.version !== undefined && data.version !== version) continue;
    for (const fix of data?.fixes ?? []) {
      actions.push({
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: fix.isPreferred,
        edit: { changes: { [uri]: fix.edits } },
      });
    }
  }
  return actions;
}
