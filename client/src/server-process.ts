/**
 * How the desktop client runs its language server: a Node process (dist/server/main.js beside this bundle) over
 * stdio. The first one is started when this bundle is evaluated, before VS Code calls `activate`: when a letter is
 * opened in a window that holds none, VS Code spends 100-500 ms preparing the extension's context between the two
 * (the end-to-end cold-start run measures it), and the server boots and loads its handlers meanwhile (`--preload`).
 * A restart starts a new process; under a debugger the server is started the usual way, with an inspector port.
 */
// Imported right after load-start.ts, before the language client's libraries are evaluated: nothing here may
// import them.
import * as cp from 'child_process';
import * as path from 'path';
import { codeCacheFolder } from './code-cache-folder';

export const SERVER_MODULE = path.join(__dirname, '..', 'server', 'main.js');

/** the extension host runs under a debugger (as the language client itself tells) */
export const debugging = process.execArgv.some((arg) => /^--(inspect|debug)(-brk)?(=|$)/.test(arg));

function startProcess(preload: boolean): cp.ChildProcess {
  const cache = codeCacheFolder();
  return cp.fork(SERVER_MODULE, ['--stdio', `--clientProcessId=${process.pid}`, ...(preload ? ['--preload'] : []), ...(cache ? [`--code-cache=${cache}`] : [])], {
    // as the language client forks: VS Code's own executable, run as Node
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1', ELECTRON_NO_ASAR: '1' },
    execArgv: [],
    silent: true,
  });
}

let ahead: cp.ChildProcess | undefined = debugging ? undefined : startProcess(true);
const running = new Set<cp.ChildProcess>();

const exited = (child: cp.ChildProcess) => child.exitCode !== null || child.signalCode !== null;

/** A server process for the client to talk to: the one started ahead of time if it is still running, else a new one. */
export function serverProcess(): cp.ChildProcess {
  let child = ahead;
  ahead = undefined;
  if (!child || exited(child)) child = startProcess(false);
  const started = child;
  running.add(started);
  started.once('exit', () => running.delete(started));
  return started;
}

/**
 * After the client has stopped: ends a process it never used (activation failed) or one still running. A process
 * the client started from a function is not ended by the client; the server exits on `exit`, this is the backstop.
 */
export function endServerProcesses(): void {
  for (const child of [ahead, ...running]) if (child && !exited(child)) child.kill();
  ahead = undefined;
}
