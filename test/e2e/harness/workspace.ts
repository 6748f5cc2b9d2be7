/**
 * The folder the tests open: a copy of every example letter, plus `mistake.imr`, the shortest example with one
 * known mistake (a misspelt state of licensure, IMR301, which has a quick fix), and `mistake.json`, a JSON file with one
 * mistake, to compare with VS Code's own JSON support.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { EXAMPLES_DIR } from './paths';

export const MISTAKE_FILE = 'mistake.imr';
export const MISTAKE_SOURCE = 'single-item-overturned.imr';
export const MISTAKE = { correct: 'Arizona,California', wrong: 'Arizona,Californa', code: 'IMR301' } as const;
/** A JSON file with one mistake (a missing comma), for timing VS Code's own JSON support against the letter's. */
export const JSON_MISTAKE_FILE = 'mistake.json';
const JSON_MISTAKE = '{\n  "letter": "mistake.imr",\n  "states": ["Arizona", "California"]\n  "checked": true\n}\n';

/**
 * For the cold start: a folder holding no letter (so nothing activates the extension before the letter is opened),
 * with mistake.json and settle.log (opened first, see suite/1-diagnostics.suite.ts), and mistake.imr beside it,
 * outside the workspace (at `letterOutside(parent)`). Returns the folder.
 */
export function createWorkspaceWithoutLetters(parent: string): string {
  const full = createWorkspace(path.join(parent, 'all'));
  const dir = path.join(parent, 'workspace');
  const outside = path.join(parent, 'outside');
  fs.mkdirSync(dir, { recursive: true });
  fs.mkdirSync(outside, { recursive: true });
  fs.copyFileSync(path.join(full, JSON_MISTAKE_FILE), path.join(dir, JSON_MISTAKE_FILE));
  fs.writeFileSync(path.join(dir, 'settle.log'), '2017-01-31 12:00:00.000 [info] opened first, so the tokenizer is loaded before the timed files\n');
  fs.copyFileSync(path.join(full, MISTAKE_FILE), letterOutside(parent));
  fs.rmSync(path.join(parent, 'all'), { recursive: true, force: true });
  return dir;
}

/** where createWorkspaceWithoutLetters puts the letter */
export const letterOutside = (parent: string): string => path.join(parent, 'outside', MISTAKE_FILE);

export function createWorkspace(parent: string): string {
  const dir = path.join(parent, 'workspace');
  fs.mkdirSync(dir, { recursive: true });
  const examples = fs.readdirSync(EXAMPLES_DIR).filter((f) => f.endsWith('.imr'));
  if (!examples.includes(MISTAKE_SOURCE)) throw new Error(`examples/${MISTAKE_SOURCE} is missing: the e2e tests build their letter with a mistake from it`);
  for (const f of examples) fs.copyFileSync(path.join(EXAMPLES_DIR, f), path.join(dir, f));
  const source = fs.readFileSync(path.join(EXAMPLES_DIR, MISTAKE_SOURCE), 'utf8');
  if (!source.includes(MISTAKE.correct)) throw new Error(`examples/${MISTAKE_SOURCE} no longer contains '${MISTAKE.correct}', which the e2e tests misspell`);
  fs.writeFileSync(path.join(dir, MISTAKE_FILE), source.replace(MISTAKE.correct, MISTAKE.wrong));
  fs.writeFileSync(path.join(dir, JSON_MISTAKE_FILE), JSON_MISTAKE);
  return dir;
}
