/** New Determination: pick a layout, get an untitled .imr letter with its skeleton, tab stops on what to fill in. */
import * as vscode from 'vscode';
import { LANGUAGE_ID } from '../ids';
import { SKELETONS } from './skeletons';

export async function newDeterminationCommand(): Promise<void> {
  const picked = await vscode.window.showQuickPick(
    SKELETONS.map((s) => ({ label: s.label, detail: s.detail, skeleton: s })),
    { title: 'New IMR final determination', placeHolder: 'Layout of the letter' },
  );
  if (!picked) return;
  const doc = await vscode.workspace.openTextDocument({ language: LANGUAGE_ID, content: '' });
  const editor = await vscode.window.showTextDocument(doc);
  await editor.insertSnippet(new vscode.SnippetString(picked.skeleton.snippet(new Date())));
}
