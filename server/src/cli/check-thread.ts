/**
 * The script a checking thread starts from when it exists beside the CLI (dist/cli/check-thread.js, or its tsc
 * output): it holds only the parser and the rules, so each thread compiles a fraction of the CLI's code (no
 * commands, no pdf.js). Otherwise the thread starts the CLI itself, which sees the mark (see check-worker.ts).
 */
import { runCheckWorker } from './check-worker';

runCheckWorker();
