/**
 * Runs an extension-host test suite (the `--extensionTestsPath` mechanism) inside code-server. Its command
 * line refuses `--extensionDevelopmentPath`/`--extensionTestsPath`, but the web workbench reads the same two
 * settings from `developmentOptions` in the JSON of its configuration element: an init script adds them as the
 * workbench reads that element, so the remote (Node) extension host loads the extension under development and
 * runs the suite with the full `vscode` API. The workbench reports back through `codeAutomationLog` and
 * `codeAutomationExit`, which the page gets from Playwright. The suite itself writes one JSON record per test
 * to the file named by IMR_E2E_RESULTS (see suite/index.ts), the same under code-server and test-electron.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { openBrowser, type BrowserSession } from './browser';
import { describeFailure, serverLogEntries, serverLogs, startCodeServer, type CodeServer } from './code-server';
import { OUTPUT_DIR } from './paths';

export interface TestRecord { title: string; fullTitle: string; state: 'passed' | 'failed' | 'pending'; durationMs: number; error?: string; stack?: string }
export interface SuiteResults { tests: TestRecord[]; metrics: Record<string, number>; startedAt: number; endedAt: number }

export interface ExtensionTestRun {
  exitCode: number;
  results: SuiteResults | undefined;
  /** the browser console (the extension host's console is forwarded there) and codeAutomationLog lines */
  console: string[];
  runDir: string;
  /** `[error]` and `[warning]` entries of VS Code's logs (an extension that could not be loaded says why there) */
  problems: string[];
  /** VS Code's log files for the run (extension host, output channels...) */
  logs: { file: string; text: string }[];
  timings: { codeServerStartMs: number; workbenchToExitMs: number; stopMs: number; totalMs: number };
}

export interface ExtensionTestOptions {
  name: string;
  extensionDevelopmentPath: string;
  /** the folder of the compiled runner (its index.js exports `run()`) */
  extensionTestsPath: string;
  /** the folder the window opens */
  workspace: string | ((runDir: string) => string);
  timeoutMs?: number;
  /** extra environment for the extension host (a function gets the run folder) */
  env?: Record<string, string> | ((runDir: string) => Record<string, string>);
}

export async function runExtensionTestsInCodeServer(options: ExtensionTestOptions): Promise<ExtensionTestRun> {
  const t0 = Date.now();
  let resultsFile = '';
  const server: CodeServer = await startCodeServer({
    name: options.name,
    env: (runDir) => {
      resultsFile = path.join(runDir, 'results.json');
      return { ...(typeof options.env === 'function' ? options.env(runDir) : options.env), IMR_E2E_RESULTS: resultsFile };
    },
  });
  const consoleLines: string[] = [];
  let session: BrowserSession | undefined;
  let stopMs = 0;
  try {
    session = await openBrowser(server.runDir);
    const { page } = session;
    let exit!: (code: number) => void;
    const exited = new Promise<number>((resolve) => { exit = resolve; });
    page.on('console', (m) => consoleLines.push(`[console.${m.type()}] ${m.text()}`));
    page.on('pageerror', (e) => consoleLines.push(`[pageerror] ${e.message}`));
    await page.exposeFunction('codeAutomationLog', (type: string, args: unknown) => {
      consoleLines.push(`[automation.${type}] ${typeof args === 'string' ? args : JSON.stringify(args)}`);
    });
    await page.exposeFunction('codeAutomationExit', (code: number, logs?: { relativePath: string; contents: string }[]) => {
      for (const l of logs ?? []) {
        const file = path.join(server.runDir, 'workbench-logs', l.relativePath);
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.writeFileSync(file, l.contents);
      }
      exit(code);
    });
    await page.addInitScript(({ extensions, testsPath }) => {
      const read = Element.prototype.getAttribute;
      Element.prototype.getAttribute = function (this: Element, name: string) {
        const value = read.call(this, name);
        if (name === 'data-settings' && this.id === 'vscode-workbench-web-configuration' && value) {
          const config = JSON.parse(value);
          config.developmentOptions = { ...config.developmentOptions, extensions, extensionTestsPath: testsPath };
          return JSON.stringify(config);
        }
        return value;
      };
    }, { extensions: [server.remoteUri(options.extensionDevelopmentPath)], testsPath: server.remoteUri(options.extensionTestsPath) });

    const workspace = typeof options.workspace === 'function' ? options.workspace(server.runDir) : options.workspace;
    const tOpen = Date.now();
    await page.goto(server.folderUrl(workspace));
    const timeoutMs = options.timeoutMs ?? 180_000;
    let timer: NodeJS.Timeout | undefined;
    const exitCode = await Promise.race([
      exited,
      new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error(`the extension-host suite did not finish within ${timeoutMs} ms`)), timeoutMs); }),
    ]).catch(async (e: Error) => {
      await page.screenshot({ path: path.join(OUTPUT_DIR, `${options.name}-timeout.png`) }).catch(() => undefined);
      throw new Error(`${e.message}\nbrowser console:\n${consoleLines.slice(-40).join('\n')}\n${describeFailure(server)}`);
    }).finally(() => clearTimeout(timer));
    const workbenchToExitMs = Date.now() - tOpen;
    fs.mkdirSync(OUTPUT_DIR, { recursive: true });
    fs.writeFileSync(path.join(OUTPUT_DIR, `${options.name}-console.log`), consoleLines.join('\n') + '\n');
    const results = fs.existsSync(resultsFile) ? JSON.parse(fs.readFileSync(resultsFile, 'utf8')) as SuiteResults : undefined;
    await session.close();
    stopMs = (await server.stop()).ms;
    return { exitCode, results, console: consoleLines, runDir: server.runDir, problems: serverLogEntries(server, ['error', 'warning']), logs: serverLogs(server), timings: { codeServerStartMs: server.timings.startMs, workbenchToExitMs, stopMs, totalMs: Date.now() - t0 } };
  } finally {
    await session?.close();
    if (!stopMs) await server.stop();
  }
}

/**
 * Activation as VS Code's logs tell it: when the extension host began activating the extension (and on which
 * event), and when the client logged that its language server had started ("IMR language server started").
 */
export function activationFromLogs(logs: { file: string; text: string }[], extensionId: string): { event?: string; activationToServerReadyMs?: number } {
  const stamp = (line: string) => { const m = /^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3})/.exec(line); return m ? Date.parse(m[1].replace(' ', 'T')) : NaN; };
  const activation = logs.filter((l) => /exthost\.log$/.test(l.file)).flatMap((l) => l.text.split('\n'))
    .find((line) => line.includes(`_doActivateExtension ${extensionId},`));
  const ready = logs.filter((l) => path.basename(l.file) === 'IMR Language Server.log').flatMap((l) => l.text.split('\n'))
    .find((line) => /language server started/i.test(line));
  const event = activation ? /activationEvent: '([^']+)'/.exec(activation)?.[1] : undefined;
  const ms = activation && ready ? stamp(ready) - stamp(activation) : NaN;
  return { event, activationToServerReadyMs: Number.isFinite(ms) ? ms : undefined };
}
