/**
 * The extension's size and start-up: bundle and .vsix sizes, and the activation figures the last end-to-end run
 * measured in a real VS Code (code-server). Activation needs a running workbench, so it is measured by
 * `npm run test:e2e` (test/e2e/extension-host.test.ts), which this reports rather than repeats.
 */
import * as fs from 'fs';
import * as path from 'path';
import { repoRoot } from '../helpers/corpus';
import { row } from './measure';

function size(file: string): string {
  const full = path.join(repoRoot(), file);
  return fs.existsSync(full) ? `${(fs.statSync(full).size / 1024).toFixed(0)} KB` : 'not built';
}

/**
 * A client bundle's size by what went into it, from the metafile esbuild.mjs writes in a production build: our
 * code against the libraries (the language client is most of it).
 */
function clientContents(meta: string, label: string): void {
  const file = path.join(repoRoot(), 'dist', 'meta', meta);
  if (!fs.existsSync(file)) { row(label, 'no metafile (npm run build writes dist/meta/)'); return; }
  const { outputs } = JSON.parse(fs.readFileSync(file, 'utf8')) as { outputs: Record<string, { bytes: number; inputs: Record<string, { bytesInOutput: number }> }> };
  const [output] = Object.values(outputs);
  const byPackage = new Map<string, number>();
  for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
    const key = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)?.[1] ?? (input.startsWith('client/') ? 'client/src (ours)' : 'server/src (protocol)');
    byPackage.set(key, (byPackage.get(key) ?? 0) + bytesInOutput);
  }
  const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
  const parts = [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([k, n]) => `${k} ${kb(n)}`).join(', ');
  row(`${label} (target: at most 300 KB)`, `${kb(output.bytes)}: ${parts}`);
}

export function benchExtension(): void {
  console.log('\nExtension (target: .vsix under 2 MB)');
  for (const f of ['dist/client/extension.js', 'dist/server/main.js', 'dist/cli/imr.js', 'dist/web/extension.js', 'dist/web/server.js', 'dist/web/exporters.js', 'dist/web/pdf-reader.js', 'dist/imr-determination.vsix']) row(f, size(f));
  clientContents('client-extension.json', 'desktop client bundle');
  clientContents('web-extension.json', 'web client bundle');
  const timings = path.join(repoRoot(), '.test-output', 'e2e', 'timings.json');
  if (!fs.existsSync(timings)) { console.log('  activation: no end-to-end run yet (npm run test:e2e measures it)'); return; }
  const run = (JSON.parse(fs.readFileSync(timings, 'utf8')) as Record<string, Record<string, number | string>>)['extension-host suite (code-server)'];
  if (!run) return;
  row(`activation to server ready (e2e run of ${run.at})`, `${run.activationToServerReadyMs} ms`);
  row('opening a letter to its first diagnostics (same run)', `${run.openToFirstDiagnosticsMs} ms`);
  row('preview: first render / update after an edit (same run)', `${run.previewFirstRenderMs} ms / ${run.previewUpdateMs} ms`);
}
