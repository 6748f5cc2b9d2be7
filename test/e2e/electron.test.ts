/**
 * The same extension-host suite on a desktop VS Code through @vscode/test-electron, where one exists: set
 * VSCODE_EXECUTABLE_PATH to its executable (nothing is downloaded; on these machines there is none, so this
 * skips). Needs a display: run under xvfb-run on a headless Linux machine.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRunDir } from './harness/code-server';
import type { SuiteResults } from './harness/extension-tests';
import { REPO_ROOT, SUITE_DIR } from './harness/paths';
import { addResultTests, recordTimings } from './harness/results';
import { createWorkspace } from './harness/workspace';

const suite = describe('e2e: extension-host suite in desktop VS Code (@vscode/test-electron)', function () {
  this.timeout(300_000);
  let results: SuiteResults | undefined;
  let exitCode = 0;

  before(async function () {
    const executable = process.env.VSCODE_EXECUTABLE_PATH;
    if (!executable) {
      console.log('      skipped the desktop VS Code run: VSCODE_EXECUTABLE_PATH is not set (no desktop VS Code here; @vscode/test-electron would try to download one)');
      this.skip();
    }
    assert.ok(fs.existsSync(executable!), `VSCODE_EXECUTABLE_PATH=${executable} does not exist`);
    const { runTests } = await import('@vscode/test-electron');
    const runDir = createRunDir('electron');
    const resultsFile = path.join(runDir, 'results.json');
    const t0 = Date.now();
    try {
      exitCode = await runTests({
        vscodeExecutablePath: executable,
        extensionDevelopmentPath: REPO_ROOT,
        extensionTestsPath: path.join(SUITE_DIR, 'index.js'),
        extensionTestsEnv: { IMR_E2E_RESULTS: resultsFile },
        launchArgs: [
          createWorkspace(runDir), '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes',
          '--user-data-dir', path.join(runDir, 'user-data'), '--extensions-dir', path.join(runDir, 'extensions'),
        ],
      });
    } catch (e) {
      // test-electron rejects with a TestRunFailedError carrying VS Code's exit code
      exitCode = typeof (e as { code?: unknown }).code === 'number' ? (e as { code: number }).code : 1;
    }
    results = fs.existsSync(resultsFile) ? JSON.parse(fs.readFileSync(resultsFile, 'utf8')) as SuiteResults : undefined;
    recordTimings('extension-host suite (desktop VS Code)', { totalMs: Date.now() - t0, ...results?.metrics });
    addResultTests(suite, results);
  });

  it('runs the suite to its end in the extension host', () => {
    assert.ok(results, `the suite wrote no results (exit code ${exitCode})`);
    const failed = results.tests.filter((t) => t.state === 'failed').length;
    assert.equal(exitCode === 0, failed === 0, `exit code ${exitCode} with ${failed} failed tests`);
  });
});
