/**
 * The packaged extension the UI tests install: the desktop package, `dist/imr-determination.vsix` (code-server
 * runs extensions in a Node extension host), built by scripts/package.mjs (as `npm run package` does) when it is
 * missing or older than what goes into it (the manifest, the bundles, grammar, media...).
 */
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { REPO_ROOT, VSIX } from './paths';

const exec = promisify(execFile);
const INPUTS = ['package.json', '.vscodeignore', 'scripts/package.mjs', 'language-configuration.json', 'README.md', 'CHANGELOG.md', 'docs', 'dist/client', 'dist/server', 'dist/exporters.js', 'dist/pdfjs', 'dist/nlp', 'syntaxes', 'media', 'schemas'];

function newestMtime(p: string): number {
  if (!fs.existsSync(p)) return 0;
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  return fs.readdirSync(p).reduce((m, e) => Math.max(m, newestMtime(path.join(p, e))), st.mtimeMs);
}

export async function ensureVsix(): Promise<{ file: string; built: boolean; ms: number }> {
  const t0 = Date.now();
  const inputsTime = Math.max(...INPUTS.map((i) => newestMtime(path.join(REPO_ROOT, i))));
  if (fs.existsSync(VSIX) && fs.statSync(VSIX).mtimeMs >= inputsTime) return { file: VSIX, built: false, ms: 0 };
  try {
    // the script says what is missing when the bundles are not built
    await exec(process.execPath, [path.join(REPO_ROOT, 'scripts', 'package.mjs'), 'desktop'], { cwd: REPO_ROOT, timeout: 120_000 });
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string; message: string };
    throw new Error(`packaging the extension failed (scripts/package.mjs desktop): ${err.message}\n${err.stdout ?? ''}${err.stderr ?? ''}`);
  }
  return { file: VSIX, built: true, ms: Date.now() - t0 };
}
