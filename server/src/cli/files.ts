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

/**
 * The largest input a command reads: 64 MiB. A 50,000-item letter is about 20 MB and the largest PDF of a
 * letter a few MB; anything bigger is not a letter, and reading it whole would only exhaust memory.
 */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

/** What an input is, when it is not a file a command can read (a FIFO would block, a device never ends). */
function notRegular(stat: fs.Stats): string | undefined {
  if (stat.isFile()) return undefined;
  if (stat.isDirectory()) return 'it is a folder';
  if (stat.isFIFO()) return 'it is a named pipe (FIFO), not a file';
  if (stat.isSocket()) return 'it is a socket, not a file';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'it is a device, not a file';
  return 'it is not a regular file';
}

function megabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}

/**
 * Reads an input file whole into `into` (grown as needed) and hands back how many bytes it holds, or says why
 * not: refuses what is not a regular file (opened without blocking, so a FIFO with no writer is refused rather
 * than waited on) and what is larger than MAX_INPUT_BYTES.
 */
function readWhole(file: string, into: { buffer: Buffer }): { bytes: number } | { error: string } {
  let fd: number;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && isDanglingLink(file)) return { error: 'cannot read: it is a link to a file that does not exist' };
    return { error: `cannot read: ${errorReason(e)}` };
  }
  try {
    const stat = fs.fstatSync(fd);
    const odd = notRegular(stat);
    if (odd) return { error: `not read: ${odd}` };
    if (stat.size > MAX_INPUT_BYTES) return { error: `not read: ${megabytes(stat.size)}, larger than the ${megabytes(MAX_INPUT_BYTES)} a letter may be` };
    // room for one byte more than the size: the file may grow while it is read, so a read that fills the
    // buffer is followed by another; a regular file's short read is its end
    if (into.buffer.length < stat.size + 1) into.buffer = Buffer.allocUnsafe(Math.min(stat.size + 1, MAX_INPUT_BYTES + 1));
    let total = 0;
    for (;;) {
      if (total === into.buffer.length) {
        if (total > MAX_INPUT_BYTES) return { error: `not read: larger than the ${megabytes(MAX_INPUT_BYTES)} a letter may be` };
        const larger = Buffer.allocUnsafe(Math.min(total * 2, MAX_INPUT_BYTES + 1));
        into.buffer.copy(larger, 0, 0, total);
        into.buffer = larger;
      }
      const n = fs.readSync(fd, into.buffer, total, into.buffer.length - total, null);
      total += n;
      if (n === 0 || total < into.buffer.length) break;
    }
    if (total > MAX_INPUT_BYTES) return { error: `not read: larger than the ${megabytes(MAX_INPUT_BYTES)} a letter may be` };
    return { bytes: total };
  } catch (e) {
    return { error: `cannot read: ${errorReason(e)}` };
  } finally {
    fs.closeSync(fd);
  }
}

/** Reads an input file whole into a buffer of its own, or says why not (see readWhole). */
export function readInput(file: string): { data: Buffer } | { error: string } {
  const into = { buffer: Buffer.alloc(0) };
  const read = readWhole(file, into);
  return 'error' in read ? read : { data: into.buffer.subarray(0, read.bytes) };
}

/**
 * The buffer letters are read into before they are decoded, one per thread and kept: a batch check reads
 * thousands of letters, and a fresh buffer for each cost more than the read itself.
 */
const scratch = { buffer: Buffer.alloc(0) };

/** Reads a letter's text, or says why not (see readWhole). */
export function readText(file: string): { text: string } | { error: string } {
  const read = readWhole(file, scratch);
  return 'error' in read ? read : { text: scratch.buffer.toString('utf8', 0, read.bytes) };
}

/**
 * The files a command reads, to keep it from writing over one: a target is one of them when it is the same
 * path, the same file through a link or a hard link, or a name that differs only in case (one file on a
 * case-insensitive disk, and too easily mistaken for one anywhere).
 */
export class InputSet {
  private readonly byName = new Map<string, string>();
  private readonly byInode = new Map<string, string>();

  constructor(files: readonly InputFile[]) {
    for (const { file } of files) {
      this.byName.set(realOrResolved(file).toLowerCase(), file);
      const id = inode(file);
      if (id) this.byInode.set(id, file);
    }
  }

  /** The input that `target` would write over, if any. */
  find(target: string): string | undefined {
    const byName = this.byName.get(realOrResolved(target).toLowerCase());
    if (byName !== undefined) return byName;
    const id = inode(target);
    return id ? this.byInode.get(id) : undefined;
  }
}

function inode(file: string): string | undefined {
  try {
    const stat = fs.statSync(file);
    return stat.ino ? `${stat.dev}:${stat.ino}` : undefined;
  } catch {
    return undefined;
  }
}

/** The real path of a file, or of its folder joined with its name when the file does not exist yet. */
function realOrResolved(p: string): string {
  const resolved = path.resolve(p);
  try { return fs.realpathSync(resolved); } catch { /* not there yet */ }
  try { return path.join(fs.realpathSync(path.dirname(resolved)), path.basename(resolved)); } catch { return resolved; }
}

/** A file that must not be written, with the reason (the command names the file). */
export class RefusedWrite extends Error {}

/**
 * Writes a file without ever leaving half of one: the text goes to a temporary file in the same folder, is
 * flushed to disk, then is renamed over the target (keeping the permissions of a file it replaces; through a
 * link, not over it). The export writer refuses `.imr` targets on purpose, so `imr fmt` and `imr import` use
 * this one. It refuses (RefusedWrite) a read-only file, since the rename would go around its mode, and a
 * target that is not a regular file; with `expected`, a file whose text is no longer what was read (an
 * editor saved it meanwhile), so a newer version is never replaced by one made from an older.
 */
export function writeTextAtomic(file: string, text: string, expected?: string): void {
  let target = file;
  let mode: number | undefined;
  try {
    target = fs.realpathSync(file);
    const stat = fs.statSync(target);
    const odd = notRegular(stat);
    if (odd) throw new RefusedWrite(`not written: ${odd}`);
    mode = stat.mode & 0o777;
  } catch (e) {
    if (e instanceof RefusedWrite) throw e;
    /* a new file: the usual permissions */
  }
  if (mode !== undefined && (mode & 0o222) === 0) throw new RefusedWrite('the file is read-only; not changed (make it writable first)');
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    fd = fs.openSync(temp, 'wx', mode ?? 0o666);
    fs.writeFileSync(fd, text);
    if (mode !== undefined) fs.fchmodSync(fd, mode); // exactly the replaced file's, whatever the umask
    fs.fsyncSync(fd); // the data is on disk before the name points at it: a crash leaves the old text or the new
    fs.closeSync(fd);
    fd = undefined;
    if (expected !== undefined) {
      const now = readText(target);
      if ('error' in now || now.text !== expected) throw new RefusedWrite('it changed while it was being formatted; left as it is now (run again)');
    }
    fs.renameSync(temp, target);
  } catch (e) {
    if (fd !== undefined) try { fs.closeSync(fd); } catch { /* already closed */ }
    try { fs.unlinkSync(temp); } catch { /* never created */ }
    throw e;
  }
}

/** The path of `file` below `base`, for mirroring a folder's layout in an output folder. */
export function relativeToBase(input: InputFile): string {
  const rel = path.relative(input.base, input.file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : path.basename(input.file);
}
