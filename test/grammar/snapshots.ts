/**
 * Grammar snapshots of every example letter, kept in test/grammar/snapshots/<example>.imr.snap. The examples stay
 * where they are: each check copies them with their snapshots into a scratch folder and runs
 * `vscode-tmgrammar-snap` (which writes snapshots next to the files) there. Regenerate after a deliberate grammar
 * change with `npx tsc -p tsconfig.test.json && node out/test/grammar/snapshots.js --update`, and read the diff.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { repoRoot } from '../helpers/corpus';

export const SNAPSHOT_DIR = path.join(repoRoot(), 'test', 'grammar', 'snapshots');
export const ASSERTION_DIR = path.join(repoRoot(), 'test', 'grammar', 'assertions');

export function exampleLetters(): string[] {
  const dir = path.join(repoRoot(), 'examples');
  return fs.readdirSync(dir).filter((f) => f.endsWith('.imr')).sort().map((f) => path.join(dir, f));
}

export interface ToolRun { status: number | null; output: string }

/** Runs one of vscode-tmgrammar-test's programs from the repository (it reads the grammar from package.json). */
export function runTool(program: 'snapshot' | 'unit', args: string[]): ToolRun {
  const script = path.join(repoRoot(), 'node_modules', 'vscode-tmgrammar-test', 'dist', `${program}.js`);
  const run = spawnSync(process.execPath, [script, ...args], { cwd: repoRoot(), encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
  return { status: run.status, output: `${run.stdout ?? ''}${run.stderr ?? ''}${run.error ? String(run.error) : ''}` };
}

/** Checks (or with `update`, rewrites) the snapshots of every example; the scratch folder is removed after. */
export function checkSnapshots(update = false): ToolRun & { missing: string[] } {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-grammar-'));
  try {
    const missing: string[] = [];
    for (const file of exampleLetters()) {
      const name = path.basename(file);
      fs.copyFileSync(file, path.join(scratch, name));
      const snap = path.join(SNAPSHOT_DIR, `${name}.snap`);
      if (fs.existsSync(snap)) fs.copyFileSync(snap, path.join(scratch, `${name}.snap`));
      else missing.push(name);
    }
    // without --updateSnapshot the tool would quietly create a missing snapshot: say so instead
    if (missing.length && !update) return { status: 1, output: `no snapshot for ${missing.join(', ')}`, missing };
    const run = runTool('snapshot', [...(update ? ['--updateSnapshot'] : []), path.join(scratch, '*.imr')]);
    if (update && run.status === 0) {
      fs.mkdirSync(SNAPSHOT_DIR, { recursive: true });
      for (const f of fs.readdirSync(scratch).filter((x) => x.endsWith('.snap'))) fs.copyFileSync(path.join(scratch, f), path.join(SNAPSHOT_DIR, f));
    }
    return { ...run, missing };
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const run = checkSnapshots(process.argv.includes('--update'));
  process.stdout.write(run.output);
  process.exitCode = run.status === 0 ? 0 : 1;
}
