/**
 * Export Letter and Export Public Copy: pick a format, pick a file (next to the letter by default), then the
 * server renders and writes it (ExportRequest: atomic, never over the .imr) under a progress notification, and
 * the user can open or reveal the result. Exporting writes files, so it needs a trusted workspace.
 */
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { unreviewedRemainders } from '../public-copy/review-public-copy';
import { COMMANDS } from '../ids';
import type { LetterServer } from '../language-client';
import { displayName, letterDocument } from '../letter-target';
import { defaultExportPath, formatBytes, isTheLetter, orderedFormats, withExtension, type ExportFormatChoice } from './export-formats';

const LAST_FORMAT_KEY = 'imr.export.lastFormat';

/** The command's scripted form (tasks, keybindings, tests): format and target given, so no dialog is shown. */
interface ExportArguments { format: ExportFormatChoice['format']; target: string }

function isExportArguments(x: unknown): x is ExportArguments {
  return !!x && typeof x === 'object' && typeof (x as ExportArguments).format === 'string' && typeof (x as ExportArguments).target === 'string';
}

export function registerExportCommands(context: vscode.ExtensionContext, server: LetterServer, previewedLetter: () => vscode.Uri | undefined): void {
  const run = (publicCopy: boolean) => async (arg?: unknown, options?: unknown) => {
    if (isExportArguments(options)) {
      // scripted: errors reject to the caller instead of becoming a message, and the result is returned
      const doc = await letterDocument(arg, previewedLetter());
      if (!doc) throw new Error('no .imr letter to export');
      if (!vscode.workspace.isTrusted) throw new Error('exporting writes files, so it is turned off in an untrusted workspace');
      if (isTheLetter(options.target, doc.uri.scheme === 'file' ? doc.uri.fsPath : undefined)) throw new Error('that is the letter itself');
      // like `imr render -o`, a scripted export makes the target's folder
      await vscode.workspace.fs.createDirectory(vscode.Uri.file(path.dirname(options.target)));
      return server.exportLetter(doc.uri, { format: options.format, publicCopy, target: options.target });
    }
    try {
      await exportLetter(context, server, arg, previewedLetter(), publicCopy);
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      server.log.error(`Export failed: ${message}`);
      const choice = await vscode.window.showErrorMessage(`Export failed: ${message}`, 'Show Output');
      if (choice) server.log.show();
    }
  };
  context.subscriptions.push(
    vscode.commands.registerCommand(COMMANDS.exportLetter, run(false)),
    vscode.commands.registerCommand(COMMANDS.exportPublicCopy, run(true)),
  );
}

async function exportLetter(context: vscode.ExtensionContext, server: LetterServer, arg: unknown, previewed: vscode.Uri | undefined, publicCopy: boolean): Promise<void> {
  if (!vscode.workspace.isTrusted) {
    const choice = await vscode.window.showWarningMessage('Exporting writes files, so it is turned off in an untrusted workspace.', 'Manage Workspace Trust');
    if (choice) await vscode.commands.executeCommand('workbench.trust.manage');
    return;
  }
  const doc = await letterDocument(arg, previewed);
  if (!doc) {
    void vscode.window.showInformationMessage('Open an .imr letter to export it.');
    return;
  }
  const what = publicCopy ? 'public copy' : 'letter';
  const unreviewed = publicCopy ? await unreviewedRemainders(server, doc.uri) : 0;
  if (unreviewed) {
    const choice = await vscode.window.showWarningMessage(
      `The public copy keeps ${unreviewed} name-like phrase${unreviewed === 1 ? '' : 's'} nobody has reviewed: a name in a published letter is a breach.`,
      { modal: true }, 'Review Public Copy', 'Export Anyway');
    if (choice === 'Review Public Copy') { await vscode.commands.executeCommand(COMMANDS.reviewPublicCopy, doc.uri); return; }
    if (choice !== 'Export Anyway') return;
  }
  const picked = await vscode.window.showQuickPick(
    orderedFormats(context.globalState.get<string>(LAST_FORMAT_KEY)).map((f) => ({ label: f.label, detail: f.detail, choice: f })),
    { title: `Export the ${what} of ${displayName(doc.uri)}`, placeHolder: 'Format' },
  );
  if (!picked) return;
  const format = picked.choice;
  await context.globalState.update(LAST_FORMAT_KEY, format.format);

  const letterPath = doc.uri.scheme === 'file' ? doc.uri.fsPath : undefined;
  const folder = vscode.workspace.workspaceFolders?.find((f) => f.uri.scheme === 'file')?.uri.fsPath ?? os.homedir();
  const target = await vscode.window.showSaveDialog({
    title: `Export the ${what} as ${format.label}`,
    defaultUri: vscode.Uri.file(defaultExportPath(letterPath, folder, format.format, publicCopy, caseNumberOf(doc.getText()))),
    filters: { [format.filter]: [format.extension] },
    saveLabel: 'Export',
  });
  if (!target) return;
  if (target.scheme !== 'file') throw new Error(`the letter can only be exported to a file on this machine, not to ${target.toString()}`);
  const targetPath = withExtension(target.fsPath, format.format);
  if (isTheLetter(targetPath, letterPath)) throw new Error('that is the letter itself; choose another file name');

  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: `Exporting the ${what} as ${format.label}…` },
    () => server.exportLetter(doc.uri, { format: format.format, publicCopy, target: targetPath }),
  );
  server.log.info(`Exported ${doc.uri.toString()} (${format.format}${publicCopy ? ', public copy' : ''}) to ${result.target}, ${result.bytes} bytes`);
  const written = vscode.Uri.file(result.target);
  // not awaited by the command: a notification left open must not hold the command until the window closes
  void vscode.window.showInformationMessage(
    `Exported the ${what} to ${displayName(written)} (${formatBytes(result.bytes)}).`, 'Open', 'Reveal').then(async (choice) => {
    if (choice === 'Open') await openExport(written, format);
    else if (choice === 'Reveal') await reveal(written);
  });
}

/** The case number typed in the letter, to name the export of an unsaved letter. */
function caseNumberOf(text: string): string | undefined {
  return /^[ \t]*(?:IMR[ \t]+)?Case[ \t]+Number[ \t]*:[ \t]*(\S+)/im.exec(text)?.[1];
}

async function openExport(file: vscode.Uri, format: ExportFormatChoice): Promise<void> {
  if (format.format === 'text') {
    await vscode.window.showTextDocument(file);
    return;
  }
  // a local window hands PDF, Word and HTML files to the system's viewer; a remote one opens them in VS Code
  if (!vscode.env.remoteName && (await vscode.env.openExternal(file))) return;
  await vscode.commands.executeCommand('vscode.open', file);
}

async function reveal(file: vscode.Uri): Promise<void> {
  if (!vscode.env.remoteName) await vscode.commands.executeCommand('revealFileInOS', file);
  else await vscode.commands.executeCommand('revealInExplorer', file);
}
