/**
 * The live preview: opened beside the letter by the client's command, showing the server's rendering, and
 * patched in place (postMessage, no page reload) after an edit. Read through `imr.preview.getState`, the
 * client's state command for tests.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { lineStarting, openLetter, replaceText, revertAndCloseAll, SHORT_LETTER, waitForValue } from './helpers';
import { recordMetric } from './metrics';

interface PreviewState {
  open: boolean; uri?: string; visible?: boolean; viewColumn?: number; renderedVersion?: number; appliedVersion?: number;
  fullRenders?: number; updates?: number; html?: string; syntaxProblems?: unknown[];
  cursorLine?: number; shownLines?: { top: number; bottom: number };
}

const previewState = () => vscode.commands.executeCommand<PreviewState>('imr.preview.getState');
const brief = (s: PreviewState) => JSON.stringify({ ...s, html: s.html ? `${s.html.length} chars` : undefined });

describe('preview', () => {
  after(revertAndCloseAll);

  it('opens to the side and shows the letter', async () => {
    const { doc } = await openLetter(SHORT_LETTER);
    assert.equal((await previewState())?.open, false, 'no preview before the command');
    const t0 = Date.now();
    await vscode.commands.executeCommand('imr.preview.openToSide');
    const state = await waitForValue('the preview to show the letter', previewState,
      (s) => !!s?.open && s.appliedVersion === doc.version && s.renderedVersion === doc.version, 30_000, brief);
    recordMetric('previewFirstRenderMs', Date.now() - t0);
    assert.equal(state.uri, doc.uri.toString());
    assert.equal(state.visible, true);
    assert.equal(state.viewColumn, vscode.ViewColumn.Two, 'beside the letter');
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), doc.uri.toString(), 'the letter keeps the focus');
    assert.match(state.html ?? '', /MRI of the right knee without contrast/);
    assert.match(state.html ?? '', /delivery driver/);
    assert.deepEqual(state.syntaxProblems, []);
  });

  it('follows an edit by patching the page, not reloading it', async () => {
    const { doc } = await openLetter(SHORT_LETTER);
    const before = await previewState();
    const t0 = Date.now();
    await replaceText(doc, 'delivery driver', 'courier');
    const state = await waitForValue('the preview to show the edit', previewState,
      (s) => s.appliedVersion === doc.version && /courier/.test(s.html ?? ''), 20_000, brief);
    recordMetric('previewUpdateMs', Date.now() - t0);
    assert.doesNotMatch(state.html ?? '', /delivery driver/);
    assert.equal(state.fullRenders, before.fullRenders, 'the page was not reloaded');
    assert.ok((state.updates ?? 0) > (before.updates ?? 0), 'the edit came as an update message');
  });

  it('opens at the editor\'s cursor: the lines it shows hold the cursor\'s line', async () => {
    await revertAndCloseAll(); // the preview too: the command opens a new one
    const { doc, editor } = await openLetter(SHORT_LETTER);
    // the first line of the rationale: a paragraph of the page starts there (data-line), two screens down
    const line = lineStarting(doc, 'Decision rationale:') + 1;
    editor.selection = new vscode.Selection(line, 0, line, 0);
    editor.revealRange(new vscode.Range(line, 0, line, 0), vscode.TextEditorRevealType.InCenter);
    await waitForValue('the editor to scroll down', async () => editor.visibleRanges[0]?.start.line ?? 0, (top) => top > 0, 10_000, String);
    await vscode.commands.executeCommand('imr.preview.openToSide');
    const state = await waitForValue('the preview to say which lines it shows', previewState,
      (s) => !!s?.open && s.uri === doc.uri.toString() && s.shownLines !== undefined, 30_000, brief);
    assert.equal(state.cursorLine, line);
    assert.ok(state.shownLines!.top <= line && line <= state.shownLines!.bottom, `line ${line} in the lines shown ${JSON.stringify(state.shownLines)}`);
    assert.ok(state.shownLines!.top > 0, 'scrolled down from the top');
  });
});
