/**
 * The letter with a mistake and its preview once more, left open at the end of the run, so that
 * test/e2e/web.test.ts can look at what the workbench shows (the squiggle, the text inside the preview's webview,
 * screenshots): the shared suites close their editors when done.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, MISTAKE_FILE, openLetter, waitForDiagnostics, waitForValue } from '../suite/helpers';

interface PreviewState { open: boolean; appliedVersion?: number; renderedVersion?: number; html?: string }

describe('web: preview left open', () => {
  it('shows the letter beside the editor, the page confirming what it shows', async () => {
    const { doc } = await openLetter(MISTAKE_FILE);
    await waitForDiagnostics(doc.uri, (ds) => ds.some((d) => codeOf(d) === 'IMR301'), 'the IMR301 problem');
    await vscode.commands.executeCommand('imr.preview.openToSide');
    // `appliedVersion` comes from the page itself (its `ready` message): the webview loaded and ran its script
    const state = await waitForValue('the preview page to report the letter', () => vscode.commands.executeCommand<PreviewState>('imr.preview.getState'),
      (s) => !!s?.open && s.appliedVersion === doc.version, 30_000, (s) => JSON.stringify({ ...s, html: undefined }));
    assert.match(state.html ?? '', /MRI of the right knee without contrast/);
  });
});
