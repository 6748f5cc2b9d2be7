/**
 * Export Letter and Export Public Copy: pick a format, pick a file (next to the letter by default), then the
 * letter is rendered by the server and written under a progress notification, and the user can open or reveal
 * the result. On the desktop the Node server writes the file itself (ExportRequest with a target: atomic, never
 * over the .imr); in VS Code for the Web, and for any target not on this machine's disk, the server returns the
 * bytes and they are written through `workspace.fs`. Exporting writes files, so it needs a trusted workspace.
 */
import * as vscode from 'vscode';
import { unreviewedRemainders } from '../public-copy/review-public-copy';
import { COMMANDS } from '../ids';
import type { LetterServer } from '../language-client';
import { displayName, letterDocument } from '../letter-target';
import { defaultExportPath, formatBytes, isTheLetter, orderedFormats, withExtension, type ExportFormatChoice } from './export-formats';

const LAST_FORMAT_KEY = 'imr.export.lastFormat';

/**
 * The command's scripted form (tasks, keybindings, tests): format and target given, so no dialog is shown. The
 * target is a file path, a URI string (`vscode-vfs://...`) or a `Uri`.
 */
interface ExportArguments { format: ExportFormatChoice['format']; target: string | vscode.Uri }

function isExportArguments(x: unknown): x is ExportArguments {
  if (!x || typeof x !== 'object') return false;
  const { format, target } = x as ExportArguments;
  return typeof format === 'string' && (typeof target === 'string' || target instanceof vscode.Uri);
}

function targetUri(target: string | vscode.Uri): vscode.Uri {
  if (target instanceof vscode.Uri) return target;
  // a scheme and `//`: a URI; anything else (`/home/...`, `C:\...`) is a path on this machine
  return /^[A-Za-z][\w+.-]+:\/\//.test(target) ? vscode.Uri.parse(target) : vscode.Uri.file(target);
}

/** The file systems of Windows and macOS ignore case: `Letter.IMR` is `letter.imr` there. */
const caseInsensitiveDisk = typeof process !== 'undefined' && (process.platform === 'win32' || process.platform === 'darwin');

function isLetterItself(target: vscode.Uri, letter: vscode.Uri): boolean {
  if (target.scheme !== letter.scheme || target.authority !== letter.authority) return false;
  return isTheLetter(target.path, letter.path, target.scheme === 'file' && caseInsensitiveDisk);
}

/**
 * Renders the letter and writes it to `target`: by the Node server itself when the target is on its disk, else
 * from the bytes the server returns, through `workspace.fs` (the web, virtual workspaces, remote targets).
 */
async function writeExport(server: LetterServer, letter: vscode.Uri, format: ExportFormatChoice['format'], publicCopy: boolean, target: vscode.Uri): Promise<{ target: string; bytes: number }> {
  if (/\.imr$/i.test(target.path)) throw new Error(`will not write the ${format} export over ${displayName(target)}: that is a letter's source`);
  if (server.platform.serverWritesFiles && target.scheme === 'file') {
    const result = await server.exportLetter(letter, { format, publicCopy, target: target.fsPath });
    return { target: result.target ?? target.fsPath, bytes: result.bytes };
  }
  const bytes = await server.exportBytes(letter, { format, publicCopy });
  await vscode.workspace.fs.writeFile(target, bytes);
  return { target: target.scheme === 'file' ? target.fsPath : target.toString(), bytes: bytes.byteLength };
}

/** Export Letter (`publicCopy` false) and Export Public Copy: the command, given the resource and any scripted arguments. */
export async function exportCommand(context: vscode.ExtensionContext, server: LetterServer, previewed: vscode.Uri | undefined, publicCopy: boolean, arg?: unknown, options?: unknown): Promise<unknown> {
  if (isExportArguments(options)) {
    // scripted: errors reject to the caller instead of becoming a message, and the result is returned
    const doc = await letterDocument(arg, previewed);
    if (!doc) throw new Error('no .imr letter to export');
    if (!vscode.workspace.isTrusted) throw new Error('exporting writes files, so it is turned off in an untrusted workspace');
    const target = targetUri(options.target);
    if (isLetterItself(target, doc.uri)) throw new Error('that is the letter itself');
    // like `imr render -o`, a scripted export makes the target's folder
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(target, '..'));
    return writeExport(server, doc.uri, options.format, publicCopy, target);
  }
  try {
    await exportLetter(context, server, arg, previewed, publicCopy);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    server.log.error(`Export failed: ${message}`);
    const choice = await vscode.window.showErrorMessage(`Export failed: ${message}`, 'Show Output');
    if (choice) server.log.show();
  }
  return undefined;
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

  // next to a saved letter; an unsaved one goes in the workspace's first folder (or the home folder)
  const saved = doc.isUntitled ? undefined : doc.uri;
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri ?? server.platform.homeFolder;
  const near = saved ?? folder;
  const defaultPath = defaultExportPath(saved?.path, folder?.path ?? '/', format.format, publicCopy, caseNumberOf(doc.getText()));
  const target = await vscode.window.showSaveDialog({
    title: `Export the ${what} as ${format.label}`,
    defaultUri: near?.with({ path: defaultPath }),
    filters: { [format.filter]: [format.extension] },
    saveLabel: 'Export',
  });
  if (!target) return;
  const written = target.with({ path: withExtension(target.path, format.format) });
  if (isLetterItself(written, doc.uri)) throw new Error('that is the letter itself; choose another file name');

  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: `Exporting the ${what} as ${format.label}…` },
    () => writeExport(server, doc.uri, format.format, publicCopy, written),
  );
  server.log.info(`Exported ${doc.uri.toString()} (${format.format}${publicCopy ? ', public copy' : ''}) to ${result.target}, ${result.bytes} bytes`);
  // not awaited by the command: a notification left open must not hold the command until the window closes
  void vscode.window.showInformationMessage(
    `Exported the ${what} to ${displayName(written)} (${formatBytes(result.bytes)}).`, 'Open', 'Reveal').then(async (choice) => {
    if (choice === 'Open') await openExport(written, format);
    else if (choice === 'Reveal') await reveal(written);
  });
}

/** A file on the disk of the machine the user sits at: the system's viewer and file manager can show it. */
const onLocalDisk = (file: vscode.Uri) => file.scheme === 'file' && !vscode.env.remoteName && vscode.env.uiKind === vscode.UIKind.Desktop;

/** The case number typed in the letter, to name the export of an unsaved letter. */
function caseNumberOf(text: string): string | undefined {
  return /^[ \t]*(?:IMR[ \t]+)?Case[ \t]+Number[ \t]*:[ \t]*(\S+)/im.exec(text)?.[1];
}

async function openExport(file: vscode.Uri, format: ExportFormatChoice): Promise<void> {
  if (format.format === 'text') {
    await vscode.window.showTextDocument(file);
    return;
  }
  // a local window hands PDF, Word and HTML files to the system's viewer; a remote or web one opens them in VS Code
  if (onLocalDisk(file) && (await vscode.env.openExternal(file))) return;
  await vscode.commands.executeCommand('vscode.open', file);
}

async function reveal(file: vscode.Uri): Promise<void> {
  if (onLocalDisk(file)) await vscode.commands.executeCommand('revealFileInOS', file);
  else await vscode.commands.executeCommand('revealInExplorer', file);
}
