/**
 * The extension-host test runner: VS Code (code-server's remote extension host, or a desktop VS Code under
 * @vscode/test-electron) requires this file from `extensionTestsPath` and awaits `run()`. It runs every
 * `*.suite.js` beside it with mocha, prints one line per test, and writes the results (and the metrics the
 * tests record) as JSON to the file named by IMR_E2E_RESULTS, which the node side turns into mocha tests.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import * as vscode from 'vscode';
import { EXTENSION_ID } from './helpers';
import { metrics } from './metrics';

interface TestRecord { title: string; fullTitle: string; state: 'passed' | 'failed' | 'pending'; durationMs: number; error?: string; stack?: string }

class RecordingReporter extends Mocha.reporters.Base {
  constructor(runner: Mocha.Runner, options?: Mocha.MochaOptions) {
    super(runner, options);
    const tests: TestRecord[] = [];
    const startedAt = Date.now();
    const { EVENT_TEST_PASS, EVENT_TEST_FAIL, EVENT_TEST_PENDING, EVENT_RUN_END } = Mocha.Runner.constants;
    const record = (t: Mocha.Test | Mocha.Hook, state: TestRecord['state'], err?: Error) => {
      tests.push({ title: t.title, fullTitle: t.fullTitle(), state, durationMs: t.duration ?? 0, error: err?.message, stack: err?.stack });
      console.log(`[imr-e2e] ${state === 'passed' ? 'ok  ' : state === 'failed' ? 'FAIL' : 'skip'} ${t.fullTitle()}${t.duration ? ` (${t.duration} ms)` : ''}${err ? `\n${err.stack ?? err.message}` : ''}`);
    };
    runner.on(EVENT_TEST_PASS, (t) => record(t, 'passed'));
    runner.on(EVENT_TEST_FAIL, (t, err) => record(t, 'failed', err));
    runner.on(EVENT_TEST_PENDING, (t) => record(t, 'pending'));
    runner.once(EVENT_RUN_END, () => {
      const file = process.env.IMR_E2E_RESULTS;
      const results = { tests, metrics: metrics(), startedAt, endedAt: Date.now() };
      if (file) fs.writeFileSync(file, JSON.stringify(results, null, 2));
      const count = (s: string) => tests.filter((t) => t.state === s).length;
      console.log(`[imr-e2e] ${count('passed')} passed, ${count('failed')} failed, ${count('pending')} skipped; metrics ${JSON.stringify(results.metrics)}`);
    });
  }
}

export async function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'bdd', timeout: 60_000, color: false, reporter: RecordingReporter as unknown as typeof Mocha.reporters.Base,
    rootHooks: {
      // without the extension every test would only time out: say so once, at once
      beforeAll() {
        if (!vscode.extensions.getExtension(EXTENSION_ID)) {
          throw new Error(`the extension ${EXTENSION_ID} is not loaded in this window (VS Code's log says why: see the outer test's errors)`);
        }
      },
    },
  });
  if (process.env.IMR_E2E_GREP) mocha.grep(process.env.IMR_E2E_GREP);
  const files = fs.readdirSync(__dirname).filter((f) => f.endsWith('.suite.js')).sort();
  if (files.length === 0) throw new Error(`no *.suite.js files in ${__dirname}`);
  for (const f of files) mocha.addFile(path.join(__dirname, f));
  const failures = await new Promise<number>((resolve) => mocha.run(resolve));
  if (failures > 0) throw new Error(`${failures} extension-host test(s) failed`);
}
