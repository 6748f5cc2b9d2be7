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
import { renderHtmlBody } from '../../server/src/language/render/html';
import { repoRoot } from '../helpers/corpus';
import { needChromium } from '../helpers/required';
import { hostileLetter, pageFor } from './preview-fixtures';

const ORIGIN = 'https://file+.vscode-resource.vscode-cdn.net';

interface Posted { type: string; line?: number; version?: number }
// the page's globals, as the functions below use them inside the browser (the tests compile without the DOM library)
interface PageElement { dataset: Record<string, string>; getBoundingClientRect(): { top: number } }
declare const window: {
  posted: Posted[]; pwned?: number; vscodeState?: unknown; scrollY: number;
  scrollTo(x: number, y: number): void; postMessage(message: unknown, origin: string): void;
};
declare const document: { querySelectorAll(selector: string): Iterable<PageElement> };

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

  async function open(html: string, state?: unknown): Promise<void> {
    if (!browser) throw new Error('no browser');
    page = await browser.newPage({ viewport: { width: 900, height: 600 } });
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

  it('restores its scroll position after a reload from the saved state', async () => {
    await open(pageFor(letterText()), { uri: 'file:///cases/letter.imr', line: 60 });
    await page.waitForFunction(() => window.scrollY > 0);
    assert.ok(await page.evaluate(() => window.scrollY) > 300);
  });
});
