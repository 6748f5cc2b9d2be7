/**
 * Standard output and standard error that cannot be written (the reader left: `imr render ... | head -1`,
 * EPIPE; a full disk behind `> report.txt`, ENOSPC). Node reports these as 'error' events, which would
 * otherwise end the process at once, mid-way through writing letters, with whatever exit code it had.
 * Here the first failure is remembered and later writes are dropped, so a command finishes the files it is
 * writing (or stops cleanly where it checks `outputFailed`), and the exit code is 2: output is missing.
 */
import { errorReason } from './files';

let failure: string | undefined;

/** Watches both streams; call once, before any command writes. */
export function watchOutputErrors(): void {
  for (const [name, stream] of [['standard output', process.stdout], ['standard error', process.stderr]] as const) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      failure ??= `${name}: ${e.code === 'EPIPE' ? 'the reader closed it (EPIPE)' : errorReason(e)}`;
    });
  }
}

/** Why output could not be written, once it could not be; undefined while all is well. */
export function outputFailed(): string | undefined {
  return failure;
}

/** The exit code once a command is done: 2 when some output was lost, whatever the command said. */
export function exitCodeAfter(code: number): number {
  if (!failure) return code;
  // stderr may be the stream that failed: the message is a best effort, the exit code is what counts
  if (!failure.startsWith('standard error') && process.stderr.writable) process.stderr.write(`imr: ${failure}; the output is incomplete\n`);
  return 2;
}
