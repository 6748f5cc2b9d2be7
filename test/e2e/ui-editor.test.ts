/**
 * The editor as a reviewer sees it, in the packaged extension in code-server: the outline of a five-item letter,
 * the completion list after `MTUS ` on a lumbar item, and the preview opened at the cursor. Each step saves a
 * screenshot to .test-output/e2e/ui-editor-*.png. Skips, saying why, when code-server or Chromium is not installed.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { codeServerAvailability, skipUnlessAvailable } from './harness/availability';
import type { BrowserSession } from './harness/browser';
import { serverErrors, type CodeServer } from './harness/code-server';
import { openPackagedWorkbench, reportFailure } from './harness/packaged';
import { recordTimings } from './harness/results';
import { SEL, Workbench } from './harness/workbench';

/** five items: three medications, a lumbar MRI and shoulder therapy */
const LETTER = 'multi-item-partially-overturned.imr';
const OUTLINE_ROW = '.outline-pane .monaco-list-row';

describe('e2e: the editor as a reviewer sees it (outline, completion, preview at the cursor)', function () {
  this.timeout(120_000);
  let server: CodeServer | undefined;
  let session: BrowserSession | undefined;
  let wb: Workbench;
  let workspace: string;
  let lines: string[];
  const timings: Record<string, number> = {};

  before(async function () {
    this.timeout(240_000);
    skipUnlessAvailable(this, codeServerAvailability(), 'the editor UI test');
    ({ server, session, wb, workspace } = await openPackagedWorkbench('ui-editor', timings));
    lines = fs.readFileSync(path.join(workspace, LETTER), 'utf8').split('\n');
  });

  afterEach(async function () {
    await reportFailure(this, server, wb);
  });

  after(async () => {
    await session?.close();
    if (server) await server.stop();
    if (server) recordTimings('editor UI test (code-server)', timings);
  });

  const items = () => lines.filter((l) => l.startsWith('Item: ')).map((l) => l.slice('Item: '.length));

  it('shows the outline with every item and its decision in view, the header and credentials one row each', async () => {
    await wb.openFile(LETTER);
    await wb.runCommand('Explorer: Focus on Outline View');
    // the folder's file list collapsed, so the outline has the side bar's height (as a reviewer would set it)
    const folders = wb.page.locator('.pane-header').filter({ hasText: 'Workspace' }).first();
    if (await folders.getAttribute('aria-expanded') === 'true') await folders.click();
    const t = Date.now();
    await wb.waitFor(`${OUTLINE_ROW}:has-text("${items()[0]}")`, { timeoutMs: 30_000 });
    timings.outlineMs = Date.now() - t;
    const rows = wb.page.locator(OUTLINE_ROW);
    const labels = (await rows.locator('.label-name').allInnerTexts()).map((s) => s.trim());
    // every node collapsed (the [imr] default of outline.collapseItems): no header field is listed on its own
    assert.ok(!labels.includes('Case Number') && !labels.includes('Date Assigned'), `the header is one row: ${labels.join(' | ')}`);
    assert.ok(labels.includes('Header') && labels.includes('Reviewer credentials'), labels.join(' | '));
    // the side bar's panes settle after the folder list collapses: wait (bounded) until the layout stops moving
    const inView = async (item: string): Promise<boolean> => {
      const pane = await wb.page.locator('.outline-pane').first().boundingBox();
      const box = await rows.filter({ hasText: item }).first().boundingBox();
      return !!pane && !!box && box.y >= pane.y && box.y + box.height <= pane.y + pane.height + 1;
    };
    for (let tries = 0; tries < 25; tries++) {
      if ((await Promise.all(items().map(inView))).every(Boolean)) break;
      await wb.page.waitForTimeout(200);
    }
    for (const item of items()) {
      const row = rows.filter({ hasText: item }).first();
      assert.ok(await inView(item), `'${item}' is in view in the outline`);
      const description = (await row.locator('.label-description').innerText()).trim();
      assert.match(description, /^(Upheld|Overturned)$/, `'${item}' shows its decision`);
      // the item's icon: the cube (method), not the event's lightning
      assert.equal(await row.locator('.codicon-symbol-event').count(), 0, `'${item}' has no event icon`);
      assert.equal(await row.locator('.codicon-symbol-method').count(), 1, `'${item}' has the item icon`);
    }
    // the items follow the three one-row nodes: nothing of the header pushes them out of view
    const firstItem = labels.indexOf(items()[0]);
    assert.ok(firstItem >= 0 && firstItem <= 3, `the first item is row ${firstItem + 1}: ${labels.join(' | ')}`);
    await wb.screenshot('outline');
  });

  it('completes only guideline titles after "MTUS ", Low Back first for the lumbar MRI', async () => {
    await wb.openFile(LETTER);
    const lumbar = lines.findIndex((l) => l.startsWith('Item: ') && /lumbar/i.test(l));
    const line = lines.findIndex((l, i) => i > lumbar && l.trimStart().startsWith('MAXIMUS guideline:')) + 1;
    assert.ok(lumbar >= 0 && line > 0, 'the letter has a lumbar item with a MAXIMUS line');
    await wb.goToLine(line);
    await wb.page.keyboard.press('Shift+Home');
    await wb.typeInEditor('MAXIMUS guideline: MTUS ');
    const t = Date.now();
    await wb.waitFor(SEL.suggestRow, { timeoutMs: 15_000 });
    timings.typedToSuggestMs = Date.now() - t;
    const rows = wb.page.locator(SEL.suggestRow);
    const texts = await rows.locator('.label-name').allInnerTexts();
    assert.ok(texts.length >= 5, `rows: ${texts.join(' | ')}`);
    assert.equal(await rows.locator('.codicon-symbol-snippet').count(), 0, `no snippet among: ${texts.join(' | ')}`);
    assert.ok(texts.every((r) => / (19|20)\d\d$/.test(r.trim())), `only guideline titles with their years: ${texts.join(' | ')}`);
    // the list may still be the one VS Code asked for after 'guideline: ' and filtered by 'MTUS ' (its rows then
    // read 'MTUS <title>'): either way the lumbar item's guideline comes first
    assert.equal(texts[0].trim().replace(/^MTUS /, ''), 'Low Back Complaints 2004', `the lumbar item's guideline first: ${texts.join(' | ')}`);
    await wb.screenshot('completion-after-mtus');
    await wb.page.keyboard.press('Escape');
    await wb.waitFor(SEL.suggestRow, { state: 'hidden' });
    await wb.runCommand('File: Revert File');
  });

  it('opens the preview scrolled to the cursor\'s section', async () => {
    await wb.openFile(LETTER);
    // the cursor in the rationale of the lumbar item, far below the top of the letter
    const lumbar = lines.findIndex((l) => l.startsWith('Item: ') && /lumbar/i.test(l));
    const rationale = lines.findIndex((l, i) => i > lumbar && l.trimStart().startsWith('Decision rationale:')) + 1;
    assert.ok(rationale > 40, `rationale at line ${rationale + 1}`);
    await wb.goToLine(rationale + 1);
    const t = Date.now();
    await wb.runCommand('IMR: Open Preview to the Side');
    await wb.waitFor(SEL.webview, { timeoutMs: 30_000 });
    const itemText = wb.webviewContent().getByText(items()[3]).first();
    await itemText.waitFor({ state: 'attached', timeout: 30_000 });
    // the page positions itself on load; wait until it has scrolled down
    await wb.waitUntil('the preview to scroll down to the cursor', async () => await wb.webviewContent().locator('body').evaluate(() => window.scrollY) > 100, 15_000);
    timings.commandToPreviewAtCursorMs = Date.now() - t;
    const view = await wb.webviewContent().locator('body').evaluate((_, line) => {
      // the block of the cursor's line, or the nearest one above it
      let best: Element | undefined;
      let bestLine = -1;
      for (const el of Array.from(document.querySelectorAll('#imr-letter [data-line]'))) {
        const l = Number((el as HTMLElement).dataset.line);
        if (l <= line && l > bestLine) { best = el; bestLine = l; }
      }
      const r = best?.getBoundingClientRect();
      return { top: r?.top ?? -1, bottom: r?.bottom ?? -1, height: window.innerHeight, bestLine, text: (best?.textContent ?? '').slice(0, 80) };
    }, rationale);
    assert.ok(view.bottom > 0 && view.top < view.height, `the cursor's paragraph (line ${view.bestLine + 1}: ${view.text}) is in view: ${view.top}..${view.bottom} of ${view.height}`);
    // the item's heading, above it, is on screen or just above: the reader sees which item the paragraph belongs to
    const heading = await itemText.evaluate((el) => el.getBoundingClientRect().top);
    assert.ok(heading > -view.height && heading < view.height, `the item heading at ${heading}`);
    await wb.screenshot('preview-at-cursor');
  });

  it('leaves no error from the extension in VS Code\'s logs', () => {
    const errors = serverErrors(server!).filter((e) => /imr-tools\.imr-determination|\bimr\./.test(e));
    assert.ok(errors.length === 0, `VS Code logged errors about the extension:\n${errors.join('\n\n')}`);
  });
});
