/**
 * The letter's status in the status bar's language area: the case outcome and item count, with the counts of
 * errors and warnings, from the server's StatusNotification; Warning or Error severity while there are problems.
 */
import * as vscode from 'vscode';
import type { StatusNotification } from '../../server/src/protocol';
import { LANGUAGE_ID, STATUS_ITEM_ID } from './ids';
import type { LetterServer } from './language-client';
import { describeStatus } from './status-text';

const SEVERITY = {
  information: vscode.LanguageStatusSeverity.Information,
  warning: vscode.LanguageStatusSeverity.Warning,
  error: vscode.LanguageStatusSeverity.Error,
} as const;

export function registerLetterStatus(context: vscode.ExtensionContext, server: LetterServer): void {
  const item = vscode.languages.createLanguageStatusItem(STATUS_ITEM_ID, { language: LANGUAGE_ID });
  item.name = 'IMR Letter';
  item.command = { title: 'Show Problems', command: 'workbench.actions.view.problems' };
  // one item for every .imr editor: remember each letter's status and show the active one's
  const statuses = new Map<string, StatusNotification.Params>();

  const show = () => {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || doc.languageId !== LANGUAGE_ID) return;
    const s = describeStatus(statuses.get(doc.uri.toString()));
    item.text = s.text;
    item.detail = s.detail;
    item.severity = SEVERITY[s.severity];
    item.busy = s.busy;
  };

  context.subscriptions.push(
    item,
    server.onStatus((status) => {
      statuses.set(vscode.Uri.parse(status.uri).toString(), status);
      show();
    }),
    vscode.window.onDidChangeActiveTextEditor(show),
    vscode.workspace.onDidCloseTextDocument((doc) => statuses.delete(doc.uri.toString())),
  );
  show();
}
