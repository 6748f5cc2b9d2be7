/**
 * The one place tests find the repository and the data beside it: the real letters in ../shared/imr-corpus
 * (text, index.tsv, items.tsv, pdf/) and the 2014 seed letter in ../shared/seed, read at test time and never
 * copied into the repo. IMR_CORPUS and IMR_SEED name other folders.
 *
 * Where the data is absent a test that needs it skips and says why; with IMR_CORPUS_REQUIRED=1 (CI) it fails
 * instead, so a missing corpus cannot pass as a green run with hundreds of tests quietly gone.
 */
import * as fs from 'fs';
import * as path from 'path';
import { skipOrFail } from './required';

/** The repository's root: the nearest folder above this file that holds package.json. */
export function repoRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const up = path.dirname(dir);
    if (up === dir) return process.cwd();
    dir = up;
  }
  return dir;
}

function sharedFolder(name: 'imr-corpus' | 'seed'): string {
  if (name === 'seed' && process.env.IMR_SEED) return path.resolve(process.env.IMR_SEED);
  if (process.env.IMR_CORPUS) return path.resolve(process.env.IMR_CORPUS, ...(name === 'seed' ? ['..', 'seed'] : []));
  return path.resolve(repoRoot(), '..', 'shared', name);
}

/** The corpus folder, or undefined where it is absent (it counts as there only with its index.tsv). */
export function corpusDir(): string | undefined {
  const dir = sharedFolder('imr-corpus');
  return fs.existsSync(path.join(dir, 'index.tsv')) ? dir : undefined;
}

/** The seed letter's folder, or undefined. */
export function seedDir(): string | undefined {
  const dir = sharedFolder('seed');
  return fs.existsSync(dir) ? dir : undefined;
}

export function seedFile(): string | undefined {
  const dir = seedDir();
  const file = dir && fs.readdirSync(dir).find((f) => f.endsWith('.txt'));
  return dir && file ? path.join(dir, file) : undefined;
}

export const NO_CORPUS = 'needs ../shared/imr-corpus (the real letters are read from it at test time; IMR_CORPUS names another folder)';
export const NO_SEED = 'needs ../shared/seed (the 2014 seed letter; IMR_SEED names another folder)';

/**
 * For a test or hook that needs the corpus: its folder, or a skip that says why (a failure under
 * IMR_CORPUS_REQUIRED=1).
 */
export function needCorpus(ctx: Mocha.Context): string {
  const dir = corpusDir();
  if (!dir) skipOrFail(ctx, NO_CORPUS, 'IMR_CORPUS_REQUIRED');
  return dir!;
}

/** Like needCorpus, for the seed letter: its file. */
export function needSeed(ctx: Mocha.Context): string {
  const file = seedFile();
  if (!file) skipOrFail(ctx, NO_SEED, 'IMR_CORPUS_REQUIRED');
  return file!;
}

/**
 * In a describe whose tests are made one per corpus letter: where there are no letters, one test in their
 * place that skips or fails, so they never vanish without a word.
 */
export function itWithoutCorpus(): void {
  if (!corpusDir()) it(NO_CORPUS, function () { needCorpus(this); });
}

export interface CorpusLetter { name: string; file: string; text: string }

/** The corpus letters' text files (CM*.txt), by name; none where the corpus is absent. */
export function corpusFiles(): string[] {
  const dir = corpusDir();
  if (!dir) return [];
  return fs.readdirSync(dir).filter((f) => /^CM.*\.txt$/.test(f)).sort();
}

export function corpusLetters(): CorpusLetter[] {
  const dir = corpusDir();
  if (!dir) return [];
  return corpusFiles().map((name) => {
    const file = path.join(dir, name);
    return { name, file, text: fs.readFileSync(file, 'utf8') };
  });
}

/** The corpus letters' PDFs (pdf/CM*.pdf), as full paths. */
export function corpusPdfs(): string[] {
  const dir = corpusDir();
  const pdfDir = dir && path.join(dir, 'pdf');
  if (!pdfDir || !fs.existsSync(pdfDir)) return [];
  return fs.readdirSync(pdfDir).filter((f) => f.endsWith('.pdf')).sort().map((f) => path.join(pdfDir, f));
}

/** A tab-separated file of the corpus (index.tsv, items.tsv) as records keyed by its header row. */
export function corpusTable(name: 'index.tsv' | 'items.tsv'): Record<string, string>[] {
  const dir = corpusDir();
  if (!dir) return [];
  const [head, ...rows] = fs.readFileSync(path.join(dir, name), 'utf8').split(/\r?\n/).filter((l) => l.trim() !== '');
  const columns = head.split('\t');
  return rows.map((row) => {
    const cells = row.split('\t');
    const record: Record<string, string> = {};
    columns.forEach((c, i) => { record[c] = cells[i] ?? ''; });
    return record;
  });
}

/** index.tsv keyed by file name. */
export function corpusIndex(): Map<string, Record<string, string>> {
  return new Map(corpusTable('index.tsv').map((r) => [r.file, r]));
}

export function exampleFiles(): string[] {
  const dir = path.join(repoRoot(), 'examples');
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter((f) => f.endsWith('.imr')).sort().map((f) => path.join(dir, f));
}
