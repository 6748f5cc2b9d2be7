/**
 * Quick fixes: the fixes each rule attached to its problem, for the diagnostics under the cursor or selection;
 * and fix all (`source.fixAll.imr`): every safe fix of the letter as one edit.
 */
import { CodeActionKind, type CodeAction, type Diagnostic, type Range, type TextEdit } from 'vscode-languageserver-types';
import type { DiagnosticData } from './diagnostics';
import { applySafeFixes, fixAll } from './fix-all';
import { replacementEdits } from './formatting';
import { FIX_ALL_KIND } from './code-action-kinds';
import { before } from './positions';
import type { LetterSnapshot } from './snapshot';

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

/** Fix all as editor edits: one edit over the stretch that changes, none when nothing does. */
export function fixAllEdits(snap: LetterSnapshot): TextEdit[] {
  const first = applySafeFixes(snap.text, snap.problems);
  if (!first.applied.length) return [];
  return replacementEdits(snap, fixAll(first.text, snap.config).text);
}


/** Whether a code action request (its `context.only`) asks for actions of `kind`; no `only` asks for quick fixes only. */
export function requested(kind: string, only: readonly string[] | undefined): boolean {
  if (!only) return kind === CodeActionKind.QuickFix;
  return only.some((k) => kind === k || kind.startsWith(`${k}.`));
}

/** The fix-all action of a letter, or none when it has nothing safe to fix. */
export function fixAllAction(uri: string, snap: LetterSnapshot): CodeAction | undefined {
  const edits = fixAllEdits(snap);
  if (!edits.length) return undefined;
  return { title: 'Fix all safe problems (spelling, indentation, dates, separators; never a decision)', kind: FIX_ALL_KIND, edit: { changes: { [uri]: edits } } };
}
