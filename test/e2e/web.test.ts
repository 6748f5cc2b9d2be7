/**
 * VS Code for the Web: the web package's `browser` entry (its files staged as in dist/imr-determination-web.vsix) in
 * the web worker extension host of a real web workbench
 * (VS Code 1.91.1's web build served by @vscode/test-web, see harness/web-workbench.ts), its language server in a
 * web worker, the workspace a virtual file system. Inside, test/e2e/web/index.ts runs the web-only suites and the
 * same diagnostics, completion, preview and export suites as the Node run; each inner test appears here by name.
 * Outside, Chromium shows the squiggle, the rendered preview (text read inside the webview) and screenshots go to
 * .test-output/e2e/web-*.png. Skips, saying why, when the web workbench is not installed (scripts/e2e/setup.sh);
 * with IMR_E2E_REQUIRED=1 that is a failure.
 */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { skipUnlessAvailable } from './harness/availability';
import { openBrowser, type BrowserSession } from './harness/browser';
import type { SuiteResults, TestRecord } from './harness/extension-tests';
import { E2E_DIR, OUTPUT_DIR, REPO_ROOT } from './harness/paths';
import { addResultTests, letterToJsonRatio, recordTimings } from './harness/results';
import { startWebWorkbench, webAvailability, type WebWorkbench } from './harness/web-workbench';
import { SEL, Workbench } from './harness/workbench';
import { createWorkspace, createWorkspaceWithoutLetters, letterOutside, MISTAKE_FILE } from './harness/workspace';
import { MARKER, WEB_COLD_START_FILE } from './web/marker';

const TESTS_BUNDLE = path.join(REPO_ROOT, 'out', 'test', 'e2e', 'web-bundle', 'index.js');
/** the example the import tests read back, as text and as PDF (its case number is checked inside) */
const IMPORT_SOURCE = 'examples/single-item-overturned.imr';
/** the cold-start run's letter, under a name no activation event matches, until the suite writes it as mistake.imr */
const COLD_LETTER_TEMPLATE = 'mistake-letter.txt';

/**
 * The web package's files, staged by scripts/package.mjs as `npm run package` packs them into
 * dist/imr-determination-web.vsix, with the test runner beside them: the workbench runs the extension with what
 * VS Code for the Web installs and nothing more of the repository.
 */
async function stageWebPackage(runDir: string): Promise<{ extension: string; tests: string }> {
  const { stageTarget } = await import(pathToFileURL(path.join(REPO_ROOT, 'scripts', 'package.mjs')).href) as { stageTarget(name: string, stage: string): { stage: string } };
  const { stage } = stageTarget('web', path.join(runDir, 'extension'));
  const tests = path.join(stage, 'e2e-tests', 'index.js');
  fs.mkdirSync(path.dirname(tests), { recursive: true });
  fs.copyFileSync(TESTS_BUNDLE, tests);
  return { extension: stage, tests };
}

/** The workspace of the Node run plus what the web suites need (test/e2e/web/5-web-files.suite.ts). */
function createWebWorkspace(runDir: string): string {
  const dir = createWorkspace(runDir);
  // a folder whose .imrrc.json makes the misspelt state a warning
  const configured = path.join(dir, 'configured');
  fs.mkdirSync(configured, { recursive: true });
  fs.writeFileSync(path.join(configured, '.imrrc.json'), JSON.stringify({ rules: { IMR301: 'warning' } }, null, 2));
  fs.copyFileSync(path.join(dir, MISTAKE_FILE), path.join(configured, 'configured-mistake.imr'));
  // the letter to import, as plain text and as PDF, rendered by the CLI
  const cli = path.join(REPO_ROOT, 'dist', 'cli', 'imr.js');
  const source = path.join(REPO_ROOT, IMPORT_SOURCE);
  for (const [format, file] of [['text', 'imported-letter.txt'], ['pdf', 'imported-letter.pdf']]) {
    execFileSync(process.execPath, [cli, 'render', source, '--format', format, '-o', path.join(dir, file)], { stdio: 'pipe' });
  }
  // a JSON file with a syntax error: the baseline of VS Code's own JSON support
  fs.writeFileSync(path.join(dir, 'broken.json'), '{\n  "letter": "CM17-0158234",\n  "items": [1, 2,, 3]\n  "decision": "Upheld"\n}\n');
  return dir;
}

function parseResults(lines: string[], startedAt: number): SuiteResults | undefined {
  const tests: TestRecord[] = [];
  let end: { metrics: Record<string, number> } | undefined;
  for (const line of lines) {
    const at = line.indexOf(MARKER);
    if (at < 0) continue;
    const rest = line.slice(at + MARKER.length).trim();
    // the workbench may forward a line twice (page console and automation log): keep the first
    if (rest.startsWith('TEST ')) {
      const r = JSON.parse(rest.slice(5)) as TestRecord;
      if (!tests.some((t) => t.fullTitle === r.fullTitle)) tests.push(r);
    } else if (rest.startsWith('END ')) end ??= JSON.parse(rest.slice(4));
  }
  return end ? { tests, metrics: end.metrics, startedAt, endedAt: Date.now() } : undefined;
}

/** One run of the web extension-host suite: the workbench and the browser stay open for the checks that follow. */
interface WebRun {
  workbench: WebWorkbench;
  session: BrowserSession;
  ui: Workbench;
  results?: SuiteResults;
  exitCode: number;
  consoleLines: string[];
  frames: Set<string>;
  /** when the editor first showed an error squiggle, in ms from loading the page */
  squiggle: Promise<number>;
}

/**
 * Stages the web package in a new run folder, serves `folder(runDir)` with it, runs the suite in Chromium and
 * reads its results from the console. `name` begins the names of the run's console log and screenshots in
 * .test-output/e2e/.
 */
async function runWebSuite(name: string, folder: (runDir: string) => string, opened: (run: Partial<WebRun>) => void): Promise<WebRun> {
  fs.mkdirSync(E2E_DIR, { recursive: true });
  const runDir = fs.mkdtempSync(path.join(E2E_DIR, 'web-run-'));
  const staged = await stageWebPackage(runDir);
  const workbench = await startWebWorkbench({ extensionDevelopmentPath: staged.extension, extensionTestsPath: staged.tests, folder: folder(runDir) });
  opened({ workbench });
  const session = await openBrowser(runDir);
  opened({ workbench, session });
  const { page } = session;
  const ui = new Workbench(page, name);
  const consoleLines: string[] = [];
  const frames = new Set<string>();
  let exit!: (code: number) => void;
  const exited = new Promise<number>((resolve) => { exit = resolve; });
  page.on('console', (m) => consoleLines.push(`[console.${m.type()}] ${m.text()}`));
  page.on('pageerror', (e) => consoleLines.push(`[pageerror] ${e.message}`));
  page.on('frameattached', (f) => frames.add(f.url()));
  page.on('framenavigated', (f) => frames.add(f.url()));
  await page.exposeFunction('codeAutomationLog', (type: string, args: unknown[]) => {
    consoleLines.push(`[automation.${type}] ${Array.isArray(args) ? args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ') : String(args)}`);
  });
  await page.exposeFunction('codeAutomationExit', (code: number) => exit(code));
  const startedAt = Date.now();
  await page.goto(workbench.url);
  // the squiggle is looked for while the suite runs: once it ends, the workbench stops the extension host and
  // the diagnostics go with it
  const squiggle = ui.waitFor(SEL.squiggleError, { timeoutMs: 240_000 }).then(async () => { await ui.screenshot('squiggle'); return Date.now() - startedAt; });
  squiggle.catch(() => undefined);
  let timer: NodeJS.Timeout | undefined;
  const exitCode = await Promise.race([
    exited,
    new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error('the web extension-host suite did not finish within 240 s')), 240_000); }),
  ]).catch(async (e: Error) => {
    await ui.screenshot('timeout').catch(() => undefined);
    throw new Error(`${e.message}\nbrowser console:\n${consoleLines.slice(-40).join('\n')}`);
  }).finally(() => clearTimeout(timer));
  fs.mkdirSync(OUTPUT_DIR, { recursive: true });
  fs.writeFileSync(path.join(OUTPUT_DIR, `${name}-console.log`), consoleLines.join('\n') + '\n');
  return { workbench, session, ui, results: parseResults(consoleLines, startedAt), exitCode, consoleLines, frames, squiggle };
}

const suite = describe('e2e: VS Code for the Web (web worker extension host)', function () {
  this.timeout(300_000);
  let workbench: WebWorkbench | undefined;
  let session: BrowserSession | undefined;
  let ui: Workbench;
  let results: SuiteResults | undefined;
  let exitCode: number | undefined;
  let consoleLines: string[] = [];
  let frames = new Set<string>();
  let squiggle: Promise<number> | undefined;

  before(async function () {
    skipUnlessAvailable(this, webAvailability(), 'the VS Code for the Web suite');
    for (const f of ['dist/web/extension.js', 'dist/web/server.js', 'dist/cli/imr.js']) {
      assert.ok(fs.existsSync(path.join(REPO_ROOT, f)), `${f} is missing: build the extension first (npm run build)`);
    }
    assert.ok(fs.existsSync(TESTS_BUNDLE), `${TESTS_BUNDLE} is missing: npm run build:e2e`);
    const run = await runWebSuite('web', createWebWorkspace, (r) => { workbench = r.workbench; session = r.session; });
    ({ ui, results, exitCode, consoleLines, frames, squiggle } = run);
    const m = results?.metrics ?? {};
    const ratio = letterToJsonRatio(m);
    recordTimings('web suite (VS Code for the Web 1.91.1)', { ...m, letterToJsonFirstDiagnosticsRatio: ratio, tests: results?.tests.length, exitCode });
    console.log(`      web: first squiggle of a letter ${m.openToFirstDiagnosticsMs} ms, of a JSON file ${m.jsonOpenToFirstDiagnosticsMs} ms (ratio ${ratio?.toFixed(2)}, target at most 0.8; `
      + `the extension was ${m.activeBeforeOpening ? 'active before the letter was opened' : 'activated by opening the letter'}; a JSON file once JSON support is active ${m.jsonWarmOpenToFirstDiagnosticsMs} ms); activation ${m.ownActivationMs} ms (the bundle ${m.bundleEvaluationMs} ms + activate ${m.activateCallMs} ms; ${m.activateMs} ms with the host's wait)`);
    addResultTests(suite, results, 'web: ');
  });

  after(async () => {
    await session?.close();
    await workbench?.close();
  });

  it('runs the suite to its end in the web worker extension host', () => {
    assert.ok(results, `the suite printed no results (exit code ${exitCode}); console:\n${consoleLines.slice(-30).join('\n')}`);
    if (!process.env.IMR_E2E_GREP) assert.ok(results.tests.length >= 12, `only ${results.tests.length} tests ran`);
    const failed = results.tests.filter((t) => t.state === 'failed').length;
    assert.equal(exitCode === 0, failed === 0, `exit code ${exitCode} with ${failed} failed tests`);
  });

  it('loaded the extension into the web worker extension host\'s frame', () => {
    assert.ok([...frames].some((u) => /webWorkerExtensionHostIframe\.html/.test(u)), `frames: ${[...frames].join(' | ')}`);
    const mine = consoleLines.filter((l) => /\[pageerror\]|console\.error/.test(l) && /imr-determination|imr-tools|dist\/web\//.test(l));
    assert.deepEqual(mine, [], 'no error about the extension in the browser console');
  });

  it('showed the squiggle under the mistake in the editor while the suite ran', async () => {
    const ms = await squiggle;
    assert.ok(typeof ms === 'number', 'a squiggle was seen');
  });

  it('shows the rendered letter in the preview webview', async () => {
    // the last suite left mistake.imr open with its preview beside it
    const letter = ui.webviewContent().locator('#imr-letter');
    await letter.waitFor({ state: 'visible', timeout: 30_000 });
    await ui.waitUntil('the webview to show the letter', async () => /MRI of the right knee without contrast/.test(await letter.innerText()));
    assert.match(await letter.innerText(), /Arizona,Californa/, 'the preview shows the letter as typed');
    await ui.screenshot('preview');
  });
});

/**
 * The cold start in VS Code for the Web: a workspace without letters, so nothing starts the extension; the suite
 * writes the letter into the workspace (from a template the harness left there, named so that no activation event
 * matches it) once the window has started, then opens it and, for comparison, a JSON file, whose support also
 * starts on its first file. Only those two tests run.
 */
const coldSuite = describe('e2e: the first letter opened cold in VS Code for the Web', function () {
  this.timeout(300_000);
  let run: Partial<WebRun> = {};

  before(async function () {
    skipUnlessAvailable(this, webAvailability(), 'the web cold-start run');
    assert.ok(fs.existsSync(TESTS_BUNDLE), `${TESTS_BUNDLE} is missing: npm run build:e2e`);
    run = await runWebSuite('web-cold', (runDir) => {
      const dir = createWorkspaceWithoutLetters(runDir);
      fs.copyFileSync(letterOutside(runDir), path.join(dir, COLD_LETTER_TEMPLATE));
      fs.writeFileSync(path.join(dir, WEB_COLD_START_FILE), JSON.stringify({ letterTemplate: COLD_LETTER_TEMPLATE, grep: '^diagnostics (reports the first letter|for comparison)' }));
      return dir;
    }, (r) => { run = r; });
    const m = run.results?.metrics ?? {};
    const ratio = letterToJsonRatio(m);
    recordTimings('cold start (VS Code for the Web 1.91.1)', {
      openToFirstDiagnosticsMs: m.openToFirstDiagnosticsMs, jsonOpenToFirstDiagnosticsMs: m.jsonOpenToFirstDiagnosticsMs, activateMs: m.activateMs, bundleEvaluationMs: m.bundleEvaluationMs,
      activateCallMs: m.activateCallMs, ownActivationMs: m.ownActivationMs, activeBeforeOpening: m.activeBeforeOpening, letterToJsonFirstDiagnosticsRatio: ratio,
    });
    console.log(`      web cold start, first diagnostic after opening: letter ${m.openToFirstDiagnosticsMs ?? '?'} ms (activation and the server's worker start included), `
      + `JSON ${m.jsonOpenToFirstDiagnosticsMs ?? '?'} ms, ratio ${ratio?.toFixed(2) ?? '?'} (target at most 0.8); activation ${m.ownActivationMs ?? '?'} ms (the bundle ${m.bundleEvaluationMs ?? '?'} ms and activate ${m.activateCallMs ?? '?'} ms; ${m.activateMs ?? '?'} ms with the host's wait)`);
    addResultTests(coldSuite, run.results, 'web cold: ');
  });

  after(async () => {
    await run.session?.close();
    await run.workbench?.close();
  });

  it('ran both tests, and opening the letter is what activated the extension', () => {
    assert.ok(run.results, `the suite printed no results (exit code ${run.exitCode}); console:\n${run.consoleLines?.slice(-30).join('\n')}`);
    assert.equal(run.results.tests.filter((t) => t.state === 'passed').length, 2, run.results.tests.map((t) => `${t.state} ${t.fullTitle}`).join('\n'));
    assert.equal(run.results.metrics.activeBeforeOpening, 0);
  });
});
