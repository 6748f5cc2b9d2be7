/**
 * How far the language server's heap may grow past what is alive after a full garbage collection. V8 chooses
 * up to four times that, for speed; a long letter's analysis (a 50,000-item letter keeps about 300 MB alive)
 * then peaks far above what it needs. Half again is enough: the peak falls by over 100 MB for a few more
 * collections while such a letter is read (test/bench/large-letter-bench.ts). Garbage collection only: nothing
 * the server computes changes. A value the user gives node (NODE_OPTIONS, execArgv) is left as it is.
 */
import * as v8 from 'v8';

export const HEAP_GROWING_PERCENT = 50;

export function limitHeapGrowth(): void {
  const given = [...process.execArgv, process.env.NODE_OPTIONS ?? ''].some((a) => /heap[-_]growing[-_]percent/.test(a));
  if (!given) v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
