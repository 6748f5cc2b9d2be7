/**
 * Export through the client's command, without its dialogs: `imr.export` called with the letter's URI and
 * `{ format, target }` writes `target` and resolves with `{ target, bytes }` (the ExportRequest's result). The UI
 * test covers the dialogs; this covers the command as other extensions and tasks would call it.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { openLetter, revertAndCloseAll, SHORT_LETTER } from './helpers';
import { recordMetric } from './metrics';

interface ExportResult { target: string; bytes: number }

/** Resolves with the command's result, or fails (closing any dialog it opened) when it waits on the user instead. */
async function exportWithoutDialogs(uri: vscode.Uri, options: { format: string; target: string; publicCopy?: boolean }): Promise<ExportResult | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const waiting = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(
      "imr.export did not finish within 15 s: it waits on a dialog instead of writing the target it was given. " +
      'The e2e tests need imr.export(uri, { format, target, publicCopy? }) to export without dialogs (test/e2e/README.md).')), 15_000);
  });
  try {
    return await Promise.race([Promise.resolve(vscode.commands.executeCommand<ExportResult | undefined>('imr.export', uri, options)), waiting]);
  } catch (e) {
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    throw e;
  } finally {
    clearTimeout(timer);
  }
}

describe('export', () => {
  after(revertAndCloseAll);

  for (const [format, check] of [
    ['html', (bytes: Uint8Array) => {
      const html = new TextDecoder().decode(bytes);
      assert.match(html, /^<!DOCTYPE html>/i);
      assert.match(html, /MRI of the right knee without contrast/);
      assert.doesNotMatch(html, /<script/i, 'a self-contained page without scripts');
    }],
    ['pdf', (bytes: Uint8Array) => assert.equal(new TextDecoder().decode(bytes.subarray(0, 5)), '%PDF-')],
  ] as const) {
    it(`writes the ${format.toUpperCase()} export to the given file`, async () => {
      const { doc } = await openLetter(SHORT_LETTER);
      const folder = vscode.workspace.getWorkspaceFolder(doc.uri);
      assert.ok(folder);
      const target = vscode.Uri.joinPath(folder.uri, 'exports', `letter.${format}`);
      // a path on a disk, a URI on a virtual file system (VS Code for the Web)
      const given = target.scheme === 'file' ? target.fsPath : target.toString();
      const t0 = Date.now();
      const result = await exportWithoutDialogs(doc.uri, { format, target: given });
      recordMetric(`export${format.toUpperCase()}Ms`, Date.now() - t0);
      const bytes = await vscode.workspace.fs.readFile(target);
      assert.ok(result, 'imr.export resolves with the export result');
      assert.equal(result.target, given);
      assert.equal(result.bytes, bytes.byteLength);
      check(bytes);
    });
  }
});
