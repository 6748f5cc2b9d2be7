/**
 * The real letters in ../shared/imr-corpus are test data read at test time, never copied into the repo.
 * Tests that need them skip with a clear message where the folder is absent.
 */
import * as fs from 'fs';
import * as path from 'path';

export function repoRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const up = path.dirname(dir);
    if (up === dir) return process.cwd();
    dir = up;
  }
  return dir;
}

export function corpusDir(): string | undefined {
  const dir = process.env.IMR_CORPUS ?? path.resolve(repoRoot(), '../shared/imr-corpus');
  return fs.existsSync(path.join(dir, 'index.tsv')) ? dir : undefined;
}

export function seedFile(): string | undefined {
  const dir = path.resolve(corpusDir() ?? path.resolve(repoRoot(), '../shared/imr-corpus'), '../seed');
  if (!fs.existsSync(dir)) return undefined;
  const file = fs.readdirSync(dir).find((f) => f.endsWith('.txt'));
  return file ? path.join(dir, file) : undefined;
}

export const NO_CORPUS = 'skipped: ../shared/imr-corpus is not here (the real letters are read from it at test time)';

export interface CorpusLetter { name: string; file: string; text: string }

export function corpusLetters(): CorpusLetter[] {
  const dir = corpusDir();
  if (!dir) return [];
  return fs.readdirSync(dir).filter((f) => /^CM.*\.txt$/.test(f)).sort().map((name) => {
    const file = path.join(dir, name);
    return { name, file, text: fs.readFileSync(file, 'utf8') };
  });
}

/** index.tsv as records keyed by its header row. */
export function corpusIndex(): Map<string, Record<string, string>> {
  const dir = corpusDir();
  const out = new Map<string, Record<string, string>>();
  if (!dir) return out;
  const [head, ...rows] = fs.readFileSync(path.join(dir, 'index.tsv'), 'utf8').trim().split('\n');
  const columns = head.split('\t');
  for (const row of rows) {
    const cells = row.split('\t');
    const record: Record<string, string> = {};
    columns.forEach((c, i) => { record[c] = cells[i] ?? ''; });
    out.set(record.file, record);
  }
  return out;
}

export function exampleFiles(): string[] {
  const dir = path.join(repoRoot(), 'examples');
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter((f) => f.endsWith('.imr')).sort().map((f) => path.join(dir, f));
}
