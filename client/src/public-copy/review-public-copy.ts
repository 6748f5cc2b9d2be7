/**
 * IMR: Review Public Copy. Lists what the public copy removes and the name-like phrases it keeps (asked of the
 * server, `imr/publicCopyReview`), each shown in its sentence; picking one goes to its line in the letter and lets
 * the user mark a kept phrase for redaction (`Redact:`) or a redaction as a false alarm (`Keep:`). The choice is
 * written into the letter as an ordinary edit, so it can be undone and is saved with the letter.
 */
import * as vscode from 'vscode';
import { LANGUAGE_ID } from '../ids';
import type { LetterServer } from '../language-client';
import type { PublicCopyReviewRequest } from '../../../server/src/protocol';
import { addToList } from './list-field';

type Review = PublicCopyReviewRequest.Result;
type Entry = vscode.QuickPickItem & { phrase?: string; line?: number; action?: 'redact' | 'keep' };

const REDACT_LABEL = 'Redact';
const KEEP_LABEL = 'Keep';

function entries(review: Review): Entry[] {
  const out: Entry[] = [];
  const open = review.remainders.filter((r) => !r.reviewed);
  if (open.length || review.remainders.length) out.push({ label: 'Kept: name-like phrases to review', kind: vscode.QuickPickItemKind.Separator });
  for (const r of review.remainders) {
    out.push({
      label: `${r.reviewed ? '$(pass)' : '$(warning)'} ${r.text}`, description: r.reviewed ? 'kept (reviewed)' : 'kept: not reviewed', detail: r.context,
      phrase: r.text, line: r.where.line, action: 'redact',
    });
  }
  if (review.redactions.length) out.push({ label: 'Redacted', kind: vscode.QuickPickItemKind.Separator });
  for (const r of review.redactions) {
    out.push({ label: `$(eye-closed) ${r.text}`, description: `${r.kind} · ${r.where.part}`, detail: r.context, phrase: r.text, line: r.where.line, action: 'keep' });
  }
  return out;
}

async function addPhrase(doc: vscode.TextDocument, label: string, phrase: string): Promise<boolean> {
  const add = addToList(doc.getText(), label, phrase.replace(/;/g, ','));
  const edit = new vscode.WorkspaceEdit();
  edit.insert(doc.uri, new vscode.Position(add.line, add.character), add.insert);
  return vscode.workspace.applyEdit(edit);
}

/**
 * Scripted use (other extensions, tasks, tests): `imr.reviewPublicCopy(uri, {})` returns the review without any
 * dialog; `{ mark: { phrase, as } }` first writes the phrase into the letter's `Redact:` or `Keep:` field.
 */
export interface ReviewArguments { mark?: { phrase: string; as: 'redact' | 'keep' } }

function isReviewArguments(x: unknown): x is ReviewArguments {
  return !!x && typeof x === 'object';
}

/** Review Public Copy on the letter it was invoked on (else the active one); with `options`, scripted (no dialog). */
export async function reviewPublicCopyCommand(server: LetterServer, arg?: unknown, options?: unknown): Promise<Review | undefined> {
  const editor = vscode.window.activeTextEditor;
  const doc = arg instanceof vscode.Uri ? await vscode.workspace.openTextDocument(arg) : editor?.document;
  if (!doc || doc.languageId !== LANGUAGE_ID) {
    void vscode.window.showInformationMessage('Open an .imr letter to review its public copy.');
    return undefined;
  }
  const review = await server.reviewPublicCopy(doc.uri);
  if (!review) return undefined;
  if (isReviewArguments(options)) {
    // scripted: no dialogs; mark the phrase if asked, and return the review as it was
    if (options.mark) await addPhrase(doc, options.mark.as === 'redact' ? REDACT_LABEL : KEEP_LABEL, options.mark.phrase);
    return review;
  }
  if (!review.redactions.length && !review.remainders.length) {
    void vscode.window.showInformationMessage('The public copy removes nothing and keeps nothing name-like: it reads word for word as the letter.');
    return review;
  }
  const shown = await vscode.window.showTextDocument(doc, { preserveFocus: true, preview: false });
  const picked = await vscode.window.showQuickPick(entries(review), {
    title: `Public copy: ${review.redactions.length} redacted, ${review.unreviewed} kept phrase${review.unreviewed === 1 ? '' : 's'} to review`,
    placeHolder: 'Pick one to see it in the letter and decide', matchOnDetail: true,
    onDidSelectItem: (item: Entry) => {
      if (item.line !== undefined) shown.revealRange(new vscode.Range(item.line, 0, item.line, 0), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    },
  });
  if (!picked?.phrase) return review;
  if (picked.line !== undefined) shown.selection = new vscode.Selection(picked.line, 0, picked.line, 0);
  const choice = picked.action === 'redact'
    ? await vscode.window.showQuickPick([`Redact '${picked.phrase}' in the public copy`, `Keep '${picked.phrase}' (reviewed)`], { title: picked.detail })
    : await vscode.window.showQuickPick([`Keep '${picked.phrase}': a false alarm`], { title: picked.detail });
  if (!choice) return review;
  await addPhrase(doc, choice.startsWith('Redact') ? REDACT_LABEL : KEEP_LABEL, picked.phrase);
  return review;
}

/** For Export Public Copy: how many kept name-like phrases nobody has reviewed. */
export async function unreviewedRemainders(server: LetterServer, uri: vscode.Uri): Promise<number> {
  try {
    return (await server.reviewPublicCopy(uri))?.unreviewed ?? 0;
  } catch {
    return 0;
  }
}
