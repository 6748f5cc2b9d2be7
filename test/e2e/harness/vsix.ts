/**
 * The packaged extension the UI test installs: `dist/imr-determination.vsix`, built with vsce when it is
 * missing or older than what goes into it (the manifest, the bundles, grammar, media...).
 */
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { REPO_ROOT, VSIX } from './paths';

const exec = promisify(execFile);
const INPUTS = ['package.json', '.vscodeignore', 'language-configuration.json', 'README.md', 'docs', 'dist/client', 'dist/server', 'syntaxes', 'snippets', 'media', 'schemas'];

function newestMtime(p: string): number {
  if (!fs.existsSync(p)) return 0;
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  return fs.readdirSync(p).reduce((m, e) => Math.max(m, newestMtime(path.join(p, e))), st.mtimeMs);
}

export async function ensureVsix(options: { extensionDir?: string; out?: string } = {}): Promise<{ file: string; built: boolean; ms: number }> {
  const dir = options.extensionDir ?? REPO_ROOT;
  const out = options.out ?? VSIX;
  const t0 = Date.now();
  const inputsTime = Math.max(...INPUTS.map((i) => newestMtime(path.join(dir, i))));
  if (fs.existsSync(out) && fs.statSync(out).mtimeMs >= inputsTime) return { file: out, built: false, ms: 0 };
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { main?: string };
  if (manifest.main && !fs.existsSync(path.join(dir, manifest.main))) throw new Error(`cannot package the extension: ${manifest.main} is missing (build first: npm run build)`);
  const vsce = path.join(REPO_ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  try {
    await exec(process.execPath, [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '--no-rewrite-relative-links', '--out', out], { cwd: dir, timeout: 120_000 });
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string; message: string };
    throw new Error(`vsce package failed: ${err.message}\n${err.stdout ?? ''}${err.stderr ?? ''}`);
  }
  return { file: out, built: true, ms: Date.now() - t0 };
}
