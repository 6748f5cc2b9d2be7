/**
 * Turns the extension-host suite's results (one record per test, written by suite/index.ts) into mocha tests
 * of the outer run, so each shows up by name in `npm test` and a failure carries the inner stack.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import type { SuiteResults } from './extension-tests';
import { OUTPUT_DIR } from './paths';

export function addResultTests(suite: Mocha.Suite, results: SuiteResults | undefined, prefix = ''): void {
  for (const r of results?.tests ?? []) {
    suite.addTest(new Mocha.Test(`${prefix}${r.fullTitle}`, function (this: Mocha.Context) {
      if (r.state === 'pending') this.skip();
      if (r.state === 'failed') {
        const err = new Error(r.error ?? 'failed in the extension host');
        err.stack = `${r.stack ?? r.error}\n    (in the extension host)`;
        throw err;
      }
    }));
  }
}

/** Merges this part's timings into .test-output/e2e/timings.json, which the final report reads. */
export function recordTimings(part: string, timings: Record<string, number | string | undefined>): void {
  fs.mkdirSync(OUTPUT_DIR, { recursive: true });
  const file = path.join(OUTPUT_DIR, 'timings.json');
  const all = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown> : {};
  all[part] = { ...timings, at: new Date().toISOString() };
  fs.writeFileSync(file, JSON.stringify(all, null, 2) + '\n');
}

/** A letter's first diagnostics over a JSON file's, from a run's metrics, to two places (undefined unless both were timed). */
export function letterToJsonRatio(m: Record<string, number | undefined>): number | undefined {
  const letter = m.openToFirstDiagnosticsMs;
  const json = m.jsonOpenToFirstDiagnosticsMs;
  return letter !== undefined && json ? Number((letter / json).toFixed(2)) : undefined;
}
