/** The marker of the console lines the web runner prints (one per test, one at the end) and web.test.ts reads. */
export const MARKER = '[imr-web-e2e]';
