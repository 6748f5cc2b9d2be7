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

export function benchExtension(): void {
  console.log('\nExtension (target: .vsix under 2 MB)');
  for (const f of ['dist/client/extension.js', 'dist/server/main.js', 'dist/cli/imr.js', 'dist/imr-determination.vsix']) row(f, size(f));
  const timings = path.join(repoRoot(), '.test-output', 'e2e', 'timings.json');
  if (!fs.existsSync(timings)) { console.log('  activation: no end-to-end run yet (npm run test:e2e measures it)'); return; }
  const run = (JSON.parse(fs.readFileSync(timings, 'utf8')) as Record<string, Record<string, number | string>>)['extension-host suite (code-server)'];
  if (!run) return;
  row(`activation to server ready (e2e run of ${run.at})`, `${run.activationToServerReadyMs} ms`);
  row('opening a letter to its first diagnostics (same run)', `${run.openToFirstDiagnosticsMs} ms`);
  row('preview: first render / update after an edit (same run)', `${run.previewFirstRenderMs} ms / ${run.previewUpdateMs} ms`);
}
