/**
 * Runs the built CLI (dist/cli/imr.js, as `npm run build` makes it) as a separate process, the way a user or a
 * CI job would, and gives back its exit code and output. Also temporary folders.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { repoRoot } from '../helpers/corpus';

export const CLI = path.join(repoRoot(), 'dist', 'cli', 'imr.js');

/** Fails the suite with a clear message when the bundle is missing (the tests are about the built CLI). */
export function requireBuiltCli(): void {
  if (!fs.existsSync(CLI)) throw new Error(`build the CLI first (npm run build): ${CLI} is missing`);
}

export interface Run { code: number; stdout: string; stderr: string }

export interface RunOptions { cwd?: string; env?: Record<string, string | undefined>; input?: string }

/** The environment for a run: no colour settings inherited from the terminal running the tests. */
function environment(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.NO_COLOR;
  delete env.FORCE_COLOR;
  delete env.SOURCE_DATE_EPOCH;
  for (const [k, v] of Object.entries(extra)) { if (v === undefined) delete env[k]; else env[k] = v; }
  return env;
}

export function imr(args: readonly string[], options: RunOptions = {}): Run {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd, env: environment(options.env), input: options.input, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** Like `imr`, with standard output as bytes (for PDF and DOCX sent to -o -). */
export function imrBytes(args: readonly string[], options: RunOptions = {}): { code: number; stdout: Buffer; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: options.cwd, env: environment(options.env), maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw result.error;
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr.toString('utf8') };
}

/** A fresh temporary folder; `cleanUp` removes every folder made so far. */
const made: string[] = [];
export function tempDir(label = 'cli'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `imr-${label}-`));
  made.push(dir);
  return dir;
}
export function cleanUp(): void {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

/** Writes files (path relative to `dir` → text), making folders as needed. */
export function writeFiles(dir: string, files: Readonly<Record<string, string>>): void {
  for (const [name, text] of Object.entries(files)) {
    const file = path.join(dir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  }
}

/** Text compared the way the round-trip tests compare it: whitespace runs and page breaks are one space. */
export function normalise(s: string): string {
  return s.replace(/\f/g, ' ').replace(/\s+/g, ' ').trim();
}

export const BODY_HEADING = 'HOW THE IMR FINAL DETERMINATION WAS MADE';

/** The letter from its first heading to the end, normalised. */
export function body(s: string): string {
  return normalise(s.slice(Math.max(0, s.indexOf(BODY_HEADING))));
}

/** Where two normalised texts part, with some context, for a failure message. */
export function firstDifference(expected: string, actual: string): string {
  let i = 0;
  while (i < expected.length && expected[i] === actual[i]) i++;
  return `expected: …${expected.slice(Math.max(0, i - 40), i + 60)}…\n      actual:   …${actual.slice(Math.max(0, i - 40), i + 60)}…`;
}
