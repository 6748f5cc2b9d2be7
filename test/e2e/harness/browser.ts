/**
 * Debian's Chromium driven by playwright-core (no browser download): headless, a fresh profile and XDG
 * folders inside the run folder, and none of the background traffic a first run would start.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM } from './paths';

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage', '--password-store=basic', '--use-mock-keychain',
];

export interface BrowserSession {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

export async function openBrowser(runDir: string, viewport = { width: 1600, height: 1000 }): Promise<BrowserSession> {
  // playwright gives the browser a fresh temporary profile of its own; HOME and XDG keep the rest in the run folder
  const xdg = path.join(runDir, 'chromium-home');
  fs.mkdirSync(xdg, { recursive: true });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    env: { ...process.env, XDG_CONFIG_HOME: path.join(xdg, 'config'), XDG_CACHE_HOME: path.join(xdg, 'cache'), XDG_DATA_HOME: path.join(xdg, 'data'), HOME: xdg },
    timeout: 30_000,
  });
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1, locale: 'en-US', timezoneId: 'America/Los_Angeles' });
  const page = await context.newPage();
  return {
    browser, context, page,
    close: async () => { await context.close().catch(() => undefined); await browser.close().catch(() => undefined); },
  };
}
