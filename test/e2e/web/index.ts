/**
 * The extension-host test runner for VS Code for the Web: the workbench loads this bundle (built by
 * test/e2e/web/bundle.mjs into out/test/e2e/web-bundle/index.js) in the web worker extension host and awaits
 * `run()`. It runs the web-only suites (the host is a web worker; `.imrrc.json` and import through workspace.fs;
 * the JSON baseline) and the same suites as the Node run (test/e2e/suite/*.suite.ts: diagnostics, completion,
 * preview, export) with mocha's browser build. There is no file system to write results to: each test's record
 * is printed as one console line with a marker, which the workbench forwards to the page and
 * test/e2e/web.test.ts reads.
 */
import 'mocha/mocha';
import { readWebColdStart } from '../suite/cold-start';
import { metrics } from '../suite/metrics';
import { MARKER } from './marker';

interface TestRecord { title: string; fullTitle: string; state: 'passed' | 'failed' | 'pending'; durationMs: number; error?: string; stack?: string }

type MochaGlobal = typeof import('mocha');
const MochaClass = (globalThis as unknown as { Mocha: MochaGlobal }).Mocha;
const mochaInstance = (globalThis as unknown as { mocha: BrowserMocha }).mocha;

interface BrowserMocha {
  setup(options: Record<string, unknown>): void;
  grep(re: RegExp | string): void;
  run(done: (failures: number) => void): void;
}

function recordingReporter(runner: Mocha.Runner): void {
  const { EVENT_TEST_PASS, EVENT_TEST_FAIL, EVENT_TEST_PENDING, EVENT_RUN_END } = MochaClass.Runner.constants;
  const tests: TestRecord[] = [];
  const record = (t: Mocha.Test | Mocha.Hook, state: TestRecord['state'], err?: Error) => {
    const r: TestRecord = { title: t.title, fullTitle: t.fullTitle(), state, durationMs: t.duration ?? 0, error: err?.message, stack: err?.stack };
    tests.push(r);
    console.log(`${MARKER} TEST ${JSON.stringify(r)}`);
  };
  runner.on(EVENT_TEST_PASS, (t) => record(t, 'passed'));
  runner.on(EVENT_TEST_FAIL, (t, err) => record(t, 'failed', err));
  runner.on(EVENT_TEST_PENDING, (t) => record(t, 'pending'));
  runner.once(EVENT_RUN_END, () => {
    const count = (s: string) => tests.filter((t) => t.state === s).length;
    console.log(`${MARKER} END ${JSON.stringify({ passed: count('passed'), failed: count('failed'), pending: count('pending'), metrics: metrics() })}`);
  });
}

export async function run(): Promise<void> {
  mochaInstance.setup({ ui: 'bdd', timeout: 60_000, color: false, reporter: recordingReporter });
  // the cold-start run (a workspace without letters) says so in a file of the workspace: no environment here
  const cold = await readWebColdStart();
  if (cold?.grep) mochaInstance.grep(new RegExp(cold.grep));
  // the suites register their tests when loaded, after setup: the shared ones in the Node run's order (the
  // diagnostics suite first: it opens the first letter and measures activation), the host check once the
  // extension is active, the web features last
  require('../suite/1-diagnostics.suite');
  require('./1-web-host.suite');
  require('../suite/2-language.suite');
  require('../suite/3-preview.suite');
  require('../suite/4-export.suite');
  require('./5-web-files.suite');
  // the public copy's name search, whose NLP library the worker loads on first use (server/src/web/nlp-on-demand.ts)
  require('../suite/7-public-copy-review.suite');
  // the preview last, and left open, so the test outside can look into the rendered webview
  require('./9-web-preview.suite');
  return new Promise((resolve, reject) => {
    mochaInstance.run((failures) => (failures > 0 ? reject(new Error(`${failures} web extension-host test(s) failed`)) : resolve()));
  });
}
