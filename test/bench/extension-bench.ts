/**
 * The extension's size and start-up: bundle and .vsix sizes, and the activation figures the last end-to-end run
 * measured in a real VS Code (code-server). Activation needs a running workbench, so it is measured by
 * `npm run test:e2e` (test/e2e/extension-host.test.ts), which this reports rather than repeats.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as vm from 'vm';
import { repoRoot } from '../helpers/corpus';
import { row } from './measure';

/**
 * Size targets: a client bundle at most 300 KB, each .vsix under 2 MB (`npm run package` makes one per target,
 * scripts/package.mjs). A target is met by the stricter reading of its unit: 300 KB is 300,000 bytes, 2 MB 2,000,000.
 */
interface SizeTarget { bytes: number; says: string; under: boolean }
const CLIENT: SizeTarget = { bytes: 300_000, says: 'at most 300 KB', under: false };
const VSIX: SizeTarget = { bytes: 2_000_000, says: 'under 2 MB', under: true };
const TARGETS: Record<string, SizeTarget> = {
  'dist/client/extension.js': CLIENT, 'dist/web/extension.js': CLIENT, 'dist/imr-determination.vsix': VSIX, 'dist/imr-determination-web.vsix': VSIX,
};

/** `bytes` as KB (1,000 bytes), with the KiB figure beside it */
const kilobytes = (bytes: number): string => `${(bytes / 1000).toFixed(1)} KB (${(bytes / 1024).toFixed(0)} KiB)`;

/** whether `bytes` is within `target`, and by how much */
const againstTarget = (bytes: number, target: SizeTarget): string => {
  const met = target.under ? bytes < target.bytes : bytes <= target.bytes;
  return `target ${target.says}: ${met ? `met, ${kilobytes(target.bytes - bytes)} to spare` : 'not met'}`;
};

function size(file: string): string {
  const full = path.join(repoRoot(), file);
  if (!fs.existsSync(full)) return 'not built';
  const bytes = fs.statSync(full).size;
  const target = TARGETS[file];
  return `${bytes.toLocaleString('en-US')} bytes, ${kilobytes(bytes)}${target ? ` (${againstTarget(bytes, target)})` : ''}`;
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
    const key = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)?.[1]
      ?? (input.startsWith('client/') ? 'client/src (ours)' : input.includes(':') ? 'stand-ins (scripts/build)' : 'server/src (protocol)');
    byPackage.set(key, (byPackage.get(key) ?? 0) + bytesInOutput);
  }
  const parts = [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([k, n]) => `${k} ${(n / 1000).toFixed(1)} KB`).join(', ');
  row(label, `${kilobytes(output.bytes)} (${againstTarget(output.bytes, CLIENT)}): ${parts}`);
}

/**
 * What activation costs before the bundle's first statement runs, which the end-to-end figure (timed from that
 * statement) leaves out: reading the bundle and compiling it (V8 parses its functions lazily, as in VS Code).
 */
function compileTime(file: string): string {
  const full = path.join(repoRoot(), file);
  if (!fs.existsSync(full)) return 'not built';
  const times: number[] = [];
  for (let i = 0; i < 7; i++) {
    const t0 = process.hrtime.bigint();
    // a fresh source each time (a comment differs), so V8's compilation cache does not answer
    new vm.Script(`${fs.readFileSync(full, 'utf8')}\n//${i}`, { filename: full });
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return `${times.sort((a, b) => a - b)[3].toFixed(1)} ms (median of 7)`;
}

export function benchExtension(): void {
  console.log('\nExtension (targets: client bundle at most 300 KB, each .vsix under 2 MB)');
  for (const f of ['dist/client/extension.js', 'dist/client/features.js', 'dist/server/main.js', 'dist/server/connection.js', 'dist/server/handlers.js', 'dist/exporters.js', 'dist/cli/imr.js', 'dist/web/extension.js', 'dist/web/server.js', 'dist/web/exporters.js', 'dist/web/pdf-reader.js', 'dist/web/nlp.js']) row(f, size(f));
  row('dist/imr-determination.vsix (desktop, no platform target: the fallback)', size('dist/imr-determination.vsix'));
  row('dist/imr-determination-web.vsix (--target web)', size('dist/imr-determination-web.vsix'));
  row('reading and compiling dist/client/extension.js (before activation is timed)', compileTime('dist/client/extension.js'));
  // what activation loads; the desktop's commands and preview panel (dist/client/features.js) come on first use
  clientContents('client-extension.json', 'desktop client bundle, loaded at activation');
  clientContents('web-extension.json', 'web client bundle (one script: the commands inside)');
  const timings = path.join(repoRoot(), '.test-output', 'e2e', 'timings.json');
  if (!fs.existsSync(timings)) { console.log('  activation: no end-to-end run yet (npm run test:e2e measures it)'); return; }
  const run = (JSON.parse(fs.readFileSync(timings, 'utf8')) as Record<string, Record<string, number | string>>)['extension-host suite (code-server)'];
  if (!run) return;
  const ms = (v: number | string | undefined) => (v === undefined ? 'not measured' : `${v} ms`);
  // as VS Code's own activation times count it: loading the code and the activate call, not VS Code's wait between them
  const own = run.ownActivationMs;
  row(`activation: evaluating the bundle + activate (e2e run of ${run.at}, ${run.activationEvent ?? '?'})`, `${ms(own)} (${ms(run.bundleEvaluationMs)} + ${ms(run.activateCallMs)}) ${typeof own === 'number' && own < 150 ? '(target under 150 ms: met)' : '(target under 150 ms: not met)'}`);
  row('  bundle start to the end of activate, VS Code\'s wait included', ms(run.activateMs));
  row('activation to server ready (same run)', ms(run.activationToServerReadyMs));
  row(`opening a letter to its first diagnostics (same run; ${run.activeBeforeOpening ? 'the workspace\'s letters had activated the extension' : 'opening it activated the extension'})`, ms(run.openToFirstDiagnosticsMs));
  row('opening a JSON file to its first diagnostics, VS Code\'s own', ms(run.jsonOpenToFirstDiagnosticsMs));
  const ratio = run.letterToJsonFirstDiagnosticsRatio;
  row('ratio letter / JSON (target at most 0.8)', ratio === undefined ? 'not measured' : `${ratio} ${Number(ratio) <= 0.8 ? '(met)' : '(not met)'}`);
  row('preview: first render / update after an edit (same run)', `${run.previewFirstRenderMs} ms / ${run.previewUpdateMs} ms`);
  // the same comparison in a workspace without letters: opening the letter activates the extension and starts the
  // server, in code-server and in VS Code for the Web
  const all = JSON.parse(fs.readFileSync(timings, 'utf8')) as Record<string, Record<string, number | string>>;
  for (const [part, where] of [['cold start (code-server)', 'code-server'], ['cold start (VS Code for the Web 1.91.1)', 'VS Code for the Web']] as const) {
    const cold = all[part];
    if (!cold) { row(`cold start, ${where}`, 'not measured (run the end-to-end suite)'); continue; }
    row(`cold start, ${where} (e2e run of ${cold.at}): opening a letter to its first diagnostics, activation and server start included`, ms(cold.openToFirstDiagnosticsMs));
    if (cold.codeCache !== undefined) row('  the server\'s code cache (compiled code kept between starts)', String(cold.codeCache));
    row('  activation: evaluating the bundle + activate / with the host\'s wait', `${ms(cold.ownActivationMs)} (${ms(cold.bundleEvaluationMs)} + ${ms(cold.activateCallMs)}) / ${ms(cold.activateMs)}`);
    row('  the same for a JSON file, VS Code\'s own (its support also starting)', ms(cold.jsonOpenToFirstDiagnosticsMs));
    const coldRatio = cold.letterToJsonFirstDiagnosticsRatio;
    row('  ratio letter / JSON, cold (target at most 0.8)', coldRatio === undefined ? 'not measured' : `${coldRatio} ${Number(coldRatio) <= 0.8 ? '(met)' : '(not met)'}`);
  }
}
