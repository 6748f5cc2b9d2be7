/**
 * Import Letter: a letter's text (.txt as `pdftotext -layout` gives it, or a .pdf, whose bytes go to the server,
 * which lays its text out with the same reader as `imr import`) becomes a new untitled .imr letter through the
 * server's importer (ImportRequest); what could not be read or mapped is listed in the output and offered in a
 * message. The file is read through `workspace.fs`, so it may be on any file system (VS Code for the Web too).
 */
import * as vscode from 'vscode';
import { LANGUAGE_ID } from '../ids';
import type { LetterServer } from '../language-client';
import { displayName } from '../letter-target';

/** Import Letter: the file it was invoked on, else one the user picks. */
export async function importCommand(server: LetterServer, arg?: unknown): Promise<void> {
  try {
    await importLetter(server, arg instanceof vscode.Uri ? arg : undefined);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    server.log.error(`Import failed: ${message}`);
    const choice = await vscode.window.showErrorMessage(`Import failed: ${message}`, 'Show Output');
    if (choice) server.log.show();
  }
}

async function importLetter(server: LetterServer, given: vscode.Uri | undefined): Promise<void> {
  const file = given ?? (await vscode.window.showOpenDialog({
    title: 'Import a determination letter',
    canSelectMany: false,
    openLabel: 'Import',
    filters: { 'Letters (text or PDF)': ['txt', 'pdf'], 'Text': ['txt'], 'PDF': ['pdf'] },
  }))?.[0];
  if (!file) return;
  const name = displayName(file);
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: `Importing ${name}…` },
    async () => {
      const bytes = await vscode.workspace.fs.readFile(file);
      if (/\.pdf$/i.test(file.path)) {
        try {
          return await server.importLetter({ pdf: bytes });
        } catch (e) {
          // the server's reason ("the PDF is password-protected"...) with the file's name
          throw new Error(`${name}: ${e instanceof Error ? e.message : String(e)}`);
        }
      }
      const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
      if (!text.trim()) throw new Error(`${name} has no text`);
      return server.importLetter({ text });
    },
  );
  const doc = await vscode.workspace.openTextDocument({ language: LANGUAGE_ID, content: result.imr });
  await vscode.window.showTextDocument(doc);
  server.log.info(`Imported ${file.toString()}${result.notes.length ? `, with ${result.notes.length} note(s):` : ''}`);
  for (const note of result.notes) server.log.info(`  ${note}`);
  if (result.notes.length) {
    const first = result.notes[0];
    const more = result.notes.length > 1 ? ` (and ${result.notes.length - 1} more)` : '';
    const choice = await vscode.window.showWarningMessage(`Imported ${name}. ${first}${more}`, 'Show Notes');
    if (choice) server.log.show(true);
  }
}
