/**
 * Checks letters on several threads and hands the results back in the order the files were named, so the report
 * is the same whatever the number of threads. The main thread is one of them: between batches of its own it
 * reports what the workers send back. Tasks are drawn lazily from an iterator and handed out in small batches
 * (two at a time per worker, so none waits for the next): only the letters being checked are in memory.
 */
import * as fs from 'fs';
import * as path from 'path';
import { Worker } from 'worker_threads';
import type { CheckedFile, CheckTask } from './check-core';
import { CHECK_WORKER_MARK } from './check-worker';

/**
 * The script to start workers from: the checking thread's own small script beside the running CLI (the bundle,
 * or the compiled entry) when it is there, else the CLI itself.
 */
function entryFile(): string {
  const cli = require.main?.filename ?? process.argv[1];
  const dedicated = path.join(path.dirname(cli), path.extname(cli) === '.ts' ? 'check-thread.ts' : 'check-thread.js');
  return fs.existsSync(dedicated) ? dedicated : cli;
}

/**
 * Checks every task on `threads` threads (this one and `threads - 1` workers), calling `onResult` in task order.
 * `checkHere` checks a task in this thread.
 */
export async function checkInParallel(
  tasks: Iterator<CheckTask>, count: number, threads: number,
  checkHere: (task: CheckTask) => CheckedFile, onResult: (result: CheckedFile) => void,
): Promise<void> {
  // batches big enough that messages cost little, small enough that every thread gets a share to the end
  const batchSize = Math.max(1, Math.min(32, Math.ceil(count / (threads * 16))));
  const waiting = new Map<number, CheckedFile>();
  let nextToReport = 0;
  let inFlight = 0;
  let exhausted = false;
  const workers: Worker[] = [];

  const take = (): CheckTask[] => {
    const batch: CheckTask[] = [];
    while (!exhausted && batch.length < batchSize) {
      const next = tasks.next();
      if (next.done) exhausted = true;
      else batch.push(next.value);
    }
    return batch;
  };

  try {
    await new Promise<void>((resolve, reject) => {
      let settled = false;
      const finish = (error?: Error): void => {
        if (settled) return;
        settled = true;
        if (error) reject(error); else resolve();
      };
      // this thread waits when a slow worker holds up the report, so results never pile up in memory
      let paused = false;
      const backlog = batchSize * threads * 8;
      /** Results of one batch, from any thread: reported as soon as all before them are. */
      const arrived = (results: CheckedFile[]): void => {
        inFlight--;
        for (const r of results) waiting.set(r.index, r);
        for (let r = waiting.get(nextToReport); r; r = waiting.get(nextToReport)) {
          waiting.delete(nextToReport++);
          try { onResult(r); } catch (e) { finish(e as Error); return; }
        }
        if (inFlight === 0 && exhausted) finish();
        if (paused && waiting.size <= backlog) { paused = false; setImmediate(here); }
      };
      const feed = (worker: Worker): void => {
        const batch = take();
        if (!batch.length) return;
        inFlight++;
        worker.postMessage(batch);
      };
      for (let i = 1; i < threads; i++) {
        const worker = new Worker(entryFile(), { workerData: { mark: CHECK_WORKER_MARK } });
        workers.push(worker);
        worker.on('message', (results: CheckedFile[]) => { feed(worker); arrived(results); });
        worker.on('error', (e) => finish(new Error(`a checking thread failed: ${e.message}`)));
        worker.on('exit', (code) => { if (code !== 0) finish(new Error(`a checking thread stopped with code ${code}`)); });
        feed(worker);
        feed(worker);
      }
      // this thread's share: one batch at a time, yielding in between so the workers' results are taken in
      function here(): void {
        if (settled) return;
        if (waiting.size > backlog) { paused = true; return; }
        const batch = take();
        if (!batch.length) { if (inFlight === 0) finish(); return; }
        inFlight++;
        arrived(batch.map(checkHere));
        setImmediate(here);
      }
      here();
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
