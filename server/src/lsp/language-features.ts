/** The editor features: each request maps to one pure function of the letter's snapshot. */
import { CodeActionKind, type Connection } from 'vscode-languageserver';
import type { LetterSnapshot } from '../language/service';
import {
  completions, documentSymbols, FIX_ALL_KIND, fixAllAction, foldingRanges, formattingEdits, hoverAt, quickFixes, requested, selectionRanges,
} from '../language/service';
import type { OpenLetters } from './open-letters';
import { clampParams, clampRange } from './positions';

export function registerLanguageFeatures(connection: Connection, letters: OpenLetters, client: { snippets: boolean }): void {
  const withLetter = <P extends { textDocument: { uri: string } }, R>(fallback: R, fn: (snap: LetterSnapshot, params: P) => R | Promise<R>) =>
    (params: P): R | Promise<R> => {
      const doc = letters.get(params.textDocument.uri);
      return doc ? fn(letters.snapshotOf(doc), clampParams(doc, params)) : fallback; // positions past the end: positions.ts
    };
  const setting = (uri: string) => letters.settings.get(uri);

  connection.onCompletion(withLetter([], async (snap, p) => ((await setting(p.textDocument.uri)).completion.enable ? completions(snap, p.position, { snippets: client.snippets }) : [])));
  connection.onHover(withLetter(null, async (snap, p) => ((await setting(p.textDocument.uri)).hover.enable ? hoverAt(snap, p.position) ?? null : null)));
  connection.onDocumentSymbol(withLetter([], (snap) => documentSymbols(snap)));
  connection.onFoldingRanges(withLetter([], (snap) => foldingRanges(snap)));
  connection.onSelectionRanges(withLetter([], (snap, p) => selectionRanges(snap, p.positions)));
  connection.onDocumentFormatting(withLetter([], async (snap, p) => ((await setting(p.textDocument.uri)).format.enable ? formattingEdits(snap) : [])));
  connection.onCodeAction((p) => {
    const doc = letters.get(p.textDocument.uri);
    const fixes = requested(CodeActionKind.QuickFix, p.context.only) ? quickFixes(p.textDocument.uri, doc ? clampRange(doc, p.range) : p.range, p.context.diagnostics, doc?.version) : [];
    const all = doc && requested(FIX_ALL_KIND, p.context.only) ? fixAllAction(doc.uri, letters.snapshotOf(doc)) : undefined;
    return all ? [...fixes, all] : fixes;
  });
}
