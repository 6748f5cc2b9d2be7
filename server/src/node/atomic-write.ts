/**
 * Writes an exported letter so that a reader never sees half a file and a crash never leaves one: the data goes
 * to a temporary file in the same folder (same file system, so the rename is atomic), is flushed to disk, then
 * renamed over the target. It refuses to overwrite an `.imr` file: an export must never replace its source.
 */
import * as fs from 'fs';
import * as path from 'path';
import { randomBytes } from 'crypto';

/** Why a write failed, in words, from the error code. */
const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOENT: 'the folder does not exist',
  ENOTDIR: 'a part of the path is not a folder',
  EISDIR: 'it is a folder',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  ENAMETOOLONG: 'the name is too long',
  EBUSY: 'the file is in use',
};

export class AtomicWriteError extends Error {
  constructor(readonly path: string, readonly reason: string, readonly code?: string) {
    super(`cannot write ${path}: ${reason}${code && !reason.includes(code) ? ` (${code})` : ''}`);
    this.name = 'AtomicWriteError';
  }
}

function reasonOf(e: unknown): { reason: string; code?: string } {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  return { reason: (code && REASONS[code]) ?? (e instanceof Error ? e.message : String(e)), code };
}

function isLetterSource(file: string): boolean {
  if (/\.imr$/i.test(file)) return true;
  try {
    return /\.imr$/i.test(fs.realpathSync(file)); // a link to a letter counts as the letter
  } catch {
    return false;
  }
}

/** Resolves once `data` is durably at `target`; rejects with an AtomicWriteError naming the path and the reason. */
export async function writeFileAtomic(target: string, data: Uint8Array | string): Promise<void> {
  const file = path.resolve(target);
  if (isLetterSource(file)) {
    throw new AtomicWriteError(file, 'refusing to overwrite an .imr letter with an export; choose another file name');
  }
  let mode = 0o666;
  try {
    const stat = await fs.promises.stat(file);
    if (stat.isDirectory()) throw new AtomicWriteError(file, REASONS.EISDIR, 'EISDIR');
    // a FIFO, a socket or a device: the rename would replace the special file itself, never what it leads to
    if (!stat.isFile()) throw new AtomicWriteError(file, 'it is not a regular file (a pipe, a socket or a device)');
    mode = stat.mode & 0o777; // keep the permissions of the file being replaced
  } catch (e) {
    if (e instanceof AtomicWriteError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT') { const r = reasonOf(e); throw new AtomicWriteError(file, r.reason, r.code); }
  }
  const dir = path.dirname(file);
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let handle: fs.promises.FileHandle | undefined;
  try {
    handle = await fs.promises.open(temp, 'wx', mode);
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await fs.promises.rename(temp, file);
  } catch (e) {
    await handle?.close().catch(() => undefined);
    await fs.promises.unlink(temp).catch(() => undefined);
    const r = reasonOf(e);
    throw new AtomicWriteError(file, r.reason, r.code);
  }
  // make the rename itself durable; folders cannot be opened for fsync on every platform, so this is best effort
  try {
    const folder = await fs.promises.open(dir, 'r');
    try { await folder.sync(); } finally { await folder.close(); }
  } catch {
    /* not supported here (e.g. Windows): the rename has happened all the same */
  }
}
