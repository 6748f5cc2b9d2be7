/**
 * The repository names no folder of the machine it was written on: paths in code, docs and scripts are relative
 * to the repository (`../shared/...`). Checked against the folder this checkout actually sits in, so the test
 * holds wherever the repository is cloned.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { repoRoot } from '../helpers/corpus';

/** The files git tracks (the lock file aside: it holds registry addresses only). */
function trackedFiles(root: string): string[] {
  const r = spawnSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' });
  assert.equal(r.status, 0, `git ls-files failed: ${r.stderr}`);
  return r.stdout.split('\0').filter((f) => f && f !== 'package-lock.json');
}

describe('repository hygiene', () => {
  it('no tracked file names the absolute folder of this checkout or of the folder around it', () => {
    const root = repoRoot();
    const around = path.dirname(root);
    // the folder around the checkout holds ../shared (and, on a developer's machine, other checkouts): naming any
    // of them absolutely ties the code to one machine (the file system's root itself names nothing)
    const siblings = around === path.parse(around).root ? [] : fs.readdirSync(around).map((name) => path.join(around, name));
    const needles = [...new Set([root, ...siblings])].map((dir) => `${dir}/`);
    const found: string[] = [];
    for (const file of trackedFiles(root)) {
      const full = path.join(root, file);
      if (!fs.existsSync(full) || fs.statSync(full).size > 2_000_000) continue;
      const bytes = fs.readFileSync(full);
      if (bytes.includes(0)) continue; // binary: fonts, images
      const text = bytes.toString('utf8');
      text.split('\n').forEach((line, i) => { if (needles.some((n) => line.includes(n))) found.push(`${file}:${i + 1}: ${line.trim().slice(0, 120)}`); });
    }
    assert.deepEqual(found, []);
  });
});
