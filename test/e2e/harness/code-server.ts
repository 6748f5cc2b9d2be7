/**
 * code-server (VS Code 1.100's own server, Node extension host and web workbench) on a free loopback port,
 * with a profile of its own: user data, extensions and XDG folders under `.e2e/run-<name>-<time>/`, quiet user
 * settings, optionally a .vsix installed first.
 */
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { CODE_SERVER_ENTRY, E2E_DIR } from './paths';
import { startProcess, stopProcessGroup, tail, waitForOutput, type Started } from './processes';

/** Settings that keep the workbench quiet and the runs repeatable. */
export const QUIET_SETTINGS: Record<string, unknown> = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.enableExperiments': false,
  'workbench.editor.enablePreview': false,
  'workbench.editor.untitled.hint': 'hidden',
  'workbench.layoutControl.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'telemetry.telemetryLevel': 'off',
  'extensions.ignoreRecommendations': true,
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'update.mode': 'none',
  'update.showReleaseNotes': false,
  'git.enabled': false,
  'git.autoRepositoryDetection': false,
  'github.gitAuthentication': false,
  'files.hotExit': 'off',
  'files.autoSave': 'off',
  'security.workspace.trust.enabled': false,
  'chat.disableAIFeatures': true,
  'chat.commandCenter.enabled': false,
  'editor.minimap.enabled': false,
  'editor.accessibilitySupport': 'off',
  'accessibility.verbosity.editor': false,
  'window.commandCenter': false,
  'notebook.experimental.generate': false,
};

export interface CodeServerOptions {
  /** names the run folder */
  name: string;
  /** .vsix files installed (with `--install-extension`) before the server starts */
  installExtensions?: string[];
  /** user settings on top of QUIET_SETTINGS */
  settings?: Record<string, unknown>;
  /** extra environment for the server and so for its extension host (a function gets the run folder) */
  env?: Record<string, string> | ((runDir: string) => Record<string, string>);
  startTimeoutMs?: number;
}

export interface CodeServer {
  url: string;
  port: number;
  pid: number;
  runDir: string;
  userDataDir: string;
  extensionsDir: string;
  logFile: string;
  /** milliseconds spent in `--install-extension`, and in starting the server until it listened */
  timings: { installMs: number; startMs: number };
  output(): string;
  /** `vscode-remote://127.0.0.1:PORT/abs/path`, as UriComponents for the workbench configuration */
  remoteUri(absPath: string): { scheme: string; authority: string; path: string };
  /** the workbench URL that opens `folder` */
  folderUrl(folder: string): string;
  stop(): Promise<{ ms: number; killed: boolean }>;
}

const exec = promisify(execFile);

export function createRunDir(name: string): string {
  fs.mkdirSync(E2E_DIR, { recursive: true });
  const ignore = path.join(E2E_DIR, '.gitignore');
  if (!fs.existsSync(ignore)) fs.writeFileSync(ignore, '*\n');
  // keep the last few runs of each kind for a look after a failure, no more
  const previous = fs.readdirSync(E2E_DIR).filter((d) => new RegExp(`^run-${name}-\\d{8}T\\d{6}-`).test(d)).sort();
  for (const d of previous.slice(0, Math.max(0, previous.length - 4))) fs.rmSync(path.join(E2E_DIR, d), { recursive: true, force: true });
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '');
  return fs.mkdtempSync(path.join(E2E_DIR, `run-${name}-${stamp}-`));
}

export async function startCodeServer(options: CodeServerOptions): Promise<CodeServer> {
  const runDir = createRunDir(options.name);
  const userDataDir = path.join(runDir, 'user-data');
  const extensionsDir = path.join(runDir, 'extensions');
  const xdg = { XDG_CONFIG_HOME: path.join(runDir, 'xdg', 'config'), XDG_DATA_HOME: path.join(runDir, 'xdg', 'data'), XDG_CACHE_HOME: path.join(runDir, 'xdg', 'cache') };
  for (const d of [userDataDir, extensionsDir, ...Object.values(xdg), path.join(userDataDir, 'User')]) fs.mkdirSync(d, { recursive: true });
  fs.writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify({ ...QUIET_SETTINGS, ...options.settings }, null, 2));
  const configFile = path.join(runDir, 'config.yaml');
  fs.writeFileSync(configFile, 'bind-addr: 127.0.0.1:0\nauth: none\ncert: false\n');
  const extraEnv = typeof options.env === 'function' ? options.env(runDir) : options.env;
  // VS Code puts its IPC sockets in TMPDIR, and a socket path must stay under 108 bytes: a short folder of our own
  const tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-e2e-'));
  const env: NodeJS.ProcessEnv = { ...process.env, ...xdg, ...extraEnv, TMPDIR: tmpDir };
  // the extension host inherits this environment: keep the test runner's own switches out of it
  delete env.NODE_OPTIONS; delete env.ELECTRON_RUN_AS_NODE; delete env.VSCODE_IPC_HOOK_CLI; delete env.PASSWORD;
  const common = ['--config', configFile, '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir];

  let installMs = 0;
  if (options.installExtensions?.length) {
    const t0 = Date.now();
    const args = [CODE_SERVER_ENTRY, ...common, '--force'];
    for (const vsix of options.installExtensions) {
      if (!fs.existsSync(vsix)) throw new Error(`no such extension package: ${vsix}`);
      args.push('--install-extension', vsix);
    }
    const { stdout, stderr } = await exec(process.execPath, args, { env, timeout: 60_000 }).catch((e: { stdout?: string; stderr?: string; message: string }) => {
      fs.rmSync(tmpDir, { recursive: true, force: true });
      // the message repeats the output: keep the command line and VS Code's own words
      const said = `${e.stdout ?? ''}${e.stderr ?? ''}`.split('\n').filter((l) => /^(Error|Failed)/.test(l));
      throw new Error(`code-server --install-extension failed:\n${[...new Set(said)].join('\n') || e.message}`);
    });
    fs.writeFileSync(path.join(runDir, 'install-extension.log'), stdout + stderr);
    if (!/successfully installed/i.test(stdout + stderr)) {
      fs.rmSync(tmpDir, { recursive: true, force: true });
      throw new Error(`code-server --install-extension did not report success:\n${stdout}${stderr}`);
    }
    installMs = Date.now() - t0;
  }

  const logFile = path.join(runDir, 'code-server.log');
  const t0 = Date.now();
  const proc: Started = startProcess(process.execPath, [
    CODE_SERVER_ENTRY, ...common,
    '--bind-addr', '127.0.0.1:0', '--auth', 'none',
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override', '--disable-proxy', '--ignore-last-opened',
    '--log', process.env.IMR_E2E_LOG ?? 'info',
  ], { env, cwd: runDir, logFile });
  let port: number;
  try {
    const m = await waitForOutput(proc, /HTTP server listening on http:\/\/127\.0\.0\.1:(\d+)/, options.startTimeoutMs ?? 45_000, 'code-server start');
    port = Number(m[1]);
  } catch (e) {
    await stopProcessGroup(proc);
    fs.rmSync(tmpDir, { recursive: true, force: true });
    throw e;
  }
  const startMs = Date.now() - t0;
  const authority = `127.0.0.1:${port}`;
  return {
    url: `http://${authority}/`, port, pid: proc.pid, runDir, userDataDir, extensionsDir, logFile,
    timings: { installMs, startMs },
    output: proc.output,
    remoteUri: (absPath) => ({ scheme: 'vscode-remote', authority, path: absPath }),
    folderUrl: (folder) => `http://${authority}/?folder=${encodeURIComponent(folder)}`,
    stop: async () => {
      const stopped = await stopProcessGroup(proc);
      fs.rmSync(tmpDir, { recursive: true, force: true });
      return stopped;
    },
  };
}

/** The log files VS Code wrote for this run (remote agent, extension host, output channels), by path. */
export function serverLogs(server: Pick<CodeServer, 'userDataDir'>): { file: string; text: string }[] {
  const out: { file: string; text: string }[] = [];
  const walk = (dir: string) => {
    if (!fs.existsSync(dir)) return;
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.log')) out.push({ file: p, text: fs.readFileSync(p, 'utf8') });
    }
  };
  walk(path.join(server.userDataDir, 'logs'));
  return out;
}

/**
 * The entries of the remote agent's and the extension host's logs at the given levels, each with its stack:
 * where VS Code says why an extension was not loaded ("Extension is not compatible with Code 1.100.3..."),
 * what it threw, or what it did that VS Code warns about.
 */
export function serverLogEntries(server: Pick<CodeServer, 'userDataDir'>, levels: ('error' | 'warning')[] = ['error']): string[] {
  const wanted = new RegExp(`\\[(${levels.join('|')})\\]`);
  const entries: string[] = [];
  for (const log of serverLogs(server).filter((l) => /remoteagent\.log$|exthost\.log$/.test(l.file))) {
    let current: string[] | undefined;
    for (const line of log.text.split('\n')) {
      if (/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d/.test(line)) {
        if (current) entries.push(current.join('\n'));
        current = wanted.test(line) ? [`${path.basename(log.file)}: ${line}`] : undefined;
      } else if (current && line.trim()) {
        current.push(line);
      }
    }
    if (current) entries.push(current.join('\n'));
  }
  return entries;
}

export function serverErrors(server: Pick<CodeServer, 'userDataDir'>): string[] {
  return serverLogEntries(server, ['error']);
}

export function describeFailure(server: CodeServer): string {
  return `code-server log (${server.logFile}):\n${tail(server.output(), 40)}`;
}
