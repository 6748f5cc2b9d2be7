/**
 * Driving VS Code's web workbench the way a user does: the command palette (F1), Quick Open, the keyboard in
 * the editor. Every wait is on a selector or a condition with a timeout, never a fixed sleep; a failed wait
 * saves a screenshot and says what it was waiting for.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { FrameLocator, Locator, Page } from 'playwright-core';
import { OUTPUT_DIR } from './paths';

/** Selectors seen on VS Code 1.100 (code-server 4.100.3). */
export const SEL = {
  workbench: '.monaco-workbench',
  explorerRow: '.explorer-folders-view .monaco-list-row',
  statusBar: '#workbench\\.parts\\.statusbar',
  quickInput: '.quick-input-widget',
  quickInputBox: '.quick-input-widget .quick-input-box input',
  quickInputRow: '.quick-input-widget .quick-input-list .monaco-list-row',
  activeEditor: '.editor-group-container.active .monaco-editor',
  editorText: '.editor-group-container.active .monaco-editor .view-lines',
  squiggleError: '.squiggly-error',
  squiggleWarning: '.squiggly-warning',
  problemsStatus: '#status\\.problems',
  problemRow: '.markers-panel .monaco-list-row',
  suggestRow: '.editor-widget.suggest-widget.visible .monaco-list-row',
  notification: '.notifications-toasts .notification-list-item-message',
  webview: 'iframe.webview.ready',
  tab: '.tabs-container .tab',
} as const;

export interface WaitOptions { timeoutMs?: number; state?: 'visible' | 'attached' | 'hidden' | 'detached' }

export class Workbench {
  private shots = 0;
  readonly screenshots: string[] = [];

  constructor(readonly page: Page, readonly name: string, readonly defaultTimeoutMs = 30_000) {
    fs.mkdirSync(OUTPUT_DIR, { recursive: true });
    // screenshots of an earlier run under the same name would mislead whoever reviews these (numbered ones only:
    // 'ui' must not take 'ui-editor-01-...' with it)
    for (const f of fs.readdirSync(OUTPUT_DIR)) if (new RegExp(`^${name}-\\d+-.*\\.png$`).test(f)) fs.rmSync(path.join(OUTPUT_DIR, f));
  }

  /** Loads the workbench at `url` and waits until the explorer shows the folder and the status bar is there. */
  async open(url: string, timeoutMs = 60_000): Promise<number> {
    const t0 = Date.now();
    await this.page.goto(url);
    await this.waitFor(SEL.workbench, { timeoutMs });
    await this.waitFor(SEL.statusBar, { timeoutMs });
    await this.waitFor(SEL.explorerRow, { timeoutMs });
    return Date.now() - t0;
  }

  /** The first element matching `selector` once it is in `state` (visible by default). */
  async waitFor(selector: string, options: WaitOptions = {}, within: Page | FrameLocator | Locator = this.page): Promise<Locator> {
    const locator = within.locator(selector).first();
    try {
      await locator.waitFor({ state: options.state ?? 'visible', timeout: options.timeoutMs ?? this.defaultTimeoutMs });
    } catch (e) {
      const shot = await this.screenshot(`failed-wait`).catch(() => '(no screenshot)');
      throw new Error(`waiting for ${selector} (${options.state ?? 'visible'}) failed: ${(e as Error).message.split('\n')[0]}; screenshot ${shot}`);
    }
    return locator;
  }

  /** Waits until `condition` holds (polling the page state), failing with `what` after the timeout. */
  async waitUntil(what: string, condition: () => Promise<boolean>, timeoutMs = this.defaultTimeoutMs): Promise<void> {
    const end = Date.now() + timeoutMs;
    for (;;) {
      if (await condition().catch(() => false)) return;
      if (Date.now() > end) {
        const shot = await this.screenshot('failed-wait').catch(() => '(no screenshot)');
        throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}; screenshot ${shot}`);
      }
      await this.page.waitForTimeout(100);
    }
  }

  /** Runs a command by its palette label ("IMR: Open Preview to the Side"): F1, type, pick the exact row. */
  async runCommand(label: string, timeoutMs = this.defaultTimeoutMs): Promise<void> {
    await this.page.keyboard.press('F1');
    const box = await this.waitFor(SEL.quickInputBox, { timeoutMs });
    await box.fill(`>${label}`);
    const row = this.page.locator(SEL.quickInputRow).filter({ has: this.page.locator('.label-name', { hasText: exactly(label) }) }).first();
    try {
      await row.waitFor({ state: 'visible', timeout: timeoutMs });
    } catch {
      const rows = await this.page.locator(`${SEL.quickInputRow} .label-name`).allInnerTexts().catch(() => []);
      const shot = await this.screenshot('failed-command');
      throw new Error(`the command palette has no command "${label}" (it shows: ${rows.join(' | ') || 'nothing'}); screenshot ${shot}`);
    }
    await row.click();
    // the palette is gone once the widget hides, or shows something else (a command's own quick pick reuses it)
    const widget = this.page.locator(SEL.quickInput);
    await this.waitUntil(`the command palette to close after "${label}"`,
      async () => !(await widget.isVisible()) || !(await box.inputValue()).startsWith('>'), timeoutMs);
  }

  /** Picks the row labelled `label` in the open quick pick (typing it to filter, then clicking the row). */
  async pickQuickInputItem(label: string, timeoutMs = this.defaultTimeoutMs): Promise<void> {
    const box = await this.waitFor(SEL.quickInputBox, { timeoutMs });
    await box.fill(label);
    const row = this.page.locator(SEL.quickInputRow).filter({ has: this.page.locator('.label-name', { hasText: exactly(label) }) }).first();
    try {
      await row.waitFor({ state: 'visible', timeout: timeoutMs });
    } catch {
      const rows = await this.page.locator(`${SEL.quickInputRow} .label-name`).allInnerTexts().catch(() => []);
      const shot = await this.screenshot('failed-pick');
      throw new Error(`the quick pick has no item "${label}" (it shows: ${rows.join(' | ') || 'nothing'}); screenshot ${shot}`);
    }
    await row.click();
  }

  /** Opens a workspace file by name with Quick Open and waits for its editor tab to be active. */
  async openFile(fileName: string, timeoutMs = this.defaultTimeoutMs): Promise<void> {
    await this.page.keyboard.press('Control+P');
    const box = await this.waitFor(SEL.quickInputBox, { timeoutMs });
    await box.fill(fileName);
    const row = this.page.locator(SEL.quickInputRow).filter({ has: this.page.locator('.label-name', { hasText: exactly(fileName) }) }).first();
    await row.waitFor({ state: 'visible', timeout: timeoutMs });
    await this.page.keyboard.press('Enter');
    await this.waitFor(`${SEL.tab}.active[data-resource-name="${fileName}"]`, { timeoutMs });
    await this.waitFor(SEL.editorText, { timeoutMs });
  }

  /** Puts the cursor at the end of a 1-based line with Go to Line (Ctrl+G), then End. */
  async goToLine(line: number): Promise<void> {
    await this.page.keyboard.press('Control+G');
    const box = await this.waitFor(SEL.quickInputBox);
    await box.fill(`:${line}`);
    await this.page.keyboard.press('Enter');
    await this.waitFor(SEL.quickInput, { state: 'hidden' });
    await this.page.keyboard.press('End');
  }

  /** Types into the focused editor, key by key, as a user would (completion triggers fire). */
  async typeInEditor(text: string): Promise<void> {
    await this.page.keyboard.type(text, { delay: 15 });
  }

  /** Webview content: the outer webview iframe, then the frame VS Code loads the page into. */
  webviewContent(): FrameLocator {
    return this.page.frameLocator(SEL.webview).frameLocator('#active-frame');
  }

  /** Text of the visible notifications. */
  async notifications(): Promise<string[]> {
    return this.page.locator(SEL.notification).allInnerTexts();
  }

  /** Saves a numbered screenshot under .test-output/e2e/ and returns its path. */
  async screenshot(label: string): Promise<string> {
    const file = path.join(OUTPUT_DIR, `${this.name}-${String(++this.shots).padStart(2, '0')}-${label}.png`);
    await this.page.screenshot({ path: file });
    this.screenshots.push(file);
    return file;
  }
}

function exactly(text: string): RegExp {
  return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
}
