/**
 * The preview page's script (media/preview/preview.js) in a real Chromium, with the webview host stubbed: the page
 * as the extension builds it, served from a fake origin by Playwright (no network). Skipped where
 * /usr/bin/chromium is not installed.
 */
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import type { Browser, Page } from 'playwright-core';
import { buildDocument, parseLetter } from '../../server/src/language';
import { letterStyles, renderHtmlBody } from '../../server/src/language/render/html';
import { repoRoot } from '../helpers/corpus';
import { needChromium } from '../helpers/required';
import { hostileLetter, pageFor } from './preview-fixtures';

const ORIGIN = 'https://file+.vscode-resource.vscode-cdn.net';

interface Posted { type: string; line?: number; version?: number; top?: number; bottom?: number }
// the page's globals, as the functions below use them inside the browser (the tests compile without the DOM library)
interface PageElement { dataset: Record<string, string>; getBoundingClientRect(): { top: number } }
declare const window: {
  posted: Posted[]; pwned?: number; vscodeState?: unknown; scrollY: number;
  scrollTo(x: number, y: number): void; postMessage(message: unknown, origin: string): void;
};
declare const document: { querySelectorAll(selector: string): Iterable<PageElement>; createRange(): DomRange };
interface DomRange { setStart(node: unknown, offset: number): void; setEnd(node: unknown, offset: number): void; getClientRects(): { length: number } }
interface LabelCell { textContent: string; clientWidth: number; scrollWidth: number; getBoundingClientRect(): { height: number }; firstChild: unknown }
declare const NodeFilter: { SHOW_TEXT: number };

const letterText = (): string => fs.readFileSync(path.join(repoRoot(), 'examples', 'multi-item-partially-overturned.imr'), 'utf8');
const markup = (text: string) => renderHtmlBody(buildDocument(parseLetter(text)), { look: 'paper' });

describe('preview page script in Chromium (skipped where it is not installed; required under IMR_E2E_REQUIRED=1)', function () {
  this.timeout(60000);
  let browser: Browser | undefined;
  let page: Page;

  before(async function () {
    const chromiumPath = needChromium(this);
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });
  after(async () => { await browser?.close(); });

  async function open(html: string, state?: unknown, viewport = { width: 900, height: 600 }): Promise<void> {
    if (!browser) throw new Error('no browser');
    page = await browser.newPage({ viewport });
    // what the webview host gives the page: acquireVsCodeApi, recording what the page posts
    await page.addInitScript((saved) => {
      window.posted = [];
      window.vscodeState = saved;
      (window as unknown as { acquireVsCodeApi: () => unknown }).acquireVsCodeApi = () => ({
        postMessage: (m: Posted) => { window.posted.push(m); },
        getState: () => window.vscodeState,
        setState: (s: unknown) => { window.vscodeState = s; },
      });
    }, state);
    await page.route(`${ORIGIN}/**`, (route) => {
      const url = new URL(route.request().url());
      if (url.pathname === '/letter') return route.fulfill({ contentType: 'text/html', body: html });
      const file = path.join(repoRoot(), decodeURIComponent(url.pathname));
      const type = file.endsWith('.css') ? 'text/css' : 'text/javascript';
      return fs.existsSync(file) ? route.fulfill({ contentType: type, body: fs.readFileSync(file, 'utf8') }) : route.abort();
    });
    await page.goto(`${ORIGIN}/letter`);
    await page.waitForFunction(() => window.posted.some((m) => m.type === 'ready'));
  }

  const posted = () => page.evaluate(() => window.posted);
  const clearPosted = () => page.evaluate(() => { window.posted = []; });
  const send = (m: unknown) => page.evaluate((msg) => { window.postMessage(msg, '*'); }, m);

  it('loads the letter, says it is ready, and runs nothing from the letter', async () => {
    await open(pageFor(hostileLetter()));
    assert.deepEqual((await posted()).filter((m) => m.type === 'ready'), [{ type: 'ready', version: 1 }]);
    assert.ok(await page.locator('#imr-letter .imr-item').count() >= 1);
    assert.match(await page.locator('#imr-letter').innerText(), /<script>alert\(1\)<\/script>/);
  });

  it('runs nothing even from raw markup patched in (the CSP blocks inline handlers and scripts)', async () => {
    await open(pageFor(letterText()));
    await send({ type: 'update', version: 2, problems: [], html: '<img src="data:x" onerror="window.pwned=1"><script>window.pwned=2</script><p data-line="1">x</p>' });
    await page.waitForFunction(() => window.posted.some((m) => m.type === 'applied'));
    await page.waitForTimeout(200);
    assert.equal(await page.evaluate(() => window.pwned), undefined);
  });

  it('patches an update in place: the scroll position stays', async () => {
    const text = letterText();
    await open(pageFor(text));
    await page.evaluate(() => window.scrollTo(0, 900));
    await page.waitForTimeout(100);
    const before = await page.evaluate(() => window.scrollY);
    assert.ok(before > 800, `scrolled to ${before}`);
    await send({ type: 'update', version: 2, problems: [], html: markup(text.replace('Naproxen', 'Ibuprofen')) });
    await page.waitForFunction(() => window.posted.some((m) => m.type === 'applied' && m.version === 2));
    assert.equal(await page.evaluate(() => window.scrollY), before);
    assert.match(await page.locator('#imr-letter').innerText(), /Ibuprofen/);
  });

  it('shows syntax problems with their lines and keeps the last letter without problems', async () => {
    await open(pageFor(letterText()));
    await send({ type: 'update', version: 3, problems: [{ line: 40, message: 'This line belongs to no field.' }], html: '<p>broken</p>' });
    await page.waitForFunction(() => window.posted.some((m) => m.type === 'applied' && m.version === 3));
    assert.equal(await page.locator('#imr-problems').isVisible(), true);
    assert.match(await page.locator('#imr-problems').innerText(), /Line 41: This line belongs to no field\./);
    assert.match(await page.locator('#imr-problems').innerText(), /^Fix this syntax problem to update the preview/, 'the action first');
    assert.doesNotMatch(await page.locator('#imr-letter').innerText(), /broken/);
    assert.equal(await page.locator('#imr-letter.imr-stale').count(), 1);
    await clearPosted();
    await page.locator('.imr-problem-line').click();
    assert.deepEqual(await posted(), [{ type: 'openLine', line: 40 }]);
    await send({ type: 'update', version: 4, problems: [], html: markup(letterText()) });
    await page.waitForFunction(() => window.posted.some((m) => m.type === 'applied' && m.version === 4));
    assert.equal(await page.locator('#imr-problems').isVisible(), false);
    assert.equal(await page.locator('#imr-letter.imr-stale').count(), 0);
  });

  it('scrolls to the editor\'s line without echoing it back, and reports the user\'s scrolling', async () => {
    await open(pageFor(letterText()));
    const target = await page.evaluate(() => {
      // a block well down the page
      for (const el of document.querySelectorAll('#imr-letter [data-line]')) {
        const top = el.getBoundingClientRect().top + window.scrollY;
        if (top > 1500) return { line: Number(el.dataset.line), top };
      }
      return undefined;
    });
    assert.ok(target, 'a block well down the page');
    await clearPosted();
    await send({ type: 'scrollToLine', line: target.line });
    await page.waitForFunction((top) => Math.abs(window.scrollY - top) < 2, target.top);
    await page.waitForTimeout(150);
    assert.deepEqual((await posted()).filter((m) => m.type === 'revealLine'), [], 'no echo');
    await page.mouse.wheel(0, 400);
    await page.waitForFunction(() => window.posted.some((m) => m.type === 'revealLine'));
    const reveal = (await posted()).filter((m) => m.type === 'revealLine').at(-1);
    assert.ok(reveal?.line !== undefined && reveal.line > target.line, `revealLine ${reveal?.line} after ${target.line}`);
    assert.deepEqual(await page.evaluate(() => (window.vscodeState as { uri: string }).uri), 'file:///cases/letter.imr');
  });

  it('opens the editor at the line double-clicked', async () => {
    await open(pageFor(letterText()));
    const item = page.locator('#imr-letter .imr-decision').first();
    const line = Number(await item.getAttribute('data-line'));
    await clearPosted();
    await item.dblclick();
    assert.deepEqual((await posted()).filter((m) => m.type === 'openLine'), [{ type: 'openLine', line }]);
  });

  describe('opens at the editor\'s cursor', () => {
    const lines = () => letterText().split('\n');
    /** the line of the last item's rationale: far down the page */
    const lastRationale = () => lines().map((l, i) => (/^\s+Decision rationale:/.test(l) ? i + 1 : -1)).reduce((a, b) => Math.max(a, b));

    async function openAt(line: number | undefined, cursorLine: number) {
      await open(pageFor(letterText(), { settings: { uri: 'file:///cases/letter.imr', version: 1, problems: [], scrollEditorWithPreview: true, doubleClickToSwitchToEditor: true, line, cursorLine } }));
      await page.waitForFunction(() => window.posted.some((m) => m.type === 'shown'));
      return (await posted()).find((m) => m.type === 'shown')!;
    }

    it('scrolls a cursor below the fold into view, its block showing, and says which lines it shows', async () => {
      const cursor = lastRationale();
      const shown = await openAt(0, cursor);
      assert.ok(shown.top! <= cursor && cursor <= shown.bottom!, `line ${cursor} within the lines shown ${shown.top}-${shown.bottom}`);
      const cursorTop = await page.evaluate((line) => {
        for (const el of document.querySelectorAll('#imr-letter [data-line]')) if (Number(el.dataset.line) === line) return el.getBoundingClientRect().top;
        return -1;
      }, cursor);
      assert.ok(cursorTop > 0 && cursorTop < 600, `the cursor's paragraph at ${cursorTop}px in a 600px view`);
      assert.deepEqual((await posted()).filter((m) => m.type === 'revealLine'), [], 'the editor is not moved');
    });

    it('keeps the editor\'s top line when the cursor is already in view', async () => {
      const shown = await openAt(30, 32);
      assert.ok(Math.abs(shown.top! - 30) < 1, `top ${shown.top}`);
    });

    it('stays at the top for a cursor in the header', async () => {
      const shown = await openAt(0, 2);
      assert.equal(await page.evaluate(() => window.scrollY), 0);
      assert.equal(shown.top, 0);
    });

    it('a reload keeps its own saved position, not the cursor it opened at', async () => {
      await open(pageFor(letterText(), { settings: { uri: 'file:///cases/letter.imr', version: 1, problems: [], scrollEditorWithPreview: true, doubleClickToSwitchToEditor: true, cursorLine: lastRationale() } }), { uri: 'file:///cases/letter.imr', line: 0 });
      await page.waitForFunction(() => window.posted.some((m) => m.type === 'shown'));
      assert.equal(await page.evaluate(() => window.scrollY), 0);
    });
  });

  describe('the header table never breaks a word', () => {
    /** Labels whose words are split over lines or that spill out of their cell, and labels wrapped at all. */
    const labelLayout = () => page.evaluate(() => {
      const broken: string[] = [];
      const wrapped: string[] = [];
      for (const el of document.querySelectorAll('.imr-header th') as unknown as Iterable<LabelCell>) {
        const text = el.textContent ?? '';
        if (!text) continue;
        if (el.scrollWidth > el.clientWidth + 1) broken.push(`${text} (spills out)`);
        // each word of the label on one line: one client rect for its characters
        const walker = (globalThis as unknown as { document: { createTreeWalker(root: unknown, what: number): { nextNode(): { textContent: string } | null } } }).document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        let lineCount = 0;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const words = node.textContent.matchAll(/\S+/g);
          for (const w of words) {
            const range = document.createRange();
            range.setStart(node, w.index!);
            range.setEnd(node, w.index! + w[0].length);
            if (range.getClientRects().length > 1) broken.push(`${w[0]} in ${text}`);
          }
          const all = document.createRange();
          all.setStart(node, 0);
          all.setEnd(node, node.textContent.length);
          const rects = [...(all.getClientRects() as unknown as Iterable<{ top: number; bottom: number; height: number }>)];
          const height = Math.max(...rects.map((r) => r.bottom)) - Math.min(...rects.map((r) => r.top));
          lineCount = Math.max(lineCount, Math.round(height / Math.max(...rects.map((r) => r.height))));
        }
        if (lineCount > 1) wrapped.push(text);
      }
      return { broken, wrapped };
    });

    for (const look of ['paper', 'editor'] as const) {
      for (const width of [300, 420, 560]) {
        it(`${look} look, a ${width}px side pane: every label word whole`, async () => {
          await open(pageFor(letterText(), { look, letterCss: letterStyles(look) }), undefined, { width, height: 600 });
          const { broken } = await labelLayout();
          assert.deepEqual(broken, []);
        });
      }
      it(`${look} look, a wide pane: every label on one line`, async () => {
        await open(pageFor(letterText(), { look, letterCss: letterStyles(look) }), undefined, { width: 1000, height: 600 });
        assert.deepEqual(await labelLayout(), { broken: [], wrapped: [] });
      });
    }
  });

  it('restores its scroll position after a reload from the saved state', async () => {
    await open(pageFor(letterText()), { uri: 'file:///cases/letter.imr', line: 60 });
    await page.waitForFunction(() => window.scrollY > 0);
    assert.ok(await page.evaluate(() => window.scrollY) > 300);
  });
});
