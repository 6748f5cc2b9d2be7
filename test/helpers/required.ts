/**
 * What a test needs from the machine (the corpus, Chromium, an unprivileged user): where it is missing the test
 * skips and says why, unless the run requires it (CI sets IMR_CORPUS_REQUIRED=1 and IMR_E2E_REQUIRED=1); then it
 * fails, so a broken setup cannot pass as skipped tests.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';

export type Requirement = 'IMR_CORPUS_REQUIRED' | 'IMR_E2E_REQUIRED';

export function required(by: Requirement): boolean {
  return process.env[by] === '1';
}

/** Skips the running test (or hook) with the reason in its title, or throws when `by` is set. Never returns. */
export function skipOrFail(ctx: Mocha.Context, reason: string, by: Requirement): never {
  if (required(by)) throw new Error(`${reason} (${by}=1: required here)`);
  const test = ctx.currentTest ?? ctx.test;
  if (test && !test.title.includes(reason)) test.title += ` (skipped: ${reason})`;
  ctx.skip();
  throw new Error('unreachable: mocha skip() throws');
}

/** The Chromium the browser tests drive (Debian's package; IMR_E2E_CHROMIUM names another). */
export const CHROMIUM = process.env.IMR_E2E_CHROMIUM ?? '/usr/bin/chromium';

/** For a test that drives Chromium: skips (fails under IMR_E2E_REQUIRED=1) where it is not installed. */
export function needChromium(ctx: Mocha.Context): string {
  if (!fs.existsSync(CHROMIUM)) skipOrFail(ctx, `Chromium is not installed (${CHROMIUM}; apt-get install chromium, or run scripts/e2e/setup.sh)`, 'IMR_E2E_REQUIRED');
  return CHROMIUM;
}

/** Whether a command-line tool runs here (`tool -v` or `tool --version` exits, whatever its status). */
export function hasTool(tool: string, args: readonly string[] = ['-v']): boolean {
  const r = spawnSync(tool, args, { stdio: 'ignore' });
  return !r.error;
}

/** For a test that runs a tool scripts/e2e/setup.sh installs (pdftoppm, nvim): skips, or fails under IMR_E2E_REQUIRED=1. */
export function needTool(ctx: Mocha.Context, tool: string, debianPackage: string): void {
  if (!hasTool(tool)) skipOrFail(ctx, `${tool} is not installed (apt-get install ${debianPackage}, or run scripts/e2e/setup.sh)`, 'IMR_E2E_REQUIRED');
}
