/**
 * The worker side of a parallel `imr check`. The CLI is one bundled file, so a worker runs that same file;
 * `imr.ts` sees the mark in `workerData` and calls `runCheckWorker` instead of the command line.
 */
import { parentPort, workerData } from 'worker_threads';
import { checkFile, type CheckTask } from './check-core';

export const CHECK_WORKER_MARK = 'imr-check-worker';

export function isCheckWorker(): boolean {
  return parentPort !== null && (workerData as { mark?: unknown } | null)?.mark === CHECK_WORKER_MARK;
}

/** Checks each batch of letters it is sent and sends back their results, in the same order. */
export function runCheckWorker(): void {
  const port = parentPort;
  if (!port) return;
  port.on('message', (batch: CheckTask[]) => {
    port.postMessage(batch.map(checkFile));
  });
}
