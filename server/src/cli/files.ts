/**
 * From the paths the user names to the files a command works on: files as given, folders searched recursively,
 * globs matched by glob.ts. Only paths are gathered here (letters are read one at a time by the commands), so
 * ten thousand letters cost ten thousand short strings.
 */
import * as fs from 'fs';
import * as path from 'path';
import { randomBytes } from 'crypto';
import { globBase, globDepth, globToRegExp, isGlob, toSlashes } from './glob';

export interface InputFile {
  /** the path as the user would write it: relative paths stay relative */
  file: string;
  /** the folder the file was found under (the folder named, or a glob's fixed part), for output paths */
  base: string;
}

export interface InputProblem { path: string; reason: string }

export interface Inputs {
  files: InputFile[];
  /** inputs that name nothing usable, each with the reason: these make the exit code 2 */
  problems: InputProblem[];
}

/** Folders never searched: hidden ones (.git) and installed packages. */
function skipped(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

const byName = (a: fs.Dirent, b: fs.Dirent): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

function join(dir: string, name: string): string {
  return dir === '.' ? name : dir.endsWith('/') ? `${dir}${name}` : `${dir}/${name}`;
}

/** Files below `dir` (as `/`-joined paths starting with `dir`), sorted, to `depth` folders down. */
function walk(dir: string, depth: number, visit: (file: string) => void, problems: InputProblem[]): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true }).sort(byName);
  } catch (e) {
    problems.push({ path: dir, reason: `cannot read the folder: ${errorReason(e)}` });
    return;
  }
  for (const entry of entries) {
    if (skipped(entry.name)) continue;
    const full = join(dir, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const stat = fs.statSync(full);
        isDir = false; // links to folders are not followed (they could loop)
        isFile = stat.isFile();
      } catch {
        isFile = true; // a dangling link is named, so the command can say it cannot be read
      }
    }
    if (isDir) { if (depth > 0) walk(full, depth - 1, visit, problems); } else if (isFile) visit(full);
  }
}

function hasExtension(file: string, extensions: readonly string[]): boolean {
  const lower = file.toLowerCase();
  return extensions.some((e) => lower.endsWith(e));
}

function describeExtensions(extensions: readonly string[]): string {
  return extensions.join(' or ');
}

/**
 * Expands the command line's paths. A path that exists is taken as it is (a file, whatever its name, or a
 * folder searched for `extensions`); otherwise a path with `* ? { [` is a glob, matched against the files with
 * `extensions` below its fixed part. A file reached twice is kept once, at its first place.
 */
export function expandInputs(inputs: readonly string[], extensions: readonly string[]): Inputs {
  const files: InputFile[] = [];
  const problems: InputProblem[] = [];
  const seen = new Set<string>();
  const add = (file: string, base: string): void => {
    const key = path.resolve(file);
    if (seen.has(key)) return;
    seen.add(key);
    files.push({ file, base });
  };
  for (const input of inputs) {
    let stat: fs.Stats | undefined;
    try { stat = fs.statSync(input); } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR' && !isGlob(input)) { add(input, path.dirname(input)); continue; } // let the command report it
      if (!isGlob(input)) {
        // a dangling link still names a file: the command reports why it cannot be read
        if (isDanglingLink(input)) add(input, path.dirname(input));
        else problems.push({ path: input, reason: 'no such file or folder' });
        continue;
      }
    }
    if (stat?.isDirectory()) {
      let found = 0;
      const dir = toSlashes(input).replace(/(.)\/+$/, '$1');
      walk(dir, Infinity, (f) => { if (hasExtension(f, extensions)) { found++; add(f, dir); } }, problems);
      if (!found) problems.push({ path: input, reason: `no ${describeExtensions(extensions)} files in this folder` });
      continue;
    }
    if (stat) { add(input, path.dirname(input)); continue; }
    const base = globBase(input);
    const re = globToRegExp(input);
    let found = 0;
    if (fs.existsSync(base)) walk(base, globDepth(input), (f) => { if (re.test(f) && hasExtension(f, extensions)) { found++; add(f, base); } }, problems);
    if (!found) problems.push({ path: input, reason: `no ${describeExtensions(extensions)} file matches this pattern` });
  }
  return { files, problems };
}

function isDanglingLink(p: string): boolean {
  try { return fs.lstatSync(p).isSymbolicLink(); } catch { return false; }
}

/** Why a file operation failed, in words, from the error's code. */
const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'it is a folder',
  ENOTDIR: 'a part of the path is not a folder',
  ELOOP: 'too many symbolic links (a loop?)',
  EMFILE: 'too many open files',
  ENAMETOOLONG: 'the name is too long',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on the device',
  EBUSY: 'the file is in use',
  EEXIST: 'a file of that name is in the way',
};

export function errorReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (code && REASONS[code]) return `${REASONS[code]} (${code})`;
  return e instanceof Error ? e.message : String(e);
}

/** Reads a letter's text, or says why not (a dangling link reads as "no such file"). */
export function readText(file: string): { text: string } | { error: string } {
  try {
    return { text: fs.readFileSync(file, 'utf8') };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && isDanglingLink(file)) return { error: 'cannot read: it is a link to a file that does not exist' };
    return { error: `cannot read: ${errorReason(e)}` };
  }
}

/**
 * Writes a file without ever leaving half of one: the text goes to a temporary file in the same folder, then is
 * renamed over the target (keeping the permissions of a file it replaces; through a link, not over it). The
 * export writer refuses `.imr` targets on purpose, so `imr fmt` and `imr import` use this one.
 */
export function writeTextAtomic(file: string, text: string): void {
  let target = file;
  let mode: number | undefined;
  try {
    target = fs.realpathSync(file);
    mode = fs.statSync(target).mode & 0o777;
  } catch {
    /* a new file: the usual permissions */
  }
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    fs.writeFileSync(temp, text, { flag: 'wx' });
    if (mode !== undefined) fs.chmodSync(temp, mode); // exactly the replaced file's, whatever the umask
    fs.renameSync(temp, target);
  } catch (e) {
    try { fs.unlinkSync(temp); } catch { /* never created */ }
    throw e;
  }
}

/** The path of `file` below `base`, for mirroring a folder's layout in an output folder. */
export function relativeToBase(input: InputFile): string {
  const rel = path.relative(input.base, input.file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : path.basename(input.file);
}
