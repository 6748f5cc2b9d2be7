/**
 * pdf.js's modules (ESM), imported with Node's own `import()`. A file of its own so the Node language server can
 * keep it in its entry (dist/server/main.js, always compiled by Node): the connection and the handlers may be
 * compiled from a code cache (code-cache.ts), where a script has no `import()` of its own. Other bundles carry it.
 */
export const importPdfJs = () => import('pdfjs-dist/legacy/build/pdf.mjs');

// @ts-expect-error pdfjs ships no type declarations for its worker module; only its presence matters here
export const importPdfJsWorker = (): Promise<unknown> => import('pdfjs-dist/legacy/build/pdf.worker.mjs');
