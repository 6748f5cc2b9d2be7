/** The marker of the console lines the web runner prints (one per test, one at the end) and web.test.ts reads. */
export const MARKER = '[imr-web-e2e]';

/** the web cold-start run's options, a file at the workspace's root (web.test.ts writes it, suite/cold-start.ts reads it) */
export const WEB_COLD_START_FILE = 'e2e-cold.json';
