// Packages the extension once per target, each with only what that target runs:
//   dist/imr-determination.vsix      the desktop extension (`main`: the client, the language server as a Node
//                                    process, the exporters, pdf.js, the NLP file), for every OS; with no target
//                                    it is also the Marketplace's fallback for any platform without a package of its own
//   dist/imr-determination-web.vsix  `vsce package --target web`: VS Code for the Web (`browser`: the web client,
//                                    the language server in a web worker, its exporters and PDF reader)
// What goes in is the allow-list of .vscodeignore (the files both need, plus the bundles of either): dist/web/ is
// the web package's, the rest of dist/ the desktop's. Each package is staged in dist/package/<target>/ with a
// package.json that names only the entry it ships (a desktop package naming a `browser` script it lacks, or the
// reverse, would be broken), then packed there by vsce.
//
// Usage: node scripts/package.mjs [desktop] [web]   (both when none is named; run `npm run build` first)
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

export const TARGETS = {
  desktop: { out: 'dist/imr-determination.vsix', vsceTarget: undefined, drop: 'browser', ships: (f) => !f.startsWith('dist/web/') },
  web: { out: 'dist/imr-determination-web.vsix', vsceTarget: 'web', drop: 'main', ships: (f) => !f.startsWith('dist/') || f.startsWith('dist/web/') },
};

/** The files .vscodeignore lets in (it ignores everything, then names each file with `!`). */
function allowList() {
  const lines = fs.readFileSync(path.join(root, '.vscodeignore'), 'utf8').split('\n').map((l) => l.trim());
  if (lines.find((l) => l && !l.startsWith('#')) !== '**') throw new Error('.vscodeignore must start by ignoring everything (`**`) and list what ships with `!`');
  return lines.filter((l) => l.startsWith('!')).map((l) => l.slice(1));
}

/** The manifest of one target: its own entry only, and nothing that describes the repository rather than the extension. */
function manifestFor(target) {
  const m = structuredClone(manifest);
  delete m[target.drop];
  for (const key of ['scripts', 'devDependencies', 'overrides', 'bin']) delete m[key];
  return m;
}

/**
 * Copies what the target ships into `stage` (default dist/package/<target>/), with its package.json; returns the
 * files, relative to the stage, package.json included.
 */
export function stageTarget(name, stage = path.join(root, 'dist', 'package', name)) {
  const target = TARGETS[name];
  if (!target) throw new Error(`unknown target '${name}' (${Object.keys(TARGETS).join(', ')})`);
  fs.rmSync(stage, { recursive: true, force: true });
  const files = allowList().filter((f) => f !== 'package.json' && target.ships(f));
  const missing = files.filter((f) => !fs.existsSync(path.join(root, f)));
  if (missing.length > 0) throw new Error(`cannot package the ${name} extension: ${missing.join(', ')} missing (build first: npm run build)`);
  for (const f of files) {
    fs.mkdirSync(path.dirname(path.join(stage, f)), { recursive: true });
    fs.copyFileSync(path.join(root, f), path.join(stage, f));
  }
  const m = manifestFor(target);
  const entry = m.main ?? m.browser;
  if (!files.includes(entry.replace(/^\.\//, ''))) throw new Error(`the ${name} package would not ship its entry ${entry}`);
  fs.writeFileSync(path.join(stage, 'package.json'), `${JSON.stringify(m, null, 2)}\n`);
  fs.writeFileSync(path.join(stage, '.vscodeignore'), '# staged by scripts/package.mjs: every file here ships\n');
  return { stage, files: ['package.json', ...files] };
}

/** Stages the target and packs it with vsce; returns the .vsix's path. */
export function packageTarget(name) {
  const target = TARGETS[name];
  const { stage } = stageTarget(name);
  const out = path.join(root, target.out);
  const vsce = path.join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
  execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--no-rewrite-relative-links', ...(target.vsceTarget ? ['--target', target.vsceTarget] : []), '--out', out], { cwd: stage, stdio: ['ignore', 'inherit', 'inherit'] });
  return out;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const names = process.argv.slice(2);
  for (const name of names.length > 0 ? names : Object.keys(TARGETS)) {
    const out = packageTarget(name);
    console.log(`${name}: ${path.relative(root, out)} (${(fs.statSync(out).size / 1024).toFixed(0)} KB)`);
  }
}
