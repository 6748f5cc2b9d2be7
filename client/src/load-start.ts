/**
 * When the extension's bundle began to run. The entry points import this module first, so it is evaluated before
 * any library: activation is timed from here to the end of `activate` (what VS Code counts, less compiling the
 * bundle), and the time is written to the server's log.
 */
export const LOAD_START = performance.now();
