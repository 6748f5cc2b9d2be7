/**
 * The packaged extension as a user meets it: dist/imr-determination.vsix installed into code-server, the
 * workbench driven in Chromium through the palette and the keyboard. Screenshots go to .test-output/e2e/ui-*.png.
 * Skips, saying why, when code-server or Chromium is not installed (scripts/e2e/setup.sh).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { codeServerAvailability, skipUnlessAvailable } from './harness/availability';
import type { BrowserSession } from './harness/browser';
import { execFileSync } from 'node:child_process';
import { serverErrors, type CodeServer } from './harness/code-server';
import { openPackagedWorkbench, reportFailure } from './harness/packaged';
import { recordTimings } from './harness/results';
import { SEL, Workbench } from './harness/workbench';
import { MISTAKE, MISTAKE_FILE } from './harness/workspace';

describe('e2e: UI in code-server (packaged extension)', function () {
  this.timeout(120_000);
  let server: CodeServer | undefined;
  let session: BrowserSession | undefined;
  let wb: Workbench;
  let workspace: string;
  const timings: Record<string, number> = {};
  let t0 = 0;

  before(async function () {
    this.timeout(240_000);
    t0 = Date.now();
    skipUnlessAvailable(this, codeServerAvailability(), 'the UI test');
    ({ server, session, wb, workspace } = await openPackagedWorkbench('ui', timings));
  });

  afterEach(async function () {
    await reportFailure(this, server, wb);
  });

  after(async () => {
    await session?.close();
    if (server) timings.stopMs = (await server.stop()).ms;
    timings.totalMs = Date.now() - t0;
    if (server) recordTimings('UI test (code-server)', timings);
  });

  it('underlines the mistake in a letter and lists it in the Problems panel', async () => {
    const t = Date.now();
    await wb.openFile(MISTAKE_FILE);
    const squiggle = await wb.waitFor(SEL.squiggleError, { timeoutMs: 45_000 });
    timings.openToSquiggleMs = Date.now() - t;
    // on the line of the mistake, under the misspelt word
    const line = wb.page.locator(`${SEL.activeEditor} .view-line`, { hasText: MISTAKE.wrong }).first();
    const [s, l] = [await squiggle.boundingBox(), await line.boundingBox()];
    assert.ok(s && l, 'the squiggle and its line are on screen');
    assert.ok(s.y >= l.y && s.y < l.y + l.height, `the squiggle (y ${s.y}) is on the line of '${MISTAKE.wrong}' (y ${l.y}..${l.y + l.height})`);
    const wordX = await line.evaluate((el, word) => {
      const text = el.textContent ?? '';
      const range = document.createRange();
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      let offset = text.indexOf(word);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const len = n.textContent?.length ?? 0;
        if (offset < len) { range.setStart(n, offset); range.setEnd(n, Math.min(len, offset + word.length)); break; }
        offset -= len;
      }
      const r = range.getBoundingClientRect();
      return { left: r.left, right: r.right };
    }, MISTAKE.wrong.split(',')[1]);
    assert.ok(Math.abs(s.x - wordX.left) < 3, `the squiggle starts at x ${s.x}, the word at ${wordX.left}`);
    await wb.waitFor(`${SEL.problemsStatus}`);
    await wb.page.click(SEL.problemsStatus);
    const row = await wb.waitFor(`${SEL.problemRow}:has-text("'${MISTAKE.wrong.split(',')[1]}' is not a US state")`);
    const text = await row.innerText();
    assert.match(text, /Did you mean 'California'\?/);
    assert.match(text, /IMR301/);
    // the status bar counts exactly one error
    assert.match(await wb.page.locator(SEL.problemsStatus).getAttribute('aria-label') ?? '', /\bErrors: 1\b/);
    await wb.screenshot('squiggle-and-problems');
  });

  it('opens the completion list of guideline titles after "MTUS " on a citation line', async () => {
    await wb.openFile(MISTAKE_FILE);
    const lines = fs.readFileSync(path.join(workspace, MISTAKE_FILE), 'utf8').split('\n');
    const line = lines.findIndex((l) => l.trimStart().startsWith('MAXIMUS guideline:')) + 1;
    assert.ok(line > 0);
    await wb.goToLine(line);
    await wb.page.keyboard.press('Shift+Home');
    await wb.typeInEditor('MAXIMUS guideline: MTUS ');
    const t = Date.now();
    await wb.waitFor(SEL.suggestRow, { timeoutMs: 15_000 });
    timings.typedToSuggestMs = Date.now() - t;
    const rows = await wb.page.locator(SEL.suggestRow).allInnerTexts();
    assert.ok(rows.some((r) => /Knee Complaints 2004/.test(r)) || rows.length >= 8, `rows: ${rows.join(' | ')}`);
    assert.ok(rows.every((r) => /\b(19|20)\d\d\b/.test(r)), `guideline titles with their years expected, got: ${rows.join(' | ')}`);
    await wb.screenshot('completion-on-citation');
    await wb.page.keyboard.press('Escape');
    await wb.waitFor(SEL.suggestRow, { state: 'hidden' });
    // put the letter back as it was (undo the typing), so the next steps see the original text
    await wb.runCommand('File: Revert File');
  });

  it('opens the preview to the side with the letter in it', async () => {
    await wb.openFile(MISTAKE_FILE);
    const t = Date.now();
    await wb.runCommand('IMR: Open Preview to the Side');
    await wb.waitFor(SEL.webview, { timeoutMs: 30_000 });
    const heading = wb.webviewContent().getByText('MRI of the right knee without contrast').first();
    await heading.waitFor({ state: 'visible', timeout: 30_000 });
    timings.commandToPreviewTextMs = Date.now() - t;
    const body = await wb.webviewContent().locator('body').innerText();
    assert.match(body, /delivery driver/);
    assert.match(body, /CM16-0249571/);
    // the letter as written, its mistake included
    assert.ok(body.includes(MISTAKE.wrong), `the preview should show '${MISTAKE.wrong}' as the letter has it:\n${body.slice(0, 1500)}`);
    // beside the letter: two editor groups
    assert.equal(await wb.page.locator('.editor-group-container').count(), 2);
    await wb.screenshot('preview-to-the-side');

    // typing in the letter updates the preview
    const lines = fs.readFileSync(path.join(workspace, MISTAKE_FILE), 'utf8').split('\n');
    await wb.openFile(MISTAKE_FILE);
    await wb.goToLine(lines.findIndex((l) => l.includes('delivery driver')) + 1);
    const tu = Date.now();
    await wb.typeInEditor(' Zanzibar');
    const typed = wb.webviewContent().getByText(/Zanzibar/).first();
    await typed.waitFor({ state: 'visible', timeout: 15_000 });
    timings.typedToPreviewMs = Date.now() - tu;
    await typed.scrollIntoViewIfNeeded();
    await wb.screenshot('preview-after-typing');
    await wb.runCommand('File: Revert File');
    await wb.webviewContent().getByText(/Zanzibar/).first().waitFor({ state: 'detached', timeout: 15_000 });
  });

  it('exports the letter as PDF from the command palette', async () => {
    await wb.openFile(MISTAKE_FILE);
    const target = path.join(workspace, MISTAKE_FILE.replace(/\.imr$/, '.pdf'));
    assert.ok(!fs.existsSync(target));
    const t = Date.now();
    await wb.runCommand('IMR: Export Letter\u2026');
    // the format quick pick
    await wb.pickQuickInputItem('PDF');
    // the save dialog (VS Code's own file dialog in the browser): it proposes the letter's name with .pdf
    const box = await wb.waitFor(SEL.quickInputBox);
    await wb.waitUntil('the save dialog to propose mistake.pdf', async () => (await box.inputValue()).endsWith('/mistake.pdf'));
    await wb.screenshot('export-save-dialog');
    await wb.page.keyboard.press('Enter');
    const done = await wb.waitFor(`${SEL.notification}:has-text("Exported the letter to mistake.pdf")`, { timeoutMs: 60_000 });
    timings.exportPdfMs = Date.now() - t;
    assert.match(await done.innerText(), /Exported the letter to mistake\.pdf \(\d+(\.\d)? KB\)\./);
    assert.ok(fs.existsSync(target), `${target} was not written`);
    const head = fs.readFileSync(target).subarray(0, 5).toString('latin1');
    assert.equal(head, '%PDF-');
    const text = execFileSync('pdftotext', ['-layout', target, '-'], { encoding: 'utf8' });
    assert.match(text, /CM16-0249571/);
    assert.match(text, /MRI of the right knee without contrast/);
    // the progress notification closes once the export is written
    await wb.waitFor(`${SEL.notification}:has-text("Exporting the letter as PDF")`, { state: 'hidden', timeoutMs: 10_000 });
    await wb.screenshot('export-done');
    // "Reveal" shows the exported file in the explorer
    await wb.page.locator('.notifications-toasts .notification-list-item').filter({ hasText: 'Exported the letter to mistake.pdf' })
      .getByRole('button', { name: 'Reveal' }).click();
    await wb.waitFor(`${SEL.explorerRow}.selected:has-text("mistake.pdf")`);
    await wb.waitFor(`${SEL.notification}:has-text("Exported the letter")`, { state: 'hidden' });
    await wb.screenshot('export-revealed');
  });

  it('scrolls the preview with the editor, and the editor with the preview', async () => {
    const LONG = 'multi-item-partially-overturned.imr';
    await wb.runCommand('View: Close All Editors');
    await wb.openFile(LONG);
    await wb.runCommand('IMR: Open Preview to the Side');
    const preview = wb.webviewContent();
    await preview.getByText('HOW THE IMR FINAL DETERMINATION WAS MADE').first().waitFor({ state: 'visible', timeout: 30_000 });
    const letterEditor = `.editor-group-container:has(.tab.active[data-resource-name="${LONG}"]) .monaco-editor`;
    // the 0-based source line at the top of the letter's editor: the first line number inside its viewport (Monaco
    // renders some lines beyond it; the sticky-scroll header has line numbers of its own, not matched here)
    const editorTopLine = () => wb.page.locator(`${letterEditor} .overflow-guard`).first().evaluate((guard) => {
      const view = guard.getBoundingClientRect();
      const visible = Array.from(guard.querySelectorAll<HTMLElement>('.margin-view-overlays .line-numbers'))
        .filter((el) => { const r = el.getBoundingClientRect(); return r.top >= view.top - 1 && r.bottom <= view.bottom + 1; })
        .map((el) => Number(el.textContent));
      return Math.min(...visible) - 1;
    });
    // the source line of the block at the top of the preview (data-line of the last block starting above its top edge)
    const previewTopLine = () => preview.locator('body').evaluate(() => {
      let line = 0;
      for (const el of Array.from(document.querySelectorAll<HTMLElement>('[data-line]'))) {
        if (el.getBoundingClientRect().top <= 8) line = Math.max(line, Number(el.dataset.line));
      }
      return line;
    });
    const previewScrollY = () => preview.locator('body').evaluate(() => window.scrollY);
    assert.equal(await previewScrollY(), 0, 'the preview starts at the top');

    // editor -> preview: go to the last line; the editor scrolls, and the preview follows to the same part
    const lines = fs.readFileSync(path.join(workspace, LONG), 'utf8').split('\n');
    await wb.openFile(LONG);
    await wb.goToLine(lines.length);
    await wb.waitUntil('the editor to scroll down', async () => (await editorTopLine()) > 20);
    const top = await editorTopLine();
    await wb.waitUntil(`the preview to scroll to about line ${top}`, async () => {
      const line = await previewTopLine();
      return (await previewScrollY()) > 100 && line <= top + 1 && line >= top - 15;
    }, 15_000);
    await wb.screenshot('scroll-sync-editor-to-preview');

    // preview -> editor: scroll the preview to the first item's decision; the editor follows to its line
    const itemLine = lines.findIndex((l) => l.startsWith('Item:'));
    assert.ok(itemLine > 0);
    await preview.locator(`[data-line="${itemLine}"]`).first().evaluate((el) => el.scrollIntoView({ block: 'start' }));
    // VS Code reveals a line at the top with a few lines of context above it (and the sticky-scroll header)
    await wb.waitUntil(`the editor to scroll to line ${itemLine + 1}`, async () => {
      const editorTop = await editorTopLine();
      return editorTop <= itemLine && itemLine - editorTop <= 8;
    }, 15_000);
    await wb.screenshot('scroll-sync-preview-to-editor');
  });

  it('leaves no error from the extension in VS Code\'s logs', () => {
    const errors = serverErrors(server!).filter((e) => /imr-tools\.imr-determination|\bimr\./.test(e));
    assert.ok(errors.length === 0, `VS Code logged errors about the extension:\n${errors.join('\n\n')}`);
  });
});
