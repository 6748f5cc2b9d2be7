/**
 * Where the tests find data that lives outside the repository: the real-letter corpus and the seed letter
 * (read-only, never copied in). The repository root is the nearest folder with a package.json above the
 * working directory (or above this file); the data sits beside it in ../shared/. IMR_CORPUS / IMR_SEED override.
 */

import { existsSync } from 'node:fs';
import * as path from 'node:path';

/** The nearest folder at or above `start` that holds a package.json. */
export function repositoryRoot(start: string = process.cwd()): string | undefined {
  let dir = path.resolve(start);
  for (;;) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

function firstRoot(): string | undefined {
  return repositoryRoot(process.cwd()) ?? repositoryRoot(__dirname);
}

/**
 * A folder of ../shared/ next to the repository, or undefined when this checkout has none.
 * IMR_CORPUS names the corpus folder; IMR_SEED the seed folder (default: beside IMR_CORPUS).
 */
export function sharedDataDir(name: 'imr-corpus' | 'seed'): string | undefined {
  const corpusOverride = process.env.IMR_CORPUS ?? '';
  const seedOverride = process.env.IMR_SEED ?? '';
  let dir: string | undefined;
  if (name === 'seed' && seedOverride !== '') dir = seedOverride;
  else if (corpusOverride !== '') dir = name === 'imr-corpus' ? corpusOverride : path.resolve(corpusOverride, '..', 'seed');
  else {
    const root = firstRoot();
    dir = root === undefined ? undefined : path.resolve(root, '..', 'shared', name);
  }
  return dir !== undefined && existsSync(dir) ? dir : undefined;
}

/** Why a test that needs ../shared/ data is skipped, printed so that a skip is never silent. */
export function explainMissing(name: 'imr-corpus' | 'seed'): string {
  return `      skipped: no ../shared/${name} beside the repository (set ${name === 'seed' ? 'IMR_SEED' : 'IMR_CORPUS'} to its folder)`;
}

/** The catalogue's source folder in this checkout, or undefined when tests run from elsewhere. */
export function catalogueSourceDir(): string | undefined {
  const root = firstRoot();
  if (root === undefined) return undefined;
  const dir = path.join(root, 'server', 'src', 'language', 'catalogue');
  return existsSync(dir) ? dir : undefined;
}
