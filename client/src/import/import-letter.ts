/**
 * Import Letter: a letter's text (.txt as `pdftotext -layout` gives it, or a .pdf laid out the same way by the
 * same reader as `imr import`) becomes a new untitled .imr letter through the server's importer (ImportRequest);
 * what could not be read or mapped is listed in the output and offered in a message.
 */
import * as vscode from 'vscode';
import { pdfLayoutText } from '../../../server/src/node/pdf-text';
import { COMMANDS, LANGUAGE_ID } from '../ids';
import type { LetterServer } from '../language-client';
import { displayName } from '../letter-target';

export function registerImportCommand(context: vscode.ExtensionContext, server: LetterServer): void {
  context.subscriptions.push(vscode.commands.registerCommand(COMMANDS.importLetter, async (arg?: unknown) => {
    try {
      await importLetter(server, arg instanceof vscode.Uri ? arg : undefined);
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      server.log.error(`Import failed: ${message}`);
      const choice = await vscode.window.showErrorMessage(`Import failed: ${message}`, 'Show Output');
      if (choice) server.log.show();
    }
  }));
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
      // a plain Uint8Array: pdf.js refuses Node's Buffer, which is what the file system gives here
      const pdf = /\.pdf$/i.test(file.path) ? await pdfLayoutText(new Uint8Array(bytes)) : undefined;
      const text = pdf ? pdf.text : new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
      if (!text.trim()) throw new Error(`${name} has no text`);
      const imported = await server.importLetter(text);
      return { imr: imported.imr, notes: [...(pdf?.notes ?? []), ...imported.notes] };
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
