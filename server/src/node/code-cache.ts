/**
 * Loading the server's bundles (dist/server/connection.js and handlers.js, 600 KB) with a V8 code cache: the
 * desktop client starts the server when a letter opens a window's first, and compiling the bundles and the
 * functions the first check runs is a large part of the server's time from start to ready. V8 turns the compiled code into bytes
 * (`createCachedData`), written once, a few seconds after the start; later starts read them instead of compiling.
 *
 * Only where the client names a folder (`--code-cache=DIR`, the user's own cache folder). A script compiled so has
 * no `import()` of its own: the handlers import pdf.js through main.js (node/pdfjs-module.ts, esbuild.mjs), and
 * the build test keeps `import(` out of handlers.js. The file's name holds a hash of the bundle's text, Node's
 * version and the platform, so a changed bundle never meets old code: V8's own check compares the source's length
 * only. The cache holds compiled code only, never a letter. Any failure falls back to `require`.
 */
import { createHash } from 'crypto';
import * as fs from 'fs';
import Module, { createRequire } from 'module';
import * as path from 'path';
import { debuglog } from 'util';
import * as vm from 'vm';
import { commandLineOption } from './command-line';

/** `NODE_DEBUG=imr-code-cache` tells on stderr whether the cache was used, written or refused */
const debug = debuglog('imr-code-cache');

/** How long after loading the cache is written: after the warm-up and the first letters, when the server is idle. */
const WRITE_AFTER_MS = 3_000;

/** `--code-cache=DIR` on the command line: the folder the client gives for the compiled code, if any. */
export function codeCacheOption(argv: readonly string[] = process.argv): string | undefined {
  return commandLineOption(argv, '--code-cache') || undefined;
}

/** The cache file of a bundle's text, in `dir`: `<name>-<hash>.v8`. */
export function cacheFileOf(dir: string, file: string, source: string): string {
  const hash = createHash('sha256').update(source).update(`\0${process.version}\0${process.arch}\0${process.platform}`).digest('hex').slice(0, 32);
  return path.join(dir, `${path.basename(file, '.js')}-${hash}.v8`);
}

/**
 * Requires `file` (a CommonJS bundle), compiled with the code cache in `dir` when there is one, and schedules
 * writing the cache when there was none (or V8 refused it). Without `dir`, a plain `require`.
 */
export function requireWithCodeCache(file: string, dir: string | undefined): unknown {
  const loaded = moduleCache()[file];
  if (loaded) return loaded.exports;
  if (!dir) return require(file);
  let source: string;
  try {
    source = fs.readFileSync(file, 'utf8');
  } catch {
    return require(file);
  }
  const cacheFile = cacheFileOf(dir, file, source);
  let cachedData: Buffer | undefined;
  try {
    // compiled code runs as code: only from a file and a folder no one else can write
    if (isPrivate(dir) && isPrivate(cacheFile)) cachedData = fs.readFileSync(cacheFile);
    else debug('%s: not read: it or its folder can be written by another user', cacheFile);
  } catch { /* none yet */ }
  let script: vm.Script;
  try {
    script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
  } catch (e) {
    debug('%s: not compiled with the cache (%s); required instead', file, e instanceof Error ? e.message : String(e));
    return require(file);
  }
  const accepted = cachedData !== undefined && !script.cachedDataRejected;
  debug('%s: %s', file, accepted ? `compiled from the cache ${cacheFile}` : cachedData ? 'the cache was refused by V8' : 'no cache yet');
  // the module as `require` would make it, and in require's cache, so a later require of the file finds it
  const module = new Module(file, require.main);
  module.filename = file;
  // (the bundles require only Node's own modules and their siblings, by relative path: no node_modules lookup)
  module.paths = [];
  moduleCache()[file] = module;
  const run = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: Module, filename: string, dirname: string) => void;
  try {
    run.call(module.exports, module.exports, createRequire(file), module, file, path.dirname(file));
  } catch (e) {
    delete moduleCache()[file];
    throw e;
  }
  module.loaded = true;
  if (!accepted) setTimeout(() => writeCache(script, cacheFile), WRITE_AFTER_MS).unref();
  return module.exports;
}

/** Node's cache of loaded modules (`require.cache`), which `require` reads first */
function moduleCache(): Record<string, Module | undefined> {
  return require.cache as Record<string, Module | undefined>;
}

/** Owned by this user and writable by no one else (where the system says; Windows keeps a user's folders private). */
function isPrivate(file: string): boolean {
  if (process.platform === 'win32' || !process.getuid) return fs.existsSync(file);
  const stat = fs.statSync(file);
  return stat.uid === process.getuid() && (stat.mode & 0o022) === 0;
}

/**
 * Writes the compiled code to the cache, whole or not at all (a new file renamed over the old), in a folder only
 * this user can read, and removes the bundle's older caches. A failure costs only the cache.
 */
function writeCache(script: vm.Script, cacheFile: string): void {
  const dir = path.dirname(cacheFile);
  const partial = `${cacheFile}.${process.pid}.partial`;
  try {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    fs.writeFileSync(partial, script.createCachedData(), { mode: 0o600 });
    fs.renameSync(partial, cacheFile);
    const prefix = `${path.basename(cacheFile).replace(/-[0-9a-f]+\.v8$/, '')}-`;
    // the bundle's older caches, and what a process stopped mid-write left over an hour ago
    const hourAgo = Date.now() - 3_600_000;
    for (const name of fs.readdirSync(dir)) {
      if (!name.startsWith(prefix) || name === path.basename(cacheFile)) continue;
      const file = path.join(dir, name);
      if (/-[0-9a-f]+\.v8$/.test(name) || (/\.partial$/.test(name) && fs.statSync(file).mtimeMs < hourAgo)) fs.rmSync(file, { force: true });
    }
    debug('%s: written', cacheFile);
  } catch (e) {
    fs.rmSync(partial, { force: true });
    debug('%s: not written (%s)', cacheFile, e instanceof Error ? e.message : String(e));
  }
}
