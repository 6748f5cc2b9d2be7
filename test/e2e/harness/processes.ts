/**
 * Child processes the tests start: each gets its own process group (its PID is the group id), so stopping it
 * by that PID also reaches the processes it started (code-server's extension host, the language server...),
 * and we wait until none of them is left.
 */
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import * as fs from 'node:fs';

export interface Started {
  child: ChildProcess;
  pid: number;
  /** everything written to stdout and stderr so far */
  output(): string;
  exited: Promise<number | null>;
}

export function startProcess(command: string, args: string[], options: SpawnOptions & { logFile: string }): Started {
  const log = fs.createWriteStream(options.logFile);
  const child = spawn(command, args, { ...options, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  if (child.pid === undefined) throw new Error(`could not start ${command}`);
  let text = '';
  const collect = (chunk: Buffer) => { text += chunk.toString(); log.write(chunk); };
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  exited.then(() => log.end(), () => log.end());
  return { child, pid: child.pid, output: () => text, exited };
}

/** Resolves with the first match of `pattern` in the output, rejects on exit or timeout. */
export function waitForOutput(p: Started, pattern: RegExp, timeoutMs: number, what: string): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    const check = () => { const m = p.output().match(pattern); if (m) { done(); resolve(m); } };
    const onExit = (code: number | null) => { done(); reject(new Error(`${what}: the process exited (code ${code}) first:\n${tail(p.output())}`)); };
    const timer = setTimeout(() => { done(); reject(new Error(`${what}: not seen within ${timeoutMs} ms:\n${tail(p.output())}`)); }, timeoutMs);
    const done = () => { clearTimeout(timer); p.child.stdout!.off('data', check); p.child.stderr!.off('data', check); p.child.off('exit', onExit); };
    p.child.stdout!.on('data', check);
    p.child.stderr!.on('data', check);
    p.child.once('exit', onExit);
    check();
  });
}

function groupAlive(pgid: number): boolean {
  try { process.kill(-pgid, 0); return true; } catch (e) { return (e as NodeJS.ErrnoException).code === 'EPERM'; }
}

async function waitUntil(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (condition()) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return condition();
}

/** SIGTERM to the process group, wait for every member to be gone; SIGKILL what is left after `graceMs`. */
export async function stopProcessGroup(p: Started, graceMs = 8000): Promise<{ ms: number; killed: boolean }> {
  const t0 = Date.now();
  if (!groupAlive(p.pid)) return { ms: 0, killed: false };
  try { process.kill(-p.pid, 'SIGTERM'); } catch { /* already gone */ }
  let killed = false;
  if (!await waitUntil(() => !groupAlive(p.pid), graceMs)) {
    killed = true;
    try { process.kill(-p.pid, 'SIGKILL'); } catch { /* gone meanwhile */ }
    await waitUntil(() => !groupAlive(p.pid), 5000);
  }
  return { ms: Date.now() - t0, killed };
}

export function tail(text: string, lines = 30): string {
  return text.split('\n').slice(-lines).join('\n');
}
